//! Streaming reads of answers for exports: rows flow from the database cursor to the caller
//! through a small buffer, so memory stays flat whatever the number of answers.

use futures_util::{Stream, StreamExt};
use sqlx::any::AnyRow;
use tokio::sync::mpsc;

use crate::responses::Status;
use crate::row::{optional_text, optional_time, parsed, small, text};
use crate::{OrgId, ResponseId, Store, StoreError, Timestamp, WaveId};

/// Rows read ahead of the consumer: enough to keep the cursor busy, small enough to be flat.
const BUFFER: usize = 256;

/// Which answers to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerFilter {
    /// Only this organization's.
    pub organization: Option<OrgId>,
    /// Only this wave's.
    pub wave: Option<WaveId>,
    /// Only submitted responses' (exports), or drafts too.
    pub submitted_only: bool,
}

/// One answer value with what it belongs to: its response, wave and organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerRow {
    /// The organization surveyed.
    pub organization_id: OrgId,
    /// Its slug.
    pub organization_slug: String,
    /// The wave.
    pub wave_id: WaveId,
    /// The wave's label.
    pub wave_label: String,
    /// The instrument answered…
    pub instrument_id: String,
    /// …in this version.
    pub instrument_version: u32,
    /// The response.
    pub response_id: ResponseId,
    /// The language it was answered in.
    pub locale: String,
    /// The respondent's role group.
    pub respondent_role: Option<String>,
    /// Draft or submitted.
    pub status: Status,
    /// When it was submitted.
    pub submitted_at: Option<Timestamp>,
    /// The item.
    pub item_id: String,
    /// The value's position among the item's values (multiple choice), from 0.
    pub seq: u32,
    /// The value.
    pub value: String,
}

fn from_row(row: &AnyRow) -> Result<AnswerRow, StoreError> {
    Ok(AnswerRow {
        organization_id: OrgId::from(text(row, "organization_id")?),
        organization_slug: text(row, "organization_slug")?,
        wave_id: WaveId::from(text(row, "wave_id")?),
        wave_label: text(row, "wave_label")?,
        instrument_id: text(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        response_id: ResponseId::from(text(row, "response_id")?),
        locale: text(row, "locale")?,
        respondent_role: optional_text(row, "respondent_role")?,
        status: parsed(row, "status", Status::parse)?,
        submitted_at: optional_time(row, "submitted_at")?,
        item_id: text(row, "item_id")?,
        seq: small(row, "seq")?,
        value: text(row, "value")?,
    })
}

/// The statement for a filter, assembled from fixed fragments only (values are bound), so that
/// each combination gets a plan that can use its index.
fn statement(filter: &AnswerFilter) -> (String, Vec<String>) {
    let mut sql = String::from(
        "SELECT o.id AS organization_id, o.slug AS organization_slug, w.id AS wave_id, \
         w.label AS wave_label, w.instrument_id, w.instrument_version, r.id AS response_id, \
         r.locale, r.respondent_role, r.status, r.submitted_at, a.item_id, a.seq, a.value \
         FROM answers a \
         JOIN responses r ON r.id = a.response_id \
         JOIN waves w ON w.id = r.wave_id \
         JOIN organizations o ON o.id = w.organization_id \
         WHERE 1 = 1",
    );
    let mut values = Vec::new();
    if let Some(org) = &filter.organization {
        values.push(org.as_str().to_owned());
        sql.push_str(&format!(" AND w.organization_id = ${}", values.len()));
    }
    if let Some(wave) = &filter.wave {
        values.push(wave.as_str().to_owned());
        sql.push_str(&format!(" AND r.wave_id = ${}", values.len()));
    }
    if filter.submitted_only {
        sql.push_str(" AND r.status = 'submitted'");
    }
    // A response's rows are contiguous, so a wide export can write one line per response.
    sql.push_str(" ORDER BY a.response_id, a.item_id, a.seq");
    (sql, values)
}

impl Store {
    /// Streams every answer matching `filter` joined with its response, wave and organization,
    /// ordered by response, item and position. Rows are read as the stream is polled; dropping
    /// the stream stops the query. Needs a Tokio runtime (the cursor runs in a task).
    pub fn stream_answers(
        &self,
        filter: &AnswerFilter,
    ) -> impl Stream<Item = Result<AnswerRow, StoreError>> + Send + 'static {
        let (sql, values) = statement(filter);
        let pool = self.pool().clone();
        let (sender, mut receiver) = mpsc::channel(BUFFER);
        tokio::spawn(async move {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for value in values {
                query = query.bind(value);
            }
            let mut rows = query.fetch(&pool);
            while let Some(row) = rows.next().await {
                let item = row.map_err(StoreError::from).and_then(|row| from_row(&row));
                let failed = item.is_err();
                // The consumer dropped the stream: stop reading.
                if sender.send(item).await.is_err() || failed {
                    break;
                }
            }
        });
        futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx))
    }
}
