//! Which schema a database holds, against the migrations this binary carries.
//!
//! The schema version is the number of the newest migration applied (`0006_report_summaries.sql`
//! is version 6), as sqlx records it in `_sqlx_migrations`. A binary runs on a database whose
//! version is at most its own newest migration: older databases are migrated forward; a newer
//! one (written by a later release) is refused before anything is changed, because sqlx would
//! otherwise stop with "migration 7 was previously applied but is missing" — true, and of no help
//! to the operator who rolled back a binary. `parite migrate --check` and `/readyz` read the same
//! status without applying anything.

use sqlx::migrate::Migrator;
use sqlx::{Any, Executor, Row};

use crate::StoreError;

/// Where a database stands against this binary's migrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaStatus {
    /// Every migration of this binary is applied, and none other.
    Current {
        /// The schema version of both.
        version: i64,
    },
    /// Migrations of this binary are not applied yet (`database` is 0 for an empty database).
    Pending {
        /// The newest migration applied.
        database: i64,
        /// The newest migration this binary carries.
        binary: i64,
    },
    /// The database was migrated by a newer release: this binary must not touch it.
    Newer {
        /// The newest migration applied.
        database: i64,
        /// The newest migration this binary carries.
        binary: i64,
    },
}

impl SchemaStatus {
    /// Compares the newest applied version with the binary's.
    pub fn of(database: i64, binary: i64) -> SchemaStatus {
        match database.cmp(&binary) {
            std::cmp::Ordering::Equal => SchemaStatus::Current { version: binary },
            std::cmp::Ordering::Less => SchemaStatus::Pending { database, binary },
            std::cmp::Ordering::Greater => SchemaStatus::Newer { database, binary },
        }
    }

    /// The error that stops a binary from opening a newer database, if this is one.
    pub fn refuse_newer(self) -> Result<SchemaStatus, StoreError> {
        match self {
            SchemaStatus::Newer { database, binary } => {
                Err(StoreError::SchemaNewer { database, binary })
            }
            status => Ok(status),
        }
    }
}

/// The newest migration a migrator carries.
pub(crate) fn binary_version(migrator: &Migrator) -> i64 {
    migrator
        .iter()
        .map(|migration| migration.version)
        .max()
        .unwrap_or(0)
}

/// The newest migration applied to the database behind `executor`; 0 before the first.
pub(crate) async fn database_version<'e, E>(executor: E) -> Result<i64, StoreError>
where
    E: Executor<'e, Database = Any>,
{
    // The bookkeeping table is created by the first migration run; a fresh database lacks it.
    // Asking the catalog first would take a dialect switch (`sqlite_master`, `information_schema`)
    // and a second round trip, so read it and take "no such table" as version 0.
    let read = sqlx::query("SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success")
        .fetch_one(executor)
        .await;
    match read {
        Ok(row) => Ok(row.try_get::<i64, _>(0)?),
        Err(sqlx::Error::Database(error)) if is_missing_table(error.message()) => Ok(0),
        Err(error) => Err(error.into()),
    }
}

/// SQLite says "no such table: _sqlx_migrations", PostgreSQL `relation "…" does not exist`.
fn is_missing_table(message: &str) -> bool {
    message.contains("no such table") || message.contains("does not exist")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_an_operator_reads_them() {
        assert_eq!(SchemaStatus::of(6, 6), SchemaStatus::Current { version: 6 });
        assert_eq!(
            SchemaStatus::of(0, 6),
            SchemaStatus::Pending {
                database: 0,
                binary: 6
            }
        );
        assert!(matches!(
            SchemaStatus::of(7, 6).refuse_newer(),
            Err(StoreError::SchemaNewer {
                database: 7,
                binary: 6
            })
        ));
        assert!(SchemaStatus::of(5, 6).refuse_newer().is_ok());
    }

    #[test]
    fn both_backends_missing_table_messages_are_recognized() {
        assert!(is_missing_table("no such table: _sqlx_migrations"));
        assert!(is_missing_table(
            "relation \"_sqlx_migrations\" does not exist"
        ));
        assert!(!is_missing_table(
            "permission denied for table _sqlx_migrations"
        ));
    }
}
