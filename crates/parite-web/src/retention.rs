//! Retention, as `parite purge drafts` and the server's daily housekeeping apply it: drafts
//! never submitted go some days after their last save (`--purge-drafts-after`, 90 by default,
//! 0 never), and expired sessions go. Several servers on one database may each run it: the
//! deletes are idempotent.

use std::time::Duration;

use parite_store::{Store, StoreError, Timestamp};

const DAY_SECONDS: i64 = 24 * 3600;

/// Deletes the drafts last saved more than `days` days ago; how many.
pub async fn purge_drafts(store: &Store, days: u32) -> Result<u64, StoreError> {
    let cutoff = Timestamp::now().unix() - i64::from(days) * DAY_SECONDS;
    store.purge_drafts(Timestamp::from_unix(cutoff)).await
}

/// Runs the housekeeping once now, then every day, until the process ends. `draft_days == 0`
/// keeps drafts; expired sessions are deleted whatever it is.
pub async fn run_daily(store: Store, draft_days: u32) {
    let mut every_day = tokio::time::interval(Duration::from_secs(24 * 3600));
    loop {
        every_day.tick().await;
        if draft_days > 0 {
            match purge_drafts(&store, draft_days).await {
                Ok(count) => tracing::info!(count, days = draft_days, "old drafts deleted"),
                Err(error) => tracing::warn!(%error, "cannot delete old drafts"),
            }
        }
        match store.purge_expired_sessions(Timestamp::now()).await {
            Ok(count) => tracing::info!(count, "expired sessions deleted"),
            Err(error) => tracing::warn!(%error, "cannot delete expired sessions"),
        }
    }
}
