//! `parite check`: every instrument and every locale file, and how they fit together.

mod describe;
mod french;
mod locales;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parite_core::Instrument;
use parite_i18n::catalog;

use crate::cli::{ArgValue, CheckArgs, CliText};

/// One problem, printed as `file:line: id: what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub file: PathBuf,
    pub line: usize,
    pub id: String,
    pub text: String,
}

impl Finding {
    pub fn render(&self) -> String {
        let id = if self.id.is_empty() { "-" } else { &self.id };
        format!("{}:{}: {id}: {}", self.file.display(), self.line, self.text)
    }
}

/// An instrument that parsed, with where it came from.
pub struct LoadedInstrument {
    pub path: PathBuf,
    pub source: String,
    pub instrument: Instrument,
}

/// The instrument files read: those that parsed, and the text of those that did not (their
/// messages still count as used, so one broken file does not make all its messages "unused").
#[derive(Default)]
pub struct Instruments {
    pub loaded: Vec<LoadedInstrument>,
    pub broken_sources: Vec<String>,
}

/// Where files come from: a folder read now, or the copies compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub enum Origin<'a> {
    Dir(&'a Path),
    Embedded,
}

/// One `(locale folder, path, contents)` per locale file, read once: what was checked is what
/// gets loaded.
pub type LocaleSources = Vec<(String, PathBuf, String)>;

/// Everything `parite check` finds, and the files it read, for a command that goes on to use
/// them (`setup::content`).
pub struct Validated {
    pub instruments: Instruments,
    pub locale_sources: LocaleSources,
    pub locales: Vec<String>,
    /// Problems: `parite check` fails and no command starts.
    pub findings: Vec<Finding>,
    /// Messages nothing uses: `parite check` fails on them (the catalog stays tidy); a command
    /// starts anyway, since no reader can meet an unused message.
    pub unused: Vec<Finding>,
    /// What is advised without failing (median-point forms in French).
    pub warnings: Vec<Finding>,
}

/// The one validation of instrument files and locale files, for `parite check` and for every
/// command given `--surveys` or `--locales`. `Err` when a folder cannot be read at all.
pub fn validate(
    surveys: Origin<'_>,
    locales: Origin<'_>,
    text: &CliText,
) -> Result<Validated, String> {
    let mut findings = Vec::new();
    let survey_sources = match surveys {
        Origin::Dir(dir) => read_instruments(dir, text, &mut findings)?,
        Origin::Embedded => crate::setup::embedded_survey_sources(),
    };
    let instruments = load_instruments(survey_sources, text, &mut findings);
    let locale_sources = match locales {
        Origin::Dir(dir) => catalog::read_tree(dir).map_err(|e| e.to_string())?,
        Origin::Embedded => catalog::embedded_sources(),
    };
    let shown = match locales {
        Origin::Dir(dir) => dir.display().to_string(),
        Origin::Embedded => "locales".to_owned(),
    };
    let mut unused = Vec::new();
    let dir = match locales {
        Origin::Dir(dir) => Some(dir),
        Origin::Embedded => None,
    };
    let report = locales::check(
        &locale_sources,
        &shown,
        dir,
        &instruments,
        text,
        &mut findings,
        &mut unused,
    )?;
    for list in [&mut findings, &mut unused] {
        list.sort();
        list.dedup();
    }
    Ok(Validated {
        instruments,
        locale_sources,
        locales: report.locales,
        findings,
        unused,
        warnings: report.warnings,
    })
}

pub fn run(args: &CheckArgs, text: &CliText) -> ExitCode {
    let validated = match validate(Origin::Dir(&args.surveys), Origin::Dir(&args.locales), text) {
        Ok(validated) => validated,
        Err(message) => {
            eprintln!("parite: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut findings = validated.findings;
    findings.extend(validated.unused);
    findings.sort();
    let warnings = &validated.warnings;
    // Warnings on standard output, after the problems: a broken file is fixed first, and the
    // problems alone stay on standard error for scripts.
    let print_warnings = || {
        for warning in warnings {
            println!("{}", warning.render());
        }
        if !warnings.is_empty() {
            let count = [("count", ArgValue::from(warnings.len()))];
            println!("{}", text.get("check-warnings", &count));
        }
    };
    if !findings.is_empty() {
        for finding in &findings {
            eprintln!("{}", finding.render());
        }
        eprintln!(
            "{}",
            text.get("check-failed", &[("count", ArgValue::from(findings.len()))])
        );
        print_warnings();
        return ExitCode::FAILURE;
    }
    // By id, then version: a reader looks for an instrument, then at its editions in order
    // (file names sort `progress-v2.toml` before `progress.toml`).
    let mut listed: Vec<&LoadedInstrument> = validated.instruments.loaded.iter().collect();
    listed.sort_by_key(|loaded| (loaded.instrument.id.as_str(), loaded.instrument.version));
    for loaded in listed {
        let instrument = &loaded.instrument;
        let args = [
            ("id", ArgValue::from(instrument.id.as_str())),
            ("version", ArgValue::from(instrument.version)),
            ("kind", ArgValue::from(instrument.kind.code())),
            ("items", ArgValue::from(instrument.items().count())),
            ("groups", ArgValue::from(instrument.groups.len())),
            ("locales", ArgValue::from(validated.locales.join(", "))),
        ];
        println!("{}", text.get("check-instrument-ok", &args));
    }
    print_warnings();
    ExitCode::SUCCESS
}

/// Every `*.toml` of `dir` with its text, sorted by path; a file that cannot be read is a
/// finding, a folder that cannot be read an error.
fn read_instruments(
    dir: &Path,
    text: &CliText,
    findings: &mut Vec<Finding>,
) -> Result<Vec<(PathBuf, String)>, String> {
    let read_dir = |e: std::io::Error| {
        text.get(
            "check-cannot-read",
            &[
                ("path", ArgValue::from(dir.display().to_string())),
                ("error", ArgValue::from(e.to_string())),
            ],
        )
    };
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(read_dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut sources = Vec::new();
    for path in paths {
        match fs::read_to_string(&path) {
            Ok(source) => sources.push((path, source)),
            Err(error) => {
                let args = [
                    ("path", ArgValue::from(path.display().to_string())),
                    ("error", ArgValue::from(error.to_string())),
                ];
                findings.push(Finding {
                    file: path.clone(),
                    line: 1,
                    id: String::new(),
                    text: text.get("check-cannot-read", &args),
                });
            }
        }
    }
    Ok(sources)
}

fn load_instruments(
    sources: Vec<(PathBuf, String)>,
    text: &CliText,
    findings: &mut Vec<Finding>,
) -> Instruments {
    let mut instruments = Instruments::default();
    let mut seen: BTreeSet<(String, u32)> = BTreeSet::new();
    for (path, source) in sources {
        match Instrument::parse(&source) {
            Ok(instrument) => {
                if !seen.insert((instrument.id.to_string(), instrument.version)) {
                    let args = [("version", ArgValue::from(instrument.version))];
                    let id = instrument.id.to_string();
                    findings.push(Finding {
                        file: path.clone(),
                        line: 1,
                        id,
                        text: text.get("check-duplicate-instrument", &args),
                    });
                }
                instruments.loaded.push(LoadedInstrument {
                    path,
                    source,
                    instrument,
                });
            }
            Err(failure) => {
                for problem in failure.problems {
                    let (message, args) = describe::describe(&problem.kind);
                    let text = text.get(message, &args);
                    findings.push(Finding {
                        file: path.clone(),
                        line: problem.line,
                        id: problem.id,
                        text,
                    });
                }
                instruments.broken_sources.push(source);
            }
        }
    }
    instruments
}
