//! `parite check`: every instrument and every locale file, and how they fit together.

mod describe;
mod french;
mod locales;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parite_core::Instrument;

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
    fn render(&self) -> String {
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

pub fn run(args: &CheckArgs, text: &CliText) -> ExitCode {
    let mut findings = Vec::new();
    let instruments = match load_instruments(&args.surveys, text, &mut findings) {
        Ok(instruments) => instruments,
        Err(message) => {
            eprintln!("parite: {message}");
            return ExitCode::FAILURE;
        }
    };
    let report = match locales::check(&args.locales, &instruments, text, &mut findings) {
        Ok(report) => report,
        Err(message) => {
            eprintln!("parite: {message}");
            return ExitCode::FAILURE;
        }
    };
    findings.sort();
    findings.dedup();
    // Warnings on standard output, after the problems: a broken file is fixed first, and the
    // problems alone stay on standard error for scripts.
    let print_warnings = || {
        for warning in &report.warnings {
            println!("{}", warning.render());
        }
        if !report.warnings.is_empty() {
            let count = [("count", ArgValue::from(report.warnings.len()))];
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
    for loaded in &instruments.loaded {
        let instrument = &loaded.instrument;
        let args = [
            ("id", ArgValue::from(instrument.id.as_str())),
            ("version", ArgValue::from(instrument.version)),
            ("kind", ArgValue::from(instrument.kind.code())),
            ("items", ArgValue::from(instrument.items().count())),
            ("groups", ArgValue::from(instrument.groups.len())),
            ("locales", ArgValue::from(report.locales.join(", "))),
        ];
        println!("{}", text.get("check-instrument-ok", &args));
    }
    print_warnings();
    ExitCode::SUCCESS
}

fn load_instruments(
    dir: &Path,
    text: &CliText,
    findings: &mut Vec<Finding>,
) -> Result<Instruments, String> {
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
    let mut instruments = Instruments::default();
    let mut seen: BTreeSet<(String, u32)> = BTreeSet::new();
    for path in paths {
        let source = match fs::read_to_string(&path) {
            Ok(source) => source,
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
                continue;
            }
        };
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
    Ok(instruments)
}
