//! The store's integration tests: one binary, every test on SQLite and (when configured)
//! PostgreSQL. See `harness.rs`.

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod harness;

mod accounts;
mod audit;
mod audited;
mod checklists;
mod durability;
mod export;
mod fingerprints;
mod report_reads;
mod responses;
mod retention;
mod summaries;
mod support;
mod surveys;
