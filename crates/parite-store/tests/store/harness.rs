//! One suite, two backends: every test runs on a fresh SQLite file, and on a fresh PostgreSQL
//! database when `PARITE_TEST_POSTGRES_URL` names a server (the database in that URL is only
//! used to create and drop `parite_test_<random>` ones, so tests run in parallel).

use std::path::PathBuf;
use std::sync::Arc;

use parite_core::{Answers, InstrumentSet};
use parite_store::{
    NewResponse, NewWave, OrgId, ResponseId, Store, Submission, SubmitOutcome, Timestamp, WaveId,
};
use parite_testkit::PgDatabase;
pub use parite_testkit::random_hex;
use sqlx::Connection;

/// Generates `<name>::sqlite` and `<name>::postgres` tests from `async fn <name>(&Ctx)`.
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let ctx = $crate::harness::Ctx::sqlite().await;
                super::$name(&ctx).await;
                ctx.finish().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(ctx) = $crate::harness::Ctx::postgres(stringify!($name)).await else {
                    return;
                };
                super::$name(&ctx).await;
                ctx.finish().await;
            }
        }
    )+};
}
pub(crate) use on_both_backends;

/// A store on a fresh database, and what a test needs to reopen it.
pub struct Ctx {
    pub store: Store,
    pub url: String,
    /// A scratch folder (backups go here); also holds the SQLite file.
    pub dir: tempfile::TempDir,
    postgres: Option<PgDatabase>,
}

impl Ctx {
    pub async fn sqlite() -> Ctx {
        let dir = tempfile::tempdir().unwrap();
        // A folder that does not exist yet: the store creates it.
        let url = format!("sqlite://{}/data/parite.db", dir.path().display());
        let store = Store::connect(&url, catalog()).await.unwrap();
        Ctx {
            store,
            url,
            dir,
            postgres: None,
        }
    }

    /// None (after saying so) when no PostgreSQL server is configured; a failure instead when
    /// `PARITE_REQUIRE_POSTGRES=1`.
    pub async fn postgres(test: &str) -> Option<Ctx> {
        let database = PgDatabase::create(test).await?;
        let url = database.url().to_owned();
        let store = Store::connect(&url, catalog()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        Some(Ctx {
            store,
            url,
            dir,
            postgres: Some(database),
        })
    }

    pub async fn finish(self) {
        self.store.close().await;
        drop(self.postgres);
    }

    /// Opens another store on the same database.
    pub async fn reopen(&self) -> Store {
        Store::connect(&self.url, catalog()).await.unwrap()
    }

    /// A raw connection, for showing what the database itself refuses.
    pub async fn raw(&self) -> sqlx::AnyConnection {
        sqlx::AnyConnection::connect(&self.url).await.unwrap()
    }

    pub fn scratch(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Instruments the tests know: a survey (a multiple-choice `roles` and free-text q01…q40), a
/// checklist (f1…f6) and a progress instrument (m1…m4), all version 1.
pub fn catalog() -> Arc<InstrumentSet> {
    let set = InstrumentSet::from_sources([
        (
            "team-survey.toml",
            include_str!("../fixtures/team-survey.toml"),
        ),
        ("fidelity.toml", include_str!("../fixtures/fidelity.toml")),
        ("progress.toml", include_str!("../fixtures/progress.toml")),
    ]);
    Arc::new(set.unwrap_or_else(|problems| panic!("{problems:?}")))
}

// ---- data helpers shared by the tests -------------------------------------------------------

/// A fresh organization (random slug) with an open wave of the team survey.
pub async fn org_and_wave(store: &Store) -> (OrgId, WaveId) {
    let slug = format!("org-{}", random_hex());
    let org = store
        .create_organization(&slug, "Centre de santé")
        .await
        .unwrap();
    let wave = store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
            instrument_version: 1,
            label: "Automne 2026".into(),
            opens_at: Timestamp::now(),
            closes_at: None,
        })
        .await
        .unwrap();
    (org, wave)
}

pub async fn start(store: &Store, wave: &WaveId) -> ResponseId {
    store
        .start_response(NewResponse {
            wave_id: wave.clone(),
            invitation_id: None,
            locale: "fr-CA".into(),
        })
        .await
        .unwrap()
}

/// Stored `(item, value)` pairs as the test survey's answers: `roles` a multiple choice (one
/// pair per code, in order), anything else free text.
pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    let catalog = catalog();
    let survey = catalog.get("team-survey", 1).unwrap();
    parite_core::answer::answers_from_values(survey, pairs.iter().copied())
}

/// `count` answers q01, q02… all `value`.
pub fn likert(count: usize, value: &str) -> Answers {
    let items: Vec<String> = (1..=count).map(|n| format!("q{n:02}")).collect();
    let pairs: Vec<(&str, &str)> = items.iter().map(|item| (item.as_str(), value)).collect();
    answers(&pairs)
}

/// Starts and submits a response with `answers`.
pub async fn submitted(store: &Store, wave: &WaveId, answers: Answers) -> ResponseId {
    let id = start(store, wave).await;
    let outcome = store
        .submit_response(
            &id,
            Submission {
                respondent_role: Some("peer".into()),
                answers,
            },
        )
        .await
        .unwrap();
    assert_eq!(outcome, SubmitOutcome::Submitted);
    id
}
