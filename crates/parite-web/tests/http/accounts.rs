//! Helpers for the account tests: people with roles and scopes, sessions made directly in the
//! store, raw requests carrying a session and a second server on the same database.

use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{NewUser, Role, Store, Timestamp, UserId};
use parite_web::{AppState, WebConfig};
use reqwest::StatusCode;

use crate::helpers::{Browser, Page, TestApp};

/// A password every test person has: long and uncommon enough for the rules.
pub const PASSWORD: &str = "pont-levis orange 42";

pub struct Person {
    pub id: UserId,
    pub email: String,
}

/// An account with `role`, scoped to the organizations of `slugs`, password [`PASSWORD`].
pub async fn person(store: &Store, email: &str, role: Role, slugs: &[&str]) -> Person {
    let hash = parite_web::password::hash_password(PASSWORD).expect("hash");
    let id = store
        .create_user(NewUser {
            email: email.into(),
            password_hash: hash,
            role,
        })
        .await
        .expect("user");
    for slug in slugs {
        let org = store
            .organization_by_slug(slug)
            .await
            .expect("read")
            .expect("org exists");
        store.grant_scope(&id, &org.id).await.expect("scope");
    }
    Person {
        id,
        email: email.to_lowercase(),
    }
}

/// A session's cookie token and the CSRF secret its forms carry.
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub csrf: String,
}

/// A session made in the store, as a sign-in would.
pub async fn session(store: &Store, user: &UserId) -> Session {
    let token = parite_web::start_session(store, user, 3600)
        .await
        .expect("session");
    let (stored, _) = store
        .session_user(&parite_web::token_hash(&token), Timestamp::now())
        .await
        .expect("read")
        .expect("valid");
    Session {
        token,
        csrf: stored.csrf_secret,
    }
}

/// A CSRF cookie value for anonymous forms (double submit).
pub const ANONYMOUS_CSRF: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/// One request with no cookie jar: the session (if any) and CSRF cookie set by hand, and for
/// a POST the matching `_csrf` field plus `fields`.
pub async fn request(
    base: &str,
    method: &str,
    path: &str,
    session: Option<&Session>,
    fields: &[(&str, &str)],
) -> Page {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let url = format!("{base}{path}");
    let mut cookie = format!("parite_csrf={ANONYMOUS_CSRF}");
    let csrf = match session {
        Some(s) => {
            cookie.push_str(&format!("; {}={}", parite_web::SESSION_COOKIE, s.token));
            s.csrf.clone()
        }
        None => ANONYMOUS_CSRF.to_owned(),
    };
    let builder = if method == "POST" {
        let mut all = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        client.post(&url).form(&all)
    } else {
        client.get(&url)
    };
    let response = builder
        .header("cookie", cookie)
        .send()
        .await
        .expect("request");
    let status = response.status();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.text().await.unwrap_or_default();
    Page {
        status,
        location,
        body,
    }
}

/// Another server on `store`: what a second `parite serve` process on the same database is.
pub async fn serve(store: Store, instruments: Arc<InstrumentSet>, config: WebConfig) -> String {
    let localizer = Arc::new(Localizer::embedded(Locale::fr_ca()).expect("locales"));
    let state = AppState::new(localizer, instruments, store, config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(parite_web::serve(listener, state, std::future::pending()));
    base
}

pub fn test_config() -> WebConfig {
    WebConfig {
        secure_cookies: false,
        ..WebConfig::default()
    }
}

/// Signs in through the form, as a person would.
pub async fn sign_in(browser: &Browser, email: &str, password: &str) -> Page {
    browser
        .submit("/fr/login", &[("email", email), ("password", password)])
        .await
}

/// A second organization with an open wave: (slug, name, wave id, invitation code).
pub async fn second_org(app: &TestApp) -> (String, String, String, String) {
    let org = app
        .store
        .create_organization("organisme-b", "Organisme Bêta confidentiel")
        .await
        .expect("org");
    let wave = parite_web::provision::open_wave(
        &app.store,
        &app.instruments,
        &org,
        "team-survey",
        "Vague Bêta secrète",
        None,
    )
    .await
    .expect("wave");
    (
        "organisme-b".into(),
        "Organisme Bêta confidentiel".into(),
        wave.id.to_string(),
        wave.invitation_code,
    )
}

pub fn assert_status(page: &Page, status: StatusCode, what: &str) {
    assert_eq!(page.status, status, "{what}: {}", page.body);
}
