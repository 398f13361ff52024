//! Survey pages' own read on SQLite, without leaving the request's thread.
//!
//! sqlx runs each SQLite connection on a thread of its own: a query is a message to that thread,
//! the answer a message back, and releasing the connection is another round (its ping). For the
//! one read every survey page makes — the respondent's draft, one indexed row and its answers
//! from the page cache, ~10–20 µs — those hand-overs cost more than the read itself. This reads
//! it on the calling thread through a small set of read-only connections instead.
//!
//! It is only ever a faster way to the same rows: any failure (the file busy past a short
//! timeout, a connection that cannot open) answers `None`, and the caller reads through the
//! pool as before, which waits and reports errors as every other read does.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use tokio::sync::mpsc;

use crate::export::ExportRow;
use crate::responses::{Answer, Response, Status};
use crate::{InvitationId, ResponseId, StoreError, Timestamp, WaveId};

/// Where an export's batches go, as the pool's reader sends them.
pub(crate) type ExportSender = mpsc::Sender<Result<Vec<ExportRow>, StoreError>>;

/// Longer than any ordinary wait for the writer's checkpoint, short enough that a request thread
/// is never held: past it the pool's reader (its own thread, 5 s) takes over.
const BUSY_TIMEOUT: Duration = Duration::from_millis(50);
/// Connections kept open between reads; more are opened while more reads run at once.
const IDLE_CONNECTIONS: usize = 8;

/// A draft and its answers in one statement, so in one consistent snapshot. A draft without
/// answers comes back as one row whose answer columns are NULL.
const DRAFT_BY_RESUME_HASH: &str = "SELECT r.id, r.wave_id, r.invitation_id, r.locale, \
     r.respondent_role, r.status, r.created_at, r.updated_at, r.submitted_at, a.item_id, a.value, \
     r.resume_page FROM responses r LEFT JOIN answers a ON a.response_id = r.id \
     WHERE r.resume_code_hash = ?1 AND r.status = 'draft' ORDER BY a.item_id, a.seq";

pub(crate) struct DirectReader {
    file: PathBuf,
    idle: Mutex<Vec<Connection>>,
    closed: AtomicBool,
}

impl DirectReader {
    pub(crate) fn new(file: &Path) -> DirectReader {
        DirectReader {
            file: file.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            closed: AtomicBool::new(false),
        }
    }

    /// The draft whose resume code has this hash, as `Store::load_draft` reads it; `None` when
    /// this path could not answer (the caller then asks the pool).
    pub(crate) fn load_draft(&self, resume_code_hash: &str) -> Option<Option<Response>> {
        self.with_connection(|connection| draft(connection, resume_code_hash))
    }

    /// Runs an export statement on the calling (blocking) thread and sends its rows to `sender`
    /// in batches of `batch`. `false`: it failed before sending anything, and the caller reads
    /// through the pool instead. A failure after that is sent down the channel, as the pool's
    /// reader does; a receiver gone stops the read.
    pub(crate) fn export(
        &self,
        sql: &str,
        values: &[String],
        batch: usize,
        sender: &ExportSender,
    ) -> bool {
        let mut sent = false;
        let read = self.with_connection(|connection| {
            let mut statement = connection.prepare(sql)?;
            let mut rows = statement.query(rusqlite::params_from_iter(values))?;
            let mut rows_of_batch = Vec::with_capacity(batch);
            loop {
                let row = match rows.next() {
                    Ok(Some(row)) => export_row(row),
                    Ok(None) => break,
                    Err(error) => Err(error),
                };
                match row {
                    Ok(row) => rows_of_batch.push(row),
                    Err(error) if !sent => return Err(error),
                    Err(error) => {
                        let _ = sender.blocking_send(Err(StoreError::Unavailable {
                            reason: format!("reading the export: {error}"),
                        }));
                        return Ok(());
                    }
                }
                if rows_of_batch.len() == batch {
                    let full = std::mem::replace(&mut rows_of_batch, Vec::with_capacity(batch));
                    sent = true;
                    if sender.blocking_send(Ok(full)).is_err() {
                        return Ok(());
                    }
                }
            }
            if !rows_of_batch.is_empty() {
                sent = true;
                let _ = sender.blocking_send(Ok(rows_of_batch));
            }
            Ok(())
        });
        read.is_some() || sent
    }

    /// Closes the idle connections (a store being closed reads no more).
    pub(crate) fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        if let Ok(mut idle) = self.idle.lock() {
            idle.clear();
        }
    }

    fn with_connection<T>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Option<T> {
        if self.closed.load(Ordering::SeqCst) {
            return None;
        }
        let reused = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let connection = match reused {
            Some(connection) => connection,
            None => self.open().map_err(|error| log("open", &error)).ok()?,
        };
        let result = read(&connection).map_err(|error| log("read", &error)).ok();
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < IDLE_CONNECTIONS
        {
            idle.push(connection);
        }
        result
    }

    fn open(&self) -> rusqlite::Result<Connection> {
        // Read-only at the file level: nothing can write through here, whatever the SQL.
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(&self.file, flags)?;
        connection.busy_timeout(BUSY_TIMEOUT)?;
        Ok(connection)
    }
}

fn log(what: &str, error: &rusqlite::Error) {
    tracing::warn!(%error, what, "direct SQLite read failed; reading through the pool");
}

fn draft(connection: &Connection, resume_code_hash: &str) -> rusqlite::Result<Option<Response>> {
    let mut statement = connection.prepare_cached(DRAFT_BY_RESUME_HASH)?;
    let mut rows = statement.query([resume_code_hash])?;
    let Some(first) = rows.next()? else {
        return Ok(None);
    };
    let mut response = response_of(first)?;
    push_answer(&mut response, first)?;
    while let Some(row) = rows.next()? {
        push_answer(&mut response, row)?;
    }
    Ok(Some(response))
}

fn response_of(row: &rusqlite::Row<'_>) -> rusqlite::Result<Response> {
    let status: String = row.get(5)?;
    let status = Status::parse(&status).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            5,
            rusqlite::types::Type::Text,
            format!("status {status:?}").into(),
        )
    })?;
    Ok(Response {
        id: ResponseId::from(row.get::<_, String>(0)?),
        wave_id: WaveId::from(row.get::<_, String>(1)?),
        invitation_id: row.get::<_, Option<String>>(2)?.map(InvitationId::from),
        locale: row.get(3)?,
        respondent_role: row.get(4)?,
        status,
        created_at: Timestamp::from_unix(row.get(6)?),
        updated_at: Timestamp::from_unix(row.get(7)?),
        submitted_at: row.get::<_, Option<i64>>(8)?.map(Timestamp::from_unix),
        resume_page: row.get(11)?,
        answers: Vec::new(),
    })
}

fn export_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ExportRow> {
    ExportRow::from_columns(|i| row.get(i), |i| row.get(i))
}

fn push_answer(response: &mut Response, row: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
    let item: Option<String> = row.get(9)?;
    let value: Option<String> = row.get(10)?;
    if let (Some(item), Some(value)) = (item, value) {
        response.answers.push(Answer::new(item, value));
    }
    Ok(())
}

#[cfg(test)]
#[path = "direct_tests.rs"]
mod tests;
