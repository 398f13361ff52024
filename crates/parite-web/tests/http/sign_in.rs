//! Signing in and out: cookies, session fixation, one message for every failure, throttling,
//! expiry, sign-out, sign-out everywhere, and CSRF on signed-in forms.

use std::time::Duration;

use parite_store::{AuditFilter, Role, Timestamp};
use parite_web::WebConfig;
use reqwest::StatusCode;

use crate::accounts::{
    ANONYMOUS_CSRF, PASSWORD, assert_status, person, request, session, sign_in, test_config,
};
use crate::helpers::{spawn_app, spawn_app_with};

/// A raw sign-in POST, to read its `Set-Cookie`.
async fn post_login(
    base: &str,
    email: &str,
    password: &str,
    cookie: &str,
    csrf: &str,
) -> reqwest::Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{base}/fr/login"))
        .header("cookie", format!("parite_csrf={ANONYMOUS_CSRF}{cookie}"))
        .form(&[("_csrf", csrf), ("email", email), ("password", password)])
        .send()
        .await
        .expect("POST")
}

fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("parite_session="))
        .expect("a session cookie")
        .to_owned()
}

fn token_of(cookie: &str) -> String {
    cookie["parite_session=".len()..]
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn a_sign_in_sets_a_new_http_only_cookie_and_returns_to_the_page_asked_for() {
    let app = spawn_app_with(WebConfig::default()).await;
    person(&app.store, "Ana@Example.org", Role::Admin, &[]).await;
    let response = post_login(&app.base, " ana@example.ORG ", PASSWORD, "", ANONYMOUS_CSRF).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = session_cookie(&response);
    for attribute in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    // Session fixation: signing in again with a session cookie gives a new token, and the
    // old one stops working.
    let first = token_of(&cookie);
    let hash = parite_web::token_hash(&first);
    let (held, _) = app
        .store
        .session_user(&hash, Timestamp::now())
        .await
        .expect("read")
        .expect("valid");
    // Signed in, the form carries the session's CSRF secret.
    let cookie = format!("; parite_session={first}");
    let again = post_login(
        &app.base,
        "ana@example.org",
        PASSWORD,
        &cookie,
        &held.csrf_secret,
    )
    .await;
    let second = token_of(&session_cookie(&again));
    assert_ne!(first, second);
    assert!(
        app.store
            .session_user(&hash, Timestamp::now())
            .await
            .expect("read")
            .is_none()
    );
    // Only the hash of the token is stored.
    assert!(
        app.store
            .session_user(&second, Timestamp::now())
            .await
            .expect("read")
            .is_none()
    );
}

#[tokio::test]
async fn anonymous_people_are_sent_to_sign_in_and_come_back() {
    let app = spawn_app().await;
    person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    let page = browser.get("/fr/admin/people").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(
        page.location.as_deref(),
        Some("/fr/login?next=/fr/admin/people")
    );
    let form = browser.get("/fr/login?next=/fr/admin/people").await;
    form.assert_has("name=\"next\" value=\"/fr/admin/people\"");
    let signed = browser
        .submit(
            "/fr/login?next=/fr/admin/people",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "/fr/admin/people"),
            ],
        )
        .await;
    assert_eq!(signed.location.as_deref(), Some("/fr/admin/people"));
    assert_status(
        &browser.get("/fr/admin/people").await,
        StatusCode::OK,
        "after sign-in",
    );
    // Another site is never a destination: the person lands on their home instead.
    let evil = browser
        .submit(
            "/fr/login",
            &[
                ("email", "ana@example.org"),
                ("password", PASSWORD),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(evil.location.as_deref(), Some("/fr/orgs/"));
}

#[tokio::test]
async fn unknown_emails_and_wrong_passwords_get_the_same_answer() {
    let app = spawn_app().await;
    person(&app.store, "ana@example.org", Role::Evaluator, &[]).await;
    let browser = app.browser();
    let wrong = sign_in(&browser, "ana@example.org", "not her password at all").await;
    let unknown = sign_in(&browser, "bob@example.org", "not her password at all").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    let message = "L’adresse courriel ou le mot de passe est incorrect.";
    wrong.assert_has(message);
    assert_eq!(
        wrong.body.replace("ana@example.org", "X"),
        unknown.body.replace("bob@example.org", "X")
    );
    // The title names the product once.
    wrong.assert_has("<title>Erreur\u{a0}: Se connecter à Parité</title>");
    wrong.assert_has("aria-describedby=\"password-error\"");
    let filter = AuditFilter {
        action: Some("sign_in_failed".into()),
        ..AuditFilter::default()
    };
    let failures = app.store.audit_entries(&filter).await.expect("audit");
    assert_eq!(failures.len(), 2);
    assert!(
        failures
            .iter()
            .all(|e| e.actor.is_none() && e.details.contains("127.0.0.1"))
    );
}

#[tokio::test]
async fn repeated_failures_back_off_then_let_the_person_in() {
    let app = spawn_app().await;
    person(&app.store, "ana@example.org", Role::Evaluator, &[]).await;
    let browser = app.browser();
    for _ in 0..5 {
        let page = sign_in(&browser, "ana@example.org", "guess guess guess").await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Blocked for a second: even the right password is not checked.
    let blocked = sign_in(&browser, "ana@example.org", PASSWORD).await;
    assert_status(&blocked, StatusCode::TOO_MANY_REQUESTS, "sixth attempt");
    blocked.assert_has("Trop de tentatives infructueuses");
    // An unknown email is throttled the same way: nothing tells which emails have accounts.
    for _ in 0..5 {
        sign_in(&browser, "nobody@example.org", "guess guess guess").await;
    }
    let unknown = sign_in(&browser, "nobody@example.org", "guess guess guess").await;
    assert_eq!(unknown.status, StatusCode::TOO_MANY_REQUESTS);
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let signed = sign_in(&browser, "ana@example.org", PASSWORD).await;
    assert_status(&signed, StatusCode::SEE_OTHER, "after the wait");
}

#[tokio::test]
async fn sessions_expire() {
    let app = spawn_app_with(WebConfig {
        session_seconds: 1,
        ..test_config()
    })
    .await;
    person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    sign_in(&browser, "ana@example.org", PASSWORD).await;
    assert_eq!(browser.get("/fr/admin/").await.status, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    let expired = browser.get("/fr/admin/").await;
    assert_eq!(expired.status, StatusCode::SEE_OTHER);
    assert!(
        expired
            .location
            .unwrap_or_default()
            .starts_with("/fr/login")
    );
}

#[tokio::test]
async fn signing_out_ends_the_session_and_everywhere_ends_them_all() {
    let app = spawn_app().await;
    let ana = person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let laptop = app.browser();
    let phone = app.browser();
    sign_in(&laptop, "ana@example.org", PASSWORD).await;
    sign_in(&phone, "ana@example.org", PASSWORD).await;
    let other = session(&app.store, &ana.id).await;
    // Sign out on the laptop: the laptop is out, the phone still in.
    let account = laptop.get("/fr/login").await;
    account.assert_has("Se déconnecter partout");
    let out = laptop
        .post("/fr/logout", &[("_csrf", &account.csrf())])
        .await;
    assert_eq!(out.location.as_deref(), Some("/fr/"));
    assert_eq!(laptop.get("/fr/admin/").await.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/fr/admin/").await.status, StatusCode::OK);
    // Everywhere, from the phone: every session of the account ends.
    let account = phone.get("/en/login").await;
    let everywhere = phone
        .post("/en/logout/everywhere", &[("_csrf", &account.csrf())])
        .await;
    assert_eq!(everywhere.status, StatusCode::SEE_OTHER);
    assert_eq!(phone.get("/fr/admin/").await.status, StatusCode::SEE_OTHER);
    let stale = request(&app.base, "GET", "/fr/admin/", Some(&other), &[]).await;
    assert_eq!(stale.status, StatusCode::SEE_OTHER);
    let actions: Vec<String> = app
        .store
        .audit_entries(&AuditFilter::default())
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.contains(&"sign_out".to_owned())
            && actions.contains(&"sign_out_everywhere".to_owned())
    );
}

#[tokio::test]
async fn a_signed_in_post_without_the_session_token_is_refused() {
    let app = spawn_app().await;
    let ana = person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let mut signed_in = session(&app.store, &ana.id).await;
    let good_csrf = signed_in.csrf.clone();
    // The anonymous double-submit token is no longer enough once signed in.
    signed_in.csrf = ANONYMOUS_CSRF.to_owned();
    let fields = [("slug", "forged"), ("name", "Forged")];
    let forged = request(
        &app.base,
        "POST",
        "/fr/admin/orgs",
        Some(&signed_in),
        &fields,
    )
    .await;
    assert_status(&forged, StatusCode::FORBIDDEN, "forged POST");
    assert!(
        app.store
            .organization_by_slug("forged")
            .await
            .expect("read")
            .is_none()
    );
    signed_in.csrf = good_csrf;
    let sent = request(
        &app.base,
        "POST",
        "/fr/admin/orgs",
        Some(&signed_in),
        &fields,
    )
    .await;
    assert_status(&sent, StatusCode::SEE_OTHER, "genuine POST");
    assert!(
        app.store
            .organization_by_slug("forged")
            .await
            .expect("read")
            .is_some()
    );
}

#[tokio::test]
async fn a_disabled_account_cannot_sign_in_and_its_sessions_end() {
    let app = spawn_app().await;
    let ana = person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let signed_in = session(&app.store, &ana.id).await;
    app.store
        .set_disabled(&ana.id, true)
        .await
        .expect("disable");
    let page = request(&app.base, "GET", "/fr/admin/", Some(&signed_in), &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let browser = app.browser();
    let refused = sign_in(&browser, "ana@example.org", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("L’adresse courriel ou le mot de passe est incorrect.");
}

#[tokio::test]
async fn signed_in_people_without_the_role_get_a_localized_403() {
    let app = spawn_app().await;
    let funder = person(&app.store, "f@example.org", Role::Funder, &[]).await;
    let signed_in = session(&app.store, &funder.id).await;
    let fr = request(&app.base, "GET", "/fr/admin/", Some(&signed_in), &[]).await;
    assert_eq!(fr.status, StatusCode::FORBIDDEN);
    fr.assert_has("<html lang=\"fr-CA\">");
    fr.assert_has("Vous n’avez pas accès à cette page");
    let en = request(&app.base, "GET", "/en/admin/", Some(&signed_in), &[]).await;
    en.assert_has("You do not have access to this page");
}

#[tokio::test]
async fn a_burst_of_throttled_sign_ins_is_audited_once() {
    let app = spawn_app().await;
    person(&app.store, "ana@example.org", Role::Evaluator, &[]).await;
    let browser = app.browser();
    let throttled_lines = || async {
        let filter = AuditFilter {
            action: Some("sign_in_throttled".into()),
            ..AuditFilter::default()
        };
        app.store.audit_entries(&filter).await.expect("audit")
    };
    for _ in 0..5 {
        sign_in(&browser, "ana@example.org", "guess guess guess").await;
    }
    for _ in 0..4 {
        let refused = sign_in(&browser, "ana@example.org", "guess guess guess").await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    }
    let lines = throttled_lines().await;
    assert_eq!(
        lines.len(),
        1,
        "one line for the burst, not one per request"
    );
    assert_eq!(lines[0].target, "ana@example.org");
    assert!(lines[0].details.contains("127.0.0.1"), "{:?}", lines[0]);
    // After the wait, one more failure blocks again: a second burst, a second line.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let failed = sign_in(&browser, "ana@example.org", "guess guess guess").await;
    assert_eq!(failed.status, StatusCode::UNPROCESSABLE_ENTITY);
    for _ in 0..3 {
        let refused = sign_in(&browser, "ana@example.org", "guess guess guess").await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    }
    assert_eq!(throttled_lines().await.len(), 2);
}

#[tokio::test]
async fn an_address_typed_in_either_unicode_spelling_signs_in_to_one_account() {
    let app = spawn_app().await;
    // Created with `é` (U+00E9); typed on another keyboard as `e` + U+0301.
    person(&app.store, "andr\u{e9}@example.org", Role::Evaluator, &[]).await;
    let browser = app.browser();
    let signed = sign_in(&browser, "ANDRE\u{301}@example.org", PASSWORD).await;
    assert_status(&signed, StatusCode::SEE_OTHER, "decomposed spelling");
    // Both spellings count their failures under one key.
    let other = app.browser();
    for (n, email) in ["andre\u{301}@example.org", "andr\u{e9}@example.org"]
        .iter()
        .cycle()
        .take(5)
        .enumerate()
    {
        let page = sign_in(&other, email, "guess guess guess").await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "attempt {n}");
    }
    let blocked = sign_in(&other, "andr\u{e9}@example.org", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}
