//! Submitting a response: all its answers and its final status in one transaction.

use crate::answers::replace_answers;
use crate::catalog::InstrumentRef;
use crate::responses::{Answer, status_and_instrument};
use crate::row::{small, text};
use crate::{ResponseId, Store, StoreError, Timestamp};

/// A response's final content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Submission {
    /// The respondent's role group, if asked.
    pub respondent_role: Option<String>,
    /// Every answer; replaces the draft's.
    pub answers: Vec<Answer>,
}

/// What became of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum SubmitOutcome {
    /// Stored: the response is now final.
    Submitted,
    /// It had been submitted before; nothing changed (a double click, a resent form).
    AlreadySubmitted,
}

impl Store {
    /// Submits a response with all its answers, atomically. A second submission changes nothing
    /// and answers `Ok(AlreadySubmitted)`; an item outside the response's instrument version
    /// answers `UnknownItem` and stores nothing.
    ///
    /// On SQLite this joins the group commit: it returns once the batch holding it is durable.
    pub async fn submit_response(
        &self,
        id: &ResponseId,
        submission: Submission,
    ) -> Result<SubmitOutcome, StoreError> {
        let catalog = self.catalog();
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                // Touching the draft takes its row lock on PostgreSQL, so a concurrent
                // submission of the same response waits here, then finds it submitted; and it
                // reads the instrument version in the same round trip.
                let draft = sqlx::query(
                    "UPDATE responses SET updated_at = $2 WHERE id = $1 AND status = 'draft' \
                     RETURNING \
                     (SELECT instrument_id FROM waves WHERE waves.id = responses.wave_id) \
                       AS instrument_id, \
                     (SELECT instrument_version FROM waves WHERE waves.id = responses.wave_id) \
                       AS instrument_version",
                )
                .bind(id.as_str())
                .bind(now)
                .fetch_optional(&mut *c)
                .await?;
                let Some(draft) = draft else {
                    // Not a draft: submitted before, or no such response (NotFound).
                    status_and_instrument(c, &id).await?;
                    return Ok(SubmitOutcome::AlreadySubmitted);
                };
                let instrument = InstrumentRef {
                    id: text(&draft, "instrument_id")?,
                    version: small(&draft, "instrument_version")?,
                };
                instrument.check_items(
                    catalog.as_ref(),
                    submission.answers.iter().map(|a| a.item_id.as_str()),
                )?;
                replace_answers(c, &id, &submission.answers).await?;
                // The resume code is no use any more: forget it.
                sqlx::query(
                    "UPDATE responses SET status = 'submitted', submitted_at = $2, \
                     updated_at = $2, respondent_role = $3, resume_code_hash = NULL \
                     WHERE id = $1",
                )
                .bind(id.as_str())
                .bind(now)
                .bind(submission.respondent_role)
                .execute(&mut *c)
                .await?;
                Ok(SubmitOutcome::Submitted)
            })
        })
        .await
    }
}
