//! What every command that touches data opens: the instruments compiled in, the locales, and
//! the store.

use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{Clash, Store, StoreError};

use crate::audit::{self, Moment};
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

/// The shipped kinds of support, as `parite check` reads them.
pub const SUPPORT_KINDS: &str = parite_web::support::SHIPPED_KINDS;

/// The shipped kinds of support. Checked by the tests; a failure here is a broken build.
pub fn support_kinds(text: &CliText) -> Result<parite_core::support::SupportKinds, String> {
    parite_core::support::SupportKinds::parse(SUPPORT_KINDS).map_err(|problems| {
        problems
            .iter()
            .map(|p| format!("support/kinds.toml: {}: {}", p.kind, p.problem))
            .chain(std::iter::once(
                text.get("setup-support-kinds-invalid", &[]),
            ))
            .collect::<Vec<_>>()
            .join("\n")
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

/// The store, migrated, with every email and organization name in its one spelling: rows that
/// clash are named on standard error (and the command goes on: an administrator settles them).
pub async fn store(
    url: &str,
    instruments: &Arc<InstrumentSet>,
    text: &CliText,
) -> Result<Store, String> {
    let store = Store::connect(url, Arc::clone(instruments))
        .await
        .map_err(|error| store_error(text, &error))?;
    let report = store
        .normalize_identities()
        .await
        .map_err(|e| e.to_string())?;
    for clash in &report.clashes {
        eprintln!("parite: {}", clash_message(clash, text));
    }
    if report.normalized > 0 {
        let details = format!("{} rows", report.normalized);
        let recorded = audit::record(
            &store,
            text,
            Moment::AfterChanging,
            "identity_normalize",
            "",
            &details,
        )
        .await;
        if let Err(message) = recorded {
            store.close().await;
            return Err(message);
        }
    }
    Ok(store)
}

/// A value with everything outside printable ASCII written as `\u{…}`: two spellings that look
/// the same on a terminal read differently here.
fn spelled_out(value: &str) -> String {
    value
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{{{:x}}}", u32::from(c))
            }
        })
        .collect()
}

fn clash_message(clash: &Clash, text: &CliText) -> String {
    let id = match clash.what {
        "email" => "identity-clash-email",
        "organization slug" => "identity-clash-slug",
        _ => "identity-clash-name",
    };
    let rows = clash
        .rows
        .iter()
        .map(|(id, value)| format!("{id} ({})", spelled_out(value)))
        .collect::<Vec<_>>()
        .join(", ");
    text.get(
        id,
        &[
            ("value", ArgValue::from(clash.normalized.as_str())),
            ("rows", ArgValue::from(rows)),
        ],
    )
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
