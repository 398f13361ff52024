//! `parite copy`, the move from SQLite to PostgreSQL the operator's guide documents, both ways:
//! every table's rows arrive (tables read from the schema, so a new table is covered without a
//! change here), the reports are byte-identical, the target takes new rows afterwards, and each
//! refusal leaves the target as it was, in the operator's language.

use std::collections::BTreeMap;
use std::process::{Command, Output};

use sqlx::{AnyConnection, Connection, Row};

use crate::pg_restore::reports;
use crate::support::{Database, Server, parite};

/// `parite copy --from … --to …` in `locale`, whatever its exit status.
fn copy(from: &str, to: &str, locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["copy", "--from", from, "--to", to])
        .env("PARITE_DEFAULT_LOCALE", locale)
        .output()
        .expect("run parite copy")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Rows per table of the schema (the migrations' bookkeeping aside), read from its catalog.
async fn row_counts(url: &str) -> BTreeMap<String, i64> {
    sqlx::any::install_default_drivers();
    let mut c = AnyConnection::connect(url).await.expect("connect");
    let tables_sql = if url.starts_with("sqlite:") {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations'"
    } else {
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = \
         current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'"
    };
    let tables: Vec<String> = sqlx::query_scalar(tables_sql)
        .fetch_all(&mut c)
        .await
        .expect("tables");
    let mut counts = BTreeMap::new();
    for table in tables {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
            .fetch_one(&mut c)
            .await
            .expect("count");
        counts.insert(table, row.try_get::<i64, _>(0).expect("a count"));
    }
    c.close().await.expect("close");
    counts
}

/// A database with every kind of row the demo makes (submitted responses with their answers,
/// drafts, ratings and consensus, milestones, accounts, audit lines) plus a signed-up account.
fn seeded(db: &Database) {
    parite(
        &db.url,
        &[
            "demo",
            "seed",
            "--orgs",
            "3",
            "--responses",
            "12",
            "--seed",
            "11",
        ],
        "",
    );
    parite(
        &db.url,
        &[
            "user",
            "add",
            "--email",
            "copie@example.org",
            "--role",
            "evaluator",
        ],
        "pont-levis orange 42\n",
    );
}

/// What the copy must carry: the source's rows, and one audit line more (the copy's own).
fn expected_after_copy(source: &BTreeMap<String, i64>) -> BTreeMap<String, i64> {
    let mut expected = source.clone();
    *expected.entry("audit_log".to_owned()).or_default() += 1;
    expected
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_to_postgres_and_back_carries_every_row_and_gives_byte_identical_reports() {
    let sqlite = Database::sqlite();
    let Some(postgres) = Database::postgres("copy_sqlite_to_postgres").await else {
        return;
    };
    seeded(&sqlite);
    let dir = tempfile::tempdir().expect("temp dir");
    for sub in ["sqlite", "postgres", "back"] {
        std::fs::create_dir(dir.path().join(sub)).expect("a folder for the reports");
    }
    // Reports write audit lines and fill the summary cache: counted after them.
    let before = reports(&sqlite.url, &dir.path().join("sqlite"));
    let source_counts = row_counts(&sqlite.url).await;
    for guarded in ["answers", "ratings", "milestones", "responses", "users"] {
        assert!(source_counts[guarded] > 0, "the seed wrote no {guarded}");
    }

    let there = copy(&sqlite.url, &postgres.url, "en-CA");
    assert!(there.status.success(), "{}", stderr(&there));
    assert!(
        stderr(&there).contains("Copied answers:"),
        "{}",
        stderr(&there)
    );
    assert_eq!(
        row_counts(&postgres.url).await,
        expected_after_copy(&source_counts)
    );
    let on_postgres = reports(&postgres.url, &dir.path().join("postgres"));
    for ((name, a), (_, b)) in before.iter().zip(&on_postgres) {
        assert!(!a.is_empty(), "{name} is empty");
        assert!(a == b, "{name} differs after the copy to PostgreSQL");
    }

    // The target goes on: new rows of the tables with generated ids (audit lines, milestones)
    // take ids after the copied ones.
    parite(
        &postgres.url,
        &[
            "user",
            "add",
            "--email",
            "apres@example.org",
            "--role",
            "funder",
        ],
        "pont-levis orange 42\n",
    );
    let postgres_counts = row_counts(&postgres.url).await;
    assert!(postgres_counts["audit_log"] > source_counts["audit_log"] + 1);

    let back = Database::sqlite();
    let home = copy(&postgres.url, &back.url, "en-CA");
    assert!(home.status.success(), "{}", stderr(&home));
    assert_eq!(
        row_counts(&back.url).await,
        expected_after_copy(&postgres_counts)
    );
    let on_sqlite = reports(&back.url, &dir.path().join("back"));
    for ((name, a), (_, b)) in before.iter().zip(&on_sqlite) {
        assert!(a == b, "{name} differs after the copy back to SQLite");
    }
    // The guards on final data are back in place on both targets.
    for url in [&postgres.url, &back.url] {
        let mut c = AnyConnection::connect(url).await.expect("connect");
        let tampered = sqlx::query(
            "UPDATE answers SET value = 'x' WHERE response_id IN \
             (SELECT id FROM responses WHERE status = 'submitted')",
        )
        .execute(&mut c)
        .await;
        assert!(tampered.is_err(), "a submitted answer was changed on {url}");
        c.close().await.expect("close");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_copy_is_refused_with_the_reason_and_changes_nothing() {
    let source = Database::sqlite();
    seeded(&source);

    // Into a database that already holds data.
    let full = Database::sqlite();
    seeded(&full);
    let full_before = row_counts(&full.url).await;
    let refused = copy(&source.url, &full.url, "fr-CA");
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("contient déjà des données"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(row_counts(&full.url).await, full_before);

    // Onto itself.
    let itself = copy(&source.url, &source.url, "en-CA");
    assert!(!itself.status.success());
    assert!(
        stderr(&itself).contains("the same database"),
        "{}",
        stderr(&itself)
    );

    // From a file that is not a Parité database.
    let not_parite = source.dir.path().join("notes.txt");
    std::fs::write(&not_parite, "pas une base de données").expect("write");
    let empty = Database::sqlite();
    let wrong = copy(
        &format!("sqlite://{}", not_parite.display()),
        &empty.url,
        "en-CA",
    );
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong).contains("holds no Parité database"),
        "{}",
        stderr(&wrong)
    );

    // Into a database a server has open.
    let served = Database::sqlite();
    let server = Server::start(&served.url, served.dir.path()).await;
    let busy = copy(&source.url, &served.url, "en-CA");
    assert!(!busy.status.success());
    assert!(
        stderr(&busy).contains("is open by a running server"),
        "{}",
        stderr(&busy)
    );
    server.stop();
    let served_counts = row_counts(&served.url).await;
    assert!(
        served_counts
            .iter()
            .all(|(table, rows)| *rows == 0 || table == "instrument_fingerprints"),
        "{served_counts:?}"
    );
    // Once stopped, the server's start-up record of the instrument files is no obstacle: a
    // database that was only started is empty, and the copy fills it with the source's rows.
    assert!(
        served_counts["instrument_fingerprints"] > 0,
        "{served_counts:?}"
    );
    let source_counts = row_counts(&source.url).await;
    let into_started = copy(&source.url, &served.url, "en-CA");
    assert!(into_started.status.success(), "{}", stderr(&into_started));
    assert_eq!(
        row_counts(&served.url).await,
        expected_after_copy(&source_counts)
    );

    // A malformed URL names what is wrong.
    let malformed = copy("mysql://somewhere/db", &empty.url, "en-CA");
    assert!(!malformed.status.success());
    assert!(
        stderr(&malformed).contains("database URL"),
        "{}",
        stderr(&malformed)
    );
}
