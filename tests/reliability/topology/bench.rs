//! The benchmark of the production topology (ignored by default; `scripts/bench.sh topology`
//! runs it with the release binary): the rolling restart with more respondents and shorter
//! pauses, then the drain time of one server with 64 clients' requests in flight. It prints its
//! figures; like the test, it fails on a lost or doubled response, never on a time.

use std::time::{Duration, Instant};

use super::rolling::{RestartPlan, rolling_restart};
use super::{Topology, binary};
use crate::load::{Load, LoadPlan};
use crate::stored::Stored;
use crate::support::{Server, free_port};
use crate::survey::Tally;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

const DRAIN_CLIENTS: usize = 64;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark: scripts/bench.sh topology"]
async fn topology_benchmark() {
    let Some(mut topology) = Topology::start("topology_benchmark").await else {
        return;
    };
    let plan = RestartPlan {
        respondents: setting("PARITE_TOPOLOGY_RESPONDENTS", 64),
        pause: Duration::from_millis(setting("PARITE_TOPOLOGY_PAUSE_MS", 20)),
    };
    eprintln!("topology bench: server binary {}", binary().display());
    let report = rolling_restart(&mut topology, &plan).await;
    eprintln!(
        "topology bench: rolling restart, {} ms pauses: {}",
        plan.pause.as_millis(),
        report.summary()
    );
    assert_eq!(report.lost, 0, "{}", report.summary());
    assert_eq!(report.stored_twice, 0, "{}", report.summary());
    assert_eq!(report.stored, report.respondents, "{}", report.summary());

    // One more server on the same database, straight (no nginx: its drain alone is timed),
    // under 64 clients answering without pauses; SIGTERM once they are all busy.
    let logs = topology.db.dir.path().to_owned();
    let flags = ["--insecure-cookies"];
    let mut server = Server::spawn(&binary(), &topology.db.url, &logs, free_port(), 9, &flags);
    assert!(server.wait_healthy().await, "{}", server.log());
    let load = Load::start(LoadPlan {
        bases: vec![server.base.clone()],
        code: topology.code.clone(),
        run: "drain".to_owned(),
        total: u64::MAX,
        clients: DRAIN_CLIENTS,
        readers: 0,
    })
    .await;
    let deadline = Instant::now() + Duration::from_secs(120);
    while Tally::get(&load.tally.acknowledged) < DRAIN_CLIENTS as u64 {
        assert!(Instant::now() < deadline, "{}", load.tally.summary());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    load.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let signalled = Instant::now();
    let status = tokio::task::block_in_place(|| server.terminate(Duration::from_secs(60)));
    let drain = signalled.elapsed();
    assert_eq!(status.and_then(|s| s.code()), Some(0), "{}", server.log());
    let tally = load.finish().await;
    let acknowledged = tally.acknowledged_markers.lock().expect("lock").clone();
    let stored = Stored::read(&topology.db.url).await;
    let lost = acknowledged.difference(&stored.markers()).count();
    eprintln!(
        "topology bench: drain with {DRAIN_CLIENTS} clients in flight: SIGTERM to exit {:.0} ms; \
         {} acknowledged, {lost} of them lost, {} stored twice; {}",
        drain.as_secs_f64() * 1e3,
        acknowledged.len(),
        stored.duplicated_markers().len(),
        tally.summary()
    );
    assert_eq!(lost, 0);
    assert!(stored.duplicated_markers().is_empty());
    topology.stop();
}
