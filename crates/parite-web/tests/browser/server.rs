//! The real app on port 0 with a temporary SQLite database, as in the HTTP tests, plus a
//! recorder of every HTML response: the exact bytes the browser received, for the validator.

use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::{self, Next};
use axum::response::Response;
use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{NewUser, NewWave, Role, Store, Timestamp, UserId, WaveId};
use parite_testkit::TempSqlite;
use parite_web::provision::open_wave;
use parite_web::{AppState, WebConfig};

/// The shipped instruments, every version of each (the ones the binary embeds): a new rating or
/// wave is given on the latest while earlier ones still read and score.
use parite_core::shipped::SURVEYS;

/// The invitation code of a wave that closed in 2021.
pub const CLOSED_CODE: &str = "PAST-WAVE";

/// An HTML response as sent: method, path (with query) and body.
#[derive(Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub status: u16,
    pub html: String,
}

#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<Vec<Recorded>>>);

impl Recorder {
    /// The last HTML response to `method path`.
    pub fn last(&self, method: &str, path: &str) -> Option<Recorded> {
        let recorded = self.0.lock().expect("recorder lock");
        recorded
            .iter()
            .rev()
            .find(|r| r.method == method && r.path == path)
            .cloned()
    }
}

async fn record(State(recorder): State<Recorder>, request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path_and_query().map_or_else(
        || request.uri().path().to_owned(),
        |p| p.as_str().to_owned(),
    );
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, 4 * 1024 * 1024)
        .await
        .expect("an HTML page under 4 MiB");
    recorder.0.lock().expect("recorder lock").push(Recorded {
        method,
        path,
        status,
        html: String::from_utf8_lossy(&bytes).into_owned(),
    });
    Response::from_parts(parts, Body::from(bytes))
}

pub struct TestApp {
    pub base: String,
    pub store: Store,
    /// The invitation code of the open team-survey wave.
    pub code: String,
    pub wave: WaveId,
    pub recorder: Recorder,
    pub instruments: Arc<InstrumentSet>,
    _sqlite: TempSqlite,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// An organization with an open team-survey wave, and a second wave that closed in 2021.
pub async fn spawn_app() -> TestApp {
    let sqlite = TempSqlite::create();
    let instruments = Arc::new(
        InstrumentSet::from_sources(SURVEYS.iter().copied())
            .expect("shipped instruments are valid"),
    );
    let store = Store::connect(sqlite.url(), instruments.clone())
        .await
        .expect("store");
    let org = store
        .create_organization("centre-horizon", "Centre Horizon")
        .await
        .expect("org");
    let wave = open_wave(
        &store,
        &instruments,
        &org,
        "team-survey",
        "Automne 2026",
        None,
    )
    .await
    .expect("wave");
    let closed = store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
            instrument_version: 1,
            label: "Hiver 2021".into(),
            opens_at: Timestamp::from_unix(1_514_764_800),
            closes_at: Some(Timestamp::from_unix(1_614_686_400)),
        })
        .await
        .expect("closed wave");
    store
        .create_invitation(&closed, CLOSED_CODE)
        .await
        .expect("invitation");
    let state = AppState::new(
        Arc::new(Localizer::embedded(Locale::fr_ca()).expect("locales")),
        instruments.clone(),
        store.clone(),
        WebConfig {
            secure_cookies: false,
            ..WebConfig::default()
        },
    );
    let recorder = Recorder::default();
    let app =
        parite_web::app(state).layer(middleware::from_fn_with_state(recorder.clone(), record));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await });
    TestApp {
        base,
        store,
        code: wave.invitation_code,
        wave: wave.id,
        recorder,
        instruments,
        _sqlite: sqlite,
    }
}

/// The password every test account has.
pub const PASSWORD: &str = "pont-levis orange 42";

/// An account with `role`, scoped to the organizations of `slugs`, password [`PASSWORD`].
pub async fn person(store: &Store, email: &str, role: Role, slugs: &[&str]) -> UserId {
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
    id
}

/// Demo data: three organizations with eight responses each; their slugs.
pub async fn seed_demo(app: &TestApp, evaluator: &UserId) -> Vec<String> {
    let options = parite_web::demo::SeedOptions {
        organizations: 3,
        responses: 8,
        seed: 2026,
    };
    let summary = parite_web::demo::seed(&app.store, &app.instruments, &options, evaluator)
        .await
        .expect("demo data");
    let slugs: Vec<String> = summary
        .organizations
        .into_iter()
        .map(|(slug, _, _)| slug)
        .collect();
    assert_eq!(slugs.len(), 3, "three demo organizations");
    slugs
}

/// A session token for `user`, as a sign-in would make it (the cookie's value).
pub async fn session_token(store: &Store, user: &UserId) -> String {
    parite_web::start_session(store, user, 3600)
        .await
        .expect("session")
}
