//! Sentences and titles as a reader sees them: dates with "1er", a wave without a closing
//! date in a sentence of its own, the product named once in a page's title.

use parite_store::{NewWave, Role, Timestamp};
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::spawn_app;

/// Noon UTC on `days` after 1970-01-01.
fn noon(days: i64) -> Timestamp {
    Timestamp::from_unix(days * 86_400 + 12 * 3600)
}

/// 2026-10-01 and 2026-02-01, as days since 1970-01-01.
const OCTOBER_1: i64 = 20_727;
const FEBRUARY_1: i64 = 20_485;

#[tokio::test]
async fn waves_read_as_whole_sentences_with_the_first_of_the_month_as_1er() {
    let app = spawn_app().await;
    let org = app
        .store
        .organization_by_slug("centre-horizon")
        .await
        .expect("read")
        .expect("the test app's organization");
    let survey = app.instruments.latest("team-survey").expect("survey");
    for (label, opens, closes) in [
        ("Hiver", FEBRUARY_1, Some(OCTOBER_1)),
        ("Automne", OCTOBER_1, None),
    ] {
        app.store
            .open_wave(NewWave {
                organization_id: org.id.clone(),
                instrument_id: survey.id.clone(),
                instrument_version: survey.version,
                label: label.to_owned(),
                opens_at: noon(opens),
                closes_at: closes.map(noon),
            })
            .await
            .expect("wave");
    }
    let evaluator = person(
        &app.store,
        "eva@example.ca",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let signed_in = session(&app.store, &evaluator.id).await;
    let fr = request(
        &app.base,
        "GET",
        "/fr/orgs/centre-horizon/",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
    fr.assert_has("du 1er février 2026 au 1er octobre 2026.");
    fr.assert_has("à partir du 1er octobre 2026, sans date de fermeture.");
    assert!(!fr.body.contains("au aucune"), "{}", fr.body);
    let en = request(
        &app.base,
        "GET",
        "/en/orgs/centre-horizon/",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(en.status, StatusCode::OK, "{}", en.body);
    en.assert_has("from February 1, 2026 to October 1, 2026.");
    en.assert_has("from October 1, 2026, with no closing date.");
    assert!(!en.body.contains("to no closing date"), "{}", en.body);
}

#[tokio::test]
async fn a_title_that_names_the_product_does_not_repeat_it() {
    let app = spawn_app().await;
    for (path, title) in [
        ("/fr/login", "<title>Se connecter à Parité</title>"),
        ("/en/login", "<title>Sign in to Parité</title>"),
    ] {
        let page = request(&app.base, "GET", path, None, &[]).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        page.assert_has(title);
    }
}
