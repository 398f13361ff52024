//! Locale-aware numbers, percentages and dates with ICU4X's compiled CLDR data.
//!
//! What ICU4X 2.4 really prints (checked by the tests in `tests/format.rs`):
//! - fr-CA groups thousands with U+00A0 NO-BREAK SPACE (`1 234,5`); CLDR gives plain `fr`
//!   U+202F NARROW NO-BREAK SPACE instead, Canadian French overrides it.
//! - fr-CA long dates have no ordinal for the first of the month: `1 janvier 2026`, not
//!   `1er janvier 2026` (CLDR's `d MMMM y` pattern); `22 novembre 2026` otherwise.
//! - es-CA (not shipped, shown for a future locale) groups only from five digits: `1234,5`.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use fixed_decimal::{Decimal, FloatPrecision, Sign, SignedRoundingMode, UnsignedRoundingMode};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};

use crate::{I18nError, Locale};

/// The number and date formatters of one locale, built once and shared (`Send + Sync`).
///
/// Get one from [`Localizer::numbers`](crate::Localizer::numbers) or [`NumberFormat::shared`];
/// the free functions [`format_decimal`], [`format_percent`] and [`format_date`] use the same cache.
#[derive(Debug)]
pub struct NumberFormat {
    locale: Locale,
    grouped: Option<DecimalFormatter>,
    ungrouped: Option<DecimalFormatter>,
    percent: PercentAffixes,
    date: Result<FixedCalendarDateTimeFormatter<Gregorian, YMD>, String>,
}

/// Where the percent sign goes. ICU4X 2.4's stable crates have no percent formatter, so this
/// carries CLDR's percent patterns for the languages likely to be added; others get `75%`.
#[derive(Debug, Clone, Copy)]
struct PercentAffixes {
    prefix: &'static str,
    suffix: &'static str,
}

impl PercentAffixes {
    fn for_locale(locale: &Locale) -> PercentAffixes {
        let (prefix, suffix) = match (locale.language(), locale.region()) {
            ("fr", Some("CA")) => ("", "\u{a0}%"),
            ("fr", _) => ("", "\u{202f}%"),
            ("de" | "es" | "ca" | "sv" | "nb" | "da" | "fi" | "cs" | "sk" | "ru" | "uk", _) => {
                ("", "\u{a0}%")
            }
            ("tr", _) => ("%", ""),
            _ => ("", "%"),
        };
        PercentAffixes { prefix, suffix }
    }
}

/// Past this many locales the shared cache stops growing, so formatting with tags taken from
/// untrusted input cannot exhaust memory; such formats are then built per call.
const SHARED_CACHE_LIMIT: usize = 64;

impl NumberFormat {
    /// Builds the formatters for `locale`. ICU falls back along CLDR's parent chain (es-CA → es)
    /// and finally to the root locale, so this does not fail; a date formatter ICU cannot build
    /// is reported by [`NumberFormat::date`].
    pub fn new(locale: &Locale) -> NumberFormat {
        // unic-langid accepts a few tags ICU refuses; those format like the root locale.
        let icu_locale = icu_locale_core::Locale::try_from_str(locale.as_str())
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let decimal = |strategy| {
            let options = DecimalFormatterOptions::from(strategy);
            DecimalFormatter::try_new((&icu_locale).into(), options)
                .or_else(|_| DecimalFormatter::try_new(Default::default(), options))
                .ok()
        };
        let date = FixedCalendarDateTimeFormatter::try_new((&icu_locale).into(), YMD::long())
            .map_err(|error| error.to_string());
        NumberFormat {
            locale: locale.clone(),
            grouped: decimal(GroupingStrategy::Auto),
            ungrouped: decimal(GroupingStrategy::Never),
            percent: PercentAffixes::for_locale(locale),
            date,
        }
    }

    /// The formats of `locale` from a process-wide cache, built on first use.
    pub fn shared(locale: &Locale) -> Arc<NumberFormat> {
        static CACHE: OnceLock<RwLock<HashMap<Locale, Arc<NumberFormat>>>> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        // A poisoned lock only means another thread panicked mid-insert of an immutable value.
        if let Some(found) = cache.read().unwrap_or_else(|e| e.into_inner()).get(locale) {
            return Arc::clone(found);
        }
        let mut map = cache.write().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = map.get(locale) {
            return Arc::clone(found);
        }
        let built = Arc::new(NumberFormat::new(locale));
        if map.len() < SHARED_CACHE_LIMIT {
            map.insert(locale.clone(), Arc::clone(&built));
        }
        built
    }

    /// The locale these formats are for.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// `value` with exactly `fraction_digits` decimals, rounded half away from zero.
    /// Infinities and NaN come out as `∞`, `-∞` and `NaN`, the CLDR symbols.
    pub fn decimal(&self, value: f64, fraction_digits: u8) -> String {
        let digits = i16::from(fraction_digits);
        match to_decimal(value) {
            Some(decimal) => self.write(fixed(decimal, digits, digits), true),
            None => non_finite(value),
        }
    }

    /// `ratio` × 100 with exactly `fraction_digits` decimals and the locale's percent sign
    /// (fr-CA `75 %` with U+00A0, en-CA `75%`).
    pub fn percent(&self, ratio: f64, fraction_digits: u8) -> String {
        let digits = i16::from(fraction_digits);
        let number = match to_decimal(ratio) {
            Some(mut decimal) => {
                // Scaling the decimal, not the float, keeps 0.075 from becoming 7.4999…%.
                decimal.multiply_pow10(2);
                self.write(fixed(decimal, digits, digits), true)
            }
            None => non_finite(ratio),
        };
        format!("{}{number}{}", self.percent.prefix, self.percent.suffix)
    }

    /// A long date without weekday: fr-CA `22 novembre 2026`, `1er octobre 2026`, en-CA
    /// `November 22, 2026`.
    pub fn date(&self, year: i32, month: u8, day: u8) -> Result<String, I18nError> {
        let date = Date::try_new_gregorian(year, month, day)
            .map_err(|_| I18nError::InvalidDate { year, month, day })?;
        let formatter = self
            .date
            .as_ref()
            .map_err(|details| I18nError::DateFormatUnavailable {
                locale: self.locale.to_string(),
                details: details.clone(),
            })?;
        let text = formatter.format(&date).to_string();
        // French writes the first of the month as an ordinal ("1er octobre"), which CLDR's
        // pattern, a plain day number, leaves out.
        if day == 1
            && self.locale.language() == "fr"
            && let Some(rest) = text.strip_prefix('1')
        {
            return Ok(format!("1er{rest}"));
        }
        Ok(text)
    }

    /// A Fluent number with its `NUMBER()` options, as `Intl.NumberFormat` would print it.
    /// Currency style is not supported: `None` lets Fluent print the bare number.
    pub(crate) fn fluent_number(
        &self,
        number: &fluent_bundle::types::FluentNumber,
    ) -> Option<String> {
        use fluent_bundle::types::FluentNumberStyle;
        let options = &number.options;
        let clamp = |n: usize| i16::try_from(n.min(20)).unwrap_or(20);
        let min = options.minimum_fraction_digits.map_or(0, clamp);
        // Intl.NumberFormat's default: at most 3 decimals, or the minimum if that is larger.
        let max = options
            .maximum_fraction_digits
            .map_or(min.max(3), clamp)
            .max(min);
        let Some(mut decimal) = to_decimal(number.value) else {
            return Some(non_finite(number.value));
        };
        if options.style == FluentNumberStyle::Percent {
            decimal.multiply_pow10(2);
        }
        let mut decimal = fixed(decimal, min, max);
        if let Some(digits) = options.minimum_integer_digits {
            decimal.absolute.pad_start(clamp(digits));
        }
        let text = self.write(decimal, options.use_grouping);
        match options.style {
            FluentNumberStyle::Decimal => Some(text),
            FluentNumberStyle::Percent => Some(format!(
                "{}{text}{}",
                self.percent.prefix, self.percent.suffix
            )),
            FluentNumberStyle::Currency => None,
        }
    }

    fn write(&self, decimal: Decimal, grouping: bool) -> String {
        let formatter = if grouping {
            &self.grouped
        } else {
            &self.ungrouped
        };
        match formatter {
            Some(formatter) => formatter.format(&decimal).to_string(),
            // Only if ICU had no data even for the root locale: ASCII digits beat no text.
            None => decimal.to_string(),
        }
    }
}

fn to_decimal(value: f64) -> Option<Decimal> {
    Decimal::try_from_f64(value, FloatPrecision::RoundTrip).ok()
}

/// Rounds to at most `max` decimals and pads to at least `min`; a value that rounds to zero
/// loses its minus sign (`-0.04` → `0.0`, not `-0.0`).
fn fixed(mut decimal: Decimal, min: i16, max: i16) -> Decimal {
    decimal.round_with_mode(
        -max,
        SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
    );
    // Scaling a percentage leaves its zeros in place (0.75 → `075`); drop them both ends.
    decimal.absolute.trim_start();
    decimal.absolute.trim_end();
    decimal.absolute.pad_end(-min);
    if decimal.absolute.is_zero() {
        decimal.set_sign(Sign::None);
    }
    decimal
}

fn non_finite(value: f64) -> String {
    match value {
        v if v.is_nan() => "NaN".to_owned(),
        v if v > 0.0 => "∞".to_owned(),
        _ => "-∞".to_owned(),
    }
}

/// [`NumberFormat::decimal`] through the shared per-locale cache.
pub fn format_decimal(locale: &Locale, value: f64, fraction_digits: u8) -> String {
    NumberFormat::shared(locale).decimal(value, fraction_digits)
}

/// [`NumberFormat::percent`] through the shared per-locale cache.
pub fn format_percent(locale: &Locale, ratio: f64, fraction_digits: u8) -> String {
    NumberFormat::shared(locale).percent(ratio, fraction_digits)
}

/// [`NumberFormat::date`] through the shared per-locale cache.
pub fn format_date(locale: &Locale, year: i32, month: u8, day: u8) -> Result<String, I18nError> {
    NumberFormat::shared(locale).date(year, month, day)
}
