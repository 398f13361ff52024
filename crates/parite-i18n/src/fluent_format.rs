//! Makes `{ $count }` and `NUMBER()` in Fluent messages print numbers the locale's way.
//!
//! fluent-bundle prints numbers with Rust's `f64` formatting (`1234.5` in every language); its
//! formatter hook is a plain `fn`, so the locale comes from the bundle's memoizer, which builds
//! one [`LocaleNumbers`] per bundle on first use.

use std::sync::Arc;

use fluent_bundle::FluentValue;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::{Locale, NumberFormat};

/// Installed with `FluentBundle::set_formatter`; `None` leaves the value to Fluent.
pub(crate) fn format_value(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<LocaleNumbers, _, _>((), |numbers| numbers.0.fluent_number(number))
        .ok()
        .flatten()
}

struct LocaleNumbers(Arc<NumberFormat>);

impl Memoizable for LocaleNumbers {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, Self::Error> {
        Ok(LocaleNumbers(NumberFormat::shared(&Locale::from(lang))))
    }
}
