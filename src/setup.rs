//! What every command that touches data opens: the instruments compiled in, the locales, and
//! the store.

use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{Store, StoreError};
use parite_web::Catalog;

use crate::cli::{ArgValue, CliText};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_surveys.rs"));
}

/// The shipped instruments. They were checked at build time by the tests; a failure here is a
/// broken build, reported with every problem.
pub fn instruments(text: &CliText) -> Result<Arc<InstrumentSet>, String> {
    InstrumentSet::from_sources(embedded::SURVEYS.iter().copied())
        .map(Arc::new)
        .map_err(|failures| {
            failures
                .iter()
                .flat_map(|f| {
                    f.problems.iter().map(move |p| {
                        format!("surveys/{}:{}: {}: {:?}", f.file, p.line, p.id, p.kind)
                    })
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\n"
                + &text.get("setup-instruments-invalid", &[])
        })
}

pub fn localizer() -> Result<Arc<Localizer>, String> {
    let default = std::env::var("PARITE_DEFAULT_LOCALE")
        .ok()
        .and_then(|l| Locale::parse(&l).ok())
        .unwrap_or_else(Locale::fr_ca);
    Localizer::embedded(default)
        .map(Arc::new)
        .map_err(|e| e.to_string())
}

pub async fn store(
    url: &str,
    instruments: &Arc<InstrumentSet>,
    text: &CliText,
) -> Result<Store, String> {
    Store::connect(url, Arc::new(Catalog(Arc::clone(instruments))))
        .await
        .map_err(|error| store_error(text, &error))
}

/// A store error as the operator reads it: the schema clash in their language with what to do,
/// anything else as the store words it (with its cause, for the log).
pub fn store_error(text: &CliText, error: &StoreError) -> String {
    match error {
        StoreError::SchemaNewer { database, binary } => text.get(
            "schema-newer",
            &[
                ("database", ArgValue::from(*database)),
                ("binary", ArgValue::from(*binary)),
            ],
        ),
        other => match std::error::Error::source(other) {
            Some(cause) => format!("{other}: {cause}"),
            None => other.to_string(),
        },
    }
}
