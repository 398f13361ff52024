//! The real `parite` binary as an operator runs it: a database of its own (an SQLite file or a
//! fresh PostgreSQL database), set up with the command line, and `parite serve` as a child
//! process on a free port of 127.0.0.1, its standard error kept in a file to look for panics.

use std::fs::File;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use parite_testkit::PgDatabase;

pub const ORG: &str = "centre-horizon";
pub const ADMIN: &str = "admin@example.org";
pub const PASSWORD: &str = "pont-levis orange 42";

/// A database for one test, removed at the end.
pub struct Database {
    pub url: String,
    pub dir: tempfile::TempDir,
    /// The PostgreSQL database, dropped with this value.
    postgres: Option<PgDatabase>,
}

impl Database {
    pub fn sqlite() -> Database {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("parite.db").display());
        Database {
            url,
            dir,
            postgres: None,
        }
    }

    /// An SQLite database at `path` (a disk of the test's choosing).
    pub fn on_file(path: &Path) -> Database {
        Database {
            url: format!("sqlite://{}", path.display()),
            dir: tempfile::tempdir().expect("temp dir"),
            postgres: None,
        }
    }

    /// A fresh database on the server of `PARITE_TEST_POSTGRES_URL`; `None` (said so) when the
    /// variable is unset, a failure when `PARITE_REQUIRE_POSTGRES=1` demands PostgreSQL.
    pub async fn postgres(test: &str) -> Option<Database> {
        let database = PgDatabase::create(test).await?;
        Some(Database {
            url: database.url().to_owned(),
            dir: tempfile::tempdir().expect("temp dir"),
            postgres: Some(database),
        })
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    pub fn label(&self) -> &'static str {
        if self.is_postgres() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }
}

/// `parite <args> --database <url>`, `stdin` written to its standard input.
pub fn parite(url: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", url])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run parite");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("write stdin");
    }
    let output = child.wait_with_output().expect("parite output");
    assert!(
        output.status.success(),
        "parite {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// One organization with an open wave and an administrator, made with the command line; the
/// wave's invitation code is returned.
pub fn seed(db: &Database) -> String {
    let url = db.url.as_str();
    parite(
        url,
        &["org", "add", "--slug", ORG, "--name", "Centre Horizon"],
        "",
    );
    let wave = parite(
        url,
        &["wave", "open", "--org", ORG, "--label", "Automne 2026"],
        "",
    );
    let printed = String::from_utf8_lossy(&wave.stdout).into_owned();
    let code = printed
        .lines()
        .find_map(|line| line.trim().split_once("/en/s/").map(|(_, c)| c.to_owned()))
        .unwrap_or_else(|| panic!("no invitation link in:\n{printed}"));
    let user = format!("{PASSWORD}\n");
    parite(
        url,
        &[
            "user", "add", "--email", ADMIN, "--role", "admin", "--org", ORG,
        ],
        &user,
    );
    code
}

/// A running `parite serve`.
pub struct Server {
    pub base: String,
    child: Child,
    stderr: PathBuf,
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

impl Server {
    /// Starts `parite serve` on `url` and waits until `/healthz` answers 200.
    pub async fn start(url: &str, logs: &Path) -> Server {
        Server::start_with(url, logs, &[]).await
    }

    /// The same, with more flags for `serve`.
    pub async fn start_with(url: &str, logs: &Path, flags: &[&str]) -> Server {
        let binary = Path::new(env!("CARGO_BIN_EXE_parite"));
        let flags: Vec<&str> = std::iter::once("--insecure-cookies")
            .chain(flags.iter().copied())
            .collect();
        // Another process may take the free port in between: try again on a new one.
        for attempt in 0..3 {
            let mut server = Server::spawn(binary, url, logs, free_port(), attempt, &flags);
            if server.wait_healthy().await {
                return server;
            }
            server.kill();
            eprintln!("parite serve did not start:\n{}", server.log());
        }
        panic!("parite serve did not start on {url}");
    }

    /// `binary serve` on `port` with exactly `flags`, not yet waited for; its standard error
    /// goes to `serve-<port>-<attempt>.log` in `logs`.
    pub fn spawn(
        binary: &Path,
        url: &str,
        logs: &Path,
        port: u16,
        attempt: u32,
        flags: &[&str],
    ) -> Server {
        let stderr = logs.join(format!("serve-{port}-{attempt}.log"));
        let child = Command::new(binary)
            .args(["serve", "--database", url])
            .args(["--addr", &format!("127.0.0.1:{port}")])
            .args(flags)
            .env("PARITE_DEFAULT_LOCALE", "en-CA")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&stderr).expect("log file"))
            .spawn()
            .expect("start parite serve");
        Server {
            base: format!("http://127.0.0.1:{port}"),
            child,
            stderr,
        }
    }

    /// Waits up to a minute for `/healthz` to answer 200; `false` when the process ended first
    /// or nothing answered.
    pub async fn wait_healthy(&mut self) -> bool {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            if self.health(&client).await == Some(200) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    /// The status of `/healthz`, or `None` when nothing answers.
    pub async fn health(&self, client: &reqwest::Client) -> Option<u16> {
        let response = client
            .get(format!("{}/healthz", self.base))
            .timeout(Duration::from_secs(45))
            .send()
            .await
            .ok()?;
        Some(response.status().as_u16())
    }

    /// SIGKILL, as `kill -9`: no shutdown code runs.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// The server's warnings and errors so far, to explain a failure.
    pub fn problems(&self) -> String {
        self.log()
            .lines()
            // sqlx warns of every statement over a second: expected for exports under load.
            .filter(|l| {
                l.contains("ERROR") || (l.contains("WARN") && !l.contains("slow statement"))
            })
            .take(20)
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Fails the test when the server panicked at any point so far.
    pub fn assert_no_panic(&self) {
        let log = self.log();
        assert!(!log.contains("panicked"), "parite serve panicked:\n{log}");
    }

    /// Ctrl-C, as an operator stops it (the server commits what it holds), then fails the test
    /// if it panicked at any point.
    pub fn stop(mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
        self.assert_no_panic();
    }

    /// The process id, for a signal of the test's choosing.
    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }

    /// Waits up to `limit` for the process to end by itself; `None` when it did not (it is then
    /// killed).
    pub fn wait(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.kill();
        None
    }

    /// SIGTERM, as systemd or a container runtime stops it; waits up to `limit` for the
    /// process to end and returns how it ended (`None`: still running, then killed).
    pub fn terminate(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill").args(["-TERM", &self.pid()]).status();
        self.wait(limit)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The store the server uses, opened by the test to count what is stored.
pub async fn open_store(url: &str) -> parite_store::Store {
    parite_store::Store::connect(url, std::sync::Arc::default())
        .await
        .expect("open the database")
}
