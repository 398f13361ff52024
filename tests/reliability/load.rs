//! Many respondents at once, and readers of reports beside them.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::task::JoinSet;

use crate::survey::{Tally, read_reports, respond, sign_in};

/// Respondents are numbered; each one's marker is its number with this prefix.
pub fn marker(run: &str, n: u64) -> String {
    format!("{run}-{n}")
}

/// A load under way: `clients` tasks take respondent numbers until `total` is reached or `stop`
/// is set, and `readers` signed-in administrators read reports until the respondents are done.
pub struct Load {
    pub tally: Arc<Tally>,
    pub stop: Arc<AtomicBool>,
    respondents: JoinSet<()>,
    readers: JoinSet<()>,
    readers_stop: Arc<AtomicBool>,
}

pub struct LoadPlan {
    pub bases: Vec<String>,
    pub code: String,
    /// Prefix of the respondents' markers, distinct per run on one database.
    pub run: String,
    pub total: u64,
    pub clients: usize,
    pub readers: usize,
}

impl Load {
    pub async fn start(plan: LoadPlan) -> Load {
        let tally = Arc::new(Tally::default());
        let stop = Arc::new(AtomicBool::new(false));
        let readers_stop = Arc::new(AtomicBool::new(false));
        let next = Arc::new(AtomicU64::new(0));
        let bases = Arc::new(plan.bases);
        let mut readers = JoinSet::new();
        for i in 0..plan.readers {
            let base = bases[i % bases.len()].clone();
            let client = sign_in(&base).await;
            readers.spawn(read_reports(
                client,
                base,
                tally.clone(),
                readers_stop.clone(),
            ));
        }
        let mut respondents = JoinSet::new();
        for _ in 0..plan.clients {
            let (tally, stop, next, bases) =
                (tally.clone(), stop.clone(), next.clone(), bases.clone());
            let (code, run, total) = (plan.code.clone(), plan.run.clone(), plan.total);
            respondents.spawn(async move {
                while !stop.load(Ordering::SeqCst) {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    if n >= total {
                        break;
                    }
                    let marker = marker(&run, n);
                    let outcome = respond(&bases, &code, &marker, &tally).await;
                    tally.record(&marker, &outcome);
                }
            });
        }
        Load {
            tally,
            stop,
            respondents,
            readers,
            readers_stop,
        }
    }

    /// Waits for the respondents, then stops the readers.
    pub async fn finish(mut self) -> Arc<Tally> {
        while let Some(joined) = self.respondents.join_next().await {
            joined.expect("a respondent task failed");
        }
        self.readers_stop.store(true, Ordering::SeqCst);
        while let Some(joined) = self.readers.join_next().await {
            joined.expect("a reader task failed");
        }
        self.tally
    }
}
