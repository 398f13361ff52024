//! The production topology as `deploy/` ships it: nginx ends TLS (a throw-away CA and server
//! certificate made with `openssl`) in front of two `parite serve --trust-proxy --public-url
//! https://…` on one fresh PostgreSQL database. nginx's site is `deploy/nginx/parite.conf` with
//! its placeholders substituted (server name, certificate paths, upstream ports, listen ports),
//! so the shipped file is what is tested.
//!
//! Over https: an administrator signs in with the `Secure` cookie, pages carry HSTS, a survey's
//! requests alternate between the two servers, and the sign-in throttle counts the address nginx
//! saw whatever `X-Forwarded-For` the client forges (`https.rs`); both servers are restarted one
//! after the other while 32 respondents answer, and every respondent's response is stored once
//! (`rolling.rs`). The benchmark of the same restart under load is ignored by default
//! (`scripts/bench.sh topology`).
//!
//! `.ci/run` installs nginx and sets `PARITE_REQUIRE_DEPLOY_TOOLS=1`: there a missing nginx or
//! openssl fails the tests; elsewhere they say they skipped. PostgreSQL as every reliability
//! test gets it (`PARITE_TEST_POSTGRES_URL`, `PARITE_REQUIRE_POSTGRES=1`).

mod bench;
mod https;
mod nginx;
mod rolling;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use reqwest::Client;

use crate::support::{Database, Server, free_port, seed};
use nginx::{Certificates, Nginx};

/// The `parite` binary the upstreams run: this build's, or another one named by
/// `PARITE_SERVE_BIN` (the benchmark runs the release build).
fn binary() -> PathBuf {
    std::env::var_os("PARITE_SERVE_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_parite")),
        PathBuf::from,
    )
}

/// Whether nginx and openssl are here; when one is missing the test skips, saying so, unless
/// `PARITE_REQUIRE_DEPLOY_TOOLS=1` demands them.
fn deploy_tools(test: &str) -> bool {
    for name in ["nginx", "openssl"] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
            .is_ok_and(|out| out.status.success());
        if !found {
            assert!(
                std::env::var("PARITE_REQUIRE_DEPLOY_TOOLS").as_deref() != Ok("1"),
                "PARITE_REQUIRE_DEPLOY_TOOLS=1 but {name} is not installed"
            );
            eprintln!("{test}: skipped ({name} is not installed here)");
            return false;
        }
    }
    true
}

/// One of nginx's two upstreams: a port of its own that a restarted server listens on again,
/// and its metrics on loopback, where the test reads how many requests it served.
pub struct Upstream {
    pub name: &'static str,
    pub port: u16,
    pub metrics: String,
    pub server: Option<Server>,
    starts: u32,
}

impl Upstream {
    fn new(name: &'static str) -> Upstream {
        Upstream {
            name,
            port: free_port(),
            metrics: format!("127.0.0.1:{}", free_port()),
            server: None,
            starts: 0,
        }
    }

    /// `parite serve --trust-proxy --public-url …` on this upstream's port, as the systemd unit
    /// runs it (`Secure` cookies), waited for until `/readyz` answers 200.
    async fn start(&mut self, url: &str, logs: &Path, public_url: &str) {
        let flags = [
            "--trust-proxy",
            "--public-url",
            public_url,
            "--metrics-addr",
            &self.metrics,
        ];
        let mut server = Server::spawn(&binary(), url, logs, self.port, self.starts, &flags);
        self.starts += 1;
        assert!(
            server.wait_healthy().await,
            "{} did not start:\n{}",
            self.name,
            server.log()
        );
        let ready = reqwest::get(format!("{}/readyz", server.base))
            .await
            .map(|r| r.status().as_u16());
        assert_eq!(ready.ok(), Some(200), "{}: {}", self.name, server.log());
        self.server = Some(server);
    }

    /// SIGTERM, as systemd stops it; asserts it drained and exited 0, and returns how long that
    /// took.
    fn terminate(&mut self) -> Duration {
        let mut server = self.server.take().expect("a running server");
        let started = Instant::now();
        // The polling wait is blocking: off the runtime's worker, which respondents need.
        let status = tokio::task::block_in_place(|| server.terminate(Duration::from_secs(60)));
        let took = started.elapsed();
        assert_eq!(
            status.and_then(|s| s.code()),
            Some(0),
            "{} must drain and exit 0 on SIGTERM:\n{}",
            self.name,
            server.log()
        );
        server.assert_no_panic();
        took
    }

    /// Survey requests (`/{lang}/s/{code}…`) this server process answered, from its metrics.
    pub async fn survey_requests(&self) -> u64 {
        let Ok(scrape) = reqwest::get(format!("http://{}/metrics", self.metrics)).await else {
            return 0;
        };
        let text = scrape.text().await.unwrap_or_default();
        text.lines()
            .filter(|l| l.starts_with("parite_http_requests_total{") && l.contains("/s/{code}"))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            // Counters of whole requests: the sum is a whole number.
            .map(|v| v as u64)
            .sum()
    }

    /// Waits until nginx sends this (restarted) server requests again: after a failure nginx
    /// leaves an upstream alone for `fail_timeout`, and restarting the other one before then
    /// would leave it none. A rolling restart waits for this, not for a fixed time.
    async fn wait_taking_requests(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.survey_requests().await == 0 {
            assert!(
                Instant::now() < deadline,
                "nginx sent {} no request within a minute of its restart",
                self.name
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// nginx on its own ports in front of two servers on one fresh PostgreSQL database, with an open
/// wave and an administrator.
pub struct Topology {
    pub a: Upstream,
    pub b: Upstream,
    pub nginx: Nginx,
    /// `https://localhost:<port>`: the address people use, as `--public-url` names it.
    pub base: String,
    pub code: String,
    certificates: Certificates,
    // Last: the servers and nginx stop before the database is dropped.
    pub db: Database,
}

impl Topology {
    /// `None` (said so) when nginx, openssl or PostgreSQL is not available and not required.
    pub async fn start(test: &str) -> Option<Topology> {
        if !deploy_tools(test) {
            return None;
        }
        let db = Database::postgres(test).await?;
        let code = seed(&db);
        let certificates = Certificates::make(&db.dir.path().join("tls"));
        let (mut a, mut b) = (Upstream::new("server A"), Upstream::new("server B"));
        let nginx = Nginx::start(
            &db.dir.path().join("nginx"),
            [a.port, b.port],
            &certificates,
        );
        let base = format!("https://localhost:{}", nginx.https_port);
        a.start(&db.url, db.dir.path(), &base).await;
        b.start(&db.url, db.dir.path(), &base).await;
        Some(Topology {
            a,
            b,
            nginx,
            base,
            code,
            certificates,
            db,
        })
    }

    /// A browser that trusts the test's CA only, reaches `localhost` at nginx, keeps cookies
    /// and follows no redirect (each step's answer is judged).
    pub fn browser(&self) -> Client {
        let ca = std::fs::read(&self.certificates.ca).expect("read the CA");
        let ca = reqwest::Certificate::from_pem(&ca).expect("the CA certificate");
        Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .tls_certs_only([ca])
            .resolve(
                "localhost",
                SocketAddr::from(([127, 0, 0, 1], self.nginx.https_port)),
            )
            .build()
            .expect("https client")
    }

    /// SIGTERM to both servers (each must exit 0), then what went wrong in either, to show.
    pub fn stop(mut self) {
        for upstream in [&mut self.a, &mut self.b] {
            if upstream.server.is_some() {
                upstream.terminate();
            }
        }
    }

    /// The servers' warnings and nginx's error log, to explain a failure.
    pub fn problems(&self) -> String {
        let servers: Vec<String> = [&self.a, &self.b]
            .iter()
            .filter_map(|u| Some(format!("{}: {}", u.name, u.server.as_ref()?.problems())))
            .collect();
        // Requests nginx passed to more than one upstream (`a, b`) or answered with an error.
        let access = self.nginx.access_log();
        let retried: Vec<&str> = access
            .lines()
            .filter(|l| l.contains(", ") || l.split(' ').nth(1).is_some_and(|s| s >= "500"))
            .take(20)
            .collect();
        format!(
            "{}\nnginx: {}\nnginx retried or failed: {}",
            servers.join("\n"),
            self.nginx.error_log_tail(),
            retried.join("\n")
        )
    }
}
