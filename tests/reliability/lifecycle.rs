//! The server's life as an operator runs it: SIGTERM drains and exits 0 (systemd, a container
//! runtime and a rolling restart all send it), a shutdown deadline bounds a stuck request, a
//! database written by a newer release is refused with both versions named, `migrate --check`
//! answers in its exit status, and two servers started together migrate an empty database once.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use sqlx::{Connection, Executor};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::support::{Database, Server, parite, seed};

/// A sign-in form sent in two parts: the headers and the start of the body, then (maybe) the
/// rest. Between the two the request is in flight: its handler waits for the body.
const BODY: &str = "_csrf=forged&email=someone%40example.org&password=not-the-password";

async fn start_request(base: &str) -> TcpStream {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).await.expect("connect");
    let head = format!(
        "POST /en/login HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{}",
        BODY.len(),
        &BODY[..10]
    );
    stream.write_all(head.as_bytes()).await.expect("send");
    stream
}

async fn finish_request(mut stream: TcpStream) -> String {
    stream
        .write_all(&BODY.as_bytes()[10..])
        .await
        .expect("send the rest");
    let mut reply = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut reply)).await;
    assert!(read.is_ok(), "no reply within 30 s");
    String::from_utf8_lossy(&reply).into_owned()
}

/// Waits until the server has read the request's head (the handler is then waiting for the
/// body): a fixed pause, since nothing outside the process can see that moment. Reading a few
/// hundred bytes on loopback takes microseconds; a second leaves room for a loaded machine.
async fn settle() {
    tokio::time::sleep(Duration::from_secs(1)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_request_in_flight_then_exits_zero() {
    let db = Database::sqlite();
    seed(&db);
    let mut server = Server::start(&db.url, db.dir.path()).await;
    let in_flight = start_request(&server.base).await;
    settle().await;
    let _ = Command::new("kill").args(["-TERM", &server.pid()]).status();
    settle().await;
    // The listener is closed: a new connection is refused, while the request already in
    // flight still gets its whole answer.
    let address = server.base.trim_start_matches("http://").to_owned();
    assert!(
        TcpStream::connect(&address).await.is_err(),
        "a draining server still accepts connections"
    );
    let reply = finish_request(in_flight).await;
    assert!(
        reply.starts_with("HTTP/1.1 403"),
        "the request in flight was dropped:\n{reply}"
    );
    let status = server.wait(Duration::from_secs(30));
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(0),
        "SIGTERM must drain and exit 0:\n{}",
        server.log()
    );
    assert!(server.log().contains("draining"), "{}", server.log());
    server.assert_no_panic();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shutdown_deadline_bounds_a_request_that_never_ends() {
    let db = Database::sqlite();
    seed(&db);
    let mut server = Server::start_with(&db.url, db.dir.path(), &["--shutdown-timeout", "1"]).await;
    // Never finished: without the deadline the server would wait for its 30-second page limit.
    let _stuck = start_request(&server.base).await;
    settle().await;
    let started = Instant::now();
    let status = server.terminate(Duration::from_secs(20));
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(0),
        "the deadline must end the drain:\n{}",
        server.log()
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "exited only after {:?}",
        started.elapsed()
    );
    assert!(server.log().contains("deadline"), "{}", server.log());
}

fn run(url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", url])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .output()
        .expect("run parite")
}

/// How many migrations the binary carries for `backend`.
fn migration_count(backend: &str) -> i64 {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/").to_owned() + backend;
    let count = std::fs::read_dir(folder)
        .expect("migrations folder")
        .filter(|entry| {
            entry
                .as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "sql"))
        })
        .count();
    i64::try_from(count).expect("a few migrations")
}

/// The schema version the binary carries: the number of its newest migration, which is not
/// their count when a number is left free for a migration written on another branch.
fn migrations_in(backend: &str) -> i64 {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/").to_owned() + backend;
    std::fs::read_dir(folder)
        .expect("migrations folder")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if path.extension()? != "sql" {
                return None;
            }
            let name = path.file_name()?.to_str()?.to_owned();
            name.split('_').next()?.parse::<i64>().ok()
        })
        .max()
        .expect("a few migrations")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_check_reports_pending_current_and_newer_in_its_exit_status() {
    let db = Database::sqlite();
    let file = db.dir.path().join("parite.db");
    let pending = run(&db.url, &["migrate", "--check"]);
    assert_eq!(pending.status.code(), Some(10), "{pending:?}");
    assert!(
        String::from_utf8_lossy(&pending.stdout).contains("at version 0"),
        "{pending:?}"
    );
    assert!(!file.exists(), "--check created the database file");

    parite(&db.url, &["migrate"], "");
    let current = run(&db.url, &["migrate", "--check"]);
    assert_eq!(current.status.code(), Some(0), "{current:?}");
    let known = migrations_in("sqlite");
    assert!(
        String::from_utf8_lossy(&current.stdout).contains(&format!("version {known}")),
        "{current:?}"
    );

    // A later release's migration, recorded as sqlx records it.
    let newer = known + 1;
    let mut connection = sqlx::SqliteConnection::connect(&db.url)
        .await
        .expect("open the file");
    let sql = format!(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES ({newer}, 'from a later release', TRUE, x'00', 1)"
    );
    connection
        .execute(sqlx::AssertSqlSafe(sql))
        .await
        .expect("record a newer migration");
    connection.close().await.expect("close");
    let checked = run(&db.url, &["migrate", "--check"]);
    assert_eq!(checked.status.code(), Some(11), "{checked:?}");

    // `serve` and `migrate` refuse it, naming both versions and what to do, and change nothing.
    let before = std::fs::read(&file).expect("read the file");
    for args in [&["serve", "--addr", "127.0.0.1:0"][..], &["migrate"][..]] {
        let refused = run(&db.url, args);
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert_eq!(refused.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("version {newer}"))
                && stderr.contains(&format!("version {known}"))
                && stderr.contains("Nothing was changed"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(
        std::fs::read(&file).expect("read the file"),
        before,
        "a refused start changed the database"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_started_together_on_an_empty_postgres_database_both_come_up() {
    let Some(db) = Database::postgres("two_servers_started_together").await else {
        return;
    };
    let (one, two) = tokio::join!(
        Server::start(&db.url, db.dir.path()),
        Server::start(&db.url, db.dir.path())
    );
    let client = reqwest::Client::new();
    for server in [&one, &two] {
        let ready = client
            .get(format!("{}/readyz", server.base))
            .send()
            .await
            .expect("readyz");
        assert_eq!(ready.status().as_u16(), 200, "{}", server.log());
    }
    let mut connection = sqlx::PgConnection::connect(&db.url)
        .await
        .expect("PostgreSQL");
    let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&mut connection)
        .await
        .expect("count migrations");
    assert_eq!(applied, migration_count("postgres"), "each migration once");
    connection.close().await.expect("close");
    one.stop();
    two.stop();
}
