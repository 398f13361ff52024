//! The one error type of the store, and how database errors map onto it.

use std::sync::Arc;

use sqlx::error::{DatabaseError, ErrorKind};
use sqlx::migrate::MigrateError;

/// Everything a store operation can fail with.
///
/// Callers match on the typed variants (`NotFound`, `Conflict`, `UnknownItem`, `Final`, …) to
/// answer people; `Database`, `Migration` and `Unavailable` carry the source chain for the log.
/// Cloneable because one failed group commit fails every caller of its batch with the same error.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The record does not exist (or a record it refers to does not).
    #[error("{what} not found")]
    NotFound {
        /// What was looked for, e.g. "wave".
        what: &'static str,
    },
    /// A unique value is taken, e.g. an email address or an invitation code.
    #[error("{what} already exists")]
    Conflict {
        /// Which unique value, e.g. "email".
        what: &'static str,
    },
    /// An answer, rating or milestone names an item its instrument version does not have.
    #[error("item {item:?} is not in instrument {instrument:?} version {version}")]
    UnknownItem {
        /// The instrument id.
        instrument: String,
        /// The instrument version the record was given on.
        version: u32,
        /// The item that does not exist.
        item: String,
    },
    /// The instrument catalog does not know this instrument version.
    #[error("instrument {instrument:?} version {version} is unknown")]
    UnknownInstrument {
        /// The instrument id.
        instrument: String,
        /// The version.
        version: u32,
    },
    /// The wave is closed or the invitation revoked: no new response may start.
    #[error("{what} is closed")]
    Closed {
        /// "wave" or "invitation".
        what: &'static str,
    },
    /// The record was submitted and can no longer change.
    #[error("{what} was submitted and can no longer change")]
    Final {
        /// "response" or "assessment".
        what: &'static str,
    },
    /// A value the schema does not accept (a locale, a date, a role, an empty name…).
    #[error("invalid {what}: {reason}")]
    Invalid {
        /// Which value.
        what: &'static str,
        /// Why it was refused.
        reason: String,
    },
    /// The operation does not exist on this backend (e.g. backup of PostgreSQL).
    #[error("{0}")]
    Unsupported(&'static str),
    /// The database could not be reached, the pool timed out or the store was closed.
    #[error("database unavailable: {reason}")]
    Unavailable {
        /// What happened.
        reason: String,
    },
    /// Any other database error.
    #[error("database error")]
    Database(#[source] Arc<sqlx::Error>),
    /// The database holds migrations this binary does not know: a newer release wrote it.
    /// Nothing was changed; the operator runs the newer binary (or restores a backup).
    #[error(
        "the database schema is version {database}, newer than this binary's {binary}: run the release that migrated it"
    )]
    SchemaNewer {
        /// The newest migration applied to the database.
        database: i64,
        /// The newest migration this binary carries.
        binary: i64,
    },
    /// Applying the migrations failed, e.g. an applied migration was edited since.
    #[error("database migration failed")]
    Migration(#[source] Arc<MigrateError>),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(db) => {
                if let Some(mapped) = from_database(db.as_ref()) {
                    return mapped;
                }
            }
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed => {
                return StoreError::Unavailable {
                    reason: error.to_string(),
                };
            }
            sqlx::Error::Io(io) => {
                return StoreError::Unavailable {
                    reason: io.to_string(),
                };
            }
            _ => {}
        }
        StoreError::Database(Arc::new(error))
    }
}

impl From<MigrateError> for StoreError {
    fn from(error: MigrateError) -> Self {
        StoreError::Migration(Arc::new(error))
    }
}

/// Unique columns, as SQLite names them in its message and PostgreSQL in its constraint name.
const UNIQUE_VALUES: &[(&str, &str, &str)] = &[
    ("users.email", "users_email_key", "email"),
    (
        "organizations.slug",
        "organizations_slug_key",
        "organization slug",
    ),
    (
        "invitations.code",
        "invitations_code_key",
        "invitation code",
    ),
    (
        "responses.resume_code_hash",
        "responses_resume_code_hash_key",
        "resume code",
    ),
    ("sessions.token_hash", "sessions_pkey", "session"),
];

fn from_database(db: &dyn DatabaseError) -> Option<StoreError> {
    let message = db.message();
    // Raised by the triggers of the migrations: defence in depth behind the store's own checks.
    if message.contains("submitted response is final") {
        return Some(StoreError::Final { what: "response" });
    }
    if message.contains("submitted assessment is final") {
        return Some(StoreError::Final { what: "assessment" });
    }
    match db.kind() {
        ErrorKind::UniqueViolation => {
            let constraint = db.constraint().unwrap_or_default();
            let what = UNIQUE_VALUES
                .iter()
                .find(|(sqlite, postgres, _)| message.contains(sqlite) || constraint == *postgres)
                .map_or("record", |(_, _, what)| *what);
            Some(StoreError::Conflict { what })
        }
        ErrorKind::ForeignKeyViolation => Some(StoreError::NotFound {
            what: "referenced record",
        }),
        ErrorKind::CheckViolation | ErrorKind::NotNullViolation => Some(StoreError::Invalid {
            what: "value",
            reason: message.to_owned(),
        }),
        _ => None,
    }
}
