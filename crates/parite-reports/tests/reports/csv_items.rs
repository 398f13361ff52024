//! Item-level exports of what evaluators record — checklist ratings (long and wide), milestones
//! and the schedule of support — and the datasets that describe them to R, SPSS and Stata: a
//! dataset's variables are exactly the file's columns, in order.

use parite_core::support::SessionLanguage;
use parite_core::{EvidenceSource, Rating, SupportKindId};
use parite_reports::export::{
    ActivitiesWriter, ActivityRow, CsvOptions, Dataset, HeaderStyle, MilestoneRow,
    MilestonesWriter, RatingRow, RatingsLongWriter, RatingsWideWriter, VariableKind,
    activities_dataset, milestones_dataset, ratings_dataset, ratings_wide_dataset, write_codebook,
};

use crate::{checklist, en, fr, progress, read_csv};

fn rating(assessment: &str, item: &str, value: Rating) -> RatingRow {
    RatingRow {
        assessment_id: assessment.into(),
        organization: "centre-horizon".into(),
        wave: "Automne 2026".into(),
        version: 1,
        kind: "consensus",
        status: "submitted",
        rater: "eva@example.ca".into(),
        submitted_at: "2026-10-20 14:05:09".into(),
        item_id: item.into(),
        value,
        evidence: "=Entrevue; notes « brèves »".into(),
        sources: vec![EvidenceSource::Documents, EvidenceSource::PeerInterview],
    }
}

fn codes(options: &CsvOptions) -> CsvOptions {
    CsvOptions {
        headers: HeaderStyle::Codes,
        ..*options
    }
}

fn names(dataset: &Dataset) -> Vec<String> {
    dataset.variables.iter().map(|v| v.name.clone()).collect()
}

#[test]
fn ratings_long_have_one_row_per_rating_with_sources_evidence_and_the_dataset_matches() {
    let checklist = checklist();
    let texts = fr();
    let options = codes(&CsvOptions::for_locale(texts.locale()));
    let mut writer = RatingsLongWriter::new(Vec::new(), &checklist, &texts, &options).unwrap();
    writer
        .write(&rating("a1", "f_com_1", Rating::Fully))
        .unwrap();
    writer
        .write(&rating("a1", "f_com_2", Rating::NotApplicable))
        .unwrap();
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b';', true);
    let dataset = ratings_dataset(&checklist, &texts, &options, "ratings.csv");
    assert_eq!(
        names(&dataset),
        headers,
        "the dataset names every column, in order"
    );
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][at("rating")], "2");
    assert_eq!(rows[0][at("rating_label")], texts.t("rating-fully"));
    assert_eq!(rows[0][at("not_applicable")], "0");
    assert_eq!(rows[1][at("rating")], "na");
    assert_eq!(rows[1][at("not_applicable")], "1");
    assert_eq!(rows[0][at("sources")], "documents|peer_interview");
    assert_eq!(rows[0][at("rater")], "eva@example.ca");
    assert_eq!(rows[0][at("domain")], checklist.groups[0].id.as_str());
    assert_eq!(
        rows[0][at("evidence")],
        "'=Entrevue; notes « brèves »",
        "a note starting with = is not run as a formula"
    );
    let VariableKind::Coded(ratings) = &dataset.variables[at("rating")].kind else {
        panic!("ratings are coded");
    };
    assert_eq!(ratings.missing, ["na"], "not applicable is no rating");
    assert!(ratings.numeric());
}

#[test]
fn ratings_wide_have_one_row_per_assessment_and_a_column_per_item() {
    let checklist = checklist();
    let texts = en();
    let options = codes(&CsvOptions::for_locale(texts.locale()));
    let mut writer = RatingsWideWriter::new(Vec::new(), &checklist, &texts, &options).unwrap();
    for row in [
        rating("a1", "f_com_1", Rating::Fully),
        rating("a1", "f_com_2", Rating::Partly),
        rating("a2", "f_com_1", Rating::NotInPlace),
    ] {
        writer.write(&row).unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    let dataset = ratings_wide_dataset(&checklist, &texts, &options, "ratings-wide.csv");
    assert_eq!(names(&dataset), headers);
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(rows.len(), 2, "one row per assessment");
    assert_eq!(
        (
            rows[0][at("f_com_1")].as_str(),
            rows[0][at("f_com_2")].as_str()
        ),
        ("2", "1")
    );
    assert_eq!(rows[1][at("f_com_2")], "", "not rated is empty");
    let item = dataset
        .variables
        .iter()
        .find(|v| v.name == "f_com_1")
        .unwrap();
    assert_eq!(
        item.label,
        texts.t(checklist.item("f_com_1").unwrap().text.as_str())
    );
}

#[test]
fn milestones_have_one_row_per_mark_with_stage_and_who_recorded_it() {
    let progress = progress();
    let texts = fr();
    let options = codes(&CsvOptions::for_locale(texts.locale()));
    let mut writer = MilestonesWriter::new(Vec::new(), &progress, &texts, &options).unwrap();
    let first = progress.groups[0].items[0].id.to_string();
    for done in [true, false] {
        writer
            .write(&MilestoneRow {
                organization: "centre-horizon".into(),
                version: 1,
                item_id: first.clone(),
                done,
                day: "2026-03-02".into(),
                evidence: "Procès-verbal".into(),
                recorded_by: "eva@example.ca".into(),
                recorded_at: "2026-03-03 09:00:00".into(),
            })
            .unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b';', true);
    let dataset = milestones_dataset(&progress, &texts, &options, "milestones.csv");
    assert_eq!(names(&dataset), headers);
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[0][at("stage")], progress.groups[0].id.as_str());
    assert_eq!(
        (
            rows[0][at("action")].as_str(),
            rows[1][at("action")].as_str()
        ),
        ("done", "undone")
    );
    assert_eq!(rows[0][at("recorded_by")], "eva@example.ca");
}

#[test]
fn activities_have_one_row_each_with_attendance_counts() {
    let kinds =
        parite_core::support::SupportKinds::parse(include_str!("../../../../support/kinds.toml"))
            .unwrap();
    let texts = en();
    let options = codes(&CsvOptions::for_locale(texts.locale()));
    let kind = kinds.iter().next().unwrap().id.clone();
    let mut writer = ActivitiesWriter::new(Vec::new(), &kinds, &texts, &options).unwrap();
    writer
        .write(&ActivityRow {
            activity_id: "s1".into(),
            series_id: None,
            organization: "centre-horizon".into(),
            kind: SupportKindId::parse(kind.as_str()).unwrap(),
            topic: None,
            label: "Coaching".into(),
            planned_on: "2026-04-01".into(),
            duration_minutes: 90,
            language: SessionLanguage::French,
            facilitator: "Dominique".into(),
            facilitator_is_peer: true,
            state: "delivered",
            delivered_on: Some("2026-04-02".into()),
            cancel_reason: None,
            attendance: Some((3, 5, None)),
        })
        .unwrap();
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    let dataset = activities_dataset(&kinds, &texts, &options, "support-activities.csv");
    assert_eq!(names(&dataset), headers);
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert_eq!(rows[0][at("peers")], "3");
    assert_eq!(rows[0][at("staff")], "5");
    assert_eq!(rows[0][at("wrap_completed")], "");
    assert_eq!(rows[0][at("facilitator_is_peer")], "1");
    assert_eq!(rows[0][at("language")], "fr");
}

#[test]
fn every_instrument_has_a_codebook_with_its_codes_scores_and_version() {
    let texts = en();
    let options = codes(&CsvOptions::for_locale(texts.locale()));
    let checklist = checklist();
    let (headers, rows) = read_csv(
        &write_codebook(Vec::new(), &checklist, &texts, &options).unwrap(),
        b',',
        true,
    );
    assert_eq!(
        headers,
        [
            "version",
            "item",
            "section",
            "type",
            "item_label",
            "index",
            "reverse",
            "condition",
            "required",
            "value",
            "value_label",
            "score"
        ]
    );
    let na_item = checklist
        .items()
        .find(|item| matches!(item.kind, parite_core::ItemKind::Rating { allow_na: true }))
        .map(|item| item.id.to_string());
    let plain: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "f_com_1").collect();
    assert_eq!(
        plain
            .iter()
            .map(|r| (r[9].as_str(), r[11].as_str()))
            .collect::<Vec<_>>(),
        [("0", "0"), ("1", "1"), ("2", "2")],
        "0, 1 and 2 with their points"
    );
    if let Some(na_item) = na_item {
        let na = rows
            .iter()
            .find(|r| r[1] == na_item && r[9] == "na")
            .expect("N/A is a code of an item that allows it");
        assert_eq!(na[11], "", "N/A scores nothing");
    }
    let progress = progress();
    let (_, rows) = read_csv(
        &write_codebook(Vec::new(), &progress, &texts, &options).unwrap(),
        b',',
        true,
    );
    assert_eq!(
        rows.len(),
        progress.items().count(),
        "one row per milestone"
    );
    assert!(rows.iter().all(|r| r[3] == "milestone" && r[9].is_empty()));
}
