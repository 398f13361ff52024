//! `parite translations`: a locale's texts out to a translator (CSV or XLIFF 2.0) and back
//! into its `.ftl` files, with a record of the English each translation was made from.

mod csv;
mod ftl;
mod import;
pub mod model;
mod sources;
mod xliff;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::{
    ArgValue, CliText, TranslationFormat, TranslationsCommand, TranslationsExportArgs,
    TranslationsImportArgs, TranslationsRecordArgs,
};
use model::{LocaleFiles, SOURCE_LOCALE, Status};

/// Something wrong, as a Fluent message of the command line and its arguments.
pub struct Problem {
    message: &'static str,
    args: Vec<(&'static str, ArgValue)>,
}

impl Problem {
    pub fn new(message: &'static str, args: Vec<(&'static str, ArgValue)>) -> Problem {
        Problem { message, args }
    }

    pub fn render(&self, text: &CliText) -> String {
        text.get(self.message, &self.args)
    }
}

/// A translator's file, read.
pub struct Imported {
    /// The locale the file says it translates into (XLIFF `trgLang`, the CSV's column name).
    pub locale: Option<String>,
    pub units: Vec<ImportedUnit>,
}

pub struct ImportedUnit {
    pub file: String,
    pub id: String,
    /// The hash of the English the translator saw (written by the export).
    pub source_hash: String,
    pub translation: String,
    /// Marked translated (CSV status, XLIFF state): an unchanged text is confirmed as current.
    pub confirmed: bool,
}

pub fn run(command: &TranslationsCommand, text: &CliText) -> ExitCode {
    let result = match command {
        TranslationsCommand::Export(args) => export(args, text),
        TranslationsCommand::Import(args) => import(args, text),
        TranslationsCommand::Record(args) => record(args, text),
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("parite: {}", problem.render(text));
            }
            if problems.len() > 1 {
                let count = [("count", ArgValue::from(problems.len()))];
                eprintln!("parite: {}", text.get("translations-refused", &count));
            }
            ExitCode::FAILURE
        }
    }
}

/// A locale folder's name, checked so that it cannot point outside the locales folder.
fn target_locale(locale: &str) -> Result<&str, Problem> {
    let plain = !locale.is_empty()
        && locale
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !plain || locale == SOURCE_LOCALE {
        return Err(Problem::new(
            "translations-bad-locale",
            vec![("locale", ArgValue::from(locale))],
        ));
    }
    Ok(locale)
}

fn format_of(path: &Path, flag: Option<TranslationFormat>) -> Option<TranslationFormat> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    flag.or(match extension.as_deref() {
        Some("csv") => Some(TranslationFormat::Csv),
        Some("xlf" | "xliff") => Some(TranslationFormat::Xliff),
        _ => None,
    })
}

fn cannot(message: &'static str, path: &Path, error: &dyn std::fmt::Display) -> Problem {
    Problem::new(
        message,
        vec![
            ("path", ArgValue::from(path.display().to_string())),
            ("error", ArgValue::from(error.to_string())),
        ],
    )
}

fn export(args: &TranslationsExportArgs, text: &CliText) -> Result<String, Vec<Problem>> {
    let locale = target_locale(&args.locale)?;
    let Some(format) = format_of(&args.out, args.format) else {
        let path = ArgValue::from(args.out.display().to_string());
        return Err(vec![Problem::new(
            "translations-unknown-format",
            vec![("path", path)],
        )]);
    };
    let english = LocaleFiles::load(&args.locales, SOURCE_LOCALE)?;
    let target = LocaleFiles::load(&args.locales, locale)?;
    let units = model::units(&english, &target, &target.sources()?);
    let bytes = match format {
        TranslationFormat::Csv => {
            let delimiter = match args.delimiter {
                Some(',') => b',',
                Some(';') => b';',
                Some(other) => {
                    let delimiter = vec![("delimiter", ArgValue::from(other.to_string()))];
                    return Err(vec![Problem::new("export-bad-delimiter", delimiter)]);
                }
                // As `parite export`: `;` where spreadsheets use the decimal comma.
                None if locale.starts_with("fr") => b';',
                None => b',',
            };
            csv::write(&units, locale, delimiter)
                .map_err(|e| cannot("translations-cannot-write", &args.out, &e))?
        }
        TranslationFormat::Xliff => xliff::write(&units, locale)
            .map_err(|unit| {
                Problem::new(
                    "translations-unwritable",
                    vec![
                        ("file", ArgValue::from(unit.file)),
                        ("id", ArgValue::from(unit.id)),
                    ],
                )
            })?
            .into_bytes(),
    };
    std::fs::write(&args.out, bytes)
        .map_err(|e| cannot("translations-cannot-write", &args.out, &e))?;
    let count = |status: Status| units.iter().filter(|u| u.status == status).count();
    let summary = [
        ("units", ArgValue::from(units.len())),
        ("locale", ArgValue::from(locale)),
        ("path", ArgValue::from(args.out.display().to_string())),
        ("missing", ArgValue::from(count(Status::Missing))),
        ("outdated", ArgValue::from(count(Status::Outdated))),
    ];
    Ok(text.get("translations-exported", &summary))
}

fn import(args: &TranslationsImportArgs, text: &CliText) -> Result<String, Vec<Problem>> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| cannot("translations-cannot-read", &args.file, &e))?;
    // A file not named .csv or .xlf: XML starts with `<` (after a byte order mark, if any).
    let looks_like_xml = || {
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        start.trim_ascii_start().starts_with(b"<")
    };
    let format = format_of(&args.file, args.format).unwrap_or(if looks_like_xml() {
        TranslationFormat::Xliff
    } else {
        TranslationFormat::Csv
    });
    let imported = match format {
        TranslationFormat::Csv => csv::read(&args.file, &bytes)?,
        TranslationFormat::Xliff => {
            let contents = String::from_utf8(bytes)
                .map_err(|e| cannot("translations-cannot-read", &args.file, &e))?;
            xliff::read(&args.file, &contents)?
        }
    };
    let shown = || ArgValue::from(args.file.display().to_string());
    let locale = match (&args.locale, &imported.locale) {
        (Some(wanted), Some(found)) if wanted != found => {
            let args = vec![
                ("path", shown()),
                ("found", ArgValue::from(found.as_str())),
                ("expected", ArgValue::from(wanted.as_str())),
            ];
            return Err(vec![Problem::new("translations-locale-mismatch", args)]);
        }
        (Some(locale), _) | (None, Some(locale)) => locale.clone(),
        (None, None) => {
            return Err(vec![Problem::new(
                "translations-no-locale",
                vec![("path", shown())],
            )]);
        }
    };
    let locale = target_locale(&locale)?;
    let english = LocaleFiles::load(&args.locales, SOURCE_LOCALE)?;
    let target = LocaleFiles::load(&args.locales, locale)?;
    let recorded = target.sources()?;
    let plan = import::plan(&imported, &english, &target, recorded)?;
    for warning in &plan.warnings {
        println!("{}", warning.render(text));
    }
    if !plan.files.is_empty() {
        std::fs::create_dir_all(&target.dir)
            .map_err(|e| cannot("translations-cannot-write", &target.dir, &e))?;
    }
    for (path, contents) in &plan.files {
        std::fs::write(path, contents)
            .map_err(|e| cannot("translations-cannot-write", path, &e))?;
    }
    plan.sources
        .save()
        .map_err(|e| cannot("translations-cannot-write", &plan.sources.path, &e))?;
    let summary = [
        ("changed", ArgValue::from(plan.changed)),
        ("files", ArgValue::from(plan.files.len())),
        ("locale", ArgValue::from(locale)),
        ("unchanged", ArgValue::from(plan.unchanged)),
    ];
    Ok(text.get("translations-imported", &summary))
}

/// Records the current English as the source of translations made by hand in the `.ftl`
/// files: the given units, or every translated unit that has no record yet (so an outdated
/// record is only replaced when asked by name).
fn record(args: &TranslationsRecordArgs, text: &CliText) -> Result<String, Vec<Problem>> {
    let locale = target_locale(&args.locale)?;
    let english = LocaleFiles::load(&args.locales, SOURCE_LOCALE)?;
    let target = LocaleFiles::load(&args.locales, locale)?;
    let mut recorded = target.sources()?;
    let units = model::units(&english, &target, &recorded);
    let mut problems = Vec::new();
    let mut count: usize = 0;
    for id in &args.id {
        match units.iter().find(|u| &u.id == id) {
            Some(unit) if unit.status != Status::Missing => {
                recorded.hashes.insert(id.clone(), unit.source_hash.clone());
                count += 1;
            }
            found => {
                let file = found.map_or_else(String::new, |u| u.file.clone());
                let args = vec![("file", ArgValue::from(file)), ("id", ArgValue::from(id))];
                problems.push(Problem::new("translations-not-translated", args));
            }
        }
    }
    if args.id.is_empty() {
        for unit in &units {
            if unit.status != Status::Missing && !recorded.hashes.contains_key(&unit.id) {
                recorded
                    .hashes
                    .insert(unit.id.clone(), unit.source_hash.clone());
                count += 1;
            }
        }
        // Records of texts either locale no longer has only mislead.
        let current: Vec<&str> = units
            .iter()
            .filter(|u| u.status != Status::Missing)
            .map(|u| u.id.as_str())
            .collect();
        recorded
            .hashes
            .retain(|id, _| current.contains(&id.as_str()));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    std::fs::create_dir_all(&target.dir)
        .map_err(|e| cannot("translations-cannot-write", &target.dir, &e))?;
    recorded
        .save()
        .map_err(|e| cannot("translations-cannot-write", &recorded.path, &e))?;
    let path: PathBuf = recorded.path.clone();
    let summary = [
        ("count", ArgValue::from(count)),
        ("path", ArgValue::from(path.display().to_string())),
    ];
    Ok(text.get("translations-recorded", &summary))
}

impl From<Problem> for Vec<Problem> {
    fn from(problem: Problem) -> Vec<Problem> {
        vec![problem]
    }
}
