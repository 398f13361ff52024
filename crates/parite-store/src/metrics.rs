//! What the store counts for an operator's dashboard: submissions accepted, and on SQLite the
//! group-commit writer's batches (how many writes each commit carried, how long the commit
//! took). The web app registers these with its own figures and serves them on
//! `--metrics-addr`; counting costs an atomic add, so it runs whether or not anyone scrapes.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};

/// Shared by every clone of the store (each field is a handle on the same figures).
#[derive(Debug, Clone)]
pub struct StoreMetrics {
    /// Responses moved from draft to submitted (a resent submit is not counted again).
    pub submissions_accepted: Counter,
    /// Writes in each group commit (SQLite): 1 when idle, up to the writer's batch bound.
    pub writer_batch_size: Histogram,
    /// Seconds each group commit took, fsync included (SQLite).
    pub writer_commit_seconds: Histogram,
}

impl Default for StoreMetrics {
    fn default() -> Self {
        StoreMetrics {
            submissions_accepted: Counter::default(),
            // 1, 2, 4 … 256: the writer's batch bound is within.
            writer_batch_size: Histogram::new(exponential_buckets(1.0, 2.0, 9)),
            // 0.5 ms … about 4 s: an fsync is ~2 ms here, a stalled disk seconds.
            writer_commit_seconds: Histogram::new(exponential_buckets(0.0005, 2.0, 14)),
        }
    }
}
