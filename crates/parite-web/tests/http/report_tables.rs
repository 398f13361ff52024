//! Reports at real team sizes, on the demo data: the barrier profile draws everyone when the
//! peer/professional split is hidden, hidden cells say why, and every table a report defines
//! is on the page as well as in CSV.

use parite_store::Role;
use parite_web::demo::SeedOptions;
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::{TestApp, spawn_app};

/// The test app already has a Centre Horizon, so the demo starts at the second organization.
const SLUGS: [&str; 3] = ["reseau-passerelle", "maison-boreale", "cooperative-envol"];

/// Three demo organizations at their default size: one where the peer/professional split is
/// mostly hidden, one of 4 respondents a wave, and one whose split can be shown.
async fn demo(app: &TestApp) -> parite_store::UserId {
    let defaults = SeedOptions::default();
    let (evaluator, _) = app.seed_demo(3, defaults.responses, defaults.seed).await;
    app.grant(&evaluator.id, &SLUGS).await;
    evaluator.id
}

/// The first chart of a page: the barrier profile.
fn first_svg(body: &str) -> &str {
    let start = body.find("<svg").unwrap_or(0);
    let end = body[start..]
        .find("</svg>")
        .map_or(body.len(), |e| start + e);
    &body[start..end]
}

#[tokio::test]
async fn the_barrier_profile_draws_everyone_when_the_split_is_hidden_and_says_why() {
    let app = spawn_app().await;
    let evaluator = demo(&app).await;
    let signed_in = session(&app.store, &evaluator).await;
    let page = |slug: &'static str| {
        let (base, signed_in) = (app.base.clone(), signed_in.clone());
        async move {
            let path = format!("/fr/orgs/{slug}/reports/organization");
            let page = request(&base, "GET", &path, Some(&signed_in), &[]).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            page.body
        }
    };

    // Réseau Passerelle: a few respondents outside the groups, so the split is hidden to
    // protect them; everyone's bars are drawn all the same, each with its n.
    let hidden = page("reseau-passerelle").await;
    let profile = first_svg(&hidden);
    assert!(profile.contains("Ensemble"), "{profile}");
    assert!(profile.contains("(n = "), "everyone's bars: {profile}");
    assert!(
        hidden.contains("<td>masqué pour protéger un autre groupe</td>"),
        "{hidden}"
    );
    assert!(!hidden.contains("<td>n "), "no cell says n < 5: {hidden}");
    // Participation is a table on the page, not only a download.
    assert!(
        hidden.contains("<caption>Participation par vague</caption>"),
        "{hidden}"
    );

    // Coopérative L’Envol: everyone answers as a peer or a professional, enough of each.
    let page_text = page("cooperative-envol").await;
    // The team survey's sections; the peer questionnaires' own tables come after them.
    let shown = page_text
        .split("Les valeurs du soutien par les pairs dans la pratique")
        .next()
        .unwrap_or_default();
    assert!(shown.contains("<td>Pairs</td><td>"), "{shown}");
    assert!(
        !shown.contains("<td>masqué pour protéger un autre groupe</td>")
            && !shown.contains("<td>moins de 5 personnes répondantes</td>"),
        "the split can be shown: {shown}"
    );

    // Maison Boréale: 4 a wave, hidden for being few.
    let small = page("maison-boreale").await;
    assert!(
        small.contains("<td>moins de 5 personnes répondantes</td>"),
        "{small}"
    );
}

#[tokio::test]
async fn the_funders_overview_shows_its_fidelity_and_participation_tables() {
    let app = spawn_app().await;
    demo(&app).await;
    let funder = person(&app.store, "fund@example.ca", Role::Funder, &SLUGS).await;
    let funder = session(&app.store, &funder.id).await;
    let overview = request(&app.base, "GET", "/en/funders/", Some(&funder), &[]).await;
    assert_eq!(overview.status, StatusCode::OK, "{}", overview.body);
    let body = &overview.body;
    for caption in ["Fidelity by domain", "Participation by wave"] {
        assert!(
            body.contains(&format!("<caption>{caption}</caption>")),
            "{caption}: {body}"
        );
    }
    // After the team (none is recorded for this demo wave), the hidden count says why.
    let participation = body
        .split("<caption>Participation by wave</caption>")
        .nth(1)
        .unwrap_or_default();
    let row = participation
        .split("<tr>")
        .find(|row| row.starts_with("<td>Maison Boréale</td><td>Automne 2025</td>"))
        .unwrap_or_else(|| panic!("a row for Maison Boréale's Automne 2025: {body}"));
    assert!(
        row.contains("<td>Team size not recorded: no response rate</td>"),
        "{row}"
    );
    assert!(
        row.contains("</td><td>fewer than 5 respondents</td>"),
        "{row}"
    );
    // The CSV says why too, in the same words.
    let csv = request(
        &app.base,
        "GET",
        "/en/funders/exports/participation.csv",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.body.contains("fewer than 5 respondents"),
        "{}",
        csv.body
    );
    assert!(
        csv.body.contains("hidden to protect another group"),
        "{}",
        csv.body
    );
}
