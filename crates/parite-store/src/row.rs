//! Reading columns out of `Any` rows into the store's types.

use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{StoreError, Timestamp};

pub(crate) fn text(row: &AnyRow, column: &str) -> Result<String, StoreError> {
    Ok(row.try_get(column)?)
}

pub(crate) fn optional_text(row: &AnyRow, column: &str) -> Result<Option<String>, StoreError> {
    Ok(row.try_get(column)?)
}

pub(crate) fn integer(row: &AnyRow, column: &str) -> Result<i64, StoreError> {
    Ok(row.try_get(column)?)
}

pub(crate) fn time(row: &AnyRow, column: &str) -> Result<Timestamp, StoreError> {
    Ok(Timestamp::from_unix(row.try_get(column)?))
}

pub(crate) fn optional_time(row: &AnyRow, column: &str) -> Result<Option<Timestamp>, StoreError> {
    let seconds: Option<i64> = row.try_get(column)?;
    Ok(seconds.map(Timestamp::from_unix))
}

/// Instrument versions and answer positions: non-negative by CHECK, u32 in the API.
pub(crate) fn small(row: &AnyRow, column: &str) -> Result<u32, StoreError> {
    let value = integer(row, column)?;
    u32::try_from(value).map_err(|_| corrupt(column, &value.to_string()))
}

/// Decodes an enumerated TEXT column through `parse`.
pub(crate) fn parsed<T>(
    row: &AnyRow,
    column: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, StoreError> {
    let value = text(row, column)?;
    parse(&value).ok_or_else(|| corrupt(column, &value))
}

/// An instrument id column.
pub(crate) fn instrument_id(
    row: &AnyRow,
    column: &str,
) -> Result<parite_core::InstrumentId, StoreError> {
    parsed(row, column, |id| parite_core::InstrumentId::parse(id).ok())
}

/// A value the schema's CHECKs should have made impossible.
pub(crate) fn corrupt(column: &str, value: &str) -> StoreError {
    StoreError::Invalid {
        what: "stored value",
        reason: format!("column {column} holds {value:?}"),
    }
}

/// Counts come back as BIGINT on both backends.
pub(crate) fn count(row: &AnyRow, column: &str) -> Result<u64, StoreError> {
    let value = integer(row, column)?;
    Ok(u64::try_from(value).unwrap_or(0))
}

/// Refuses an empty or blank value before it reaches the database.
pub(crate) fn non_blank(what: &'static str, value: &str) -> Result<(), StoreError> {
    if value.trim().is_empty() {
        return Err(StoreError::Invalid {
            what,
            reason: "empty".to_owned(),
        });
    }
    Ok(())
}
