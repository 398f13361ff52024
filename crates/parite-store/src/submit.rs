//! Submitting a response: all its answers and its final status in one transaction.
//!
//! # The one path
//!
//! Every submission, on either backend, takes the same steps in the same transaction:
//!
//! 1. **claim** the draft (touching its row takes its lock on PostgreSQL, so a concurrent
//!    submission of the same response waits, then finds it submitted) and read the instrument
//!    version its answers must belong to;
//! 2. **rewrite the answers only if they changed**: the stored answers are compared with the
//!    submitted ones as packed texts (`packed.rs`) — usually they are the very answers the
//!    review showed, and rewriting 30 rows is most of the writer's work;
//! 3. **remember the draft's key** and **mark it submitted**;
//! 4. check the items against the instrument version; a refusal undoes everything (the write's
//!    transaction, or savepoint in a group commit, is rolled back).
//!
//! What differs is only how the statements travel. On SQLite they go as one multi-statement
//! request to its worker thread (each request is a hop that costs more than the statements),
//! every statement after the claim guarded so that it does nothing unless the response is
//! still a draft and the answers differ. PostgreSQL cannot take bound values in a
//! multi-statement request, so there each step is its own statement and the insert is skipped
//! when the comparison found nothing changed.

use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::answers::{ValueRow, insert_rows, value_rows, values_list};
use crate::catalog::InstrumentRef;
use crate::packed::{pack, packed_answers};
use crate::responses::status_and_instrument;
use crate::row::{instrument_id, integer, small};
use crate::{Backend, ResponseId, Store, StoreError, Timestamp};
use parite_core::Answers;

/// A response's final content.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Submission {
    /// The respondent's role group, if asked.
    pub respondent_role: Option<String>,
    /// Every answer; replaces the draft's.
    pub answers: Answers,
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

/// The most answer values one submission stores (a multiple choice is a value per code). SQLite
/// binds at most 32,766 values in a statement, three a value; no instrument comes near this.
pub const MOST_ANSWER_VALUES: usize = 1_000;

impl Store {
    /// Submits a response with all its answers, atomically. A second submission changes nothing
    /// and answers `Ok(AlreadySubmitted)`; an item outside the response's instrument version
    /// answers `UnknownItem` and stores nothing; more than [`MOST_ANSWER_VALUES`] values
    /// answer `Invalid`.
    ///
    /// On SQLite this joins the group commit: it returns once the batch holding it is durable.
    pub async fn submit_response(
        &self,
        id: &ResponseId,
        submission: Submission,
    ) -> Result<SubmitOutcome, StoreError> {
        let rows = value_rows(&submission.answers);
        if rows.len() > MOST_ANSWER_VALUES {
            return Err(StoreError::Invalid {
                what: "submission",
                reason: format!(
                    "{} answer values, more than the {MOST_ANSWER_VALUES} a response may hold",
                    rows.len()
                ),
            });
        }
        let catalog = self.catalog();
        let id = id.clone();
        let backend = self.backend();
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                let role = submission.respondent_role;
                let claimed = match backend {
                    Backend::Sqlite => submit_in_one_request(c, &id, now, role, &rows).await?,
                    Backend::Postgres => submit_step_by_step(c, &id, now, role, &rows).await?,
                };
                let Some(instrument) = claimed else {
                    // Not a draft: submitted before, or no such response (NotFound).
                    status_and_instrument(c, &id).await?;
                    return Ok(SubmitOutcome::AlreadySubmitted);
                };
                instrument.check_items(
                    catalog.as_ref(),
                    submission.answers.keys().map(|item| item.as_str()),
                )?;
                Ok(SubmitOutcome::Submitted)
            })
        })
        .await
        .inspect(|outcome| {
            if *outcome == SubmitOutcome::Submitted {
                self.metrics().submissions_accepted.inc();
            }
        })
    }
}

/// Step 1: claims the draft (`$1`, touched at `$2`) and reads the instrument version its
/// answers must belong to.
const CLAIM: &str = "UPDATE responses SET updated_at = $2 WHERE id = $1 AND status = 'draft' \
     RETURNING \
     (SELECT instrument_id FROM waves WHERE waves.id = responses.wave_id) AS instrument_id, \
     (SELECT instrument_version FROM waves WHERE waves.id = responses.wave_id) \
       AS instrument_version";

/// Step 3a: the draft's key is kept apart from the response (see migration 0007), so that a
/// resend of this submission, or a later visit with the same cookie, is recognized as
/// submitted.
const REMEMBER_SUBMITTED_KEY: &str = "INSERT INTO submitted_keys (key_hash, wave_id) \
     SELECT resume_code_hash, wave_id FROM responses \
     WHERE id = $1 AND status = 'draft' AND resume_code_hash IS NOT NULL";

/// Step 3b: final, at `$2`, in the role group `$3`. The resume code is no use on the response
/// any more: forgotten there.
const MARK_SUBMITTED: &str = "UPDATE responses SET status = 'submitted', submitted_at = $2, \
     updated_at = $2, respondent_role = $3, resume_code_hash = NULL \
     WHERE id = $1 AND status = 'draft'";

fn claimed_instrument(row: &AnyRow) -> Result<InstrumentRef, StoreError> {
    Ok(InstrumentRef {
        id: instrument_id(row, "instrument_id")?,
        version: small(row, "instrument_version")?,
    })
}

/// The whole submission as one request: `$1` the response, `$2` the time, `$3` the role, `$4`
/// the packed answers, then (item, position, value) per row. The group commit runs every write
/// of a batch one after the other on SQLite's worker thread.
async fn submit_in_one_request(
    c: &mut AnyConnection,
    id: &ResponseId,
    now: i64,
    role: Option<String>,
    rows: &[ValueRow],
) -> Result<Option<InstrumentRef>, StoreError> {
    const STILL_DRAFT: &str = "EXISTS (SELECT 1 FROM responses WHERE id = $1 AND status = 'draft')";
    const CHANGED: &str = concat!(packed_answers!("$1"), " IS NOT $4");
    let mut sql = format!(
        "{CLAIM}; DELETE FROM answers WHERE response_id = $1 AND {STILL_DRAFT} AND {CHANGED}; "
    );
    if !rows.is_empty() {
        sql.push_str(&format!(
            "INSERT INTO answers (response_id, item_id, seq, value) \
             SELECT $1, column1, column2, column3 FROM (VALUES {}) \
             WHERE {STILL_DRAFT} AND {CHANGED}; ",
            values_list(5, rows.len())
        ));
    }
    sql.push_str(&format!("{REMEMBER_SUBMITTED_KEY}; {MARK_SUBMITTED}"));
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.as_str())
        .bind(now)
        .bind(role)
        .bind(pack(rows));
    for row in rows {
        query = query
            .bind(row.item_id.as_str())
            .bind(row.seq)
            .bind(row.value.as_str());
    }
    let returned = query.fetch_all(&mut *c).await?;
    returned.first().map(claimed_instrument).transpose()
}

/// Step 2 on PostgreSQL: deletes the stored answers when they differ from the submitted ones
/// (`$2`, packed) and says whether they did. `COLLATE "C"` orders as [`pack`] does. The
/// comparison reads the snapshot of this statement, taken after the claim won the draft's row
/// lock, so a save that committed meanwhile is seen.
const DELETE_IF_CHANGED_ON_POSTGRES: &str = concat!(
    "WITH compared AS (SELECT ",
    packed_answers!("$1", " COLLATE \"C\""),
    " IS DISTINCT FROM $2 AS changed), \
     gone AS (DELETE FROM answers WHERE response_id = $1 AND (SELECT changed FROM compared)) \
     SELECT CAST(CASE WHEN changed THEN 1 ELSE 0 END AS BIGINT) AS changed FROM compared"
);

/// The same steps one statement at a time; the claim comes first, so nothing else runs when
/// the response is no longer a draft.
async fn submit_step_by_step(
    c: &mut AnyConnection,
    id: &ResponseId,
    now: i64,
    role: Option<String>,
    rows: &[ValueRow],
) -> Result<Option<InstrumentRef>, StoreError> {
    let claimed = sqlx::query(CLAIM)
        .bind(id.as_str())
        .bind(now)
        .fetch_optional(&mut *c)
        .await?;
    let Some(claimed) = claimed else {
        return Ok(None);
    };
    let compared = sqlx::query(DELETE_IF_CHANGED_ON_POSTGRES)
        .bind(id.as_str())
        .bind(pack(rows))
        .fetch_one(&mut *c)
        .await?;
    if integer(&compared, "changed")? == 1 {
        insert_rows(c, id, rows).await?;
    }
    sqlx::query(REMEMBER_SUBMITTED_KEY)
        .bind(id.as_str())
        .execute(&mut *c)
        .await?;
    sqlx::query(MARK_SUBMITTED)
        .bind(id.as_str())
        .bind(now)
        .bind(role)
        .execute(&mut *c)
        .await?;
    claimed_instrument(&claimed).map(Some)
}
