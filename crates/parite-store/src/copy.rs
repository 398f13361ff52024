//! Copying a whole Parité database into another, across backends: how an operator moves from
//! SQLite to PostgreSQL when one server is no longer enough (or back, to hand a file over).
//!
//! The copy reads the source inside one read-only snapshot transaction, so a server may keep
//! running on it, and writes the target inside one transaction, so a failure leaves the target
//! as it was. The target must be empty: the copy never merges. Tables and columns are read from
//! the schema itself rather than listed here, so a table added by a later migration is copied
//! without a change to this file; tables are written parents first, in the order of their
//! foreign keys.
//!
//! Final data is guarded by triggers (a submitted response's answers refuse to be inserted,
//! changed or deleted). Copying final data in is, like erasure, a deliberate exception: the
//! target's triggers are lifted inside the copy's transaction and put back before it commits
//! (SQLite: dropped and recreated from the SQL the schema holds; PostgreSQL: `DISABLE TRIGGER
//! USER`, which leaves the foreign-key checks on). Identity columns continue after the highest
//! copied id, so the next row written on the target does not collide.

use std::path::PathBuf;

use futures_util::TryStreamExt;

mod catalog;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Connection, Row};

use crate::guards;
use crate::restore::{RestoreError, lock_exclusively};
use crate::schema::{self, SchemaStatus};
use crate::{Backend, StoreError, postgres, sqlite};

/// Rows per `INSERT`: well under both backends' limit on bound parameters for the widest table.
const ROWS_PER_INSERT: usize = 200;

/// Why a copy was refused or failed; the target is as it was.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the source and the target are the same database")]
    SameDatabase,
    #[error("{url}: {detail}")]
    Unreachable { url: String, detail: String },
    #[error("{url} holds no Parité database")]
    NotParite { url: String },
    #[error("{url} has schema version {database}; this binary's is {binary}")]
    SourceSchema {
        url: String,
        database: i64,
        binary: i64,
    },
    #[error("{url} has schema version {database}, newer than this binary's {binary}")]
    TargetNewer {
        url: String,
        database: i64,
        binary: i64,
    },
    #[error("{url} already holds data (table {table})")]
    TargetNotEmpty { url: String, table: String },
    #[error("{path} is open by a running server or command")]
    TargetInUse { path: PathBuf },
    #[error("table {table} differs between the two databases")]
    Mismatch { table: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What was copied: rows per table, in the order they were written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    pub tables: Vec<(String, u64)>,
}

impl Copied {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, rows)| rows).sum()
    }
}

/// A URL fit to print: the password, if any, replaced by `***`.
pub fn shown_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}{path}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// Copies the database at `from` into the empty (or not yet created) database at `to`.
/// `progress` hears of each table once it is copied.
pub async fn copy(
    from: &str,
    to: &str,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Copied, CopyError> {
    sqlx::any::install_default_drivers();
    let (source_backend, target_backend) = (Backend::of_url(from)?, Backend::of_url(to)?);
    if same_database(from, source_backend, to, target_backend)? {
        return Err(CopyError::SameDatabase);
    }
    let mut source = open_source(from, source_backend).await?;
    // Held until the copy ends: no server may open an SQLite target meanwhile.
    let _exclusive = match target_backend {
        Backend::Sqlite => {
            let file = sqlite::target(to)?.file;
            lock_exclusively(&file).map_err(|error| match error {
                RestoreError::InUse { path } => CopyError::TargetInUse { path },
                other => CopyError::Unreachable {
                    url: shown_url(to),
                    detail: other.to_string(),
                },
            })?
        }
        Backend::Postgres => None,
    };
    let mut target = open_target(to, target_backend).await?;
    let result = copy_between(
        &mut source,
        source_backend,
        &mut target,
        target_backend,
        to,
        progress,
    )
    .await;
    let _ = source.close().await;
    let _ = target.close().await;
    result
}

/// Whether the two URLs name one database (the same SQLite file, or the same PostgreSQL URL).
fn same_database(
    from: &str,
    source: Backend,
    to: &str,
    target: Backend,
) -> Result<bool, StoreError> {
    Ok(match (source, target) {
        (Backend::Sqlite, Backend::Sqlite) => {
            sqlite::target(from)?.file == sqlite::target(to)?.file
        }
        (Backend::Postgres, Backend::Postgres) => {
            from.trim_end_matches('/') == to.trim_end_matches('/')
        }
        _ => false,
    })
}

/// The source, checked to be a Parité database at this binary's schema version, inside a
/// read-only snapshot.
async fn open_source(url: &str, backend: Backend) -> Result<AnyConnection, CopyError> {
    let unreachable = |error: &dyn std::fmt::Display| CopyError::Unreachable {
        url: shown_url(url),
        detail: error.to_string(),
    };
    let binary = match backend {
        Backend::Sqlite => schema::binary_version(&sqlite::MIGRATOR),
        Backend::Postgres => schema::binary_version(&postgres::MIGRATOR),
    };
    let mut connection = match backend {
        Backend::Sqlite => {
            let target = sqlite::target(url)?;
            if !target.file.is_file() {
                return Err(CopyError::NotParite {
                    url: shown_url(url),
                });
            }
            sqlite::open_reader(&target.options)
                .await
                .map_err(|e| unreachable(&e))?
        }
        Backend::Postgres => AnyConnection::connect(url)
            .await
            .map_err(|e| unreachable(&e))?,
    };
    // An error here is a file that is not SQLite, or a database without Parité's bookkeeping.
    let database = schema::database_version(&mut connection)
        .await
        .unwrap_or_default();
    match SchemaStatus::of(database, binary) {
        SchemaStatus::Current { .. } => {}
        _ if database == 0 => {
            return Err(CopyError::NotParite {
                url: shown_url(url),
            });
        }
        _ => {
            return Err(CopyError::SourceSchema {
                url: shown_url(url),
                database,
                binary,
            });
        }
    }
    let begin = match backend {
        Backend::Sqlite => "BEGIN",
        Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    };
    sqlx::raw_sql(begin)
        .execute(&mut connection)
        .await
        .map_err(StoreError::from)?;
    Ok(connection)
}

/// The target, migrated to this binary's schema, inside its write transaction.
async fn open_target(url: &str, backend: Backend) -> Result<AnyConnection, CopyError> {
    let shown = shown_url(url);
    match crate::migrate(url).await {
        Ok(()) => {}
        Err(StoreError::SchemaNewer { database, binary }) => {
            return Err(CopyError::TargetNewer {
                url: shown,
                database,
                binary,
            });
        }
        Err(error @ StoreError::Invalid { .. }) => return Err(error.into()),
        Err(error) => {
            return Err(CopyError::Unreachable {
                url: shown,
                detail: error.to_string(),
            });
        }
    }
    let mut connection = match backend {
        Backend::Sqlite => sqlite::open_writer(&sqlite::target(url)?.options).await?,
        Backend::Postgres => AnyConnection::connect(url)
            .await
            .map_err(StoreError::from)?,
    };
    let begin = match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN",
    };
    sqlx::raw_sql(begin)
        .execute(&mut connection)
        .await
        .map_err(StoreError::from)?;
    Ok(connection)
}

/// The table a store fills when a command opens it (the fingerprints of the instrument files,
/// `crate::fingerprints`), whatever the database holds.
const RECORDED_AT_START: &str = "instrument_fingerprints";

async fn copy_between(
    source: &mut AnyConnection,
    source_backend: Backend,
    target: &mut AnyConnection,
    backend: Backend,
    to: &str,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Copied, CopyError> {
    let tables = catalog::tables_in_write_order(target, backend).await?;
    for table in &tables {
        // Recorded by any command that opened the target (`serve` once, to try it): not data.
        // The source's record replaces it below, since it describes the source's answers.
        if table == RECORDED_AT_START {
            continue;
        }
        let count: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *target)
                .await
                .map_err(StoreError::from)?;
        if count > 0 {
            return Err(CopyError::TargetNotEmpty {
                url: shown_url(to),
                table: table.clone(),
            });
        }
    }
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM {RECORDED_AT_START}"
    )))
    .execute(&mut *target)
    .await
    .map_err(StoreError::from)?;
    let lifted = guards::lift(target, backend, &tables).await?;
    let mut copied = Copied::default();
    for table in &tables {
        let columns = catalog::columns(target, backend, table).await?;
        let names = |columns: &[catalog::Column]| {
            columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>()
        };
        let on_source = catalog::columns(source, source_backend, table).await?;
        if names(&on_source) != names(&columns) {
            return Err(CopyError::Mismatch {
                table: table.clone(),
            });
        }
        let rows = copy_table(source, target, backend, table, &columns).await?;
        progress(table, rows);
        copied.tables.push((table.clone(), rows));
    }
    if backend == Backend::Postgres {
        for table in &tables {
            for column in catalog::columns(target, backend, table).await? {
                if column.identity {
                    continue_identity(target, table, &column.name).await?;
                }
            }
        }
    }
    guards::restore(target, lifted).await?;
    sqlx::raw_sql("COMMIT")
        .execute(&mut *target)
        .await
        .map_err(StoreError::from)?;
    Ok(copied)
}

/// One column's value, in the only two kinds the schema uses (integers and text).
#[derive(Debug)]
enum Value {
    Integer(Option<i64>),
    Text(Option<String>),
}

async fn copy_table(
    source: &mut AnyConnection,
    target: &mut AnyConnection,
    backend: Backend,
    table: &str,
    columns: &[catalog::Column],
) -> Result<u64, CopyError> {
    let names = columns
        .iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    // Ordered by every column so both backends write (and later read) rows in one order.
    let select = format!("SELECT {names} FROM {table} ORDER BY {names}");
    let overriding = if backend == Backend::Postgres && columns.iter().any(|c| c.identity) {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    };
    let mut batch: Vec<Vec<Value>> = Vec::with_capacity(ROWS_PER_INSERT);
    let mut rows = 0;
    let mut stream = sqlx::query(sqlx::AssertSqlSafe(select)).fetch(&mut *source);
    while let Some(row) = stream.try_next().await.map_err(StoreError::from)? {
        batch.push(values(&row, columns)?);
        if batch.len() == ROWS_PER_INSERT {
            rows += insert(target, table, &names, overriding, &mut batch).await?;
        }
    }
    drop(stream);
    rows += insert(target, table, &names, overriding, &mut batch).await?;
    Ok(rows)
}

fn values(row: &AnyRow, columns: &[catalog::Column]) -> Result<Vec<Value>, StoreError> {
    columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            Ok(if column.integer {
                Value::Integer(row.try_get(index)?)
            } else {
                Value::Text(row.try_get(index)?)
            })
        })
        .collect()
}

async fn insert(
    target: &mut AnyConnection,
    table: &str,
    names: &str,
    overriding: &str,
    batch: &mut Vec<Vec<Value>>,
) -> Result<u64, CopyError> {
    if batch.is_empty() {
        return Ok(0);
    }
    let width = batch[0].len();
    let placeholders = (0..batch.len())
        .map(|row| {
            let cells = (1..=width)
                .map(|column| format!("${}", row * width + column))
                .collect::<Vec<_>>()
                .join(", ");
            format!("({cells})")
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("INSERT INTO {table} ({names}){overriding} VALUES {placeholders}");
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for value in batch.drain(..).flatten() {
        query = match value {
            Value::Integer(v) => query.bind(v),
            Value::Text(v) => query.bind(v),
        };
    }
    let done = query
        .execute(&mut *target)
        .await
        .map_err(StoreError::from)?;
    Ok(done.rows_affected())
}

/// The next generated id of `table.column` comes after the highest copied one.
async fn continue_identity(
    target: &mut AnyConnection,
    table: &str,
    column: &str,
) -> Result<(), StoreError> {
    let sql = format!(
        "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), \
         COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&mut *target)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    #[test]
    fn a_printed_url_never_shows_the_password() {
        assert_eq!(
            shown_url("postgres://parite:s3cret@db.example:5432/parite"),
            "postgres://parite:***@db.example:5432/parite"
        );
        assert_eq!(
            shown_url("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(
            shown_url("sqlite://data/parite.db"),
            "sqlite://data/parite.db"
        );
    }

    #[test]
    fn parents_are_written_before_their_children() {
        let tables = ["answers", "organizations", "responses", "waves"]
            .map(str::to_owned)
            .to_vec();
        let mut parents = BTreeMap::new();
        let edge = |parents: &mut BTreeMap<String, BTreeSet<String>>, child: &str, parent: &str| {
            parents
                .entry(child.to_owned())
                .or_default()
                .insert(parent.to_owned());
        };
        edge(&mut parents, "answers", "responses");
        edge(&mut parents, "responses", "waves");
        edge(&mut parents, "waves", "organizations");
        assert_eq!(
            catalog::parents_first(tables, &parents),
            ["organizations", "waves", "responses", "answers"]
        );
    }
}
