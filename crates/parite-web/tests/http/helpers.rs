//! Starts the real app on port 0 with a temporary database, and drives it like a browser would:
//! a cookie jar, forms, no JavaScript.

use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{NewWave, Store, Timestamp, WaveId};
use parite_testkit::{PgDatabase, TempSqlite};
use parite_web::provision::open_wave;
use parite_web::{AppState, Lifecycle, WebConfig};
use reqwest::StatusCode;

/// The shipped instruments, every version of each (the ones the binary embeds): a new rating or
/// wave is given on the latest while earlier ones still read and score.
pub use parite_core::shipped::SURVEYS;

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub instruments: Arc<InstrumentSet>,
    pub code: String,
    pub wave: WaveId,
    /// The server's drain switch, as a shutdown signal would flip it.
    pub lifecycle: Lifecycle,
    /// The database, removed with the app.
    database: Backing,
}

/// Where a test app's data lives: removed (file or database) when the app is dropped.
pub enum Backing {
    Sqlite(TempSqlite),
    Postgres(PgDatabase),
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(WebConfig {
        secure_cookies: false,
        ..WebConfig::default()
    })
    .await
}

pub async fn spawn_app_with(config: WebConfig) -> TestApp {
    let sqlite = TempSqlite::create();
    let instruments = instruments();
    let store = Store::connect(sqlite.url(), instruments.clone())
        .await
        .expect("store");
    spawn_app_on(store, instruments, config, Backing::Sqlite(sqlite)).await
}

pub fn instruments() -> Arc<InstrumentSet> {
    Arc::new(
        InstrumentSet::from_sources(SURVEYS.iter().copied())
            .expect("shipped instruments are valid"),
    )
}

/// Stored `(item, value)` pairs as the shipped team survey's answers.
pub fn survey_answers(pairs: &[(&str, &str)]) -> parite_core::Answers {
    let instruments = instruments();
    let survey = instruments.latest("team-survey").expect("the team survey");
    parite_core::answer::answers_from_values(survey, pairs.iter().copied())
}

/// The same app on a fresh PostgreSQL database, dropped with the app. `None` (said so, under
/// the name `test`) when `PARITE_TEST_POSTGRES_URL` is unset; a failure instead when
/// `PARITE_REQUIRE_POSTGRES=1`.
pub async fn spawn_app_postgres(test: &str) -> Option<TestApp> {
    let database = PgDatabase::create(test).await?;
    let instruments = instruments();
    let store = Store::connect(database.url(), instruments.clone())
        .await
        .expect("store");
    let config = WebConfig {
        secure_cookies: false,
        ..WebConfig::default()
    };
    Some(spawn_app_on(store, instruments, config, Backing::Postgres(database)).await)
}

pub async fn spawn_app_on(
    store: Store,
    instruments: Arc<InstrumentSet>,
    config: WebConfig,
    database: Backing,
) -> TestApp {
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
    let localizer = Arc::new(Localizer::embedded(Locale::fr_ca()).expect("locales"));
    let state = AppState::new(localizer, instruments.clone(), store.clone(), config);
    let lifecycle = state.lifecycle.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(parite_web::serve(listener, state, std::future::pending()));
    TestApp {
        base,
        store,
        instruments,
        code: wave.invitation_code,
        wave: wave.id,
        lifecycle,
        database,
    }
}

impl TestApp {
    /// Starts and submits one response to `wave` in `locale`, with `role` and `answers`, as a
    /// respondent would: the store says it was submitted.
    pub async fn submitted(
        &self,
        wave: &WaveId,
        locale: &str,
        role: &str,
        answers: parite_core::Answers,
    ) {
        let id = self
            .store
            .start_response(parite_store::NewResponse {
                wave_id: wave.clone(),
                invitation_id: None,
                locale: locale.into(),
            })
            .await
            .expect("start");
        let outcome = self
            .store
            .submit_response(
                &id,
                parite_store::Submission {
                    respondent_role: Some(role.into()),
                    answers,
                },
            )
            .await
            .expect("submit");
        assert_eq!(outcome, parite_store::SubmitOutcome::Submitted);
    }

    /// The SQLite file of an app from [`spawn_app`].
    pub fn database_file(&self) -> std::path::PathBuf {
        match &self.database {
            Backing::Sqlite(sqlite) => sqlite.file(),
            Backing::Postgres(database) => {
                panic!(
                    "the app is on PostgreSQL database {}: no file",
                    database.name()
                )
            }
        }
    }

    /// The organization every test app starts with, as stored.
    pub async fn org(&self) -> parite_store::Organization {
        self.store
            .organization_by_slug("centre-horizon")
            .await
            .expect("read")
            .expect("the test organization")
    }

    /// The demo data (`parite_web::demo::seed`) on this app, recorded by an evaluator,
    /// `eva@example.ca`, who is in no organization's scope until [`TestApp::grant`]. Returns
    /// the evaluator and the seeded organizations (slug, name, community).
    pub async fn seed_demo(
        &self,
        organizations: usize,
        responses: usize,
        seed: u64,
    ) -> (crate::accounts::Person, parite_web::demo::SeedSummary) {
        let evaluator = crate::accounts::person(
            &self.store,
            "eva@example.ca",
            parite_store::Role::Evaluator,
            &[],
        )
        .await;
        let options = parite_web::demo::SeedOptions {
            organizations,
            responses,
            seed,
        };
        let seeded =
            parite_web::demo::seed(&self.store, &self.instruments, &options, &evaluator.id)
                .await
                .expect("demo data");
        (evaluator, seeded)
    }

    /// Puts the organizations of `slugs` in the scope of `user`.
    pub async fn grant(&self, user: &parite_store::UserId, slugs: &[&str]) {
        for slug in slugs {
            let org = self
                .store
                .organization_by_slug(slug)
                .await
                .expect("read")
                .unwrap_or_else(|| panic!("no organization {slug}"));
            self.store.grant_scope(user, &org.id).await.expect("scope");
        }
    }

    /// A new browser: its own cookie jar, redirects not followed so each step can be checked.
    pub fn browser(&self) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Browser {
            client,
            base: self.base.clone(),
        }
    }

    /// A wave of the same organization with other dates, and its invitation code.
    pub async fn wave_with_dates(&self, opens_at: i64, closes_at: Option<i64>, code: &str) {
        let org = self
            .store
            .organization_by_slug("centre-horizon")
            .await
            .expect("org")
            .expect("exists");
        let wave = self
            .store
            .open_wave(NewWave {
                organization_id: org.id,
                instrument_id: parite_core::InstrumentId::parse("team-survey")
                    .expect("instrument id"),
                instrument_version: 1,
                label: "Hiver".into(),
                opens_at: Timestamp::from_unix(opens_at),
                closes_at: closes_at.map(Timestamp::from_unix),
            })
            .await
            .expect("wave");
        self.store
            .create_invitation(&wave, code)
            .await
            .expect("invitation");
    }
}

pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    pub fn csrf(&self) -> String {
        let marker = "name=\"_csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .expect("a form with a CSRF token");
        self.body[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    pub fn assert_has(&self, text: &str) {
        assert!(
            self.body.contains(text),
            "expected {text:?} in:\n{}",
            self.body
        );
    }
}

impl Browser {
    pub async fn get(&self, path: &str) -> Page {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        page(response).await
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("POST");
        page(response).await
    }

    /// GETs the form page, then POSTs to it with its CSRF token added.
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let form = self.get(path).await;
        let csrf = form.csrf();
        let mut all = vec![("_csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(path, &all).await
    }
}

async fn page(response: reqwest::Response) -> Page {
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
