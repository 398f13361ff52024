//! The PostgreSQL backup the operator's guide documents, run once: `pg_dump --format=custom`
//! of a database with data, `pg_restore` into a new one, and the same reports from both, byte
//! for byte (every table of the organization report as CSV, the whole report as HTML, and the
//! funders' overview).

use std::process::Command;

use sqlx::Connection;

use crate::support::{Database, parite};

/// Every output compared: (arguments after `report`, file name).
fn outputs() -> Vec<(Vec<&'static str>, String)> {
    let mut all = Vec::new();
    for table in [
        "barriers",
        "change",
        "participation",
        "fidelity",
        "progress",
    ] {
        all.push((
            vec![
                "--report",
                "organization",
                "--org",
                "centre-horizon",
                "--format",
                "csv",
                "--table",
                table,
            ],
            format!("{table}.csv"),
        ));
    }
    all.push((
        vec![
            "--report",
            "organization",
            "--org",
            "centre-horizon",
            "--format",
            "html",
        ],
        "organization.html".to_owned(),
    ));
    all.push((
        vec!["--report", "funder-overview", "--format", "html"],
        "funders.html".to_owned(),
    ));
    all
}

pub(crate) fn reports(url: &str, dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    outputs()
        .into_iter()
        .map(|(args, name)| {
            let out = dir.join(&name).display().to_string();
            let mut full = vec!["report"];
            full.extend(args);
            full.extend(["--out", out.as_str()]);
            parite(url, &full, "");
            (name, std::fs::read(&out).expect("the report file"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dump_then_pg_restore_gives_byte_identical_reports() {
    let Some(db) = Database::postgres("pg_restore_round_trip").await else {
        return;
    };
    let Some(restored) = Database::postgres("pg_restore_round_trip_target").await else {
        return;
    };
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
    let before_dir = tempfile::tempdir().expect("temp dir");
    let before = reports(&db.url, before_dir.path());

    let dump = db.dir.path().join("parite.dump");
    let dumped = Command::new("pg_dump")
        .args(["--format=custom", "--no-owner", "--file"])
        .arg(&dump)
        .arg(&db.url)
        .output()
        .expect("pg_dump (Debian's postgresql-client)");
    assert!(
        dumped.status.success(),
        "{}",
        String::from_utf8_lossy(&dumped.stderr)
    );
    let loaded = Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname", &restored.url])
        .arg(&dump)
        .output()
        .expect("pg_restore");
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    // The restore holds the migrations' bookkeeping too: nothing is applied again.
    let check = parite(&restored.url, &["migrate", "--check"], "");
    assert!(String::from_utf8_lossy(&check.stdout).contains("current"));

    let after_dir = tempfile::tempdir().expect("temp dir");
    let after = reports(&restored.url, after_dir.path());
    for ((name, a), (_, b)) in before.iter().zip(&after) {
        assert!(!a.is_empty(), "{name} is empty");
        assert!(a == b, "{name} differs after pg_restore");
    }
    // Not an empty database that happens to give empty reports.
    let mut connection = sqlx::PgConnection::connect(&restored.url)
        .await
        .expect("connect");
    let (responses,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM responses WHERE status = 'submitted'")
            .fetch_one(&mut connection)
            .await
            .expect("count");
    assert!(responses > 0);
    connection.close().await.expect("close");
}
