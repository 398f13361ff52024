//! The web app over real HTTP: a server on a random port with a fresh SQLite file per test.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions (spawn_app, sign-in…) fail the test loudly"
)]

mod access_matrix;
mod accounts;
mod across_versions;
mod admin_audited;
mod admin_console;
mod api;
mod checklists;
mod checklists_v2;
mod french_text;
mod golden_pages;
mod health;
mod helpers;
mod hostile;
mod item_exports;
mod navigation;
mod output;
mod peer_surveys;
mod progress;
mod report_pdf;
mod report_plain;
mod report_summaries;
mod report_tables;
mod reports;
mod reports_ids;
mod reports_visibility;
mod response_rates;
mod scale_out;
mod scope_isolation;
mod sign_in;
mod support;
mod support_reports;
mod survey_closing;
mod survey_flow;
mod survey_respondent;
mod survey_unhappy;
