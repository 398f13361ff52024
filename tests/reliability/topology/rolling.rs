//! A rolling restart behind nginx while respondents answer: SIGTERM server A, wait for it to
//! exit 0, start it again on its port, wait until it is ready and nginx sends it requests again;
//! then the same for B. Every respondent reaches the thank-you page, and the database holds
//! each acknowledged response exactly once.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::{Client, StatusCode};
use tokio::task::JoinSet;

use super::Topology;
use crate::stored::Stored;
use crate::survey::{Browser, NoAnswer, Page, Tally, get, post, respond_with};

/// Where the restart is; respondents read it to know when to submit, and to time the requests
/// sent while a server is down.
const RESTARTING_A: u8 = 1;
const BETWEEN: u8 = 2;
const RESTARTING_B: u8 = 3;
const AFTER: u8 = 4;

/// How often a person presses again after an error page or no answer, and how long they take.
const PRESSES: u32 = 10;
const PRESS_AGAIN_AFTER: Duration = Duration::from_millis(250);

/// What the respondents share with the restart.
#[derive(Default)]
struct Shared {
    /// 0 until the first SIGTERM, then one of the constants above.
    phase: AtomicU8,
    requests: AtomicU64,
    /// Requests sent again after nginx answered with an error page or nothing answered.
    pressed_again: AtomicU64,
    /// Requests whose sending overlapped a server's restart, and the slowest of them.
    during_restart: AtomicU64,
    slowest_during_restart_us: AtomicU64,
    slowest_us: AtomicU64,
}

/// A respondent's browser behind nginx: it pauses before each step like a person reading,
/// presses again when it gets a gateway error or no answer at all (as a person would; a
/// submit sent twice is answered from the draft's key, never stored twice), and waits on the
/// review page until the restart reaches `submit_in`, reading the page again meanwhile.
struct Patient {
    client: Client,
    pause: Duration,
    submit_in: u8,
    shared: Arc<Shared>,
}

fn is_restarting(phase: u8) -> bool {
    (RESTARTING_A..=RESTARTING_B).contains(&phase)
}

impl Patient {
    async fn send<F, Fut>(&self, request: F) -> Result<Page, NoAnswer>
    where
        F: Fn() -> Fut + Send + Sync,
        Fut: Future<Output = Result<Page, NoAnswer>> + Send,
    {
        tokio::time::sleep(self.pause).await;
        let mut presses = 0;
        loop {
            let phase = self.shared.phase.load(Ordering::SeqCst);
            let started = Instant::now();
            let result = request().await;
            let took = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
            self.shared.requests.fetch_add(1, Ordering::SeqCst);
            self.shared.slowest_us.fetch_max(took, Ordering::SeqCst);
            if is_restarting(phase) || is_restarting(self.shared.phase.load(Ordering::SeqCst)) {
                self.shared.during_restart.fetch_add(1, Ordering::SeqCst);
                self.shared
                    .slowest_during_restart_us
                    .fetch_max(took, Ordering::SeqCst);
            }
            let again = match &result {
                Ok(page) => matches!(
                    page.status,
                    StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                ),
                Err(NoAnswer) => true,
            };
            if !again || presses == PRESSES {
                return result;
            }
            presses += 1;
            self.shared.pressed_again.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(PRESS_AGAIN_AFTER).await;
        }
    }
}

impl Browser for Patient {
    fn client(&self) -> &Client {
        &self.client
    }

    async fn get(&self, base: &str, path: &str) -> Result<Page, NoAnswer> {
        self.send(|| get(&self.client, base, path)).await
    }

    async fn post(
        &self,
        base: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<Page, NoAnswer> {
        self.send(|| post(&self.client, base, path, fields)).await
    }

    async fn before_submit(&self, base: &str, review: &str) {
        while self.shared.phase.load(Ordering::SeqCst) < self.submit_in {
            // What the page says does not matter here: the submit afterwards is judged.
            let _ = self.get(base, review).await;
        }
    }
}

pub struct RestartPlan {
    pub respondents: u64,
    /// Before each request.
    pub pause: Duration,
}

/// What a rolling restart under respondents came to.
pub struct RestartReport {
    pub respondents: u64,
    pub acknowledged: u64,
    pub stored: u64,
    /// Acknowledged, not in the database.
    pub lost: u64,
    /// Markers found in more than one submitted response.
    pub stored_twice: u64,
    pub requests: u64,
    pub pressed_again: u64,
    pub during_restart: u64,
    pub slowest_during_restart: Duration,
    pub slowest: Duration,
    /// SIGTERM to exit, for A then B.
    pub drains: [Duration; 2],
    /// Survey requests the restarted A and B served before the end.
    pub served_after_restart: [u64; 2],
    pub took: Duration,
    pub tally: String,
}

impl RestartReport {
    pub fn summary(&self) -> String {
        format!(
            "{} respondents: {} acknowledged, {} stored, {} lost, {} stored twice; {} requests, \
             {} pressed again, {} during the restart (slowest {:.1} ms; slowest overall {:.1} ms); \
             drain A {:.0} ms, B {:.0} ms; after the restart A served {}, B {}; {:.1} s\n{}",
            self.respondents,
            self.acknowledged,
            self.stored,
            self.lost,
            self.stored_twice,
            self.requests,
            self.pressed_again,
            self.during_restart,
            self.slowest_during_restart.as_secs_f64() * 1e3,
            self.slowest.as_secs_f64() * 1e3,
            self.drains[0].as_secs_f64() * 1e3,
            self.drains[1].as_secs_f64() * 1e3,
            self.served_after_restart[0],
            self.served_after_restart[1],
            self.took.as_secs_f64(),
            self.tally,
        )
    }
}

/// Respondents answer through nginx while A, then B, is restarted. A third of them submit while
/// A restarts, a third while B does, the rest afterwards; all of them read the review page
/// again while they wait, so requests keep arriving throughout.
pub async fn rolling_restart(topology: &mut Topology, plan: &RestartPlan) -> RestartReport {
    let started = Instant::now();
    let shared = Arc::new(Shared::default());
    let tally = Arc::new(Tally::default());
    let mut respondents = JoinSet::new();
    for n in 0..plan.respondents {
        let browser = Patient {
            client: topology.browser(),
            // 1 to 1.8 pauses: respondents drift apart instead of moving in step.
            pause: plan.pause + plan.pause * u32::try_from(n % 5).unwrap_or(0) / 5,
            submit_in: [RESTARTING_A, RESTARTING_B, AFTER][usize::try_from(n % 3).unwrap_or(0)],
            shared: shared.clone(),
        };
        let (bases, code, tally) = (
            vec![topology.base.clone()],
            topology.code.clone(),
            tally.clone(),
        );
        respondents.spawn(async move {
            let marker = format!("relance-{n}");
            let outcome = respond_with(&browser, &bases, &code, &marker, &tally).await;
            tally.record(&marker, &outcome);
        });
    }
    // Every respondent under way (two requests each on average) before the first SIGTERM.
    let deadline = Instant::now() + Duration::from_secs(120);
    while shared.requests.load(Ordering::SeqCst) < plan.respondents * 2 {
        assert!(Instant::now() < deadline, "respondents did not get going");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let mut drains = [Duration::ZERO; 2];
    let (url, logs, base) = (
        topology.db.url.clone(),
        topology.db.dir.path().to_owned(),
        topology.base.clone(),
    );
    for (i, (restarting, then, upstream)) in [
        (RESTARTING_A, BETWEEN, &mut topology.a),
        (RESTARTING_B, AFTER, &mut topology.b),
    ]
    .into_iter()
    .enumerate()
    {
        shared.phase.store(restarting, Ordering::SeqCst);
        drains[i] = upstream.terminate();
        upstream.start(&url, &logs, &base).await;
        upstream.wait_taking_requests().await;
        shared.phase.store(then, Ordering::SeqCst);
    }
    assert_eq!(shared.phase.load(Ordering::SeqCst), AFTER);
    while let Some(joined) = respondents.join_next().await {
        joined.expect("a respondent task failed");
    }
    let served_after_restart = [
        topology.a.survey_requests().await,
        topology.b.survey_requests().await,
    ];
    let acknowledged = tally.acknowledged_markers.lock().expect("lock").clone();
    let stored = Stored::read(&topology.db.url).await;
    stored.assert_complete();
    let markers = stored.markers();
    let micros = |counter: &AtomicU64| Duration::from_micros(counter.load(Ordering::SeqCst));
    RestartReport {
        respondents: plan.respondents,
        acknowledged: acknowledged.len() as u64,
        stored: stored.submitted,
        lost: acknowledged.difference(&markers).count() as u64,
        stored_twice: stored.duplicated_markers().len() as u64,
        requests: shared.requests.load(Ordering::SeqCst),
        pressed_again: shared.pressed_again.load(Ordering::SeqCst),
        during_restart: shared.during_restart.load(Ordering::SeqCst),
        slowest_during_restart: micros(&shared.slowest_during_restart_us),
        slowest: micros(&shared.slowest_us),
        drains,
        served_after_restart,
        took: started.elapsed(),
        tally: tally.summary(),
    }
}

const RESPONDENTS: u64 = 32;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rolling_restart_behind_nginx_loses_no_respondent_and_stores_none_twice() {
    let Some(mut topology) = Topology::start("topology_rolling_restart").await else {
        return;
    };
    let plan = RestartPlan {
        respondents: RESPONDENTS,
        pause: Duration::from_millis(100),
    };
    let report = rolling_restart(&mut topology, &plan).await;
    let summary = format!("{}\n{}", report.summary(), topology.problems());
    eprintln!("topology: rolling restart: {summary}");
    assert_eq!(report.acknowledged, RESPONDENTS, "{summary}");
    assert_eq!(report.lost, 0, "{summary}");
    assert_eq!(report.stored_twice, 0, "{summary}");
    assert_eq!(report.stored, RESPONDENTS, "{summary}");
    // Requests kept coming while each server was away, and both restarted servers took some.
    assert!(report.during_restart > 0, "{summary}");
    assert!(
        report.served_after_restart.iter().all(|&n| n > 0),
        "{summary}"
    );
    topology.stop();
}
