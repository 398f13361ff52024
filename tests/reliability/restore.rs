//! The restore drill: a backup taken while respondents submit, restored into a new path and
//! served, holds every response acknowledged before the backup began. A restore refuses what
//! is not a sound Parité database, and a database a server has open, and changes nothing then.

use std::process::{Command, Output};

use sqlx::Connection;

use crate::load::{Load, LoadPlan};
use crate::stored::Stored;
use crate::support::{Database, Server, parite, seed};

fn restore(from: &std::path::Path, url: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["restore", "--from"])
        .arg(from)
        .args(["--database", url])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .output()
        .expect("run parite restore")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_load_restores_every_response_acknowledged_before_it() {
    let db = Database::sqlite();
    let code = seed(&db);
    let server = Server::start(&db.url, db.dir.path()).await;
    let load = Load::start(LoadPlan {
        bases: vec![server.base.clone()],
        code,
        run: "drill".to_owned(),
        total: 240,
        clients: 16,
        readers: 0,
    })
    .await;
    // Wait for some acknowledged responses, note them, then back up while the load goes on.
    while crate::survey::Tally::get(&load.tally.acknowledged) < 40 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let before_backup = load
        .tally
        .acknowledged_markers
        .lock()
        .expect("lock")
        .clone();
    let backup = db.dir.path().join("backup.db");
    let backup_arg = backup.display().to_string();
    parite(&db.url, &["backup", "--out", &backup_arg], "");
    let tally = load.finish().await;
    server.stop();
    assert!(
        Stored::read(&db.url).await.markers().len() as u64
            >= crate::survey::Tally::get(&tally.acknowledged),
        "{}",
        tally.summary()
    );

    let restored_dir = tempfile::tempdir().expect("temp dir");
    let restored_url = format!(
        "sqlite://{}",
        restored_dir.path().join("restored.db").display()
    );
    let done = restore(&backup, &restored_url);
    let said = String::from_utf8_lossy(&done.stdout);
    assert!(
        done.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&done.stderr)
    );
    assert!(
        said.contains("Restored") && said.contains("submitted responses"),
        "{said}"
    );
    // Served as is, then read: every response acknowledged before the backup is there, whole.
    let served = Server::start(&restored_url, restored_dir.path()).await;
    served.stop();
    let stored = Stored::read(&restored_url).await;
    stored.assert_complete();
    let restored = stored.markers();
    let missing: Vec<_> = before_backup.difference(&restored).collect();
    assert!(missing.is_empty(), "lost by the backup: {missing:?}");
    assert!(before_backup.len() >= 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restore_refuses_what_is_not_a_sound_parite_database_and_a_database_in_use() {
    sqlx::any::install_default_drivers();
    let db = Database::sqlite();
    seed(&db);
    let folder = db.dir.path();
    let live = folder.join("parite.db");
    let backup = folder.join("backup.db");
    parite(
        &db.url,
        &["backup", "--out", &backup.display().to_string()],
        "",
    );

    let text_file = folder.join("notes.txt");
    std::fs::write(&text_file, "not a database").expect("write");
    let damaged = folder.join("damaged.db");
    let bytes = std::fs::read(&backup).expect("read the backup");
    let mut broken = bytes.clone();
    // Pages past the header overwritten: SQLite still opens it, the integrity check fails.
    for byte in broken.iter_mut().skip(4096).take(8192) {
        *byte = 0x5a;
    }
    std::fs::write(&damaged, &broken).expect("write");
    let foreign = folder.join("other.db");
    let mut other =
        sqlx::SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", foreign.display()))
            .await
            .expect("an SQLite file");
    sqlx::Executor::execute(&mut other, "CREATE TABLE notes (body TEXT)")
        .await
        .expect("a table");
    sqlx::Connection::close(other).await.expect("close");

    let target = folder.join("target.db");
    let target_url = format!("sqlite://{}", target.display());
    for (file, expected) in [
        (folder.join("missing.db"), "no such file"),
        (text_file, "is not an SQLite database"),
        (damaged, "is damaged"),
        (foreign, "not a Parité one"),
    ] {
        let refused = restore(&file, &target_url);
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert_eq!(
            refused.status.code(),
            Some(1),
            "{}: {stderr}",
            file.display()
        );
        assert!(
            stderr.contains(expected) && stderr.contains(&file.display().to_string()),
            "{}: {stderr}",
            file.display()
        );
        assert!(
            !target.exists(),
            "a refused restore wrote {}",
            target.display()
        );
    }

    // Over the live database while a server has it open: refused, the file untouched.
    let server = Server::start(&db.url, folder).await;
    let before = std::fs::read(&live).expect("read");
    let refused = restore(&backup, &db.url);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is open by a running server"), "{stderr}");
    assert_eq!(std::fs::read(&live).expect("read"), before);
    server.stop();
    // Once stopped, the same restore goes through.
    let done = restore(&backup, &db.url);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
}
