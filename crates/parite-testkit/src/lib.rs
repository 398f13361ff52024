//! What the test harnesses of the workspace share: a database of its own for each test, so tests
//! run in parallel without cleaning up after one another.
//!
//! - [`PgDatabase`]: a fresh database on the PostgreSQL server of `PARITE_TEST_POSTGRES_URL`,
//!   dropped when the value is dropped (even by a panicking test).
//! - [`TempSqlite`]: an SQLite file in a temporary folder, removed with it.
//!
//! A harness is test code: a failure to set up panics with a message saying what is missing.
#![expect(
    clippy::expect_used,
    reason = "a test harness that cannot set up fails the test loudly"
)]

mod postgres;
mod sqlite;

pub use postgres::{PgDatabase, REQUIRE_VAR, URL_VAR, random_hex, with_database};
pub use sqlite::TempSqlite;
