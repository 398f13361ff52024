//! The schedule of support over HTTP: an evaluator opens it from the organization's page, plans
//! a coaching series, marks a session delivered with attendance counts, cancels another, and
//! every refused form comes back with what was typed and a message in the reader's language.
use parite_store::Role;
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, assert_status, person, sign_in};
use crate::helpers::spawn_app;

const PAGE: &str = "/fr/orgs/centre-horizon/support";

/// POSTs an activity's form with the schedule page's CSRF token.
async fn post_form(
    browser: &crate::helpers::Browser,
    path: &str,
    fields: &[(&str, &str)],
) -> crate::helpers::Page {
    let csrf = browser.get(PAGE).await.csrf();
    let mut all = vec![("_csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(path, &all).await
}

#[tokio::test]
async fn an_evaluator_plans_a_series_records_a_session_and_cancels_another_by_clicking() {
    let app = spawn_app().await;
    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let browser = app.browser();
    assert_status(
        &sign_in(&browser, &eva.email, PASSWORD).await,
        StatusCode::SEE_OTHER,
        "sign-in",
    );
    // Reached from the organization's page.
    let overview = browser.get("/fr/orgs/centre-horizon/").await;
    overview.assert_has(&format!("href=\"{PAGE}\""));
    let empty = browser.get(PAGE).await;
    assert_status(&empty, StatusCode::OK, "schedule page");
    empty.assert_has("Aucune activité n’est encore planifiée.");

    // A refused plan keeps every answer and says what is wrong, in French.
    let refused = browser
        .submit(
            PAGE,
            &[
                ("kind", "coaching"),
                ("date", "2026-11-03"),
                ("every_weeks", "2"),
                ("until", "2026-10-01"),
                ("minutes", "90"),
                ("language", "fr"),
                ("facilitator", "Josée Tremblay"),
                ("peer", "1"),
            ],
        )
        .await;
    assert_status(
        &refused,
        StatusCode::UNPROCESSABLE_ENTITY,
        "series ending before it starts",
    );
    refused.assert_has("Entrez la dernière date de la série, égale ou postérieure à la première.");
    refused.assert_has("value=\"Josée Tremblay\"");
    refused.assert_has("value=\"2026-10-01\"");
    refused.assert_has("id=\"plan-peer\" name=\"peer\" value=\"1\" checked");

    let planned = browser
        .submit(
            PAGE,
            &[
                ("kind", "coaching"),
                ("date", "2026-11-03"),
                ("every_weeks", "2"),
                ("until", "2026-12-01"),
                ("minutes", "90"),
                ("language", "fr"),
                ("facilitator", "Josée Tremblay"),
                ("peer", "1"),
            ],
        )
        .await;
    assert_status(&planned, StatusCode::SEE_OTHER, "plan a series");
    let org = app.org().await;
    let sessions = app
        .store
        .support_for(std::slice::from_ref(&org.id))
        .await
        .expect("read");
    assert_eq!(sessions.len(), 3, "November 3 and 17, December 1");
    let page = browser.get(&format!("{PAGE}?done=planned")).await;
    page.assert_has("L’activité est planifiée.");
    page.assert_has("0 offerte, 3 encore planifiées.");
    page.assert_has("3 novembre 2026 — Séance de coaching");
    page.assert_has("Josée Tremblay (animation par un pair aidant ou une paire aidante)");

    let first = format!("{PAGE}/{}", sessions[0].id.as_str());
    let counts_field = format!("peers-{}", org.id.as_str());
    let staff_field = format!("staff-{}", org.id.as_str());
    let bad = post_form(
        &browser,
        &first,
        &[
            ("action", "deliver"),
            ("date", "2026-11-03"),
            (&counts_field, "deux"),
            (&staff_field, "5"),
        ],
    )
    .await;
    assert_status(
        &bad,
        StatusCode::UNPROCESSABLE_ENTITY,
        "counts that are not numbers",
    );
    bad.assert_has("Entrez combien de pairs et de membres du personnel sont venus de chaque organisme (0 si personne).");
    bad.assert_has("value=\"deux\"");
    let delivered = post_form(
        &browser,
        &first,
        &[
            ("action", "deliver"),
            ("date", "2026-11-03"),
            (&counts_field, "2"),
            (&staff_field, "5"),
        ],
    )
    .await;
    assert_status(&delivered, StatusCode::SEE_OTHER, "mark delivered");

    let second = format!("{PAGE}/{}", sessions[1].id.as_str());
    let no_reason = post_form(&browser, &second, &[("action", "cancel"), ("reason", "  ")]).await;
    assert_status(
        &no_reason,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cancel without a reason",
    );
    no_reason.assert_has("Dites pourquoi l’activité est annulée.");
    let cancelled = post_form(
        &browser,
        &second,
        &[("action", "cancel"), ("reason", "Tempête de neige")],
    )
    .await;
    assert_status(&cancelled, StatusCode::SEE_OTHER, "cancel");

    let after = browser.get(PAGE).await;
    after.assert_has("1 offerte, 1 encore planifiée.");
    after.assert_has("offerte le 3 novembre 2026");
    after
        .assert_has("Présences\u{a0}: 2 pairs aidants et paires aidantes, 5 membres du personnel.");
    after.assert_has("annulée (Tempête de neige)");
    let english = browser.get("/en/orgs/centre-horizon/support").await;
    english.assert_has("1 delivered, 1 still planned.");
    english.assert_has("Attendance: 2 peers, 5 staff.");

    let logged: Vec<String> = app
        .store
        .audit_entries(&parite_store::AuditFilter {
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .into_iter()
        .filter(|line| line.action.starts_with("support_"))
        .map(|line| line.action)
        .collect();
    assert_eq!(
        logged,
        ["support_cancel", "support_deliver", "support_plan"],
        "newest first, refusals unlogged"
    );
}
