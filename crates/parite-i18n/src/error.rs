//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong while loading, looking up or formatting localized text.
///
/// Each variant names what a person needs to find the problem: the file, the locale, the id.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum I18nError {
    /// A string that is not a usable BCP 47 language tag.
    #[error("“{input}” is not a valid locale: {reason}")]
    InvalidLocale { input: String, reason: String },

    /// A folder under the locales directory whose name is not a language tag.
    #[error("{}: folder name is not a locale: {reason}", path.display())]
    InvalidLocaleFolder { path: PathBuf, reason: String },

    /// A file or folder that could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A locales folder (or the embedded set) with no `<locale>/*.ftl` in it.
    #[error("no locale folder with .ftl files found in {}", path.display())]
    NoLocales { path: PathBuf },

    /// The default locale asked for is not among the loaded ones.
    #[error("default locale {locale} has no folder of messages (found: {available})")]
    DefaultLocaleMissing { locale: String, available: String },

    /// An .ftl file that Fluent cannot parse; loading refuses it rather than drop messages.
    #[error("{}:{line}: Fluent syntax error: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },

    /// The same message (or term) id defined twice in one locale.
    #[error(
        "{}:{line}: message “{id}” is defined again in locale {locale} (first in {}:{first_line})",
        path.display(),
        first_path.display()
    )]
    DuplicateMessage {
        locale: String,
        id: String,
        path: PathBuf,
        line: usize,
        first_path: PathBuf,
        first_line: usize,
    },

    /// Fluent refused a resource for a reason other than syntax or duplicates.
    #[error("{}: cannot add to the {locale} bundle: {details}", path.display())]
    Bundle {
        locale: String,
        path: PathBuf,
        details: String,
    },

    /// A locale this localizer was not loaded with.
    #[error("locale {locale} is not loaded")]
    UnknownLocale { locale: String },

    /// A message id absent from that locale (there is no fallback to another language).
    #[error("message “{id}” is missing in locale {locale}")]
    MissingMessage { locale: String, id: String },

    /// A message that exists but has only attributes, asked for its value.
    #[error("message “{id}” has no value in locale {locale}")]
    NoValue { locale: String, id: String },

    /// An attribute absent from a message of that locale.
    #[error("attribute “{id}.{attr}” is missing in locale {locale}")]
    MissingAttribute {
        locale: String,
        id: String,
        attr: String,
    },

    /// Fluent could resolve the message only partly (missing argument, unknown reference…).
    #[error("message “{id}” in locale {locale} did not format cleanly: {details}")]
    Format {
        locale: String,
        id: String,
        details: String,
    },

    /// A year, month and day that do not make a date of the Gregorian calendar.
    #[error("{year:04}-{month:02}-{day:02} is not a valid date")]
    InvalidDate { year: i32, month: u8, day: u8 },

    /// ICU4X has no date pattern to use for this locale.
    #[error("no date format available for locale {locale}: {details}")]
    DateFormatUnavailable { locale: String, details: String },
}
