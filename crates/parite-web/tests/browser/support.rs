//! The schedule of support by clicking, on a phone: an evaluator opens it from the
//! organization's page, plans a coaching series every second week, marks its first session
//! delivered with attendance, plans and records a WRAP training with completions, then reads
//! them in the organization report — the timeline beside the waves and the tables, in French.
//!
//! The date fields are filled by script (Chromium's date picker is typed in the browser
//! locale's order); everything else is clicked and typed, and the pages carry no script.

use parite_core::stages::Date;
use parite_store::{Role, SupportActivity, Timestamp};
use serde_json::json;

use crate::driver::{ChromeDriver, Session, find_browser, target_dir};
use crate::evaluator::sign_in_to;
use crate::server::{TestApp, person, spawn_app};

const SLUG: &str = "centre-horizon";

fn day(offset: i64) -> String {
    let today = Timestamp::now().date().expect("today");
    today
        .add_days(offset)
        .map(|d: Date| d.to_string())
        .expect("a day")
}

async fn set_date(phone: &Session, id: &str, value: &str) {
    phone
        .client
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1];",
            vec![json!(id), json!(value)],
        )
        .await
        .unwrap_or_else(|e| panic!("set #{id}: {e}"));
}

async fn type_into(phone: &Session, css: &str, text: &str) {
    let field = phone.find(css).await;
    field
        .clear()
        .await
        .unwrap_or_else(|e| panic!("clear {css}: {e}"));
    field
        .send_keys(text)
        .await
        .unwrap_or_else(|e| panic!("type into {css}: {e}"));
}

async fn click(phone: &Session, css: &str) {
    phone
        .find(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {css}: {e}"));
}

async fn activities(app: &TestApp) -> Vec<SupportActivity> {
    let org = app
        .store
        .organization_by_slug(SLUG)
        .await
        .expect("read")
        .expect("the organization");
    app.store
        .support_for(std::slice::from_ref(&org.id))
        .await
        .expect("the schedule")
}

/// Opens an activity's record form, types each count, and marks it delivered.
async fn deliver(phone: &Session, activity: &SupportActivity, counts: &[(&str, &str)]) {
    let id = activity.id.as_str();
    click(phone, &format!("#a-{id} summary")).await;
    for (name, value) in counts {
        type_into(phone, &format!("#a-{id} input[name^='{name}-']"), value).await;
    }
    click(
        phone,
        &format!("#a-{id} form:first-of-type button[type=submit]"),
    )
    .await;
    phone
        .wait_for_text("L’activité est marquée comme offerte.")
        .await;
}

#[tokio::test]
async fn an_evaluator_plans_coaching_records_sessions_and_wrap_and_reads_them_in_the_report() {
    let Some(tools) = find_browser() else {
        return;
    };
    let app = spawn_app().await;
    person(
        &app.store,
        "evaluatrice@example.org",
        Role::Evaluator,
        &[SLUG],
    )
    .await;
    let driver = ChromeDriver::start(&tools).await;
    let phone = driver.session(true).await;
    let overview = format!("/fr/orgs/{SLUG}/");
    sign_in_to(&app, &phone, "evaluatrice@example.org", &overview).await;
    let schedule = format!("/fr/orgs/{SLUG}/support");
    click(&phone, &format!("main a[href='{schedule}']")).await;
    phone.wait_for_path(&schedule).await;

    // Coaching every second week, from six weeks ago to two weeks ahead: five sessions.
    click(&phone, "#plan-kind option[value=coaching]").await;
    set_date(&phone, "plan-date", &day(-42)).await;
    type_into(&phone, "#plan-every_weeks", "2").await;
    set_date(&phone, "plan-until", &day(14)).await;
    type_into(&phone, "#plan-minutes", "90").await;
    type_into(&phone, "#plan-facilitator", "Josée Tremblay").await;
    click(&phone, "form[action$='/support'] > button[type=submit]").await;
    phone.wait_for_text("L’activité est planifiée.").await;
    let planned = activities(&app).await;
    assert_eq!(planned.len(), 5, "{planned:?}");
    deliver(&phone, &planned[0], &[("peers", "3"), ("staff", "6")]).await;

    // A WRAP training a week ago, given by a peer, four peers of whom three completed it.
    click(&phone, "#plan-kind option[value=wrap]").await;
    set_date(&phone, "plan-date", &day(-7)).await;
    type_into(&phone, "#plan-minutes", "960").await;
    type_into(&phone, "#plan-facilitator", "Marie-Ève Gagnon").await;
    click(&phone, "#plan-peer").await;
    click(&phone, "form[action$='/support'] > button[type=submit]").await;
    phone.wait_for_text("L’activité est planifiée.").await;
    let wrap = activities(&app)
        .await
        .into_iter()
        .find(|a| a.kind.as_str() == "wrap")
        .expect("the WRAP training");
    assert!(wrap.facilitator_is_peer);
    deliver(
        &phone,
        &wrap,
        &[("peers", "4"), ("staff", "0"), ("completed", "3")],
    )
    .await;
    let text = phone.visible_text().await;
    assert!(text.contains("2 offertes"), "{text}");
    phone
        .screenshot(&target_dir().join("screenshots/fr-CA-support.png"))
        .await;

    // The organization report shows them: the timeline and the tables.
    let report = format!("/fr/orgs/{SLUG}/reports/organization");
    phone.goto(&app.url(&report)).await;
    assert_eq!(
        phone
            .find_all("figure.chart a[href$='/support-timeline.svg']")
            .await,
        1,
        "the timeline of support"
    );
    let text = phone.visible_text().await;
    for expected in [
        "Calendrier de soutien",
        "Séance de coaching",
        "1 sur 4 (25\u{a0}%)",
        "Formation WRAP",
        "Pairs ayant terminé la formation WRAP",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    phone
        .screenshot(&target_dir().join("screenshots/fr-CA-report-support.png"))
        .await;
    phone.close().await;
}
