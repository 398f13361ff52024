//! The second edition of the fidelity checklist over HTTP: every item shows its 0/1/2 anchors
//! where it is rated, each rating keeps the sources its evidence came from (through a refused
//! form too, whichever button was pressed), and ratings given on the first edition keep being
//! read and scored with it.

use std::sync::Arc;

use parite_core::{EvidenceSource, InstrumentId, Rating};
use parite_i18n::{Locale, Localizer, Texts};
use parite_store::{AssessmentKind, ItemRating, NewAssessment, NewWave, Role, Timestamp};
use reqwest::StatusCode;

use crate::accounts::{assert_status, person};
use crate::checklists::{FIRST_EDITION, NBSP, plan, plan_on, signed_in};
use crate::helpers::{Browser, Page, TestApp, spawn_app, spawn_app_postgres};

/// Text as the page's templates escape it.
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The checkbox of one source of one item, as the page writes it (`prefix` is `r-` on the
/// rater's own form, `c-` on the consensus).
fn source_box(prefix: &str, item: &str, code: &str, checked: bool) -> String {
    let state = if checked { " checked" } else { "" };
    format!("id=\"{prefix}{item}-s-{code}\" name=\"s_{item}\" value=\"{code}\"{state}>")
}

/// Posts `fields` to the checklist form at `path` with the CSRF token of its page.
async fn post(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> Page {
    let page = path.strip_suffix("/consensus").unwrap_or(path);
    let csrf = browser.get(page).await.csrf();
    let mut all = vec![("_csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(path, &all).await
}

/// Ratings by item as the form's `r_<item>` fields.
fn rating_fields(ratings: &std::collections::BTreeMap<String, String>) -> Vec<(String, String)> {
    ratings
        .iter()
        .map(|(item, rating)| (format!("r_{item}"), rating.clone()))
        .collect()
}

/// `names` as form fields, then `extra`.
fn with_ratings<'a>(
    names: &'a [(String, String)],
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = names
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    fields.extend_from_slice(extra);
    fields
}

#[tokio::test]
async fn the_second_edition_shows_each_anchor_and_keeps_the_sources_of_each_rating() {
    second_edition(spawn_app().await).await;
}

#[tokio::test]
async fn the_second_edition_shows_each_anchor_and_keeps_the_sources_of_each_rating_on_postgres() {
    let Some(app) = spawn_app_postgres(
        "the_second_edition_shows_each_anchor_and_keeps_the_sources_of_each_rating_on_postgres",
    )
    .await
    else {
        return;
    };
    second_edition(app).await;
}

async fn second_edition(app: TestApp) {
    let a = person(
        &app.store,
        "ana@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let b = person(
        &app.store,
        "bruno@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let path = format!("/fr/orgs/centre-horizon/checklists/{}", app.wave);
    let ana = signed_in(&app, &a).await;

    // Every item of the latest checklist, version 2, shows its anchors with it, line by line.
    let checklist = app
        .instruments
        .latest("fidelity")
        .expect("the checklist")
        .clone();
    assert_eq!(checklist.version, 2);
    let localizer = Arc::new(Localizer::embedded(Locale::fr_ca()).expect("locales"));
    let fr = Texts::new(localizer.clone(), Locale::fr_ca());
    let page = ana.get(&path).await;
    assert_status(&page, StatusCode::OK, "the checklist");
    let mut items = 0;
    for item in checklist.items() {
        let help = item
            .help
            .as_ref()
            .expect("every item of version 2 has anchors");
        let text = fr.t(help.as_str());
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        assert!(lines.len() >= 3, "{}: {lines:?}", item.id);
        for (line, rating) in lines.iter().zip(["0 = ", "1 = ", "2 = "]) {
            assert!(line.starts_with(rating), "{}: {line}", item.id);
        }
        page.assert_has(&format!(
            "<ul class=\"hint anchors\" id=\"r-{}-help\">",
            item.id
        ));
        page.assert_has(&format!("aria-describedby=\"r-{}-help\"", item.id));
        for line in lines {
            page.assert_has(&format!("<li>{}</li>", escaped(line)));
        }
        page.assert_has(&source_box("r-", item.id.as_str(), "documents", false));
        items += 1;
    }
    assert_eq!(items, 29);
    page.assert_has("<legend>Sources utilisées (cochez toutes celles qui s’appliquent)</legend>");
    page.assert_has("formation WRAPMC (planification du rétablissement et du mieux-être)");
    let en = ana
        .get(&format!("/en/orgs/centre-horizon/checklists/{}", app.wave))
        .await;
    en.assert_has("WRAP® delivered by a trained WRAP facilitator");
    en.assert_has("<label for=\"r-f_com_1-s-peer_interview\">Interview with peers</label>");

    // Sources ticked on an unrated item cannot be stored: the page comes back with every
    // rating, note and source kept, whichever button was pressed.
    let few = [
        ("r_f_com_1", "1"),
        ("e_f_com_1", "Plan stratégique 2025-2028"),
        ("s_f_com_1", "documents"),
        ("s_f_com_1", "peer_interview"),
        ("r_f_des_4", "2"),
        ("s_f_des_4", "observation"),
        ("s_f_com_5", "staff_interview"),
    ];
    for action in ["save", "submit"] {
        let mut fields = vec![("action", action)];
        fields.extend_from_slice(&few);
        let refused = post(&ana, &path, &fields).await;
        assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY, action);
        refused.assert_has("Choisissez une cote pour que ces preuves soient enregistrées.");
        refused.assert_has("Plan stratégique 2025-2028");
        refused.assert_has(&crate::checklists::checked("f_com_1", "1"));
        refused.assert_has(&crate::checklists::checked("f_des_4", "2"));
        for (item, code) in [
            ("f_com_1", "documents"),
            ("f_com_1", "peer_interview"),
            ("f_des_4", "observation"),
            ("f_com_5", "staff_interview"),
        ] {
            refused.assert_has(&source_box("r-", item, code, true));
        }
        refused.assert_has(&source_box("r-", "f_com_1", "observation", false));
        // The anchors stay with their items on the refused page too, and describe the item
        // with its error.
        refused.assert_has("id=\"r-f_com_5-help\"");
        refused.assert_has("aria-describedby=\"r-f_com_5-help r-f_com_5-error\"");
    }
    assert!(
        app.store
            .assessments_of(&app.org().await.id, &app.wave)
            .await
            .expect("read")
            .is_empty(),
        "a refused form stored nothing"
    );

    // Once rated, the sources are stored with the rating and shown again from storage.
    let saved = post(
        &ana,
        &path,
        &[("action", "save"), few[0], few[1], few[2], few[3]],
    )
    .await;
    assert_status(&saved, StatusCode::SEE_OTHER, "draft with sources");
    let draft = ana.get(&path).await;
    draft.assert_has(&source_box("r-", "f_com_1", "documents", true));
    draft.assert_has(&source_box("r-", "f_com_1", "peer_interview", true));
    draft.assert_has(&source_box("r-", "f_com_1", "staff_interview", false));
    let org = app.org().await;
    let mine = app
        .store
        .assessments_of(&org.id, &app.wave)
        .await
        .expect("read")
        .into_iter()
        .next()
        .expect("ana's rating");
    assert_eq!(
        mine.instrument_version, 2,
        "a new rating is given on version 2"
    );
    let stored = app.store.ratings(&mine.id).await.expect("ratings");
    assert_eq!(
        stored.iter().find(|r| r.item_id == "f_com_1").map(|r| r
            .sources
            .iter()
            .copied()
            .collect::<Vec<_>>()),
        Some(vec![
            EvidenceSource::Documents,
            EvidenceSource::PeerInterview
        ])
    );

    // Submitted: the evaluator's own ratings list the sources with the evidence.
    let all = plan(&[("f_com_1", "1")]);
    let names = rating_fields(&all);
    let mut fields = with_ratings(&names, &[("action", "submit")]);
    fields.extend_from_slice(&few[1..4]);
    let submitted = post(&ana, &path, &fields).await;
    assert_status(&submitted, StatusCode::SEE_OTHER, "A submits");
    let read_back = ana.get(&path).await;
    read_back.assert_has(&format!(
        "1 – Partiellement en place — Plan stratégique 2025-2028 (Sources{NBSP}: Documents, \
         Entrevue avec des pairs)"
    ));

    // B rates with other sources; the consensus form shows what each said and from where, and
    // starts with the sources of both on the items they agree on.
    let bruno = signed_in(&app, &b).await;
    let names_b = rating_fields(&all);
    let mut fields_b = with_ratings(&names_b, &[("action", "submit")]);
    fields_b.push(("s_f_com_1", "observation"));
    let b_submitted = post(&bruno, &path, &fields_b).await;
    assert_status(&b_submitted, StatusCode::SEE_OTHER, "B submits");
    let started = post(&ana, &format!("{path}/consensus"), &[("action", "start")]).await;
    assert_status(&started, StatusCode::SEE_OTHER, "consensus started");
    let consensus = ana.get(&path).await;
    consensus.assert_has(&format!(
        "ana@example.org{NBSP}: 1 – Partiellement en place — Plan stratégique 2025-2028 \
         (Sources{NBSP}: Documents, Entrevue avec des pairs)"
    ));
    consensus.assert_has(&format!(
        "bruno@example.org{NBSP}: 1 – Partiellement en place (Sources{NBSP}: Observation)"
    ));
    for code in ["documents", "peer_interview", "observation"] {
        consensus.assert_has(&source_box("c-", "f_com_1", code, true));
    }
    consensus.assert_has(&source_box("c-", "f_com_1", "staff_interview", false));
    consensus.assert_has("id=\"c-f_pow_7-help\"");
}

/// A first-edition rating keeps its version and is scored with it; a new one is given on the
/// second edition. In a report, the first wave's consensus (version 1, f_com_4 at 0) scores
/// commitment 6 of 8 = 75 %, overall mean(75, 100, 100, 100, 100) = 95.0; the second wave's
/// (version 2, f_com_4 at 0) scores commitment 8 of 10 = 80 %, overall 96.0.
#[tokio::test]
async fn each_consensus_is_scored_with_the_checklist_version_it_was_rated_on() {
    let app = spawn_app().await;
    let a = person(
        &app.store,
        "ana@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let org = app.org().await;
    let survey = app
        .instruments
        .latest("team-survey")
        .expect("the team survey");
    let winter = app
        .store
        .open_wave(NewWave {
            organization_id: org.id.clone(),
            instrument_id: survey.id.clone(),
            instrument_version: survey.version,
            label: "Hiver 2027".into(),
            opens_at: Timestamp::from_unix(Timestamp::now().unix() + 86_400),
            closes_at: None,
        })
        .await
        .expect("a second wave");
    let ratings = |checklist: &str| -> Vec<ItemRating> {
        plan_on(checklist, &[("f_com_4", "0")])
            .into_iter()
            .map(|(item, value)| ItemRating {
                item_id: item,
                value: Rating::from_code(&value).expect("rating"),
                evidence: String::new(),
                sources: Default::default(),
            })
            .collect()
    };
    let v2 = crate::checklists::SECOND_EDITION;
    for (wave, version, kind, checklist) in [
        (&app.wave, 1, AssessmentKind::Rater, FIRST_EDITION),
        (&app.wave, 1, AssessmentKind::Consensus, FIRST_EDITION),
        (&winter, 2, AssessmentKind::Consensus, v2),
    ] {
        let id = app
            .store
            .create_assessment(NewAssessment {
                organization_id: org.id.clone(),
                wave_id: wave.clone(),
                instrument_id: InstrumentId::parse("fidelity").expect("instrument id"),
                instrument_version: version,
                rater_id: a.id.clone(),
                kind,
            })
            .await
            .expect("assessment");
        app.store
            .save_ratings(&id, ratings(checklist))
            .await
            .expect("save");
        let _ = app.store.submit_assessment(&id).await.expect("submit");
    }
    let ana = signed_in(&app, &a).await;
    let page = ana
        .get(&format!("/fr/orgs/centre-horizon/checklists/{}", app.wave))
        .await;
    page.assert_has("6 sur 8");
    page.assert_has(&format!("75{NBSP}%"));
    // The first edition's rating reads back with its own items.
    page.assert_has("le dévoilement n’est jamais exigé");
    let csv = ana
        .get("/fr/orgs/centre-horizon/exports/fidelity.csv")
        .await;
    assert_status(&csv, StatusCode::OK, "fidelity CSV");
    assert!(csv.body.contains("95,0"), "{}", csv.body);
    assert!(csv.body.contains("96,0"), "{}", csv.body);
    let report = ana
        .get("/fr/orgs/centre-horizon/reports/organization")
        .await;
    assert_status(&report, StatusCode::OK, "organization report");
    // The report shows the latest wave's: commitment on version 2's five items.
    report.assert_has("Centre Horizon, Hiver 2027");
    report.assert_has(&format!(
        "<td>Engagement organisationnel</td><td>8</td><td>10</td><td>80{NBSP}%</td>"
    ));
    report.assert_has(&format!("<td>96{NBSP}%</td>"));

    // A new rating by someone else is given on version 2: f_com_5 and f_pow_2b are offered,
    // the first edition's f_pow_2 is not.
    let b = person(
        &app.store,
        "bruno@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let bruno = signed_in(&app, &b).await;
    let fresh = bruno
        .get(&format!("/fr/orgs/centre-horizon/checklists/{}", app.wave))
        .await;
    fresh.assert_has("name=\"r_f_com_5\"");
    fresh.assert_has("name=\"r_f_pow_2b\"");
    assert!(!fresh.body.contains("name=\"r_f_pow_2\""));
}
