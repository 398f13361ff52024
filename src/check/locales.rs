//! The locale side of `parite check`: Fluent syntax, duplicate and missing messages, messages
//! that instruments need, and messages nothing uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use parite_i18n::catalog::{self, Catalog};

use super::{Finding, Instruments, LocaleSources};
use crate::cli::{ArgValue, CliText};
use crate::translations::model;

/// Message ids written as string literals in the code and templates of this workspace,
/// collected at build time (build.rs): a message no instrument names is used if the code names it.
mod used {
    include!(concat!(env!("OUT_DIR"), "/used_message_ids.rs"));
}

pub struct LocaleReport {
    pub locales: Vec<String>,
    /// What the check advises without failing (median-point forms in French).
    pub warnings: Vec<Finding>,
}

/// `sources` are the files of the locales folder `shown` (its name in messages), read from `dir`
/// when it is a folder (translations are checked against their record there, `sources.toml`);
/// messages nothing uses go to `unused`, every other problem to `findings`.
pub fn check(
    sources: &LocaleSources,
    shown: &str,
    dir: Option<&Path>,
    instruments: &Instruments,
    text: &CliText,
    findings: &mut Vec<Finding>,
    unused: &mut Vec<Finding>,
) -> Result<LocaleReport, String> {
    let catalog = catalog::scan_sources(sources);
    let locales: Vec<String> = catalog.locales.iter().map(|l| l.locale.clone()).collect();
    if locales.is_empty() {
        let args = [("path", ArgValue::from(shown))];
        return Err(text.get("check-no-locales", &args));
    }
    // Where each message is first defined, per locale.
    let mut defined: BTreeMap<&str, BTreeMap<&str, (PathBuf, usize)>> = BTreeMap::new();
    for locale in &catalog.locales {
        let mut here: BTreeMap<&str, (PathBuf, usize)> = BTreeMap::new();
        for file in &locale.files {
            for problem in &file.syntax_errors {
                let args = [("detail", ArgValue::from(problem.message.as_str()))];
                let text = text.get("check-fluent-syntax", &args);
                findings.push(Finding {
                    file: file.path.clone(),
                    line: problem.line,
                    id: String::new(),
                    text,
                });
            }
            for message in &file.messages {
                if let Some((first_file, first_line)) = here.get(message.id.as_str()) {
                    let args = [
                        ("locale", ArgValue::from(locale.locale.as_str())),
                        ("file", ArgValue::from(first_file.display().to_string())),
                        ("line", ArgValue::from(*first_line)),
                    ];
                    let text = text.get("check-duplicate-message", &args);
                    findings.push(Finding {
                        file: file.path.clone(),
                        line: message.line,
                        id: message.id.clone(),
                        text,
                    });
                } else {
                    here.insert(message.id.as_str(), (file.path.clone(), message.line));
                }
            }
        }
        defined.insert(locale.locale.as_str(), here);
    }
    let all_ids: BTreeSet<&str> = defined
        .values()
        .flat_map(|ids| ids.keys().copied())
        .collect();
    for id in &all_ids {
        let first_definition = defined.values().find_map(|ids| ids.get(id));
        for locale in &locales {
            let has = defined
                .get(locale.as_str())
                .is_some_and(|ids| ids.contains_key(id));
            if let (false, Some((file, line))) = (has, first_definition) {
                let text = text.get(
                    "check-missing-in-locale",
                    &[("locale", ArgValue::from(locale.as_str()))],
                );
                findings.push(Finding {
                    file: file.clone(),
                    line: *line,
                    id: (*id).to_owned(),
                    text,
                });
            }
        }
    }
    let mut warnings = Vec::new();
    super::french::check(sources, text, findings, &mut warnings);
    missing_used(&catalog, shown, &defined, text, findings);
    // A file Fluent cannot parse is reported above; the outdated check needs every file read,
    // and the record of what each translation was made from, which only a folder has.
    let parses = catalog
        .locales
        .iter()
        .all(|l| l.files.iter().all(|f| f.syntax_errors.is_empty()));
    if let (true, Some(dir)) = (parses, dir) {
        outdated(dir, &locales, text, findings, &mut warnings);
    }
    let mut referenced: BTreeSet<&str> = BTreeSet::new();
    for source in &instruments.broken_sources {
        referenced.extend(quoted_strings(source));
    }
    for loaded in &instruments.loaded {
        for id in loaded.instrument.message_ids() {
            referenced.insert(id.as_str());
            if !all_ids.contains(id.as_str()) {
                let line = line_naming(&loaded.source, id.as_str());
                let text = text.get("check-missing-message", &[]);
                findings.push(Finding {
                    file: loaded.path.clone(),
                    line,
                    id: id.to_string(),
                    text,
                });
            }
        }
    }
    // The kinds of support name their texts too (support/kinds.toml, shipped with the binary).
    let kinds = parite_core::support::SupportKinds::parse(crate::setup::SUPPORT_KINDS);
    for id in kinds.iter().flat_map(|kinds| kinds.message_ids()) {
        referenced.insert(id.as_str());
        if !all_ids.contains(id.as_str()) {
            findings.push(Finding {
                file: PathBuf::from("support/kinds.toml"),
                line: line_naming(crate::setup::SUPPORT_KINDS, id.as_str()),
                id: id.to_string(),
                text: text.get("check-missing-message", &[]),
            });
        }
    }
    for id in &all_ids {
        if referenced.contains(id) || used::USED_MESSAGE_IDS.contains(id) {
            continue;
        }
        if let Some((file, line)) = defined.values().find_map(|ids| ids.get(id)) {
            let text = text.get("check-unused-message", &[]);
            unused.push(Finding {
                file: file.clone(),
                line: *line,
                id: (*id).to_owned(),
                text,
            });
        }
    }
    Ok(LocaleReport { locales, warnings })
}

/// A warning for each translation whose English has changed since it was made (the hashes of
/// `<locale>/sources.toml`, written by `parite translations`).
fn outdated(
    dir: &Path,
    locales: &[String],
    text: &CliText,
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<Finding>,
) {
    let targets = locales.iter().filter(|l| *l != model::SOURCE_LOCALE);
    for locale in targets {
        match model::outdated(dir, locale) {
            Ok(found) => warnings.extend(found.into_iter().map(|unit| Finding {
                file: unit.file,
                line: unit.line,
                id: unit.id,
                text: text.get("check-outdated", &[]),
            })),
            Err(problem) => findings.push(Finding {
                file: dir.join(locale),
                line: 1,
                id: String::new(),
                text: problem.render(text),
            }),
        }
    }
}

/// Messages the program shows (named in its code) that the copy built into the binary defines
/// for a locale and `catalog` lacks in that same locale: a page would fail on them. Locales the
/// binary does not ship are held to the others by the missing-in-locale check instead.
fn missing_used(
    catalog: &Catalog,
    shown: &str,
    defined: &BTreeMap<&str, BTreeMap<&str, (PathBuf, usize)>>,
    text: &CliText,
    findings: &mut Vec<Finding>,
) {
    let built_in = catalog::scan_sources(&catalog::embedded_sources());
    for locale in &catalog.locales {
        let Some(shipped) = built_in.locales.iter().find(|l| l.locale == locale.locale) else {
            continue;
        };
        let here = defined.get(locale.locale.as_str());
        for file in &shipped.files {
            for message in &file.messages {
                let used = used::USED_MESSAGE_IDS.contains(&message.id.as_str());
                let has = here.is_some_and(|ids| ids.contains_key(message.id.as_str()));
                if !used || has {
                    continue;
                }
                let name = file
                    .path
                    .file_name()
                    .map(Path::new)
                    .unwrap_or(Path::new(""));
                let file_shown = file.path.display().to_string();
                findings.push(Finding {
                    file: Path::new(shown).join(&locale.locale).join(name),
                    line: message.line,
                    id: message.id.clone(),
                    text: text.get(
                        "check-missing-used-message",
                        &[("file", ArgValue::from(file_shown))],
                    ),
                });
            }
        }
    }
}

/// Every double-quoted string of a file that did not parse: the messages it may refer to.
fn quoted_strings(source: &str) -> impl Iterator<Item = &str> {
    source.split('"').skip(1).step_by(2)
}

/// The first line that names `id` in quotes: where an instrument refers to a message.
fn line_naming(source: &str, id: &str) -> usize {
    let quoted = format!("\"{id}\"");
    source
        .lines()
        .position(|line| line.contains(&quoted))
        .map_or(1, |i| i + 1)
}
