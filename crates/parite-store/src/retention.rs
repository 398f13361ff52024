//! What is deleted because it is kept too long: drafts never submitted, and sessions past their
//! expiry. The agreements these organizations sign, and the privacy laws they answer to
//! (Ontario's PHIPA, Québec's Law 25), expect data kept no longer than needed. A draft is
//! answers a person chose not to send (or has not sent yet): after its last save plus the
//! retention period it goes, with its answers (the foreign key cascades).

use crate::{Store, StoreError, Timestamp};

impl Store {
    /// Deletes the drafts last saved before `cutoff`, answers included; how many. Submitted
    /// responses are never touched.
    pub async fn purge_drafts(&self, cutoff: Timestamp) -> Result<u64, StoreError> {
        self.write(move |c| {
            Box::pin(async move {
                let done =
                    sqlx::query("DELETE FROM responses WHERE status = 'draft' AND updated_at < $1")
                        .bind(cutoff.unix())
                        .execute(&mut *c)
                        .await?;
                Ok(done.rows_affected())
            })
        })
        .await
    }
}
