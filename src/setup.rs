//! What every command that touches data opens: the instruments and locales (built in, or the
//! folders given at run time, see `content`), and the store.

mod content;

use std::path::PathBuf;
use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_i18n::Locale;
use parite_store::{Clash, Store, StoreError};

use crate::audit::{self, Moment};
use crate::cli::{ArgValue, CliText};

pub use content::{Content, content};

/// The shipped instrument files, as `(surveys/<file>, text)`.
pub fn embedded_survey_sources() -> Vec<(PathBuf, String)> {
    parite_core::shipped::SURVEYS
        .iter()
        .map(|(name, text)| (PathBuf::from("surveys").join(name), (*text).to_owned()))
        .collect()
}

/// The shipped instruments. They were checked at build time by the tests; a failure here is a
/// broken build, reported with every problem.
fn instruments(text: &CliText) -> Result<Arc<InstrumentSet>, String> {
    InstrumentSet::from_sources(parite_core::shipped::SURVEYS.iter().copied())
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
/// "“fidelity” is not a survey. Surveys: peer-engagement, peer-values, team-survey."
pub fn not_a_survey(instruments: &InstrumentSet, id: &str, text: &CliText) -> String {
    let surveys: Vec<String> = instruments
        .latest_of_kind(parite_core::InstrumentKind::Survey)
        .iter()
        .map(|survey| survey.id.to_string())
        .collect();
    text.get(
        "setup-not-a-survey",
        &[
            ("instrument", ArgValue::from(id)),
            ("surveys", ArgValue::from(surveys.join(", "))),
        ],
    )
}

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

/// The locale answered when nothing better is known: `PARITE_DEFAULT_LOCALE`, else fr-CA.
fn default_locale() -> Locale {
    std::env::var("PARITE_DEFAULT_LOCALE")
        .ok()
        .and_then(|l| Locale::parse(&l).ok())
        .unwrap_or_else(Locale::fr_ca)
}

/// The store for a command that reads or writes answers, with `content`'s instruments: the
/// instrument files' fingerprints are recorded, and files changed under answers refuse it.
pub async fn store(url: &str, content: &Content, text: &CliText) -> Result<Store, String> {
    let store = open(url, &content.instruments, text).await?;
    if let Err(message) = content::reconcile(&store, content, text).await {
        store.close().await;
        return Err(message);
    }
    Ok(store)
}

/// The store for upkeep that never reads an instrument (migrations, backups, accounts,
/// organizations, the schedule of support): the built-in instruments stand in for the catalog
/// the store requires, and no fingerprint is compared, so a backup is never refused over an
/// instrument file.
pub async fn upkeep_store(url: &str, text: &CliText) -> Result<Store, String> {
    let instruments = instruments(text)?;
    open(url, &instruments, text).await
}

/// The store, migrated, with every email and organization name in its one spelling: rows that
/// clash are named on standard error (and the command goes on: an administrator settles them).
async fn open(
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
