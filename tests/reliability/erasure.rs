//! `parite org delete`: an organization leaving the pilot takes every row that belongs to it,
//! in every table, with it; the other organizations' reports do not change by a byte; the
//! guards on final data are back in place afterwards; and nothing happens unless the slug is
//! typed twice.

use std::collections::BTreeSet;
use std::process::Command;

use sqlx::{AnyConnection, Connection, Executor, Row};

use crate::support::{Database, parite};

async fn connect(url: &str) -> AnyConnection {
    sqlx::any::install_default_drivers();
    AnyConnection::connect(url).await.expect("database")
}

async fn texts(c: &mut AnyConnection, sql: &str) -> Vec<String> {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
        .fetch_all(&mut *c)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|row| row.try_get::<String, _>(0).unwrap_or_default())
        .collect()
}

/// Every (table, column) of the schema, the migrations' bookkeeping and the audit log aside
/// (the log keeps what staff did; the deletion adds its own line).
async fn columns(c: &mut AnyConnection, postgres: bool) -> Vec<(String, String)> {
    let sql = if postgres {
        "SELECT table_name || '.' || column_name FROM information_schema.columns \
         WHERE table_schema = current_schema()"
    } else {
        "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table'"
    };
    texts(c, sql)
        .await
        .into_iter()
        .filter_map(|q| q.split_once('.').map(|(t, c)| (t.to_owned(), c.to_owned())))
        .filter(|(t, _)| t != "_sqlx_migrations" && t != "audit_log" && !t.starts_with("sqlite_"))
        .collect()
}

/// Every identifier that belongs to the organization `slug`.
async fn owned_ids(c: &mut AnyConnection, slug: &str) -> BTreeSet<String> {
    let org = format!("(SELECT id FROM organizations WHERE slug = '{slug}')");
    let waves = format!("(SELECT id FROM waves WHERE organization_id IN {org})");
    let mut ids = BTreeSet::new();
    for sql in [
        format!("SELECT id FROM organizations WHERE slug = '{slug}'"),
        format!("SELECT id FROM waves WHERE organization_id IN {org}"),
        format!("SELECT id FROM invitations WHERE wave_id IN {waves}"),
        format!("SELECT code FROM invitations WHERE wave_id IN {waves}"),
        format!("SELECT id FROM responses WHERE wave_id IN {waves}"),
        format!("SELECT id FROM assessments WHERE organization_id IN {org}"),
    ] {
        ids.extend(texts(c, &sql).await);
    }
    ids
}

fn reports_of(url: &str, slug: &str, dir: &std::path::Path) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for (format, table) in [
        ("csv", "barriers"),
        ("csv", "change"),
        ("csv", "participation"),
        ("csv", "fidelity"),
        ("csv", "progress"),
        ("html", ""),
    ] {
        let out = dir
            .join(format!("{slug}-{format}-{table}"))
            .display()
            .to_string();
        let mut args = vec![
            "report",
            "--report",
            "organization",
            "--org",
            slug,
            "--format",
            format,
        ];
        if !table.is_empty() {
            args.extend(["--table", table]);
        }
        args.extend(["--out", out.as_str()]);
        parite(url, &args, "");
        files.push(std::fs::read(&out).expect("report"));
    }
    files
}

async fn erasure(db: Database) {
    parite(
        &db.url,
        &[
            "demo",
            "seed",
            "--orgs",
            "3",
            "--responses",
            "8",
            "--seed",
            "3",
        ],
        "",
    );
    let mut c = connect(&db.url).await;
    let slugs = texts(&mut c, "SELECT slug FROM organizations ORDER BY slug").await;
    let (leaving, staying) = slugs.split_first().expect("three organizations");
    let owned = owned_ids(&mut c, leaving).await;
    assert!(owned.len() > 20, "the organization had data: {owned:?}");
    // Its report read once, so its per-wave summaries are stored too.
    reports_of(&db.url, leaving, db.dir.path());
    let before: Vec<_> = staying
        .iter()
        .map(|slug| reports_of(&db.url, slug, db.dir.path()))
        .collect();

    // Not confirmed: refused, nothing changed.
    let refused = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["org", "delete", "--slug", leaving, "--confirm", &staying[0]])
        .args(["--database", &db.url])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .output()
        .expect("run parite");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{said}");
    assert!(
        said.contains("Nothing was deleted") && said.contains("parite export"),
        "{said}"
    );
    assert_eq!(owned_ids(&mut c, leaving).await, owned);

    let deleted = parite(
        &db.url,
        &["org", "delete", "--slug", leaving, "--confirm", leaving],
        "",
    );
    assert!(String::from_utf8_lossy(&deleted.stdout).contains("was deleted"));

    // No row of any table holds anything of the organization.
    let postgres = db.is_postgres();
    for (table, column) in columns(&mut c, postgres).await {
        let values = texts(
            &mut c,
            &format!("SELECT CAST({column} AS TEXT) FROM {table} WHERE {column} IS NOT NULL"),
        )
        .await;
        let left: Vec<_> = values.iter().filter(|v| owned.contains(*v)).collect();
        assert!(left.is_empty(), "{table}.{column} still holds {left:?}");
    }
    // One audit line says what went, naming nobody.
    let lines = texts(
        &mut c,
        "SELECT details FROM audit_log WHERE action = 'org_delete'",
    )
    .await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("responses"), "{lines:?}");

    // The others' reports are byte for byte what they were.
    for (slug, was) in staying.iter().zip(&before) {
        assert!(
            &reports_of(&db.url, slug, db.dir.path()) == was,
            "{slug}'s reports changed"
        );
    }
    // The guards on final data are back: a submitted answer of another organization cannot go.
    let submitted = texts(
        &mut c,
        "SELECT id FROM responses WHERE status = 'submitted' ORDER BY id LIMIT 1",
    )
    .await;
    let refused = c
        .execute(sqlx::AssertSqlSafe(format!(
            "DELETE FROM answers WHERE response_id = '{}'",
            submitted[0]
        )))
        .await;
    assert!(refused.is_err(), "the answers' guard is gone");
    assert!(
        c.execute("DELETE FROM milestones").await.is_err(),
        "the milestones' guard is gone"
    );
    c.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_organization_on_sqlite_leaves_nothing_of_it_and_the_others_unchanged() {
    erasure(Database::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_organization_on_postgres_leaves_nothing_of_it_and_the_others_unchanged() {
    if let Some(db) = Database::postgres("erasure").await {
        erasure(db).await;
    }
}
