//! Submitting a response: all its answers and its final status in one transaction.

use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use crate::answers::{insert_rows, positioned, replace_answers, values_list};
use parite_core::InstrumentSet;

use crate::catalog::InstrumentRef;
use crate::packed::{pack, packed_answers};
use crate::responses::{Answer, status_and_instrument};
use crate::row::{integer, small, text};
use crate::{Backend, ResponseId, Store, StoreError, Timestamp};

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

/// What a submission reads from the draft it touches: the instrument version to check against.
macro_rules! returning_instrument {
    () => {
        "RETURNING \
         (SELECT instrument_id FROM waves WHERE waves.id = responses.wave_id) AS instrument_id, \
         (SELECT instrument_version FROM waves WHERE waves.id = responses.wave_id) \
           AS instrument_version"
    };
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
        let backend = self.backend();
        let in_one_statement =
            backend == Backend::Sqlite && submission.answers.len() <= ONE_STATEMENT_ANSWERS;
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                if in_one_statement {
                    return submit_on_sqlite(c, catalog.as_ref(), &id, submission, now).await;
                }
                // Touching the draft takes its row lock on PostgreSQL, so a concurrent
                // submission of the same response waits here, then finds it submitted; and it
                // reads the instrument version in the same round trip.
                let draft = sqlx::query(concat!(
                    "UPDATE responses SET updated_at = $2 WHERE id = $1 AND status = 'draft' ",
                    returning_instrument!()
                ))
                .bind(id.as_str())
                .bind(now)
                .fetch_optional(&mut *c)
                .await?;
                let Some(draft) = draft else {
                    // Not a draft: submitted before, or no such response (NotFound).
                    status_and_instrument(c, &id).await?;
                    return Ok(SubmitOutcome::AlreadySubmitted);
                };
                instrument_of(&draft)?.check_items(
                    catalog.as_ref(),
                    submission.answers.iter().map(|a| a.item_id.as_str()),
                )?;
                if backend == Backend::Postgres {
                    replace_changed_answers(c, &id, &submission.answers).await?;
                } else {
                    replace_answers(c, &id, &submission.answers).await?;
                }
                sqlx::query(REMEMBER_SUBMITTED_KEY)
                    .bind(id.as_str())
                    .execute(&mut *c)
                    .await?;
                sqlx::query(MARK_SUBMITTED)
                    .bind(id.as_str())
                    .bind(now)
                    .bind(submission.respondent_role)
                    .execute(&mut *c)
                    .await?;
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

/// Above this many answers a submission takes the statement-by-statement path: SQLite binds
/// at most 32,766 values, three an answer.
const ONE_STATEMENT_ANSWERS: usize = 1_000;

/// The draft's key is kept apart from the response (see migration 0007), so that a resend of
/// this submission, or a later visit with the same cookie, is recognized as submitted.
const REMEMBER_SUBMITTED_KEY: &str = "INSERT INTO submitted_keys (key_hash, wave_id) \
     SELECT resume_code_hash, wave_id FROM responses \
     WHERE id = $1 AND status = 'draft' AND resume_code_hash IS NOT NULL";

/// The resume code is no use on the response any more: forgotten there.
const MARK_SUBMITTED: &str = "UPDATE responses SET status = 'submitted', submitted_at = $2, \
     updated_at = $2, respondent_role = $3, resume_code_hash = NULL \
     WHERE id = $1 AND status = 'draft'";

const STILL_DRAFT: &str = "EXISTS (SELECT 1 FROM responses WHERE id = $1 AND status = 'draft')";

/// The stored answers differ from the submitted ones (packed in `$4`).
const CHANGED: &str = concat!(packed_answers!("$1"), " IS NOT $4");

fn instrument_of(row: &AnyRow) -> Result<InstrumentRef, StoreError> {
    Ok(InstrumentRef {
        id: text(row, "instrument_id")?,
        version: small(row, "instrument_version")?,
    })
}

/// The whole submission as one multi-statement request to SQLite's worker thread: the group
/// commit runs every write of a batch one after the other, and each request is a hop to that
/// thread that costs more than the statements. Every statement after the first does nothing
/// unless the response is still a draft; the answers are only rewritten when they differ from
/// the draft's (usually they are the very answers the review showed, and rewriting 30 rows is
/// most of the writer's work). The items are checked afterwards, and a refusal undoes
/// everything (the write's savepoint is rolled back).
async fn submit_on_sqlite(
    c: &mut AnyConnection,
    catalog: &InstrumentSet,
    id: &ResponseId,
    submission: Submission,
    now: i64,
) -> Result<SubmitOutcome, StoreError> {
    let rows = positioned(&submission.answers);
    let mut sql = format!(
        "UPDATE responses SET updated_at = $2 WHERE id = $1 AND status = 'draft' {}; \
         DELETE FROM answers WHERE response_id = $1 AND {STILL_DRAFT} AND {CHANGED}; ",
        returning_instrument!()
    );
    if !rows.is_empty() {
        sql.push_str(&format!(
            "INSERT INTO answers (response_id, item_id, seq, value) \
             SELECT $1, column1, column2, column3 FROM (VALUES {}) \
             WHERE {STILL_DRAFT} AND {CHANGED}; ",
            values_list(5, rows.len())
        ));
    }
    sql.push_str(REMEMBER_SUBMITTED_KEY);
    sql.push_str("; ");
    sql.push_str(MARK_SUBMITTED);
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.as_str())
        .bind(now)
        .bind(submission.respondent_role.clone())
        .bind(pack(&rows));
    for (answer, seq) in &rows {
        query = query
            .bind(answer.item_id.as_str())
            .bind(*seq)
            .bind(answer.value.as_str());
    }
    let returned = query.fetch_all(&mut *c).await?;
    let Some(draft) = returned.first() else {
        status_and_instrument(c, id).await?;
        return Ok(SubmitOutcome::AlreadySubmitted);
    };
    instrument_of(draft)?.check_items(
        catalog,
        submission.answers.iter().map(|a| a.item_id.as_str()),
    )?;
    Ok(SubmitOutcome::Submitted)
}

/// PostgreSQL's answers are compared with the draft's in the statement that deletes them, and
/// only rewritten when they differ: a round trip and, for 30 answers, 60 trigger runs saved in
/// the usual case.
/// `COLLATE "C"` orders as [`pack`] does. The comparison reads the snapshot of this statement,
/// taken after the draft's row lock was won, so a save that committed meanwhile is seen.
const DELETE_IF_CHANGED_ON_POSTGRES: &str = concat!(
    "WITH compared AS (SELECT ",
    packed_answers!("$1", " COLLATE \"C\""),
    " IS DISTINCT FROM $2 AS changed), \
     gone AS (DELETE FROM answers WHERE response_id = $1 AND (SELECT changed FROM compared)) \
     SELECT CAST(CASE WHEN changed THEN 1 ELSE 0 END AS BIGINT) AS changed FROM compared"
);

async fn replace_changed_answers(
    c: &mut AnyConnection,
    id: &ResponseId,
    answers: &[Answer],
) -> Result<(), StoreError> {
    let rows = positioned(answers);
    let compared = sqlx::query(DELETE_IF_CHANGED_ON_POSTGRES)
        .bind(id.as_str())
        .bind(pack(&rows))
        .fetch_one(&mut *c)
        .await?;
    if integer(&compared, "changed")? == 1 {
        insert_rows(c, id, &rows).await?;
    }
    Ok(())
}
