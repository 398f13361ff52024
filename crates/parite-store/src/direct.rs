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

use crate::catalog::InstrumentRef;
use crate::export::ExportRow;
use crate::responses::{DRAFT_BY_RESUME_HASH, Status, StoredResponse};
use crate::{InvitationId, ResponseId, StoreError, Timestamp, WaveId};

/// Where an export's batches go, as the pool's reader sends them.
pub(crate) type ExportSender = mpsc::Sender<Result<Vec<ExportRow>, StoreError>>;

/// Longer than any ordinary wait for the writer's checkpoint, short enough that a request thread
/// is never held: past it the pool's reader (its own thread, 5 s) takes over.
const BUSY_TIMEOUT: Duration = Duration::from_millis(50);
/// Connections kept open between reads; more are opened while more reads run at once.
const IDLE_CONNECTIONS: usize = 8;

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

    /// The draft whose resume code has this hash, read with the pool's statement; `None` when
    /// this path could not answer (the caller then asks the pool).
    pub(crate) fn load_draft(&self, resume_code_hash: &str) -> Option<Option<StoredResponse>> {
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

fn draft(
    connection: &Connection,
    resume_code_hash: &str,
) -> rusqlite::Result<Option<StoredResponse>> {
    let mut statement = connection.prepare_cached(DRAFT_BY_RESUME_HASH)?;
    let mut rows = statement.query([resume_code_hash])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let status: String = row.get("status")?;
    let Some(status) = Status::parse(&status) else {
        return Err(rusqlite::Error::FromSqlConversionFailure(
            5,
            rusqlite::types::Type::Text,
            format!("status {status:?}").into(),
        ));
    };
    Ok(Some(StoredResponse {
        id: ResponseId::from(row.get::<_, String>("id")?),
        wave_id: WaveId::from(row.get::<_, String>("wave_id")?),
        invitation_id: row
            .get::<_, Option<String>>("invitation_id")?
            .map(InvitationId::from),
        locale: row.get("locale")?,
        respondent_role: row.get("respondent_role")?,
        status,
        created_at: Timestamp::from_unix(row.get("created_at")?),
        updated_at: Timestamp::from_unix(row.get("updated_at")?),
        submitted_at: row
            .get::<_, Option<i64>>("submitted_at")?
            .map(Timestamp::from_unix),
        resume_page: row.get("resume_page")?,
        instrument: InstrumentRef {
            id: {
                let id: String = row.get("instrument_id")?;
                parite_core::InstrumentId::parse(&id).map_err(|error| {
                    rusqlite::Error::FromSqlConversionFailure(
                        10,
                        rusqlite::types::Type::Text,
                        Box::new(error),
                    )
                })?
            },
            version: row.get("instrument_version")?,
        },
        packed_answers: row.get("packed_answers")?,
    }))
}

fn export_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ExportRow> {
    ExportRow::from_columns(|i| row.get(i), |i| row.get(i))
}

#[cfg(test)]
#[path = "direct_tests.rs"]
mod tests;
