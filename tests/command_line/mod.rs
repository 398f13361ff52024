//! What the command-line tests share: `parite` run as an operator would (a locale, a system
//! user, standard input), and the database read or changed behind its back.
#![allow(dead_code, reason = "each test file uses some of these")]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `parite user add --email E --role R`, the password on stdin.
pub fn add_user(db: &Path, email: &str, role: &str, stdin: &str) -> Output {
    parite(
        db,
        &["user", "add", "--email", email, "--role", role],
        stdin,
    )
}

pub fn parite(database: &Path, args: &[&str], stdin: &str) -> Output {
    parite_in("en-CA", database, args, stdin)
}

/// The system user every command of these tests runs as.
pub const OPERATOR: &str = "operator-test";

pub fn parite_in(locale: &str, database: &Path, args: &[&str], stdin: &str) -> Output {
    let url = format!("sqlite://{}", database.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", &url])
        .env("PARITE_DEFAULT_LOCALE", locale)
        .env("USER", OPERATOR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A store opened only to read accounts and the audit log needs no instrument.
pub fn no_instruments() -> std::sync::Arc<parite_core::InstrumentSet> {
    std::sync::Arc::default()
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"))
}

/// What the database holds, read through the store after a command has ended.
pub fn with_store<T>(db: &Path, read: impl AsyncFnOnce(&parite_store::Store) -> T) -> T {
    runtime().block_on(async {
        let url = format!("sqlite://{}", db.display());
        let store = parite_store::Store::connect(&url, no_instruments())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let value = read(&store).await;
        store.close().await;
        value
    })
}

/// The audit log, newest first.
pub fn audit_log(db: &Path) -> Vec<parite_store::AuditEntry> {
    with_store(db, async |store| {
        store
            .audit_entries(&parite_store::AuditFilter::default())
            .await
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// One SQL statement on the database file, bypassing the store (rows as an older version
/// stored them, or a fault).
pub fn raw_sql(db: &Path, sql: &str) {
    use sqlx::Connection;
    runtime().block_on(async {
        let url = format!("sqlite://{}", db.display());
        let mut connection = sqlx::SqliteConnection::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(&mut connection)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        connection.close().await.unwrap_or_else(|e| panic!("{e}"));
    });
}

pub fn assert_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what}: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}
