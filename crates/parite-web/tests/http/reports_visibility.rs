//! Open waves in reports: evaluators and administrators see them live, marked provisional;
//! team leads and funders see a wave's figures only once it is closed, so two downloads a
//! response apart cannot give that response away.

use parite_store::{Role, Timestamp, WaveStatus};
use reqwest::StatusCode;

use crate::accounts::{Session, person, request, session};
use crate::helpers::{TestApp, spawn_app, survey_answers};

const PROVISIONAL: &str = "Provisional: this wave is still open.";
const WITHHELD: &str = "Waves still open are not included yet.";
/// The demo's last wave, left open; the one before it is closed.
const OPEN_WAVE: &str = "Automne 2026";
const CLOSED_WAVE: &str = "Printemps 2026";

async fn get(app: &TestApp, path: &str, who: &Session) -> String {
    let page = request(&app.base, "GET", path, Some(who), &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    page.body
}

#[tokio::test]
async fn open_waves_are_live_for_evaluators_and_wait_for_closing_for_team_leads_and_funders() {
    visibility_follows_the_wave_status(spawn_app().await).await;
}

#[tokio::test]
async fn open_waves_are_live_for_evaluators_and_wait_for_closing_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "open_waves_are_live_for_evaluators_and_wait_for_closing_on_postgres",
    )
    .await
    else {
        return;
    };
    visibility_follows_the_wave_status(app).await;
}

async fn visibility_follows_the_wave_status(app: TestApp) {
    let (evaluator, _) = app.seed_demo(1, 8, 4).await;
    let slug = "reseau-passerelle";
    let org = app
        .store
        .organization_by_slug(slug)
        .await
        .expect("read")
        .expect("seeded");
    app.store
        .grant_scope(&evaluator.id, &org.id)
        .await
        .expect("scope");
    let lead = person(&app.store, "lead@example.ca", Role::TeamLead, &[slug]).await;
    let funder = person(&app.store, "fund@example.ca", Role::Funder, &[slug]).await;
    let (evaluator, lead, funder) = (
        session(&app.store, &evaluator.id).await,
        session(&app.store, &lead.id).await,
        session(&app.store, &funder.id).await,
    );
    let report = format!("/en/orgs/{slug}/reports/organization");
    let org_csv = format!("/en/orgs/{slug}/exports/participation.csv");
    let funder_csv = "/en/funders/exports/participation.csv";

    // The evaluator sees the open wave, marked provisional.
    let page = get(&app, &report, &evaluator).await;
    assert!(page.contains(PROVISIONAL), "{page}");
    assert!(!page.contains(WITHHELD));
    let csv = get(&app, &org_csv, &evaluator).await;
    assert!(
        csv.contains(OPEN_WAVE) && csv.contains(CLOSED_WAVE),
        "{csv}"
    );

    // The team lead and the funder see closed waves only, and are told why.
    let page = get(&app, &report, &lead).await;
    assert!(page.contains(WITHHELD), "{page}");
    assert!(!page.contains(PROVISIONAL));
    let csv = get(&app, &org_csv, &lead).await;
    assert!(
        csv.contains(CLOSED_WAVE) && !csv.contains(OPEN_WAVE),
        "{csv}"
    );
    let overview = get(&app, "/en/funders/", &funder).await;
    assert!(overview.contains(WITHHELD), "{overview}");
    let csv = get(&app, funder_csv, &funder).await;
    assert!(
        csv.contains(CLOSED_WAVE) && !csv.contains(OPEN_WAVE),
        "{csv}"
    );
    let barriers = get(&app, "/en/funders/exports/barriers.csv", &funder).await;
    assert!(!barriers.contains(OPEN_WAVE), "{barriers}");
    // Evaluators' and team leads' links are the same; only what they hold differs.
    let svg = get(
        &app,
        &format!("/en/orgs/{slug}/reports/organization/barrier-change.svg"),
        &lead,
    )
    .await;
    assert!(
        !svg.contains(OPEN_WAVE),
        "the change chart stops at the closed wave"
    );

    // Once the wave is closed, everyone sees it, and nobody is told it is provisional.
    for wave in app.store.waves_of(&org.id).await.expect("waves") {
        if wave.status == WaveStatus::Open {
            app.store
                .close_wave(&wave.id, Timestamp::now())
                .await
                .expect("close");
        }
    }
    for who in [&lead, &evaluator] {
        let page = get(&app, &report, who).await;
        assert!(!page.contains(PROVISIONAL) && !page.contains(WITHHELD));
        let csv = get(&app, &org_csv, who).await;
        assert!(csv.contains(OPEN_WAVE), "{csv}");
    }
    let csv = get(&app, funder_csv, &funder).await;
    assert!(csv.contains(OPEN_WAVE), "{csv}");
}

#[tokio::test]
async fn a_team_lead_whose_only_wave_is_open_is_told_so_instead_of_an_empty_chart() {
    let app = spawn_app().await;
    // The test organization has one open wave; one response is submitted to it.
    let answers = survey_answers(&[("role", "peer")]);
    app.submitted(&app.wave, "en-CA", "peer", answers).await;
    let slug = "centre-horizon";
    let lead = person(&app.store, "lead@example.ca", Role::TeamLead, &[slug]).await;
    let evaluator = person(&app.store, "eva@example.ca", Role::Evaluator, &[slug]).await;
    let (lead, evaluator) = (
        session(&app.store, &lead.id).await,
        session(&app.store, &evaluator.id).await,
    );
    let report = format!("/fr/orgs/{slug}/reports/organization");
    let profile = "/barrier-profile.svg";

    let page = get(&app, &report, &lead).await;
    assert!(
        page.contains("Les vagues encore ouvertes n’y figurent pas encore."),
        "{page}"
    );
    assert!(!page.contains(profile), "no barrier chart drawn: {page}");
    let chart = request(
        &app.base,
        "GET",
        &format!("{report}{profile}"),
        Some(&lead),
        &[],
    )
    .await;
    assert_eq!(chart.status, StatusCode::NOT_FOUND);

    let page = get(&app, &report, &evaluator).await;
    assert!(
        page.contains("Provisoire\u{a0}: cette vague est encore ouverte."),
        "{page}"
    );
    assert!(page.contains(profile));
}
