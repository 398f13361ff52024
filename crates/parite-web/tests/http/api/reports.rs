//! Report tables through the API hold what the pages' CSV downloads hold: the same rows, the
//! same figures, and a hidden cell `null` with its reason where the CSV says why it is hidden.

use parite_store::{Role, Timestamp, WaveStatus};
use reqwest::StatusCode;
use serde_json::Value;

use super::{get, token};
use crate::accounts::{person, request, session};
use crate::helpers::{TestApp, spawn_app};

const SLUG: &str = "reseau-passerelle";

/// The demo's organization with every wave closed, so that funders see all of it.
async fn closed_demo(app: &TestApp) {
    app.seed_demo(1, 8, 4).await;
    let org = app
        .store
        .organization_by_slug(SLUG)
        .await
        .expect("read")
        .expect("seeded");
    for wave in app.store.waves_of(&org.id).await.expect("waves") {
        if wave.status == WaveStatus::Open {
            app.store
                .close_wave(&wave.id, Timestamp::now())
                .await
                .expect("close");
        }
    }
}

/// The rows of a CSV download (BOM, header row and all).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

/// Every cell of the JSON table against the same cell of the CSV: a hidden one is `null` with
/// a reason where the CSV holds the reason's words; a figure is the CSV's number.
fn same_as_csv(table: &Value, csv: &[Vec<String>], what: &str) -> usize {
    let columns = table["columns"].as_array().expect("columns");
    let labels: Vec<&str> = columns
        .iter()
        .map(|c| c["label"].as_str().expect("label"))
        .collect();
    assert_eq!(
        labels,
        csv[0].iter().map(String::as_str).collect::<Vec<_>>(),
        "{what}"
    );
    let rows = table["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), csv.len() - 1, "{what}: as many rows as the CSV");
    let notes = &table["hidden_notes"];
    let mut hidden = 0;
    for (row, line) in rows.iter().zip(&csv[1..]) {
        for (cell, text) in row.as_array().expect("cells").iter().zip(line) {
            match cell.get("hidden").and_then(Value::as_str) {
                Some(reason) => {
                    hidden += 1;
                    assert!(
                        cell["value"].is_null(),
                        "{what}: a hidden cell with a value"
                    );
                    assert_eq!(notes[reason].as_str(), Some(text.as_str()), "{what}");
                }
                None => match &cell["value"] {
                    Value::Null => assert_eq!(text, "", "{what}"),
                    Value::Number(n) => {
                        let csv_number: f64 = text.parse().expect("a number in the CSV");
                        assert_eq!(n.as_f64(), Some(csv_number), "{what}");
                    }
                    Value::String(s) => assert_eq!(s, text, "{what}"),
                    other => panic!("{what}: {other}"),
                },
            }
        }
    }
    hidden
}

#[tokio::test]
async fn a_funders_token_gets_the_suppressed_overview_tables_and_no_item_level_data() {
    funder_sees_what_the_csv_shows(spawn_app().await).await;
}

#[tokio::test]
async fn a_funders_token_gets_the_suppressed_overview_tables_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "a_funders_token_gets_the_suppressed_overview_tables_on_postgres",
    )
    .await
    else {
        return;
    };
    funder_sees_what_the_csv_shows(app).await;
}

async fn funder_sees_what_the_csv_shows(app: TestApp) {
    closed_demo(&app).await;
    let funder = person(&app.store, "fund@example.ca", Role::Funder, &[SLUG]).await;
    let key = token(&app.store, &funder.id, None).await;
    let cookie = session(&app.store, &funder.id).await;
    let mut hidden = 0;
    for table in ["barriers", "participation", "peer-values"] {
        let answer = get(
            &app.base,
            &format!("/api/v1/funders/tables/{table}"),
            Some(&key),
            "en-CA",
        )
        .await;
        answer.assert_ok(table);
        assert_eq!(answer.json["table"], table);
        assert_eq!(answer.json["min_cell"], 5);
        let page = request(
            &app.base,
            "GET",
            &format!("/en/funders/exports/{table}.csv"),
            Some(&cookie),
            &[],
        )
        .await;
        assert_eq!(page.status, StatusCode::OK, "{table}");
        hidden += same_as_csv(&answer.json, &csv_rows(&page.body), table);
    }
    assert!(hidden > 0, "the demo's small groups are hidden");

    // In French, labels and notes in French, figures the same.
    let french = get(
        &app.base,
        "/api/v1/funders/tables/barriers",
        Some(&key),
        "fr-CA,fr;q=0.9",
    )
    .await;
    french.assert_ok("French");
    assert_eq!(french.json["locale"], "fr-CA");
    assert_eq!(french.json["columns"][0]["label"], "Organisme");

    // Item-level data and an organization's own report are not a funder's.
    let raw = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/responses"),
        Some(&key),
        "en-CA",
    )
    .await;
    raw.assert_problem(StatusCode::FORBIDDEN, "forbidden", "responses");
    let own = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/reports/organization/tables/barriers"),
        Some(&key),
        "en-CA",
    )
    .await;
    own.assert_problem(StatusCode::FORBIDDEN, "forbidden", "organization report");

    // Waves without their counts of responses; a table not in the overview is not found.
    let waves = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/waves"),
        Some(&key),
        "en-CA",
    )
    .await;
    waves.assert_ok("waves");
    let listed = waves.json["waves"].as_array().expect("waves");
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|w| w["submitted"].is_null()),
        "{}",
        waves.json
    );
    let change = get(
        &app.base,
        "/api/v1/funders/tables/change",
        Some(&key),
        "en-CA",
    )
    .await;
    change.assert_problem(StatusCode::NOT_FOUND, "not-found", "change");

    // Every pull is in the audit log, with the token that made it.
    let lines = app
        .store
        .audit_entries(&parite_store::AuditFilter {
            actor: Some(funder.id.clone()),
            action: Some("api_table".into()),
            ..Default::default()
        })
        .await
        .expect("audit");
    assert_eq!(lines.len(), 4, "three tables in English, one in French");
    assert!(
        lines
            .iter()
            .all(|l| l.target == "funders" && l.details.contains("; token "))
    );
}

#[tokio::test]
async fn an_evaluators_token_reads_its_organizations_tables_as_the_csv_and_not_anothers() {
    let app = spawn_app().await;
    closed_demo(&app).await;
    let evaluator = person(&app.store, "eva@example.org", Role::Evaluator, &[SLUG]).await;
    let key = token(&app.store, &evaluator.id, None).await;
    let cookie = session(&app.store, &evaluator.id).await;
    let path = format!("/api/v1/organizations/{SLUG}/reports/organization/tables/barriers");
    let answer = get(&app.base, &path, Some(&key), "en-CA").await;
    answer.assert_ok("barriers");
    let page = request(
        &app.base,
        "GET",
        &format!("/en/orgs/{SLUG}/exports/barriers.csv"),
        Some(&cookie),
        &[],
    )
    .await;
    same_as_csv(&answer.json, &csv_rows(&page.body), "evaluator's barriers");

    // The test organization exists but is not in this evaluator's scope: not found, as its
    // pages answer.
    let other = get(
        &app.base,
        "/api/v1/organizations/centre-horizon/reports/organization/tables/barriers",
        Some(&key),
        "en-CA",
    )
    .await;
    other.assert_problem(StatusCode::NOT_FOUND, "not-found", "another organization");
    let page = request(
        &app.base,
        "GET",
        "/en/orgs/centre-horizon/exports/barriers.csv",
        Some(&cookie),
        &[],
    )
    .await;
    assert_eq!(
        page.status,
        StatusCode::NOT_FOUND,
        "the page answers the same"
    );
    for path in [
        "/api/v1/organizations/centre-horizon/waves",
        "/api/v1/organizations/centre-horizon/responses",
        "/api/v1/organizations/nowhere/waves",
    ] {
        get(&app.base, path, Some(&key), "en-CA")
            .await
            .assert_problem(StatusCode::NOT_FOUND, "not-found", path);
    }
    let listed = get(&app.base, "/api/v1/organizations", Some(&key), "en-CA").await;
    listed.assert_ok("organizations");
    assert_eq!(
        listed.json["organizations"].as_array().map(Vec::len),
        Some(1),
        "{}",
        listed.json
    );
    assert_eq!(listed.json["organizations"][0]["slug"], SLUG);
    // Evaluators see the counts of responses.
    let waves = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/waves"),
        Some(&key),
        "en-CA",
    )
    .await;
    assert!(
        waves.json["waves"]
            .as_array()
            .expect("waves")
            .iter()
            .all(|w| w["submitted"].is_u64())
    );
}
