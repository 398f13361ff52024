//! Parité's reports, as pure functions from core aggregates (and a [`Texts`] for the reader's
//! language) to CSV bytes, SVG text and PNG bytes. Nothing here reads files, the clock or the
//! database: callers stream rows in and write the output where they like.
//!
//! - [`export`]: streaming CSV writers — raw responses (long and wide, with a codebook) and the
//!   aggregate tables (barriers, participation, fidelity, progress).
//! - [`chart`]: plotters charts — barrier profile, change across waves, fidelity by domain,
//!   progress through the stages, funder heatmap — each with its data table.
//! - [`table`]: the report tables no chart stands for, as text for the page.
//! - [`summary`]: the plain-language summary, said from masked figures only.
//! - [`compose`]: a report composed from its figures — its charts, tables, sections and
//!   summary, as one HTML file or a PDF — for the web and `parite report` alike.
//! - [`pdf`]: a whole report as a paginated, tagged PDF (Letter, DejaVu Sans embedded, charts
//!   as vectors), from a neutral document model.
//!
//! Small cells are hidden with [`parite_core::suppression`] wherever a count of respondents is
//! involved: the writers and charts take the threshold [`MinCell`] and print the localized
//! reason (fewer than `k` respondents, or hidden to protect another group) in place of any
//! hidden figure, never a number.
//!
//! [`Texts`]: parite_i18n::Texts
//! [`MinCell`]: parite_core::suppression::MinCell

pub mod chart;
pub mod compose;
pub mod definition;
mod error;
pub mod export;
mod labels;
pub mod pdf;
pub mod summary;
pub mod table;

pub use error::ReportError;
