//! One reader's language: messages, numbers and dates, as pages, reports and the command line
//! use them.

use std::sync::Arc;

use crate::{FluentArgs, FluentValue, Locale, Localizer, NumberFormat};

/// The reader's locale and the means to speak it. Cheap to clone into every page.
#[derive(Clone)]
pub struct Texts {
    localizer: Arc<Localizer>,
    locale: Locale,
    numbers: Arc<NumberFormat>,
}

impl Texts {
    pub fn new(localizer: Arc<Localizer>, locale: Locale) -> Texts {
        let numbers = localizer.numbers(&locale);
        Texts {
            localizer,
            locale,
            numbers,
        }
    }

    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// `fr-CA` or `en-CA`, for `<html lang>`.
    pub fn lang(&self) -> &str {
        self.locale.as_str()
    }

    /// The URL segment of this locale: `fr` or `en`.
    pub fn segment(&self) -> &str {
        self.locale.language()
    }

    /// A message. A missing one is logged and shown as its id: the parity tests keep that from
    /// shipping, and a page with one odd word beats an error page for a respondent.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with one argument.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<ArgValue>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into().into_fluent());
        self.format(id, Some(&args))
    }

    /// A message with two arguments.
    pub fn t2(
        &self,
        id: &str,
        a: (&str, impl Into<ArgValue>),
        b: (&str, impl Into<ArgValue>),
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(a.0.to_owned(), a.1.into().into_fluent());
        args.set(b.0.to_owned(), b.1.into().into_fluent());
        self.format(id, Some(&args))
    }

    /// A message with any number of arguments.
    pub fn with_args(&self, id: &str, args: Vec<(&str, ArgValue)>) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(name.to_owned(), value.into_fluent());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        match self.localizer.message(&self.locale, id, args) {
            Ok(text) => text,
            Err(error) => {
                tracing::error!(%error, id, locale = %self.locale, "missing message");
                id.to_owned()
            }
        }
    }

    pub fn decimal(&self, value: f64, fraction_digits: u8) -> String {
        self.numbers.decimal(value, fraction_digits)
    }

    pub fn percent(&self, ratio: f64, fraction_digits: u8) -> String {
        self.numbers.percent(ratio, fraction_digits)
    }

    /// A date as `22 novembre 2026` or `November 22, 2026`, from `YYYY-MM-DD`.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.get(..10).unwrap_or(iso).split('-').collect();
        let parsed = match parts.as_slice() {
            [y, m, d] => y.parse().ok().zip(m.parse().ok()).zip(d.parse().ok()),
            _ => None,
        };
        parsed
            .and_then(|((y, m), d)| self.numbers.date(y, m, d).ok())
            .unwrap_or_else(|| iso.to_owned())
    }
}

/// A message argument.
pub enum ArgValue {
    Text(String),
    Number(f64),
}

impl ArgValue {
    fn into_fluent(self) -> FluentValue<'static> {
        match self {
            ArgValue::Text(text) => FluentValue::from(text),
            ArgValue::Number(n) => FluentValue::from(n),
        }
    }
}

impl From<&str> for ArgValue {
    fn from(value: &str) -> Self {
        ArgValue::Text(value.to_owned())
    }
}

impl From<String> for ArgValue {
    fn from(value: String) -> Self {
        ArgValue::Text(value)
    }
}

impl From<&ArgValue> for ArgValue {
    fn from(value: &ArgValue) -> Self {
        match value {
            ArgValue::Text(text) => ArgValue::Text(text.clone()),
            ArgValue::Number(n) => ArgValue::Number(*n),
        }
    }
}

impl From<&String> for ArgValue {
    fn from(value: &String) -> Self {
        ArgValue::Text(value.clone())
    }
}

impl From<usize> for ArgValue {
    fn from(value: usize) -> Self {
        ArgValue::Number(value as f64)
    }
}

impl From<u32> for ArgValue {
    fn from(value: u32) -> Self {
        ArgValue::Number(f64::from(value))
    }
}

impl From<u64> for ArgValue {
    fn from(value: u64) -> Self {
        ArgValue::Number(value as f64)
    }
}

impl From<i64> for ArgValue {
    fn from(value: i64) -> Self {
        ArgValue::Number(value as f64)
    }
}

impl From<f64> for ArgValue {
    fn from(value: f64) -> Self {
        ArgValue::Number(value)
    }
}
