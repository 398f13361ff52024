//! What the schema says of its tables and columns, on either backend: read from the
//! database's own catalog, so nothing here lists a table.
use std::collections::{BTreeMap, BTreeSet};

use sqlx::{AnyConnection, Row};

use crate::{Backend, StoreError};

#[derive(Debug, Clone)]
pub(crate) struct Column {
    pub(crate) name: String,
    pub(crate) integer: bool,
    /// PostgreSQL `GENERATED … AS IDENTITY`.
    pub(crate) identity: bool,
}

/// Every table of the schema but the migrations' bookkeeping, parents before children.
pub(crate) async fn tables_in_write_order(
    c: &mut AnyConnection,
    backend: Backend,
) -> Result<Vec<String>, StoreError> {
    let (tables_sql, references_sql) = match backend {
        Backend::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
            "SELECT m.name, p.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) p \
             WHERE m.type = 'table'",
        ),
        Backend::Postgres => (
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
             AND table_name <> '_sqlx_migrations' ORDER BY table_name",
            "SELECT child.relname::text, parent.relname::text FROM pg_constraint k \
             JOIN pg_class child ON child.oid = k.conrelid \
             JOIN pg_class parent ON parent.oid = k.confrelid \
             WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace",
        ),
    };
    let tables: Vec<String> = sqlx::query_scalar(tables_sql).fetch_all(&mut *c).await?;
    let mut parents: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in sqlx::query(references_sql).fetch_all(&mut *c).await? {
        let (child, parent): (String, String) = (row.try_get(0)?, row.try_get(1)?);
        if child != parent {
            parents.entry(child).or_default().insert(parent);
        }
    }
    Ok(parents_first(tables, &parents))
}

/// A topological order, alphabetical among tables whose parents are all placed; a cycle
/// (none exists in the schema) would leave its tables for the end, in name order.
pub(crate) fn parents_first(
    tables: Vec<String>,
    parents: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut placed: Vec<String> = Vec::with_capacity(tables.len());
    let mut waiting = tables;
    while !waiting.is_empty() {
        let ready = waiting.iter().position(|table| {
            parents.get(table).is_none_or(|of| {
                of.iter()
                    .all(|parent| placed.contains(parent) || !waiting.contains(parent))
            })
        });
        let next = waiting.remove(ready.unwrap_or(0));
        placed.push(next);
    }
    placed
}

pub(crate) async fn columns(
    c: &mut AnyConnection,
    backend: Backend,
    table: &str,
) -> Result<Vec<Column>, StoreError> {
    let rows = match backend {
        Backend::Sqlite => {
            sqlx::query("SELECT name, type, 'NO' FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(&mut *c)
                .await?
        }
        Backend::Postgres => {
            sqlx::query(
                "SELECT column_name::text, data_type::text, is_identity::text \
                 FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1 \
                 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(&mut *c)
            .await?
        }
    };
    rows.iter()
        .map(|row| {
            let kind: String = row.try_get(1)?;
            let identity: String = row.try_get(2)?;
            Ok(Column {
                name: row.try_get(0)?,
                integer: kind.to_ascii_uppercase().contains("INT"),
                identity: identity == "YES",
            })
        })
        .collect()
}
