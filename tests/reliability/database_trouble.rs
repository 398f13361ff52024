//! The database goes away in the middle of a survey: a PostgreSQL that becomes unreachable, an
//! SQLite disk that fills up. The respondent gets a 503 page saying the answers were not saved,
//! never a thank-you; when the database is back the same browser's submission goes through,
//! without restarting the server, and nothing was half-written in between.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};

use crate::proxy::{Proxy, host_port};
use crate::stored::Stored;
use crate::support::{Database, Server, seed};
use crate::survey::{Page, client, get, post, sections};

/// The 503 page's words for answers that were not saved (locales/en-CA/web.ftl).
const NOT_SAVED: &str = "Your last answers could not be saved.";
const UNAVAILABLE: &str = "Parité is unavailable for a moment";

/// One respondent, driven a step at a time.
struct Respondent {
    client: Client,
    base: String,
    code: String,
    csrf: String,
}

impl Respondent {
    async fn start(base: &str, code: &str) -> Respondent {
        let client = client();
        let path = format!("/en/s/{code}");
        let welcome = get(&client, base, &path).await.expect("welcome");
        let csrf = welcome.csrf().expect("CSRF token");
        let fields = [
            ("_csrf", csrf.as_str()),
            ("_action", "start"),
            ("consent", "yes"),
        ];
        let started = post(&client, base, &path, &fields).await.expect("start");
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
        Respondent {
            client,
            base: base.to_owned(),
            code: code.to_owned(),
            csrf,
        }
    }

    /// Sends section `number` (from 1) with its answers and Next.
    async fn section(&self, number: usize, marker: &str) -> Page {
        let answers = &sections(marker)[number - 1];
        let mut fields: Vec<(&str, &str)> = vec![("_csrf", &self.csrf), ("_action", "next")];
        fields.extend(answers.iter().map(|(k, v)| (*k, v.as_str())));
        let path = format!("/en/s/{}/{number}", self.code);
        post(&self.client, &self.base, &path, &fields)
            .await
            .expect("an answer")
    }

    async fn submit(&self) -> Page {
        let path = format!("/en/s/{}/review", self.code);
        let fields = [("_csrf", self.csrf.as_str()), ("_action", "submit")];
        post(&self.client, &self.base, &path, &fields)
            .await
            .expect("an answer")
    }

    fn thanks(&self) -> String {
        format!("/en/s/{}/thanks", self.code)
    }
}

/// The survey's last section (free text), the one sent while the database is in trouble.
fn last_section() -> usize {
    sections("").len()
}

fn assert_not_saved(page: &Page, what: &str) {
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{what}: {}",
        page.body
    );
    assert!(
        page.location.is_none(),
        "{what}: no redirect to a thank-you"
    );
    assert!(page.body.contains(UNAVAILABLE), "{what}: {}", page.body);
    assert!(page.body.contains(NOT_SAVED), "{what}: {}", page.body);
}

/// Waits until `/healthz` answers 200 again; the server is not restarted.
async fn wait_healthy(server: &Server) {
    let client = Client::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while server.health(&client).await != Some(200) {
        assert!(Instant::now() < deadline, "the server did not recover");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_postgres_gives_a_not_saved_page_and_the_server_recovers() {
    let Some(db) = Database::postgres("an_unreachable_postgres").await else {
        return;
    };
    let code = seed(&db);
    let target = host_port(&db.url);
    let proxy = Proxy::start(target.clone()).await;
    let url = db
        .url
        .replacen(&target, &format!("127.0.0.1:{}", proxy.port), 1);
    let server = Server::start(&url, db.dir.path()).await;
    let health = Client::new();
    let respondent = Respondent::start(&server.base, &code).await;
    for number in 1..last_section() {
        let sent = respondent.section(number, "pg-outage").await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    }

    // The database's connections break: a section is not saved, and says so.
    proxy.reset().await;
    assert_not_saved(
        &respondent.section(last_section(), "pg-outage").await,
        "a section",
    );
    assert_eq!(server.health(&health).await, Some(503));
    proxy.up().await;
    wait_healthy(&server).await;
    let sent = respondent.section(last_section(), "pg-outage").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);

    // The database is stopped (connections refused): the submission waits for a connection,
    // then says the answers were not saved, before the request's own time limit.
    proxy.refuse().await;
    let waited = Instant::now();
    let (submitted, healthz) = tokio::join!(respondent.submit(), server.health(&health));
    eprintln!(
        "submission with PostgreSQL refusing connections answered in {:.1} s",
        waited.elapsed().as_secs_f64()
    );
    assert_not_saved(&submitted, "the submission");
    assert_eq!(healthz, Some(503));
    proxy.up().await;
    wait_healthy(&server).await;
    let stored = Stored::read(&db.url).await;
    assert_eq!(stored.submitted, 0, "the failed submission stored nothing");
    let submitted = respondent.submit().await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    assert_eq!(submitted.location, Some(respondent.thanks()));
    server.stop();

    let stored = Stored::read(&db.url).await;
    assert_eq!(stored.submitted, 1);
    stored.assert_complete();
    assert!(stored.markers().contains("pg-outage"));
}

/// A small tmpfs mounted for the test, unmounted at the end.
struct SmallDisk {
    path: PathBuf,
}

impl SmallDisk {
    fn mount(at: &Path, size: &str) -> Result<SmallDisk, String> {
        std::fs::create_dir_all(at).map_err(|e| e.to_string())?;
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
        }
        Ok(SmallDisk {
            path: at.to_owned(),
        })
    }

    /// Writes a file until the disk refuses more.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.path.join("filler");
        let mut file = std::fs::File::create(&filler).expect("filler");
        let chunk = vec![0_u8; 4096];
        while file
            .write_all(&chunk)
            .and_then(|()| file.sync_all())
            .is_ok()
        {}
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_gives_a_not_saved_page_and_nothing_half_written() {
    let outer = tempfile::tempdir().expect("temp dir");
    let disk = match SmallDisk::mount(&outer.path().join("disk"), "16m") {
        Ok(disk) => disk,
        Err(reason) => {
            eprintln!("a_full_disk: skipped, cannot mount a small tmpfs: {reason}");
            return;
        }
    };
    let db = Database::on_file(&disk.path.join("parite.db"));
    let code = seed(&db);
    // The server's log stays off the small disk, so that it can say what went wrong.
    let server = Server::start(&db.url, outer.path()).await;
    let respondent = Respondent::start(&server.base, &code).await;
    for number in 1..last_section() {
        let sent = respondent.section(number, "disk-full").await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    }
    let filler = disk.fill();
    assert_not_saved(
        &respondent.section(last_section(), "disk-full").await,
        "a section",
    );
    std::fs::remove_file(&filler).expect("free the disk");
    let sent = respondent.section(last_section(), "disk-full").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);

    let filler = disk.fill();
    assert_not_saved(&respondent.submit().await, "the submission");
    std::fs::remove_file(&filler).expect("free the disk");
    let stored = Stored::read(&db.url).await;
    assert_eq!(stored.submitted, 0, "the failed submission stored nothing");
    let submitted = respondent.submit().await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    assert_eq!(submitted.location, Some(respondent.thanks()));
    server.stop();

    let stored = Stored::read(&db.url).await;
    assert_eq!(stored.submitted, 1);
    stored.assert_complete();
    assert!(stored.markers().contains("disk-full"));
}
