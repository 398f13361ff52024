//! `serve --metrics-addr`: after a whole journey (a response submitted, a failed and a good
//! sign-in, reports read) the scrape counts what happened, labelled by route templates, and no
//! label holds an invitation code, an organization's slug or an e-mail.

use std::process::Command;

use crate::support::{ADMIN, Database, ORG, Server, free_port, seed};
use crate::survey::{Outcome, Tally, client, get, post, report_paths, respond, sign_in};

/// The value of the first sample line that starts with `series` (name and labels).
fn sample(scrape: &str, series: &str) -> Option<f64> {
    scrape
        .lines()
        .find(|line| line.starts_with(series))
        .and_then(|line| line.rsplit(' ').next())
        .and_then(|value| value.parse().ok())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scrape_after_a_journey_counts_it_by_route_template_and_names_nobody() {
    let db = Database::sqlite();
    let code = seed(&db);
    let metrics = format!("127.0.0.1:{}", free_port());
    let server = Server::start_with(&db.url, db.dir.path(), &["--metrics-addr", &metrics]).await;
    let tally = Tally::default();
    let bases = [server.base.clone()];
    assert!(matches!(
        respond(&bases, &code, "métriques", &tally).await,
        Outcome::Acknowledged
    ));
    let guesser = client();
    let form = get(&guesser, &server.base, "/en/login")
        .await
        .expect("login");
    let token = form.csrf().expect("CSRF token");
    let wrong = [
        ("_csrf", token.as_str()),
        ("email", ADMIN),
        ("password", "pas le bon 1"),
    ];
    post(&guesser, &server.base, "/en/login", &wrong)
        .await
        .expect("sign-in");
    let admin = sign_in(&server.base).await;
    for path in report_paths() {
        get(&admin, &server.base, &path).await.expect("read");
    }
    get(&admin, &server.base, "/en/no-such-page")
        .await
        .expect("404");

    let scrape = reqwest::get(format!("http://{metrics}/metrics"))
        .await
        .expect("scrape")
        .text()
        .await
        .expect("text");
    let counted = |series: &str| {
        sample(&scrape, series).unwrap_or_else(|| panic!("no {series} in:\n{scrape}"))
    };
    assert_eq!(counted("parite_submissions_accepted_total"), 1.0);
    assert_eq!(counted("parite_sign_in_failures_total"), 1.0);
    assert_eq!(counted("parite_sign_in_throttled_total"), 0.0);
    assert_eq!(counted("parite_draining"), 0.0);
    // Nine sections, each shown then sent.
    assert!(
        counted(
            r#"parite_http_requests_total{route="/en/s/{code}/{section}",method="GET",status="2xx"}"#
        ) >= 9.0
    );
    assert!(
        counted(r#"parite_http_requests_total{route="unmatched",method="GET",status="4xx"}"#)
            >= 1.0
    );
    assert!(counted("parite_writer_batch_size_count") >= 1.0);
    assert!(counted("parite_writer_commit_seconds_count") >= 1.0);
    assert!(
        scrape.contains("parite_http_request_duration_seconds_bucket{"),
        "{scrape}"
    );
    assert!(
        scrape.contains("parite_database_connections_in_use"),
        "{scrape}"
    );
    for (what, secret) in [
        ("invitation code", code.as_str()),
        ("slug", ORG),
        ("e-mail", ADMIN),
    ] {
        assert!(
            !scrape.contains(secret),
            "the scrape holds the {what}:\n{scrape}"
        );
    }
    server.stop();
}

#[test]
fn a_malformed_metrics_address_is_refused_in_the_readers_language() {
    let db = Database::sqlite();
    for (locale, expected) in [
        ("en-CA", "is not an address to serve metrics on"),
        ("fr-CA", "n’est pas une adresse où servir les métriques"),
    ] {
        let refused = Command::new(env!("CARGO_BIN_EXE_parite"))
            .args([
                "serve",
                "--database",
                &db.url,
                "--metrics-addr",
                "localhost:metrics",
            ])
            .env("PARITE_DEFAULT_LOCALE", locale)
            .output()
            .expect("run parite");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert_eq!(refused.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(expected) && stderr.contains("localhost:metrics"),
            "{stderr}"
        );
    }
}
