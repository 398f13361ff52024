//! Personal API tokens: made on the account page and shown once, stored as a hash, refused
//! once revoked or expired or when the account is disabled, acting with the account's current
//! role and scope, rate-limited, and every creation and revocation audited.

use parite_store::{AuditFilter, Role, Timestamp};
use parite_web::{RateLimit, WebConfig};
use reqwest::StatusCode;

use super::{get, token};
use crate::accounts::{PASSWORD, person, sign_in};
use crate::helpers::{Browser, TestApp, spawn_app, spawn_app_with};

/// The value of the read-only field the new token is shown in, if the page shows one.
fn shown_token(body: &str) -> Option<String> {
    let marker = "id=\"new-token\" value=\"";
    let start = body.find(marker)? + marker.len();
    body[start..].split('"').next().map(str::to_owned)
}

/// Makes a token on the account page; the page that answers, and the token it shows.
async fn make_token(
    browser: &Browser,
    name: &str,
    expires: &str,
) -> (crate::helpers::Page, Option<String>) {
    let account = browser.get("/en/login").await;
    let csrf = account.csrf();
    let page = browser
        .post(
            "/en/account/tokens",
            &[
                ("_csrf", &csrf),
                ("token-name", name),
                ("token-expires", expires),
            ],
        )
        .await;
    let token = shown_token(&page.body);
    (page, token)
}

async fn audit_lines(app: &TestApp, action: &str) -> Vec<parite_store::AuditEntry> {
    app.store
        .audit_entries(&AuditFilter {
            action: Some(action.into()),
            ..Default::default()
        })
        .await
        .expect("audit")
}

#[tokio::test]
async fn a_token_is_shown_once_and_only_its_hash_is_stored() {
    let app = spawn_app().await;
    let me = person(
        &app.store,
        "eval@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let browser = app.browser();
    sign_in(&browser, &me.email, PASSWORD).await;

    // Mistakes are said on the form, and nothing is made.
    let (page, token) = make_token(&browser, "", "2001-01-01").await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(token.is_none());
    page.assert_has("Enter a name for the token.");
    page.assert_has("Enter a date after today.");

    let (page, token) = make_token(&browser, "R scripts", "2099-12-31").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let token = token.expect("the new token, shown");
    assert!(
        token.starts_with(parite_web::TOKEN_PREFIX) && token.len() == 7 + 64,
        "{token}"
    );
    page.assert_has("R scripts");
    page.assert_has("December 31, 2099");

    // It works, and the account page never shows it again.
    let answer = get(&app.base, "/api/v1/organizations", Some(&token), "en-CA").await;
    answer.assert_ok("the new token");
    let again = browser.get("/en/login").await;
    assert!(!again.body.contains(&token), "shown once only");
    again.assert_has("R scripts");
    assert!(shown_token(&again.body).is_none());

    // The database holds its SHA-256 and never the token itself, in its file or its log.
    let file = app.database_file();
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("open the database");
    let (hash, name, last_used): (String, String, Option<i64>) =
        sqlx::query_as("SELECT token_hash, name, last_used_at FROM api_tokens")
            .fetch_one(&pool)
            .await
            .expect("the row");
    assert_eq!(hash, parite_web::token_hash(&token));
    assert_eq!(name, "R scripts");
    assert!(last_used.is_some(), "the use is recorded");
    pool.close().await;
    let secret = &token[7..];
    for path in [
        file.clone(),
        std::path::PathBuf::from(format!("{}-wal", file.display())),
    ] {
        if let Ok(bytes) = std::fs::read(&path) {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds the token",
                path.display()
            );
        }
    }

    // Made, then revoked from the page: both in the audit log, neither with the token.
    let id = app.store.api_tokens_of(&me.id).await.expect("tokens")[0]
        .id
        .clone();
    let account = browser.get("/en/login").await;
    let revoked = browser
        .post(
            &format!("/en/account/tokens/{id}/revoke"),
            &[("_csrf", &account.csrf())],
        )
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    get(&app.base, "/api/v1/organizations", Some(&token), "en-CA")
        .await
        .assert_problem(StatusCode::UNAUTHORIZED, "unauthorized", "revoked");
    browser.get("/en/login").await.assert_has("Revoked");
    let made = audit_lines(&app, "api_token_create").await;
    let gone = audit_lines(&app, "api_token_revoke").await;
    assert_eq!(made.len(), 1);
    assert_eq!(gone.len(), 1);
    assert_eq!(made[0].actor.as_ref(), Some(&me.id));
    assert_eq!(made[0].target, format!("{}/token/{id}", me.email));
    assert_eq!(made[0].details, "R scripts");
    assert_eq!(gone[0].target, format!("{}/token/{id}", me.email));
    for line in made.iter().chain(&gone) {
        assert!(!line.details.contains(secret) && !line.target.contains(secret));
    }

    // Someone else's token is not theirs to revoke.
    let other = person(&app.store, "other@example.org", Role::Evaluator, &[]).await;
    super::token(&app.store, &other.id, None).await;
    let theirs = app.store.api_tokens_of(&other.id).await.expect("tokens")[0]
        .id
        .clone();
    let account = browser.get("/en/login").await;
    let refused = browser
        .post(
            &format!("/en/account/tokens/{theirs}/revoke"),
            &[("_csrf", &account.csrf())],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(
        app.store.api_tokens_of(&other.id).await.expect("tokens")[0]
            .revoked_at
            .is_none()
    );
}

#[tokio::test]
async fn revoked_expired_and_disabled_tokens_get_401() {
    tokens_stop(spawn_app().await).await;
}

#[tokio::test]
async fn revoked_expired_and_disabled_tokens_get_401_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "revoked_expired_and_disabled_tokens_get_401_on_postgres",
    )
    .await
    else {
        return;
    };
    tokens_stop(app).await;
}

async fn tokens_stop(app: TestApp) {
    let slug = "centre-horizon";
    let me = person(&app.store, "eval@example.org", Role::Evaluator, &[slug]).await;
    let path = format!("/api/v1/organizations/{slug}/waves");
    let unauthorized = |what: &'static str| {
        move |answer: super::Answer| {
            answer.assert_problem(StatusCode::UNAUTHORIZED, "unauthorized", what);
        }
    };

    // No token, a malformed one, one never made.
    unauthorized("anonymous")(get(&app.base, &path, None, "en-CA").await);
    unauthorized("malformed")(get(&app.base, &path, Some("not-a-token"), "en-CA").await);
    let unknown = parite_web::new_api_token();
    unauthorized("unknown")(get(&app.base, &path, Some(&unknown), "en-CA").await);

    // Revoked.
    let revoked = token(&app.store, &me.id, None).await;
    get(&app.base, &path, Some(&revoked), "en-CA")
        .await
        .assert_ok("live");
    let id = app.store.api_tokens_of(&me.id).await.expect("tokens")[0]
        .id
        .clone();
    app.store
        .revoke_api_token(&me.id, &id)
        .await
        .expect("revoke");
    unauthorized("revoked")(get(&app.base, &path, Some(&revoked), "en-CA").await);

    // Expired: valid for one more second.
    let soon = Timestamp::now().plus_seconds(1);
    let expiring = token(&app.store, &me.id, Some(soon)).await;
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    unauthorized("expired")(get(&app.base, &path, Some(&expiring), "en-CA").await);

    // A scope change applies at once; so does a change of role; a disabled account's tokens stop.
    let live = token(&app.store, &me.id, None).await;
    get(&app.base, &path, Some(&live), "en-CA")
        .await
        .assert_ok("in scope");
    let org = app.org().await;
    app.store
        .revoke_scope(&me.id, &org.id)
        .await
        .expect("scope");
    get(&app.base, &path, Some(&live), "en-CA")
        .await
        .assert_problem(StatusCode::NOT_FOUND, "not-found", "out of scope");
    app.store.grant_scope(&me.id, &org.id).await.expect("scope");
    let responses = format!("/api/v1/organizations/{slug}/responses");
    get(&app.base, &responses, Some(&live), "en-CA")
        .await
        .assert_ok("evaluator");
    app.store
        .set_role(&me.id, Role::TeamLead)
        .await
        .expect("role");
    get(&app.base, &responses, Some(&live), "en-CA")
        .await
        .assert_problem(StatusCode::FORBIDDEN, "forbidden", "now a team lead");
    app.store.set_disabled(&me.id, true).await.expect("disable");
    unauthorized("disabled")(get(&app.base, &path, Some(&live), "en-CA").await);
}

#[tokio::test]
async fn a_token_past_its_rate_limit_gets_429_with_retry_after_in_its_language() {
    let app = spawn_app_with(WebConfig {
        secure_cookies: false,
        api_rate: RateLimit {
            requests: 3,
            window_ms: 60_000,
        },
        ..WebConfig::default()
    })
    .await;
    let me = person(
        &app.store,
        "fund@example.org",
        Role::Funder,
        &["centre-horizon"],
    )
    .await;
    let key = token(&app.store, &me.id, None).await;
    for _ in 0..3 {
        get(&app.base, "/api/v1/organizations", Some(&key), "en-CA")
            .await
            .assert_ok("within the limit");
    }
    let refused = get(&app.base, "/api/v1/organizations", Some(&key), "fr-CA").await;
    refused.assert_problem(
        StatusCode::TOO_MANY_REQUESTS,
        "rate-limited",
        "past the limit",
    );
    assert_eq!(refused.json["title"], "Trop de requêtes");
    let wait: i64 = refused
        .retry_after
        .as_deref()
        .and_then(|s| s.parse().ok())
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&wait), "{wait}");
    // Another token of the same account has its own count.
    let other = token(&app.store, &me.id, None).await;
    get(&app.base, "/api/v1/organizations", Some(&other), "en-CA")
        .await
        .assert_ok("another token");
    // Errors are problems in the reader's language, English otherwise; unknown API addresses too.
    let missing = get(&app.base, "/api/v1/nothing-here", None, "fr-CA").await;
    missing.assert_problem(StatusCode::NOT_FOUND, "not-found", "no route");
    assert_eq!(missing.json["title"], "Introuvable");
    let english = get(&app.base, "/api/v1/organizations", None, "en-CA").await;
    assert_eq!(english.json["title"], "Authentication required");
}
