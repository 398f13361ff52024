//! Restoring an SQLite backup (`parite backup`, or any copy of a Parité database file) in place
//! of a database, and the lock that keeps a restore from happening under a running server.
//!
//! Every process that opens an SQLite database through the store holds a shared `flock` on the
//! database file for as long as the store is open; a restore takes it exclusively, so it is
//! refused while any server or command has the file open. (SQLite's own locks are POSIX record
//! locks, which Linux keeps apart from `flock`: the two never interfere.)
//!
//! A restore checks the file first — that it is an SQLite database, that `PRAGMA
//! integrity_check` finds nothing wrong, that it holds Parité's tables, that its schema is not
//! newer than this binary — and only then replaces the database: copied beside it, synced,
//! the old write-ahead log removed (it belongs to the old file and would corrupt the new one),
//! renamed into place, and migrated forward if the backup predates this release.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};

use crate::schema::{self, SchemaStatus};
use crate::{StoreError, sqlite};

/// Held by every open store on an SQLite file: released when the store is dropped.
#[derive(Debug)]
pub(crate) struct InUse(#[allow(dead_code, reason = "held for its lock")] File);

impl InUse {
    /// Takes the shared lock on `file`, refused while a restore holds it.
    pub(crate) fn take(file: &Path) -> Result<InUse, StoreError> {
        let opened = File::open(file).map_err(|error| StoreError::Unavailable {
            reason: format!("cannot open {}: {error}", file.display()),
        })?;
        match opened.try_lock_shared() {
            Ok(()) => Ok(InUse(opened)),
            Err(TryLockError::WouldBlock) => Err(StoreError::Unavailable {
                reason: format!("{} is being restored", file.display()),
            }),
            Err(TryLockError::Error(error)) => Err(StoreError::Unavailable {
                reason: format!("cannot lock {}: {error}", file.display()),
            }),
        }
    }
}

/// Why a restore was refused; nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("restore works on SQLite databases; restore PostgreSQL with pg_restore")]
    NotSqlite,
    #[error("{path}: no such file")]
    Missing { path: PathBuf },
    #[error("{path} is not an SQLite database")]
    NotADatabase { path: PathBuf },
    #[error("{path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("{path} is an SQLite database but not a Parité one (no {table} table)")]
    NotParite { path: PathBuf, table: &'static str },
    #[error("{path} has schema version {database}, newer than this binary's {binary}")]
    Newer {
        path: PathBuf,
        database: i64,
        binary: i64,
    },
    #[error("{path} is open by a running server or command: stop it first")]
    InUse { path: PathBuf },
    #[error("cannot write {path}: {detail}")]
    Write { path: PathBuf, detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the restored database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The schema version after migrating the backup forward.
    pub schema_version: i64,
    pub organizations: i64,
    pub responses: i64,
}

/// Replaces the SQLite database at `url` with the backup `from`, after checking it.
pub async fn restore(from: &Path, url: &str) -> Result<Restored, RestoreError> {
    sqlx::any::install_default_drivers();
    if crate::Backend::of_url(url)? != crate::Backend::Sqlite {
        return Err(RestoreError::NotSqlite);
    }
    let target = sqlite::target(url)?;
    check_backup(from).await?;
    let _exclusive = lock_exclusively(&target.file)?;
    replace(from, &target.file)?;
    crate::migrate(url).await?;
    summarize(&target.file).await
}

/// The backup is a sound Parité database this binary can open.
async fn check_backup(from: &Path) -> Result<(), RestoreError> {
    if !from.is_file() {
        return Err(RestoreError::Missing {
            path: from.to_owned(),
        });
    }
    let not_a_database = || RestoreError::NotADatabase {
        path: from.to_owned(),
    };
    let mut connection = SqliteConnectOptions::new()
        .filename(from)
        .read_only(true)
        .connect()
        .await
        .map_err(|_| not_a_database())?;
    let checked: Result<String, sqlx::Error> = sqlx::query("PRAGMA integrity_check")
        .fetch_one(&mut connection)
        .await
        .and_then(|row| row.try_get::<String, _>(0));
    let verdict = match checked {
        Ok(verdict) => verdict,
        Err(sqlx::Error::Database(error)) if error.message().contains("not a database") => {
            return Err(not_a_database());
        }
        Err(error) => {
            return Err(RestoreError::Damaged {
                path: from.to_owned(),
                detail: error.to_string(),
            });
        }
    };
    if verdict != "ok" {
        return Err(RestoreError::Damaged {
            path: from.to_owned(),
            detail: verdict,
        });
    }
    for table in ["_sqlx_migrations", "organizations", "responses", "answers"] {
        let found: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
        )
        .bind(table)
        .fetch_one(&mut connection)
        .await
        .map_err(StoreError::from)?;
        if found == 0 {
            return Err(RestoreError::NotParite {
                path: from.to_owned(),
                table,
            });
        }
    }
    let version: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut connection)
            .await
            .map_err(StoreError::from)?;
    let _ = connection.close().await;
    let binary = schema::binary_version(&sqlite::MIGRATOR);
    if let SchemaStatus::Newer { database, binary } = SchemaStatus::of(version, binary) {
        return Err(RestoreError::Newer {
            path: from.to_owned(),
            database,
            binary,
        });
    }
    Ok(())
}

/// The exclusive lock on an existing database file; none is needed for a new one.
pub(crate) fn lock_exclusively(file: &Path) -> Result<Option<File>, RestoreError> {
    if !file.exists() {
        return Ok(None);
    }
    let opened = File::open(file).map_err(|error| RestoreError::Write {
        path: file.to_owned(),
        detail: error.to_string(),
    })?;
    match opened.try_lock() {
        Ok(()) => Ok(Some(opened)),
        Err(TryLockError::WouldBlock) => Err(RestoreError::InUse {
            path: file.to_owned(),
        }),
        Err(TryLockError::Error(error)) => Err(RestoreError::Write {
            path: file.to_owned(),
            detail: error.to_string(),
        }),
    }
}

/// Copies `from` beside `file`, syncs it, drops the old write-ahead log and renames the copy
/// into place: a crash leaves either the old database or the new one, never half of each.
fn replace(from: &Path, file: &Path) -> Result<(), RestoreError> {
    let write_error = |path: &Path, error: std::io::Error| RestoreError::Write {
        path: path.to_owned(),
        detail: error.to_string(),
    };
    let staged = with_suffix(file, "-restoring");
    std::fs::copy(from, &staged).map_err(|e| write_error(&staged, e))?;
    File::open(&staged)
        .and_then(|f| f.sync_all())
        .map_err(|e| write_error(&staged, e))?;
    for leftover in ["-wal", "-shm"] {
        let path = with_suffix(file, leftover);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(write_error(&path, error)),
        }
    }
    std::fs::rename(&staged, file).map_err(|e| write_error(file, e))?;
    if let Some(folder) = file.parent() {
        File::open(folder)
            .and_then(|f| f.sync_all())
            .map_err(|e| write_error(folder, e))?;
    }
    Ok(())
}

fn with_suffix(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

async fn summarize(file: &Path) -> Result<Restored, RestoreError> {
    let mut connection = SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .connect()
        .await
        .map_err(StoreError::from)?;
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
    let organizations = count("SELECT COUNT(*) FROM organizations")
        .fetch_one(&mut connection)
        .await
        .map_err(StoreError::from)?;
    let responses = count("SELECT COUNT(*) FROM responses WHERE status = 'submitted'")
        .fetch_one(&mut connection)
        .await
        .map_err(StoreError::from)?;
    let schema_version =
        count("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut connection)
            .await
            .map_err(StoreError::from)?;
    let _ = connection.close().await;
    Ok(Restored {
        schema_version,
        organizations,
        responses,
    })
}
