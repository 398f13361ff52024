//! The instruments and texts a command works with: the copies built into the binary, or the
//! folders given by `--surveys` / `--locales` (`PARITE_SURVEYS` / `PARITE_LOCALES`), checked
//! as `parite check` checks them before anything starts, and held to the fingerprints the
//! store recorded for the versions already answered.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use parite_core::{Fingerprint, InstrumentSet};
use parite_i18n::Localizer;
use parite_store::{InstrumentPrint, Reconciled, Store};

use crate::check::{self, LocaleSources, Origin};
use crate::cli::{ArgValue, CliText, ContentArgs};

/// The instruments, with the file each version came from, and the locale files.
pub struct Content {
    pub instruments: Arc<InstrumentSet>,
    /// `(file as shown, fingerprint)` per loaded version.
    prints: Vec<(PathBuf, InstrumentPrint)>,
    /// `None`: the locales built in.
    locales: Option<LocaleSources>,
    /// The surveys folder as an operator reads it in messages.
    surveys_shown: String,
}

impl Content {
    /// The messages of every locale, in the configured default locale.
    pub fn localizer(&self) -> Result<Arc<Localizer>, String> {
        let default = super::default_locale();
        let built = match &self.locales {
            None => Localizer::embedded(default),
            Some(sources) => Localizer::from_sources(sources, default),
        };
        built.map(Arc::new).map_err(|e| e.to_string())
    }
}

fn origin(dir: &Option<PathBuf>) -> Origin<'_> {
    match dir {
        Some(dir) => Origin::Dir(dir.as_path()),
        None => Origin::Embedded,
    }
}

/// Loads the instruments and locales: the built-in copies (checked by the tests when the binary
/// was built), or the folders given, refused with every problem found.
pub fn content(args: &ContentArgs, text: &CliText) -> Result<Content, String> {
    if args.surveys.is_none() && args.locales.is_none() {
        let sources = super::embedded_survey_sources();
        let instruments = super::instruments(text)?;
        return Ok(Content {
            instruments,
            prints: prints(&sources),
            locales: None,
            surveys_shown: "surveys".to_owned(),
        });
    }
    let validated = check::validate(origin(&args.surveys), origin(&args.locales), text)?;
    // Warnings and unused messages concern the operator only in their own locale files: the
    // built-in ones are the release's (and `parite check` reports them there).
    if args.locales.is_some() {
        for warning in validated.warnings.iter().chain(&validated.unused) {
            eprintln!("{}", warning.render());
        }
    }
    if !validated.findings.is_empty() {
        let mut lines: Vec<String> = validated.findings.iter().map(|f| f.render()).collect();
        let count = [("count", ArgValue::from(validated.findings.len()))];
        lines.push(text.get("setup-content-refused", &count));
        return Err(lines.join("\n"));
    }
    let sources: Vec<(PathBuf, String)> = validated
        .instruments
        .loaded
        .into_iter()
        .map(|loaded| (loaded.path, loaded.source))
        .collect();
    let named: Vec<(String, &str)> = sources
        .iter()
        .map(|(path, source)| (path.display().to_string(), source.as_str()))
        .collect();
    // Checked just above, so this cannot fail; the message stays for a broken invariant.
    let instruments = InstrumentSet::from_sources(named.iter().map(|(n, s)| (n.as_str(), *s)))
        .map_err(|_| text.get("setup-instruments-invalid", &[]))?;
    let surveys_shown = match &args.surveys {
        Some(dir) => dir.display().to_string(),
        None => "surveys".to_owned(),
    };
    Ok(Content {
        instruments: Arc::new(instruments),
        prints: prints(&sources),
        locales: Some(validated.locale_sources),
        surveys_shown,
    })
}

fn prints(sources: &[(PathBuf, String)]) -> Vec<(PathBuf, InstrumentPrint)> {
    sources
        .iter()
        .filter_map(|(path, source)| {
            let instrument = parite_core::Instrument::parse(source).ok()?;
            let print = InstrumentPrint {
                instrument_id: instrument.id.to_string(),
                version: instrument.version,
                fingerprint: Fingerprint::of_source(source)?,
            };
            Some((path.clone(), print))
        })
        .collect()
}

/// Records the fingerprints of versions the store has not seen (or nobody used yet), and
/// refuses files that changed under answers, or versions in use that no file defines.
pub async fn reconcile(store: &Store, content: &Content, text: &CliText) -> Result<(), String> {
    let prints = content.prints.iter().map(|(_, p)| p.clone()).collect();
    let outcome: Reconciled = store
        .reconcile_fingerprints(prints)
        .await
        .map_err(|e| super::store_error(text, &e))?;
    if outcome.accepted() {
        if outcome.recorded + outcome.updated > 0 {
            tracing::info!(
                recorded = outcome.recorded,
                updated = outcome.updated,
                "instrument fingerprints recorded"
            );
        }
        return Ok(());
    }
    let mut lines = Vec::new();
    for changed in &outcome.changed {
        let file = content
            .prints
            .iter()
            .find(|(_, p)| p.instrument_id == changed.instrument_id && p.version == changed.version)
            .map_or_else(
                || Path::new(&content.surveys_shown).to_path_buf(),
                |(f, _)| f.clone(),
            );
        let item = changed
            .first_difference
            .clone()
            .unwrap_or_else(|| changed.instrument_id.clone());
        let args = [
            ("file", ArgValue::from(file.display().to_string())),
            ("id", ArgValue::from(changed.instrument_id.as_str())),
            ("version", ArgValue::from(changed.version)),
            ("item", ArgValue::from(item)),
        ];
        lines.push(text.get("setup-instrument-changed", &args));
    }
    for (id, version) in &outcome.missing {
        let args = [
            ("dir", ArgValue::from(content.surveys_shown.as_str())),
            ("id", ArgValue::from(id.as_str())),
            ("version", ArgValue::from(*version)),
        ];
        lines.push(text.get("setup-instrument-missing", &args));
    }
    Err(lines.join("\n"))
}
