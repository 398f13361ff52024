//! Item-level answers through the API: evaluators page through every submitted response of a
//! survey, free text included, as the raw export holds them; each page pulled is audited.

use std::collections::BTreeSet;

use parite_core::ItemKind;
use parite_store::Role;
use reqwest::StatusCode;

use super::{get, token};
use crate::accounts::{person, request, session};
use crate::helpers::{TestApp, spawn_app};

const SLUG: &str = "reseau-passerelle";

#[tokio::test]
async fn an_evaluator_pages_through_every_response_with_its_free_text() {
    pages_hold_the_raw_export(spawn_app().await).await;
}

#[tokio::test]
async fn an_evaluator_pages_through_every_response_on_postgres() {
    let Some(app) =
        crate::helpers::spawn_app_postgres("an_evaluator_pages_through_every_response_on_postgres")
            .await
    else {
        return;
    };
    pages_hold_the_raw_export(app).await;
}

async fn pages_hold_the_raw_export(app: TestApp) {
    app.seed_demo(1, 8, 4).await;
    let evaluator = person(&app.store, "eval@example.org", Role::Evaluator, &[SLUG]).await;
    let key = token(&app.store, &evaluator.id, None).await;
    let mut ids = Vec::new();
    let mut free_text = 0;
    let survey = app
        .instruments
        .every_item_of("team-survey")
        .expect("survey");
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let cursor = after
            .as_ref()
            .map_or(String::new(), |a| format!("&after={a}"));
        let path = format!(
            "/api/v1/organizations/{SLUG}/responses?instrument=team-survey&limit=7{cursor}"
        );
        let page = get(&app.base, &path, Some(&key), "en-CA").await;
        page.assert_ok(&path);
        pages += 1;
        for response in page.json["responses"].as_array().expect("responses") {
            assert_eq!(response["instrument"], "team-survey");
            ids.push(response["id"].as_str().expect("id").to_owned());
            for answer in response["answers"].as_array().expect("answers") {
                let item = survey.item(answer["item"].as_str().expect("item"));
                if item.is_some_and(|i| matches!(i.kind, ItemKind::Text { .. })) {
                    free_text += 1;
                }
            }
        }
        match page.json["next"].as_str() {
            Some(next) => after = Some(next.to_owned()),
            None => break,
        }
    }
    assert!(pages > 1, "seven at a time takes several pages");
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no response twice");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in id order");
    assert!(free_text > 0, "free text is included for evaluators");

    // The same responses as the raw export.
    let cookie = session(&app.store, &evaluator.id).await;
    let csv = request(
        &app.base,
        "GET",
        &format!("/en/orgs/{SLUG}/exports/raw/responses.csv"),
        Some(&cookie),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let exported: BTreeSet<String> = csv
        .body
        .lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(
        exported,
        unique.into_iter().cloned().collect::<BTreeSet<_>>()
    );

    // Each page pulled is one audit line, naming the token.
    let lines = app
        .store
        .audit_entries(&parite_store::AuditFilter {
            actor: Some(evaluator.id.clone()),
            action: Some("api_responses".into()),
            ..Default::default()
        })
        .await
        .expect("audit");
    assert_eq!(lines.len(), pages);
    assert!(
        lines
            .iter()
            .all(|l| l.target == SLUG && l.details.contains("; token "))
    );
}

#[tokio::test]
async fn malformed_queries_are_problems_and_team_leads_get_no_item_level_data() {
    let app = spawn_app().await;
    let slug = "centre-horizon";
    let evaluator = person(&app.store, "eval@example.org", Role::Evaluator, &[slug]).await;
    let key = token(&app.store, &evaluator.id, None).await;
    for query in [
        "instrument=fidelity",
        "instrument=nothing",
        "after=not-a-cursor",
        "limit=0",
        "limit=100000",
        "limit=many",
    ] {
        let path = format!("/api/v1/organizations/{slug}/responses?{query}");
        get(&app.base, &path, Some(&key), "en-CA")
            .await
            .assert_problem(StatusCode::BAD_REQUEST, "bad-parameter", &path);
    }
    let empty = get(
        &app.base,
        &format!("/api/v1/organizations/{slug}/responses"),
        Some(&key),
        "en-CA",
    )
    .await;
    empty.assert_ok("no responses yet");
    assert_eq!(empty.json["responses"], serde_json::json!([]));
    assert!(empty.json["next"].is_null());

    let lead = person(&app.store, "lead@example.org", Role::TeamLead, &[slug]).await;
    let lead_key = token(&app.store, &lead.id, None).await;
    get(
        &app.base,
        &format!("/api/v1/organizations/{slug}/responses"),
        Some(&lead_key),
        "fr-CA",
    )
    .await
    .assert_problem(StatusCode::FORBIDDEN, "forbidden", "team lead");
}

/// What evaluators record, through the API: the same rows and columns as the CSV downloads of
/// the organization's page; a team lead gets 403, an unknown export 404.
#[tokio::test]
async fn an_evaluator_reads_ratings_milestones_and_support_as_their_downloads() {
    let app = spawn_app().await;
    let (eva, _) = app.seed_demo(2, 6, 7).await;
    app.grant(&eva.id, &[SLUG]).await;
    let key = token(&app.store, &eva.id, None).await;
    let browser = session(&app.store, &eva.id).await;
    for (export, file) in [
        ("ratings", "ratings.csv"),
        ("ratings-wide", "ratings-wide.csv"),
        ("consensus", "consensus.csv"),
        ("milestones", "milestones.csv"),
        ("support-activities", "support-activities.csv"),
    ] {
        let path = format!("/api/v1/organizations/{SLUG}/records/{export}");
        let answer = get(&app.base, &path, Some(&key), "en-CA").await;
        answer.assert_ok(&path);
        let rows = answer.json["rows"].as_array().expect("rows");
        let download = format!("/en/orgs/{SLUG}/exports/items/{file}");
        let csv = request(&app.base, "GET", &download, Some(&browser), &[]).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert_eq!(
            rows.len(),
            csv.body.lines().count() - 1,
            "{export}: as many rows as the download"
        );
        assert!(!rows.is_empty(), "{export}: the demo has some");
        let columns = answer.json["columns"].as_array().expect("columns");
        assert!(
            columns
                .iter()
                .all(|c| c.as_str().is_some_and(|c| !c.contains(' ')))
        );
    }
    let ratings = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/records/ratings"),
        Some(&key),
        "en-CA",
    )
    .await;
    let columns = ratings.json["columns"].as_array().expect("columns");
    let evidence = columns
        .iter()
        .position(|c| c == "evidence")
        .expect("evidence");
    assert_eq!(
        ratings.json["rows"][0][evidence],
        "Entrevue avec l’équipe de mise en œuvre"
    );
    let unknown = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/records/answers"),
        Some(&key),
        "en-CA",
    )
    .await;
    unknown.assert_problem(StatusCode::NOT_FOUND, "not-found", "an unknown export");
    let lead = person(&app.store, "lead@example.org", Role::TeamLead, &[SLUG]).await;
    let lead_key = token(&app.store, &lead.id, None).await;
    let refused = get(
        &app.base,
        &format!("/api/v1/organizations/{SLUG}/records/ratings"),
        Some(&lead_key),
        "en-CA",
    )
    .await;
    refused.assert_problem(StatusCode::FORBIDDEN, "forbidden", "a team lead");
}
