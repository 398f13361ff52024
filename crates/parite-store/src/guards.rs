//! The triggers that guard final data (submitted answers and ratings, milestone history, the
//! audit log), lifted for the two deliberate exceptions — erasing an organization, and copying a
//! whole database into an empty one — and always put back inside the same transaction.
//!
//! SQLite has no way to switch a trigger off: its triggers are dropped and recreated from the
//! very SQL the schema holds. PostgreSQL's `DISABLE TRIGGER USER` switches off the tables' own
//! triggers and leaves the foreign-key checks on; the `ALTER` also locks the tables until the
//! commit, so nothing else writes them meanwhile. Both are transactional: a failure anywhere
//! leaves the triggers and the data as they were.

use sqlx::{AnyConnection, Row};

use crate::{Backend, StoreError};

/// What puts the triggers back.
#[must_use = "the guards must be restored before the transaction commits"]
pub(crate) enum Lifted {
    /// SQLite: the `CREATE TRIGGER` statements of the dropped triggers.
    Sqlite(Vec<String>),
    /// PostgreSQL: the tables whose triggers are disabled.
    Postgres(Vec<String>),
}

/// Lifts every trigger on `tables`, inside the caller's transaction on `c`.
pub(crate) async fn lift<T: AsRef<str>>(
    c: &mut AnyConnection,
    backend: Backend,
    tables: &[T],
) -> Result<Lifted, StoreError> {
    match backend {
        Backend::Sqlite => {
            let mut saved = Vec::new();
            let rows = sqlx::query(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
            )
            .fetch_all(&mut *c)
            .await?;
            for row in rows {
                let (name, table, sql): (String, String, String) =
                    (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
                if !tables.iter().any(|t| t.as_ref() == table) {
                    continue;
                }
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP TRIGGER {name}")))
                    .execute(&mut *c)
                    .await?;
                saved.push(sql);
            }
            Ok(Lifted::Sqlite(saved))
        }
        Backend::Postgres => {
            let mut disabled = Vec::new();
            for table in tables {
                let table = table.as_ref();
                let sql = format!("ALTER TABLE {table} DISABLE TRIGGER USER");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
                disabled.push(table.to_owned());
            }
            Ok(Lifted::Postgres(disabled))
        }
    }
}

/// Puts back what [`lift`] took away.
pub(crate) async fn restore(c: &mut AnyConnection, lifted: Lifted) -> Result<(), StoreError> {
    match lifted {
        Lifted::Sqlite(statements) => {
            for sql in statements {
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
            }
        }
        Lifted::Postgres(tables) => {
            for table in tables {
                let sql = format!("ALTER TABLE {table} ENABLE TRIGGER USER");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
            }
        }
    }
    Ok(())
}
