//! Reliability of the real server: load without loss, crashes, two servers on one database, and
//! a database that goes away. Each test starts `parite serve` as a child process on 127.0.0.1.
//!
//! The full soak (50,000 responses) is ignored by default:
//! `cargo test -p parite --test reliability -- --ignored --nocapture`.
//! `PARITE_SOAK_RESPONSES=5000` runs it at another size.
//! PostgreSQL runs need `PARITE_TEST_POSTGRES_URL`; each test makes its own database.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions (servers, respondents, counts) fail the test loudly"
)]

mod copy;
mod crash;
mod database_trouble;
mod erasure;
mod lifecycle;
mod load;
mod logs;
mod metrics;
mod pg_restore;
mod proxy;
mod restore;
mod retention;
mod soak;
mod stored;
mod support;
mod survey;
mod topology;
mod two_servers;
