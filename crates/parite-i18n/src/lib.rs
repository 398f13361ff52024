//! Parité's localization: strict Fluent bundles for fr-CA and en-CA (and any locale folder
//! added later), language negotiation for web requests, and locale-aware numbers and dates
//! from ICU4X's compiled CLDR data.
//!
//! Strictness is the point: a message missing in one language is an error there, never text
//! borrowed from the other language, so parity can be tested.

pub mod catalog;
mod embedded;
mod error;
mod fluent_format;
mod format;
mod locale;
mod localizer;
pub mod negotiate;
mod texts;
pub mod typography;

pub use error::I18nError;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use format::{NumberFormat, format_date, format_decimal, format_percent};
pub use locale::Locale;
pub use localizer::Localizer;
pub use texts::{ArgValue, Texts};
