//! The item-level exports of what evaluators record, downloaded from an organization's page:
//! checklist ratings (every rater, wide, consensus), milestones and the schedule of support,
//! as stored — on SQLite and on PostgreSQL — and only for evaluators and administrators.

use reqwest::StatusCode;

use crate::accounts::{request, session};
use crate::helpers::{TestApp, spawn_app};

#[tokio::test]
async fn an_evaluator_downloads_ratings_milestones_and_support_as_stored() {
    item_exports(spawn_app().await).await;
}

#[tokio::test]
async fn an_evaluator_downloads_ratings_milestones_and_support_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres("item_exports_on_postgres").await else {
        return;
    };
    item_exports(app).await;
}

/// The rows of a CSV download (English: commas), the header first, without the BOM.
fn rows(body: &str) -> Vec<Vec<String>> {
    rows_with(body, b',')
}

async fn item_exports(app: TestApp) {
    let (eva, seeded) = app.seed_demo(2, 6, 7).await;
    let slug = seeded.organizations[1].0.clone();
    app.grant(&eva.id, &[&slug]).await;
    let eva = session(&app.store, &eva.id).await;
    let get = |file: &'static str| {
        let (base, eva, slug) = (app.base.clone(), eva.clone(), slug.clone());
        async move {
            let path = format!("/en/orgs/{slug}/exports/items/{file}");
            let page = request(&base, "GET", &path, Some(&eva), &[]).await;
            assert_eq!(page.status, StatusCode::OK, "{file}: {}", page.body);
            rows(&page.body)
        }
    };

    // The organization page offers each of them.
    let org_page = request(&app.base, "GET", "/en/orgs/", Some(&eva), &[]).await;
    for file in [
        "ratings.csv",
        "ratings-wide.csv",
        "consensus.csv",
        "milestones.csv",
    ] {
        let link = format!("/en/orgs/{slug}/exports/items/{file}");
        assert!(org_page.body.contains(&link), "{link} on {}", org_page.body);
    }

    let ratings = get("ratings.csv").await;
    let header = &ratings[0];
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    // The demo rates each of its four waves once, by consensus, on the checklist version of
    // the wave: 19 items on version 1 for the three earlier waves, 29 on version 2.
    assert_eq!(ratings.len() - 1, 3 * 19 + 29, "one row per rating");
    let row = &ratings[1];
    assert_eq!(row[at("Rater")], "eva@example.ca");
    assert_eq!(row[at("Rated by")], "consensus");
    assert_eq!(row[at("Sources of the evidence")], "staff_interview");
    assert_eq!(
        row[at("Evidence")],
        "Entrevue avec l’équipe de mise en œuvre"
    );
    assert!(
        ratings
            .iter()
            .skip(1)
            .all(|r| ["0", "1", "2", "na"].contains(&r[at("Rating")].as_str()))
    );

    let wide = get("ratings-wide.csv").await;
    assert_eq!(wide.len() - 1, 4, "one row per assessment");
    assert!(
        wide[0].iter().any(|h| h == "f_pow_2b"),
        "version 2's items too"
    );
    let consensus = get("consensus.csv").await;
    assert_eq!(
        consensus.len(),
        ratings.len(),
        "the demo's ratings are all consensus"
    );

    let milestones = get("milestones.csv").await;
    assert!(
        milestones.len() > 3,
        "the demo marks milestones: {milestones:?}"
    );
    let recorded_by = milestones[0]
        .iter()
        .position(|h| h == "Recorded by")
        .expect("column");
    assert!(
        milestones[1..]
            .iter()
            .all(|r| r[recorded_by] == "eva@example.ca")
    );

    let support = get("support-activities.csv").await;
    assert!(support.len() > 1, "the demo plans a year of support");
    let state = support[0]
        .iter()
        .position(|h| h == "State")
        .expect("column");
    let peers = support[0]
        .iter()
        .position(|h| h == "Peers attending")
        .expect("column");
    assert!(
        support[1..]
            .iter()
            .any(|r| r[state] == "delivered" && !r[peers].is_empty()),
        "a delivered activity has its attendance"
    );

    // Each file has its R, SPSS and Stata files, linked after it, reading it by its name.
    for syntax in ["ratings-wide.R", "milestones.sps", "support-activities.do"] {
        let link = format!("/en/orgs/{slug}/exports/items/{syntax}");
        assert!(
            org_page.body.contains(&link),
            "{link} on the organization page"
        );
        let script = request(&app.base, "GET", &link, Some(&eva), &[]).await;
        assert_eq!(script.status, StatusCode::OK, "{syntax}");
        let csv = syntax
            .rsplit_once('.')
            .map(|(stem, _)| format!("{stem}.csv"));
        assert!(
            script.body.contains(&csv.expect("a stem")),
            "{syntax}: {}",
            script.body
        );
    }
    let unknown = format!("/en/orgs/{slug}/exports/items/ratings.xlsx");
    let unknown = request(&app.base, "GET", &unknown, Some(&eva), &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // Every download is recorded.
    let audit = app
        .store
        .audit_entries(&parite_store::AuditFilter::default())
        .await
        .expect("audit");
    assert!(
        audit
            .iter()
            .any(|e| e.action == "export_items" && e.details == "ratings-wide.csv")
    );
}

#[tokio::test]
async fn every_role_finds_each_instruments_codebook_from_the_header() {
    let app = spawn_app().await;
    let funder = crate::accounts::person(
        &app.store,
        "fanny@example.ca",
        parite_store::Role::Funder,
        &["centre-horizon"],
    )
    .await;
    let funder = session(&app.store, &funder.id).await;
    let home = request(&app.base, "GET", "/fr/funders/", Some(&funder), &[]).await;
    assert!(
        home.body.contains("href=\"/fr/instruments/\""),
        "the header links the instruments"
    );
    let list = request(&app.base, "GET", "/fr/instruments/", Some(&funder), &[]).await;
    assert_eq!(list.status, StatusCode::OK);
    for link in [
        "/fr/instruments/fidelity/2",
        "/fr/instruments/fidelity/1",
        "/fr/instruments/peer-values/1",
        "/fr/instruments/team-survey/2",
    ] {
        assert!(list.body.contains(link), "{link} in {}", list.body);
    }
    let page = request(
        &app.base,
        "GET",
        "/fr/instruments/fidelity/2",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("version 2\u{a0}: livre de codes"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<code>2</code> = 2 – Entièrement en place (2 points)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<code>f_pow_2b</code>"));
    let survey = request(
        &app.base,
        "GET",
        "/en/instruments/team-survey/2",
        Some(&funder),
        &[],
    )
    .await;
    assert!(
        survey.body.contains("Asked only if b_div_2 &#62;= 4"),
        "{}",
        survey.body
    );
    assert!(survey.body.contains("reverse-coded"));
    let csv = request(
        &app.base,
        "GET",
        "/fr/instruments/peer-values/1/codebook.csv",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let rows = rows_with(&csv.body, b';');
    assert_eq!(rows[0][0], "Version");
    assert!(
        rows.iter()
            .any(|r| r[1] == "v_hope_1" && r[9] == "dk" && r[11].is_empty())
    );
    let missing = request(
        &app.base,
        "GET",
        "/fr/instruments/fidelity/9",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

/// The rows of a CSV download, the header first, without the BOM.
fn rows_with(body: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(body.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect()
}
