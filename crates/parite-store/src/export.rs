//! Streaming reads of answers for exports: rows flow from the database cursor to the caller
//! through a small buffer, so memory stays flat whatever the number of answers.

use futures_util::{Stream, StreamExt};
use sqlx::Row;
use sqlx::any::AnyRow;
use tokio::sync::mpsc;

use crate::responses::Status;
use crate::row::parsed;
use crate::{OrgId, ResponseId, Store, StoreError, Timestamp, WaveId};

/// Rows per batch handed to the consumer, and batches read ahead of it: enough to keep the
/// cursor busy, small enough for memory to stay flat.
const BATCH: usize = 256;
const BATCHES: usize = 4;

/// Which answers to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerFilter {
    /// Only this organization's.
    pub organization: Option<OrgId>,
    /// Only this wave's.
    pub wave: Option<WaveId>,
    /// Only submitted responses' (exports), or drafts too.
    pub submitted_only: bool,
    /// Only the answers to this instrument's waves (an export's columns are one instrument's).
    pub instrument: Option<String>,
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

/// Columns by position, in the order of [`statement`]'s SELECT: looking a column up by name
/// for each of millions of rows is measurable.
fn from_row(row: &AnyRow) -> Result<AnswerRow, StoreError> {
    Ok(AnswerRow {
        organization_id: OrgId::from(row.try_get::<String, _>(0)?),
        organization_slug: row.try_get(1)?,
        wave_id: WaveId::from(row.try_get::<String, _>(2)?),
        wave_label: row.try_get(3)?,
        instrument_id: row.try_get(4)?,
        instrument_version: position(row.try_get(5)?, "instrument_version")?,
        response_id: ResponseId::from(row.try_get::<String, _>(6)?),
        locale: row.try_get(7)?,
        respondent_role: row.try_get(8)?,
        status: parsed(row, "status", Status::parse)?,
        submitted_at: row.try_get::<Option<i64>, _>(10)?.map(Timestamp::from_unix),
        item_id: row.try_get(11)?,
        seq: position(row.try_get(12)?, "seq")?,
        value: row.try_get(13)?,
    })
}

fn position(value: i64, column: &'static str) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::Invalid {
        what: "stored value",
        reason: format!("column {column} holds {value}"),
    })
}

/// One answer value as an export file shows it: only the columns written, so that fewer
/// values are decoded per row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    /// The response's id, as text: an export writes it as it is.
    pub response_id: String,
    /// The organization's slug.
    pub organization_slug: String,
    /// The wave's label.
    pub wave_label: String,
    /// The language it was answered in.
    pub locale: String,
    /// The respondent's role group.
    pub respondent_role: Option<String>,
    /// The item.
    pub item_id: String,
    /// The value.
    pub value: String,
}

impl ExportRow {
    /// The columns of [`EXPORT_COLUMNS`] by position, from whichever reader's row: `text` for
    /// the columns that are never NULL, `optional` for the respondent's role.
    pub(crate) fn from_columns<E>(
        text: impl Fn(usize) -> Result<String, E>,
        optional: impl Fn(usize) -> Result<Option<String>, E>,
    ) -> Result<ExportRow, E> {
        Ok(ExportRow {
            response_id: text(0)?,
            organization_slug: text(1)?,
            wave_label: text(2)?,
            locale: text(3)?,
            respondent_role: optional(4)?,
            item_id: text(5)?,
            value: text(6)?,
        })
    }
}

fn export_row(row: &AnyRow) -> Result<ExportRow, StoreError> {
    Ok(ExportRow::from_columns(
        |i| row.try_get(i),
        |i| row.try_get(i),
    )?)
}

/// The columns of [`stream_answers`](Store::stream_answers), read by position in [`from_row`].
const ALL_COLUMNS: &str = "o.id, o.slug, w.id, w.label, w.instrument_id, w.instrument_version, \
     r.id, r.locale, r.respondent_role, r.status, r.submitted_at, a.item_id, a.seq, a.value";

/// The columns of [`stream_export`](Store::stream_export), read by position in [`export_row`].
const EXPORT_COLUMNS: &str =
    "r.id, o.slug, w.label, r.locale, r.respondent_role, a.item_id, a.value";

/// The statement for a filter, assembled from fixed fragments only (values are bound), so that
/// each combination gets a plan that can use its index.
fn statement(columns: &str, filter: &AnswerFilter) -> (String, Vec<String>) {
    let mut sql = format!(
        "SELECT {columns} FROM responses r \
         JOIN answers a ON a.response_id = r.id \
         JOIN waves w ON w.id = r.wave_id \
         JOIN organizations o ON o.id = w.organization_id \
         WHERE 1 = 1"
    );
    let mut values = Vec::new();
    push_filter(filter, &mut sql, &mut values);
    // A response's rows are contiguous, so a wide export can write one line per response.
    // Ordered by `r.id` (equal to `a.response_id`): SQLite can then walk the responses' and
    // the answers' primary keys in order instead of sorting every answer first.
    sql.push_str(" ORDER BY r.id, a.item_id, a.seq");
    (sql, values)
}

/// The conditions of a filter on `r` (responses) and `w` (waves), appended to `sql` from fixed
/// fragments, their values bound in order after those already in `values`.
pub(crate) fn push_filter(filter: &AnswerFilter, sql: &mut String, values: &mut Vec<String>) {
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
    if let Some(instrument) = &filter.instrument {
        values.push(instrument.clone());
        sql.push_str(&format!(" AND w.instrument_id = ${}", values.len()));
    }
}

/// Hands decoded rows over in batches: one channel message per row cost more than decoding
/// the row.
struct Batcher<T> {
    sender: mpsc::Sender<Result<Vec<T>, StoreError>>,
    batch: Vec<T>,
}

impl<T> Batcher<T> {
    fn new(sender: mpsc::Sender<Result<Vec<T>, StoreError>>) -> Self {
        Batcher {
            sender,
            batch: Vec::with_capacity(BATCH),
        }
    }

    /// False when reading should stop: the row failed, or the consumer dropped the stream.
    async fn push(&mut self, item: Result<T, StoreError>) -> bool {
        match item {
            Ok(item) => self.batch.push(item),
            Err(error) => {
                // The rows before the failure first, as a row-by-row stream gives them.
                self.flush().await;
                let _ = self.sender.send(Err(error)).await;
                return false;
            }
        }
        self.batch.len() < BATCH || self.flush().await
    }

    /// Sends what is pending; false when the consumer is gone.
    async fn flush(&mut self) -> bool {
        if self.batch.is_empty() {
            return true;
        }
        let full = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        self.sender.send(Ok(full)).await.is_ok()
    }
}

/// Reads the statement's rows through the pool in a task, in batches.
pub(crate) fn any_batches<T: Send + 'static>(
    pool: sqlx::AnyPool,
    statement: (String, Vec<String>),
    decode: fn(&AnyRow) -> Result<T, StoreError>,
) -> mpsc::Receiver<Result<Vec<T>, StoreError>> {
    let (sender, receiver) = mpsc::channel(BATCHES);
    any_batches_into(pool, statement, decode, sender);
    receiver
}

/// The export read through the pool, whatever the backend: what the direct read must equal.
#[cfg(test)]
pub(crate) async fn pooled_export(store: &Store, filter: &AnswerFilter) -> Vec<ExportRow> {
    let mut receiver = any_batches(
        store.pool().clone(),
        statement(EXPORT_COLUMNS, filter),
        export_row,
    );
    let mut rows = Vec::new();
    while let Some(batch) = receiver.recv().await {
        rows.extend(batch.into_iter().flatten());
    }
    rows
}

/// On SQLite, the export's rows are read on a blocking thread of their own through a read-only
/// connection (`direct.rs`): sqlx hands every row from its connection's thread to the task as a
/// message and copies it twice on the way, which cost the export two thirds of its time. If
/// that read cannot start, the pool reads as before.
fn direct_export(
    store: Store,
    (sql, values): (String, Vec<String>),
) -> mpsc::Receiver<Result<Vec<ExportRow>, StoreError>> {
    let (sender, receiver) = mpsc::channel(BATCHES);
    // A blocking task runs inside the runtime: the fallback can spawn from it.
    tokio::task::spawn_blocking(move || {
        let done = store
            .direct()
            .is_some_and(|direct| direct.export(&sql, &values, BATCH, &sender));
        if !done {
            any_batches_into(store.pool().clone(), (sql, values), export_row, sender);
        }
    });
    receiver
}

fn any_batches_into<T: Send + 'static>(
    pool: sqlx::AnyPool,
    (sql, values): (String, Vec<String>),
    decode: fn(&AnyRow) -> Result<T, StoreError>,
    sender: mpsc::Sender<Result<Vec<T>, StoreError>>,
) {
    tokio::spawn(async move {
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for value in values {
            query = query.bind(value);
        }
        let mut rows = query.fetch(&pool);
        let mut batcher = Batcher::new(sender);
        while let Some(row) = rows.next().await {
            if !batcher
                .push(row.map_err(StoreError::from).and_then(|row| decode(&row)))
                .await
            {
                return;
            }
        }
        batcher.flush().await;
    });
}

impl Store {
    /// Streams every answer matching `filter` joined with its response, wave and organization,
    /// ordered by response, item and position. Rows are read as the stream is polled; dropping
    /// the stream stops the query. Needs a Tokio runtime (the cursor runs in a task).
    pub fn stream_answers(
        &self,
        filter: &AnswerFilter,
    ) -> impl Stream<Item = Result<AnswerRow, StoreError>> + Send + 'static {
        let receiver = any_batches(
            self.pool().clone(),
            statement(ALL_COLUMNS, filter),
            from_row,
        );
        flatten(receiver)
    }

    /// The same rows and order as [`stream_answers`](Self::stream_answers) with only the
    /// columns an export file shows, in batches of up to a few hundred rows: the fast path
    /// for exporting millions of answers.
    pub fn stream_export(
        &self,
        filter: &AnswerFilter,
    ) -> impl Stream<Item = Result<Vec<ExportRow>, StoreError>> + Send + 'static {
        let statement = statement(EXPORT_COLUMNS, filter);
        let mut receiver = if self.direct().is_some() {
            direct_export(self.clone(), statement)
        } else {
            any_batches(self.pool().clone(), statement, export_row)
        };
        futures_util::stream::poll_fn(move |cx| receiver.poll_recv(cx))
    }
}

/// Batches back into single rows, for callers that take rows one at a time.
pub(crate) fn flatten<T>(
    mut receiver: mpsc::Receiver<Result<Vec<T>, StoreError>>,
) -> impl Stream<Item = Result<T, StoreError>> {
    let mut current = Vec::new().into_iter();
    futures_util::stream::poll_fn(move |cx| {
        loop {
            if let Some(item) = current.next() {
                return std::task::Poll::Ready(Some(Ok(item)));
            }
            match std::task::ready!(receiver.poll_recv(cx)) {
                Some(Ok(batch)) => current = batch.into_iter(),
                Some(Err(error)) => return std::task::Poll::Ready(Some(Err(error))),
                None => return std::task::Poll::Ready(None),
            }
        }
    })
}
