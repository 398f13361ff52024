//! Streaming CSV exports. Every writer takes an `impl Write` and rows one at a time, writes
//! each row as it comes and keeps nothing proportional to the number of rows, so a database
//! stream of any length can be exported; `finish` flushes and hands the output back.
//!
//! # Conventions
//! - **Delimiter**: `;` by default in fr-CA (where `,` is the decimal separator), `,` in en-CA.
//! - **BOM**: a UTF-8 byte order mark is written first by default, so spreadsheet software
//!   reads accents correctly.
//! - **Headers**: localized labels (`Organisme`, `Organization`) or stable codes
//!   (`organization`) — codes for scripts, labels for people.
//! - **Columns**: a column named `…_label` holds localized text; every other text column holds
//!   the stable code (item ids, choice codes, group codes), never a translation.
//! - **Numbers**: written by our own formatter, with a decimal comma when
//!   [`CsvOptions::decimal_comma`] is set (fr-CA default) and never with a thousands separator.
//! - **Formula injection**: any *text* cell beginning with `=`, `+`, `-`, `@`, a tab or a
//!   carriage return is prefixed with `'` so spreadsheet software shows it instead of running it
//!   ([`neutralize`]). Numeric cells are never prefixed: they come from our formatter, which
//!   only ever writes an optional `-`, digits and one decimal separator, so `-0,25` stays a
//!   number a spreadsheet can compute with.
//! - **Suppression**: in aggregate tables, every figure computed from fewer than `k`
//!   respondents (or hidden as a complement) is written as the localized reason it is
//!   hidden ("fewer than 5 respondents", "hidden to protect another group"), never as a number
//!   and never as 0.

mod activities;
mod assessments;
mod codebook;
mod dataset;
mod milestones;
mod ratings;
mod responses;
mod sheet;
mod support;
mod surveys;
pub mod syntax;
mod tables;
mod wide;

pub use activities::{ActivitiesWriter, ActivityRow, activities_dataset};
pub use assessments::{FidelityTableWriter, ProgressTableWriter};
pub use codebook::{item_codes, write_codebook};
pub use dataset::{Codes, Dataset, ValueLabel, Variable, VariableKind};
pub use milestones::{MilestoneRow, MilestonesWriter, milestones_dataset};
pub use ratings::{
    RatingRow, RatingsLongWriter, RatingsWideWriter, ratings_dataset, ratings_wide_dataset,
};
pub use responses::{AnswerRow, ResponsesLongWriter};
pub use sheet::neutralize;
pub use support::{SupportTableWriter, WrapTableWriter};
pub use surveys::{GroupColumns, SurveyIndexTableWriter};
pub use syntax::{SyntaxKind, write_syntax};
pub use tables::{BarrierTableWriter, ChangeTableWriter, ParticipationTableWriter};
pub use wide::{ResponsesWideWriter, responses_wide_dataset};

use parite_i18n::Locale;

/// The field separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delimiter {
    /// `,`
    Comma,
    /// `;`
    Semicolon,
}

impl Delimiter {
    /// The delimiter as the csv crate takes it.
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
        }
    }
}

/// What the header row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderStyle {
    /// Column names in the reader's language.
    Labels,
    /// Stable snake_case codes, the same in every language.
    Codes,
}

/// How a CSV file is written. [`CsvOptions::for_locale`] gives the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// The field separator.
    pub delimiter: Delimiter,
    /// Write a UTF-8 byte order mark first.
    pub bom: bool,
    /// Labels or codes in the header row.
    pub headers: HeaderStyle,
    /// Write numbers with a decimal comma (`3,75`).
    pub decimal_comma: bool,
    /// Raw exports only: include free-text answers, which only evaluators may see (DESIGN.md).
    /// Off by default so that an export cannot carry free text by accident.
    pub include_free_text: bool,
}

impl CsvOptions {
    /// French: `;`, decimal comma. Anything else: `,`, decimal point. BOM and localized
    /// headers on, free text off.
    pub fn for_locale(locale: &Locale) -> CsvOptions {
        let french = locale.language() == "fr";
        CsvOptions {
            delimiter: if french {
                Delimiter::Semicolon
            } else {
                Delimiter::Comma
            },
            bom: true,
            headers: HeaderStyle::Labels,
            decimal_comma: french,
            include_free_text: false,
        }
    }
}

/// A column: its stable code and the Fluent message of its localized name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    pub code: &'static str,
    pub label: &'static str,
}

pub(crate) const fn col(code: &'static str, label: &'static str) -> Column {
    Column { code, label }
}
