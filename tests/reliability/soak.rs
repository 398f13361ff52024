//! Load without loss: respondents from 64 concurrent clients while administrators read reports
//! and exports; afterwards the database holds exactly the acknowledged responses, each whole,
//! and no request got a 5xx.

use std::time::Instant;

use crate::load::{Load, LoadPlan};
use crate::stored::Stored;
use crate::support::{Database, Server, seed};
use crate::survey::Tally;

const CLIENTS: usize = 64;
/// The size run by default: enough to keep 64 clients busy for a while, small enough for CI.
const CI_RESPONSES: u64 = 300;
const FULL_RESPONSES: u64 = 50_000;

/// `PARITE_SOAK_RESPONSES` sets another size for the full soak (a quicker look, a longer run).
fn full_responses() -> u64 {
    std::env::var("PARITE_SOAK_RESPONSES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(FULL_RESPONSES)
}

async fn soak(db: Database, responses: u64) {
    let started = Instant::now();
    let code = seed(&db);
    let server = Server::start(&db.url, db.dir.path()).await;
    let load = Load::start(LoadPlan {
        bases: vec![server.base.clone()],
        code,
        run: "soak".to_owned(),
        total: responses,
        clients: CLIENTS,
        readers: 1,
    })
    .await;
    let tally = load.finish().await;
    let elapsed = started.elapsed();
    let problems = server.problems();
    server.stop();
    let stored = Stored::read(&db.url).await;
    let summary = format!(
        "soak on {}: {responses} respondents, {}; stored submitted {}, drafts {}; {:.1} s\n{problems}",
        db.label(),
        tally.summary(),
        stored.submitted,
        stored.drafts,
        elapsed.as_secs_f64()
    );
    eprintln!("{summary}");
    // Loss first: whatever else went wrong, exactly the acknowledged responses are stored, whole.
    let acknowledged = tally.acknowledged_markers.lock().expect("lock").clone();
    assert_eq!(stored.submitted, acknowledged.len() as u64, "{summary}");
    assert_eq!(stored.markers(), acknowledged, "{summary}");
    stored.assert_complete();
    eprintln!(
        "soak on {}: every acknowledged response stored, whole",
        db.label()
    );
    assert_eq!(Tally::get(&tally.server_errors), 0, "{summary}");
    assert_eq!(Tally::get(&tally.other_failures), 0, "{summary}");
    assert_eq!(Tally::get(&tally.no_answer), 0, "{summary}");
    assert_eq!(Tally::get(&tally.acknowledged), responses, "{summary}");
    assert_eq!(stored.drafts, 0, "every started response was submitted");
    assert!(
        Tally::get(&tally.reads) > 0,
        "reports were read during the load"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_sqlite() {
    soak(Database::sqlite(), CI_RESPONSES).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_postgres() {
    if let Some(db) = Database::postgres("soak_postgres").await {
        soak(db, CI_RESPONSES).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the full soak: 50,000 responses (run with --ignored)"]
async fn full_soak_sqlite() {
    soak(Database::sqlite(), full_responses()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the full soak: 50,000 responses (run with --ignored)"]
async fn full_soak_postgres() {
    if let Some(db) = Database::postgres("full_soak_postgres").await {
        soak(db, full_responses()).await;
    }
}
