//! Aggregate tables written, parsed back and compared with the aggregates themselves.

use parite_core::aggregate::{Subgroup, wave_changes};
use parite_core::suppression::{Masked, MinCell, Reason};
use parite_i18n::Texts;
use parite_reports::export::{
    BarrierTableWriter, ChangeTableWriter, CsvOptions, Delimiter, FidelityTableWriter, HeaderStyle,
    ParticipationTableWriter, ProgressTableWriter,
};

use crate::{checklist, demo, en, fr, parse_number, progress, read_csv, survey};

/// Every combination the brief asks for: both locales, both delimiters, BOM on and off.
fn variants() -> Vec<(Texts, CsvOptions)> {
    let mut variants = Vec::new();
    for texts in [fr(), en()] {
        for delimiter in [Delimiter::Semicolon, Delimiter::Comma] {
            for bom in [true, false] {
                let mut options = CsvOptions::for_locale(texts.locale());
                options.delimiter = delimiter;
                options.bom = bom;
                variants.push((texts.clone(), options));
            }
        }
    }
    variants
}

#[test]
fn defaults_follow_the_locale() {
    let fr = CsvOptions::for_locale(fr().locale());
    assert_eq!(
        (fr.delimiter, fr.decimal_comma, fr.bom),
        (Delimiter::Semicolon, true, true)
    );
    let en = CsvOptions::for_locale(en().locale());
    assert_eq!(
        (en.delimiter, en.decimal_comma, en.bom),
        (Delimiter::Comma, false, true)
    );
    assert!(!fr.include_free_text && fr.headers == HeaderStyle::Labels);
}

#[test]
fn barrier_table_values_equal_the_aggregates_and_hidden_cells_carry_the_marker() {
    let instrument = survey();
    let aggregates = demo::aggregates(&instrument);
    let k = MinCell::DEFAULT;
    for (texts, options) in variants() {
        let mut writer = BarrierTableWriter::new(Vec::new(), &texts, k, &options).unwrap();
        for aggregate in &aggregates.indices {
            writer.write(aggregate).unwrap();
        }
        let bytes = writer.finish().unwrap();
        let (headers, rows) = read_csv(&bytes, options.delimiter.byte(), options.bom);
        assert_eq!(headers.len(), 11);
        assert_eq!(headers[0], texts.t("reports-col-organization"));
        assert_eq!(rows.len(), aggregates.indices.len() * 3);
        let (mut shown, mut hidden) = (0, 0);
        for (row, (aggregate, subgroup)) in rows.iter().zip(
            aggregates
                .indices
                .iter()
                .flat_map(|a| Subgroup::ALL.into_iter().map(move |g| (a, g))),
        ) {
            assert_eq!(row[0], aggregate.organization);
            assert_eq!(row[2], aggregate.index.as_str());
            assert_eq!(row[3], texts.t(aggregate.label.as_str()));
            assert_eq!(row[4], subgroup.code());
            match aggregate.masked(k).get(subgroup) {
                Masked::Shown(e) => {
                    shown += 1;
                    assert_eq!(row[6], e.n.to_string());
                    assert!((parse_number(&row[7]) - e.mean.unwrap()).abs() <= 0.005 + 1e-9);
                    let ci = e.ci95.unwrap();
                    assert!((parse_number(&row[8]) - ci.low).abs() <= 0.005 + 1e-9);
                    assert!((parse_number(&row[9]) - ci.high).abs() <= 0.005 + 1e-9);
                    match e.major_share {
                        Some(share) => assert!(
                            (parse_number(&row[10]) - share * 100.0).abs() <= 0.05 + 1e-9,
                            "{row:?} {share}"
                        ),
                        None => assert_eq!(row[10], ""),
                    }
                    if options.decimal_comma {
                        assert!(row[7].contains(',') && !row[7].contains('.'), "{}", row[7]);
                    } else {
                        assert!(row[7].contains('.') && !row[7].contains(','), "{}", row[7]);
                    }
                }
                Masked::Suppressed { reason } => {
                    hidden += 1;
                    let why = match reason {
                        Reason::Primary => texts.t1("reports-hidden-primary", "k", 5_u32),
                        Reason::Complementary => texts.t("reports-hidden-complementary"),
                    };
                    assert_eq!(&row[6..], [why.as_str(); 5], "never a number, never 0");
                }
            }
        }
        assert!(shown > 0 && hidden > 0, "the demo data have both");
    }
}

#[test]
fn a_wave_of_four_and_a_peer_group_of_four_are_hidden_with_their_complements() {
    let instrument = survey();
    let aggregates = demo::aggregates(&instrument);
    let texts = en();
    let options = CsvOptions {
        headers: HeaderStyle::Codes,
        ..CsvOptions::for_locale(texts.locale())
    };
    let mut writer =
        ParticipationTableWriter::new(Vec::new(), &texts, MinCell::DEFAULT, &options).unwrap();
    for participation in &aggregates.participation {
        writer.write(participation).unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    assert_eq!(
        headers,
        [
            "organization",
            "wave",
            "group",
            "group_label",
            "responses",
            "eligible",
            "response_rate_pct"
        ]
    );
    let find = |org: &str, wave: &str, group: &str| -> String {
        rows.iter()
            .find(|r| r[0] == org && r[1] == wave && r[2] == group)
            .map(|r| r[4].clone())
            .unwrap()
    };
    // Each hidden cell says why: its own count is small, or it protects another group.
    let (small, protecting) = (
        "fewer than 5 respondents",
        "hidden to protect another group",
    );
    // Réseau Nord T1: 2 + 2 = 4 responses, hidden entirely, each for being small.
    for group in ["all", "peer", "professional"] {
        assert_eq!(find("Réseau Nord", "T1", group), small);
    }
    // Maison Soleil T1: 4 peers hidden, so are the 20 professionals (26 in all, shown) — not
    // for being fewer than 5, which would be untrue, but to protect the peers.
    assert_eq!(find("Maison Soleil", "T1", "peer"), small);
    assert_eq!(find("Maison Soleil", "T1", "professional"), protecting);
    assert_eq!(find("Maison Soleil", "T1", "all"), "26");
    // Centre Horizon T1: 14 peers, 16 professionals and 3 in no group (33): with both groups
    // shown, 33 − 14 − 16 would give the 3 away, so the smaller group is hidden too.
    assert_eq!(find("Centre Horizon", "T1", "all"), "33");
    assert_eq!(find("Centre Horizon", "T1", "peer"), protecting);
    assert_eq!(find("Centre Horizon", "T1", "professional"), "16");
    // Maison Soleil T2: 5 peers, 19 professionals, nobody else: all shown.
    assert_eq!(find("Maison Soleil", "T2", "peer"), "5");
    assert_eq!(find("Maison Soleil", "T2", "professional"), "19");
}

/// Participation with a recorded team: each group's count out of its eligible members, the rate
/// hidden exactly where the count is; without a team, empty cells rather than a guess.
#[test]
fn response_rates_are_out_of_the_team_and_hidden_with_their_counts() {
    let instrument = survey();
    let mut aggregates = demo::aggregates(&instrument);
    for p in &mut aggregates.participation {
        if p.organization == "Maison Soleil" {
            // 30 members, 6 of them peers: T1 has 4 peers (hidden), T2 has 5 (shown).
            p.eligible = Some(parite_core::aggregate::ByGroup {
                all: 30,
                peer: 6,
                professional: 24,
            });
        }
    }
    for (texts, separator, rate) in [(en(), b',', "80.0"), (fr(), b';', "80,0")] {
        let options = CsvOptions {
            headers: HeaderStyle::Codes,
            ..CsvOptions::for_locale(texts.locale())
        };
        let mut writer =
            ParticipationTableWriter::new(Vec::new(), &texts, MinCell::DEFAULT, &options).unwrap();
        for participation in &aggregates.participation {
            writer.write(participation).unwrap();
        }
        let (_, rows) = read_csv(&writer.finish().unwrap(), separator, true);
        let find = |org: &str, wave: &str, group: &str| -> Vec<String> {
            rows.iter()
                .find(|r| r[0] == org && r[1] == wave && r[2] == group)
                .map(|r| r[4..].to_vec())
                .unwrap()
        };
        let small = texts.t1("reports-hidden-primary", "k", 5_u32);
        let protecting = texts.t("reports-hidden-complementary");
        // T2: 5 of 6 peers (83.3 %), 19 of 24 professionals, 24 of 30 in all (80 %).
        assert_eq!(find("Maison Soleil", "T2", "all"), ["24", "30", rate]);
        assert_eq!(find("Maison Soleil", "T2", "peer")[..2], ["5", "6"]);
        // T1: the peers' count is hidden, so is their rate (4 of 6 would give it back); the
        // eligible count is the administrator's, not an answer, and stays.
        assert_eq!(
            find("Maison Soleil", "T1", "peer"),
            [small.as_str(), "6", small.as_str()]
        );
        assert_eq!(
            find("Maison Soleil", "T1", "professional"),
            [protecting.as_str(), "24", protecting.as_str()]
        );
        // No team recorded: no eligible count, no rate.
        assert_eq!(find("Centre Horizon", "T1", "all"), ["33", "", ""]);
    }
}

#[test]
fn change_table_writes_negative_differences_as_plain_numbers() {
    let instrument = survey();
    let aggregates = demo::aggregates(&instrument);
    let changes = wave_changes(&aggregates.indices, &[]);
    let texts = fr();
    let options = CsvOptions::for_locale(texts.locale());
    let mut writer =
        ChangeTableWriter::new(Vec::new(), &texts, MinCell::DEFAULT, &options).unwrap();
    for change in &changes {
        writer.write(change).unwrap();
    }
    let (_, rows) = read_csv(&writer.finish().unwrap(), b';', true);
    assert_eq!(rows.len(), changes.len() * 3);
    let negatives: Vec<&String> = rows
        .iter()
        .map(|r| &r[7])
        .filter(|d| d.starts_with('-'))
        .collect();
    assert!(!negatives.is_empty(), "some barrier went down");
    for d in negatives {
        assert!(
            parse_number(d) < 0.0,
            "{d} is a number, not neutralized text"
        );
    }
    for (row, change) in rows.chunks(3).zip(&changes) {
        if let Masked::Shown(d) = change.masked(MinCell::DEFAULT).all {
            assert!(
                (parse_number(&row[0][7]) - d.estimate).abs() <= 0.005 + 1e-9,
                "{row:?} {d:?}"
            );
        }
    }
}

#[test]
fn fidelity_table_has_each_domain_then_the_overall_score() {
    let checklist = checklist();
    let fidelity = demo::fidelity(&checklist);
    for (texts, options) in variants() {
        let mut writer =
            FidelityTableWriter::new(Vec::new(), &checklist, &texts, &options).unwrap();
        for row in &fidelity {
            writer.write(row).unwrap();
        }
        let (_, rows) = read_csv(
            &writer.finish().unwrap(),
            options.delimiter.byte(),
            options.bom,
        );
        let per_org = checklist.groups.len() + 1;
        assert_eq!(rows.len(), fidelity.len() * per_org);
        for (chunk, aggregate) in rows.chunks(per_org).zip(&fidelity) {
            for (row, domain) in chunk.iter().zip(&aggregate.score.domains) {
                assert_eq!(row[2], domain.domain.as_str());
                assert_eq!(row[4], domain.points.to_string());
                assert!((parse_number(&row[6]) - domain.percent.unwrap()).abs() <= 0.05 + 1e-9);
            }
            let overall = &chunk[per_org - 1];
            assert_eq!(overall[2], "overall");
            assert_eq!(overall[3], texts.t("reports-fidelity-overall"));
            assert!(
                (parse_number(&overall[6]) - aggregate.score.overall.unwrap()).abs() <= 0.05 + 1e-9
            );
            assert_eq!(overall[7], aggregate.band.as_ref().unwrap().as_str());
        }
    }
}

#[test]
fn progress_table_has_one_row_per_stage() {
    let instrument = progress();
    let progress = demo::progress(&instrument);
    let texts = fr();
    let options = CsvOptions::for_locale(texts.locale());
    let mut writer = ProgressTableWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
    for org in &progress {
        writer.write(org).unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b';', true);
    assert_eq!(headers[1], "Étape");
    assert_eq!(rows.len(), progress.len() * instrument.groups.len());
    for (chunk, org) in rows.chunks(instrument.groups.len()).zip(&progress) {
        for (row, stage) in chunk.iter().zip(&org.status.stages) {
            assert_eq!(row[0], org.organization);
            assert_eq!(row[1], stage.stage.as_str());
            assert_eq!(
                (row[3].as_str(), row[4].as_str()),
                (
                    stage.done.to_string().as_str(),
                    stage.total.to_string().as_str()
                )
            );
            assert_eq!(row[7], if stage.reached { "1" } else { "0" });
            assert_eq!(
                row[8],
                org.status.current_stage.as_ref().map_or("", |s| s.as_str())
            );
        }
    }
    let survey = survey();
    let wrong = ProgressTableWriter::new(Vec::new(), &survey, &texts, &options);
    assert!(wrong.is_err(), "a survey is not a progress instrument");
}
