//! Closing a wave: confirmed on a page of its own, undone by an administrator, and kind to the
//! respondents halfway through, who may finish during the grace period.

use parite_store::{AuditFilter, Role, WaveStatus};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, person, sign_in};
use crate::helpers::{Browser, TestApp, spawn_app};

async fn admin(app: &TestApp) -> Browser {
    person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    let signed = sign_in(&browser, "admin@example.org", PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    browser
}

/// A respondent halfway through: consented, role answered.
async fn halfway(app: &TestApp) -> Browser {
    let browser = app.browser();
    let started = browser
        .submit(
            &format!("/en/s/{}", app.code),
            &[("_action", "start"), ("consent", "yes")],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let sent = browser
        .submit(
            &format!("/en/s/{}/1", app.code),
            &[("role", "peer"), ("_action", "next")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    browser
}

async fn status(app: &TestApp) -> (WaveStatus, u32) {
    let wave = app
        .store
        .wave(&app.wave)
        .await
        .expect("read")
        .expect("wave");
    (wave.status, wave.grace_days)
}

#[tokio::test]
async fn closing_is_confirmed_lets_started_drafts_finish_and_can_be_undone() {
    let app = spawn_app().await;
    let respondent = halfway(&app).await;
    let browser = admin(&app).await;
    let wave_page = format!("/en/admin/orgs/centre-horizon/waves/{}", app.wave);
    let page = browser.get(&wave_page).await;
    page.assert_has("drafts started before the closing can be submitted for 7 days");
    page.assert_has(&format!(
        "<a class=\"button secondary\" href=\"{wave_page}/close\">"
    ));

    // One click on the old form's address does not close: it asks first.
    let unconfirmed = browser
        .post(&format!("{wave_page}/close"), &[("_csrf", &page.csrf())])
        .await;
    assert_eq!(unconfirmed.location, Some(format!("{wave_page}/close")));
    assert_eq!(status(&app).await, (WaveStatus::Open, 7));
    let confirm = browser.get(&format!("{wave_page}/close")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_has("Close the wave “Automne 2026”?");
    confirm.assert_has("Yes, close the wave");
    confirm.assert_has("name=\"grace_days\" value=\"7\"");
    let wrong = browser
        .post(
            &format!("{wave_page}/close"),
            &[("_csrf", &confirm.csrf()), ("grace_days", "a week")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("Please enter a whole number of days from 0 to 365.");
    wrong.assert_has("value=\"a week\"");
    assert_eq!(status(&app).await, (WaveStatus::Open, 7));
    let closed = browser
        .post(
            &format!("{wave_page}/close"),
            &[("_csrf", &confirm.csrf()), ("grace_days", "3")],
        )
        .await;
    assert_eq!(closed.location, Some(wave_page.clone()));
    assert_eq!(status(&app).await, (WaveStatus::Closed, 3));
    browser
        .get(&wave_page)
        .await
        .assert_has("can be submitted for 3 days, until");

    // The respondent halfway through finishes; nobody new starts.
    let next = respondent.get(&format!("/en/s/{}/2", app.code)).await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.body);
    let sent = respondent
        .submit(
            &format!("/en/s/{}/2", app.code),
            &[("b_prec_1", "3"), ("_action", "next")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let submitted = respondent
        .submit(
            &format!("/en/s/{}/review", app.code),
            &[("_action", "submit")],
        )
        .await;
    assert_eq!(
        submitted.location,
        Some(format!("/en/s/{}/thanks", app.code))
    );
    let counts = app
        .store
        .wave_response_counts(&app.wave)
        .await
        .expect("counts");
    assert_eq!(counts.submitted, 1);
    let newcomer = app.browser();
    let welcome = newcomer.get(&format!("/en/s/{}", app.code)).await;
    assert_eq!(welcome.status, StatusCode::GONE);

    // An administrator reopens it: newcomers are welcome again.
    let page = browser.get(&wave_page).await;
    let reopened = browser
        .post(&format!("{wave_page}/reopen"), &[("_csrf", &page.csrf())])
        .await;
    assert_eq!(reopened.location, Some(wave_page.clone()));
    assert_eq!(status(&app).await.0, WaveStatus::Open);
    let welcome = newcomer.get(&format!("/en/s/{}", app.code)).await;
    assert_eq!(welcome.status, StatusCode::OK);

    let actions: Vec<String> = app
        .store
        .audit_entries(&AuditFilter::default())
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"wave_close".to_owned()), "{actions:?}");
    assert!(actions.contains(&"wave_reopen".to_owned()), "{actions:?}");
    let log = browser.get("/fr/admin/audit").await;
    log.assert_has("Vague rouverte");
}

#[tokio::test]
async fn after_the_grace_period_a_draft_meets_the_closed_page() {
    let app = spawn_app().await;
    let respondent = halfway(&app).await;
    let browser = admin(&app).await;
    let wave_page = format!("/fr/admin/orgs/centre-horizon/waves/{}", app.wave);
    // The grace period is set on the wave page too.
    let page = browser.get(&wave_page).await;
    let set = browser
        .post(
            &format!("{wave_page}/grace"),
            &[("_csrf", &page.csrf()), ("grace_days", "0")],
        )
        .await;
    assert_eq!(set.location, Some(wave_page.clone()));
    assert_eq!(status(&app).await, (WaveStatus::Open, 0));
    let confirm = browser.get(&format!("{wave_page}/close")).await;
    confirm.assert_has("name=\"grace_days\" value=\"0\"");
    let closed = browser
        .post(
            &format!("{wave_page}/close"),
            &[("_csrf", &confirm.csrf()), ("grace_days", "0")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let next = respondent.get(&format!("/fr/s/{}/2", app.code)).await;
    assert_eq!(next.status, StatusCode::GONE);
    next.assert_has("Il a pris fin le");
}
