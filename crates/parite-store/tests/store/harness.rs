//! One suite, two backends: every test runs on a fresh SQLite file, and on a fresh PostgreSQL
//! database when `PARITE_TEST_POSTGRES_URL` names a server (the database in that URL is only
//! used to create and drop `parite_test_<random>` ones, so tests run in parallel).

use std::path::PathBuf;
use std::sync::Arc;

use parite_store::{
    Answer, InstrumentCatalog, NewResponse, NewWave, OrgId, ResponseId, Store, Submission,
    SubmitOutcome, Timestamp, WaveId,
};
use sqlx::{Connection, Executor};

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

/// Instruments the tests know: a survey (q01…q40 and a multiple-choice `roles`), a checklist
/// (f1…f6) and a progress instrument (m1…m4), all version 1.
pub struct Catalog;

impl InstrumentCatalog for Catalog {
    fn has_item(&self, instrument_id: &str, version: u32, item_id: &str) -> Option<bool> {
        if version != 1 {
            return None;
        }
        let number = |prefix: &str| {
            item_id
                .strip_prefix(prefix)
                .and_then(|n| n.parse::<u32>().ok())
        };
        match instrument_id {
            "team-survey" => {
                Some(item_id == "roles" || number("q").is_some_and(|n| (1..=40).contains(&n)))
            }
            "fidelity" => Some(number("f").is_some_and(|n| (1..=6).contains(&n))),
            "progress" => Some(number("m").is_some_and(|n| (1..=4).contains(&n))),
            _ => None,
        }
    }
}

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

    /// None (after saying so) when no PostgreSQL server is configured.
    pub async fn postgres(test: &str) -> Option<Ctx> {
        let Ok(admin_url) = std::env::var("PARITE_TEST_POSTGRES_URL") else {
            // CI must not pass by skipping: there a missing server is a failure.
            assert!(
                std::env::var_os("PARITE_REQUIRE_POSTGRES").is_none(),
                "{test}: PARITE_REQUIRE_POSTGRES is set but PARITE_TEST_POSTGRES_URL is not"
            );
            eprintln!("skipped {test} on PostgreSQL: PARITE_TEST_POSTGRES_URL is not set");
            return None;
        };
        let database = PgDatabase::create(admin_url).await;
        let url = database.url();
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

pub fn catalog() -> Arc<dyn InstrumentCatalog> {
    Arc::new(Catalog)
}

/// A database of its own, dropped when the test ends, even by a panic.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl PgDatabase {
    async fn create(admin_url: String) -> PgDatabase {
        let name = format!("parite_test_{}", random_hex());
        let mut admin = sqlx::PgConnection::connect(&admin_url).await.unwrap();
        admin
            .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap();
        admin.close().await.unwrap();
        PgDatabase { admin_url, name }
    }

    fn url(&self) -> String {
        with_database(&self.admin_url, &self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs outside async code (and maybe while panicking): a thread of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let mut admin = sqlx::PgConnection::connect(&admin_url).await.unwrap();
                admin
                    .execute(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .await
                    .unwrap();
                admin.close().await.unwrap();
            });
        })
        .join();
        if dropped.is_err() {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}

/// The same server URL with another database name.
fn with_database(url: &str, database: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (authority, after) = rest.split_once('/').unwrap_or((rest, ""));
    let query = after
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    format!("{scheme}://{authority}/{database}{query}")
}

pub fn random_hex() -> String {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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
            instrument_id: "team-survey".into(),
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

/// `count` Likert answers q01, q02…
pub fn likert(count: usize, value: &str) -> Vec<Answer> {
    (1..=count)
        .map(|n| Answer::new(format!("q{n:02}"), value))
        .collect()
}

/// Starts and submits a response with `answers`.
pub async fn submitted(store: &Store, wave: &WaveId, answers: Vec<Answer>) -> ResponseId {
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
