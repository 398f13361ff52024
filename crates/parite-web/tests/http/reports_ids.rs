//! The funders' overview tells organizations apart by id: two that share a display name keep
//! their own figures, and both appear.

use parite_store::{Role, Timestamp, WaveId};
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::{TestApp, spawn_app, survey_answers};

const NAME: &str = "Centre Lumière";

/// `count` peers' responses to `wave`.
async fn answer(app: &TestApp, wave: &WaveId, count: usize) {
    for _ in 0..count {
        let answers = survey_answers(&[("role", "peer")]);
        app.submitted(wave, "en-CA", "peer", answers).await;
    }
}

#[tokio::test]
async fn two_organizations_with_the_same_name_keep_their_own_figures_in_the_overview() {
    let app = spawn_app().await;
    let mut slugs = Vec::new();
    for (slug, responses) in [("lumiere-est", 5), ("lumiere-ouest", 7)] {
        let org = app
            .store
            .create_organization(slug, NAME)
            .await
            .expect("organization");
        let wave = parite_web::provision::open_wave(
            &app.store,
            &app.instruments,
            &org,
            "team-survey",
            "Automne",
            None,
        )
        .await
        .expect("wave");
        answer(&app, &wave.id, responses).await;
        app.store
            .close_wave(&wave.id, Timestamp::now())
            .await
            .expect("close");
        slugs.push(slug);
    }
    let funder = person(&app.store, "fund@example.ca", Role::Funder, &slugs).await;
    let funder = session(&app.store, &funder.id).await;

    let csv = request(
        &app.base,
        "GET",
        "/en/funders/exports/participation.csv",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK, "{}", csv.body);
    let mut everyone: Vec<&str> = csv
        .body
        .lines()
        .filter(|line| line.starts_with(NAME) && line.contains(",all,"))
        .collect();
    // Same name, same wave label: listed in id order, which is random.
    everyone.sort_unstable();
    assert_eq!(
        everyone,
        [
            // No team recorded: no eligible count, no rate.
            format!("{NAME},Automne,all,Everyone,5,,"),
            format!("{NAME},Automne,all,Everyone,7,,")
        ],
        "{}",
        csv.body
    );

    // The overview's heatmap has a row for each, and so has its participation table.
    let overview = request(&app.base, "GET", "/en/funders/", Some(&funder), &[]).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert_eq!(
        overview
            .body
            .matches(&format!("<td>{NAME}</td><td>Automne</td>"))
            .count(),
        4,
        "{}",
        overview.body
    );
}
