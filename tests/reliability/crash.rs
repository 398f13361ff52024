//! Crash without loss: `kill -9` of the server in the middle of the load, at several points;
//! after each restart on the same database every acknowledged response is there and
//! submitted, none holds a partial set of answers, and the server starts cleanly. Every submit
//! the kill left unanswered is then sent again, as its browser would, to the restarted server:
//! each leads to the thank-you page and no response is stored twice.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use crate::load::{Load, LoadPlan};
use crate::stored::Stored;
use crate::support::{Database, Server, seed};
use crate::survey::{Outcome, Tally, respond};

const CLIENTS: usize = 64;
/// Acknowledged responses of a run before its kill; each run starts on the database the previous
/// kill left.
const CRASH_POINTS: [u64; 2] = [50, 150];

async fn crash(db: Database) {
    let code = seed(&db);
    let mut server = Server::start(&db.url, db.dir.path()).await;
    let mut acknowledged = BTreeSet::new();
    let mut submits_sent = 0;
    let mut record = Vec::new();
    for (run, point) in CRASH_POINTS.into_iter().enumerate() {
        let load = Load::start(LoadPlan {
            bases: vec![server.base.clone()],
            code: code.clone(),
            run: format!("crash{run}"),
            // More than can be acknowledged before the kill: the load is cut, never finished.
            total: point * 10,
            clients: CLIENTS,
            readers: 1,
        })
        .await;
        let deadline = Instant::now() + Duration::from_secs(120);
        while Tally::get(&load.tally.acknowledged) < point {
            assert!(Instant::now() < deadline, "{}", load.tally.summary());
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        server.kill();
        load.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let tally = load.finish().await;
        server.assert_no_panic();
        assert_eq!(Tally::get(&tally.server_errors), 0, "{}", tally.summary());
        acknowledged.extend(tally.acknowledged_markers.lock().expect("lock").clone());
        submits_sent += Tally::get(&tally.submits_sent);

        server = Server::start(&db.url, db.dir.path()).await;
        let unanswered = std::mem::take(&mut *tally.unanswered_submits.lock().expect("lock"));
        for submit in &unanswered {
            assert!(
                submit.resend(&server.base, &code).await,
                "{}: the resent submit did not lead to the thank-you page",
                submit.marker
            );
            acknowledged.insert(submit.marker.clone());
            submits_sent += 1;
        }
        let stored = Stored::read(&db.url).await;
        let twice = stored.duplicated_markers();
        assert!(twice.is_empty(), "stored more than once: {twice:?}");
        let markers = stored.markers();
        let lost: Vec<_> = acknowledged.difference(&markers).collect();
        assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
        stored.assert_complete();
        // Submitted but unacknowledged is possible (killed before the answer left); stored
        // without ever being sent is not.
        assert!(stored.submitted <= submits_sent);
        record.push(format!(
            "kill after {} acknowledged (run {run}): {} unanswered submits resent, acknowledged \
             so far {}, submits sent {}, stored submitted {}, drafts left {}",
            Tally::get(&tally.acknowledged),
            unanswered.len(),
            acknowledged.len(),
            submits_sent,
            stored.submitted,
            stored.drafts,
        ));
    }
    // The restarted server takes new responses.
    let outcome = respond(
        std::slice::from_ref(&server.base),
        &code,
        "after-crash",
        &Tally::default(),
    )
    .await;
    assert!(matches!(outcome, Outcome::Acknowledged), "{outcome:?}");
    server.stop();
    let stored = Stored::read(&db.url).await;
    assert!(stored.markers().contains("after-crash"));
    stored.assert_complete();
    eprintln!("crash on {}:\n  {}", db.label(), record.join("\n  "));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_sqlite() {
    crash(Database::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_postgres() {
    if let Some(db) = Database::postgres("crash_postgres").await {
        crash(db).await;
    }
}
