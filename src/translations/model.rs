//! A locale's `.ftl` files as the round trip sees them: the translatable texts ("units": a
//! message's value, or one attribute as `message.attribute`), where each one sits, and what
//! state each translation is in against the English.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use parite_i18n::catalog;

use super::Problem;
use super::ftl::{self, Entry, Slot};
use super::sources::{self, Sources};
use crate::cli::ArgValue;

/// The locale every other one translates from.
pub const SOURCE_LOCALE: &str = "en-CA";

/// One `.ftl` file of a locale, read.
pub struct LoadedFile {
    /// The file's name (`cli.ftl`): the same in every locale.
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    pub entries: Vec<Entry>,
}

/// Every `.ftl` file of one locale folder (none if the folder does not exist yet).
pub struct LocaleFiles {
    pub dir: PathBuf,
    pub files: Vec<LoadedFile>,
}

/// Where a unit sits: the file (index into [`LocaleFiles::files`]) and the slot.
pub struct Found<'a> {
    pub file: usize,
    pub slot: Option<&'a Slot>,
}

/// `message.attribute` → (`message`, `Some("attribute")`). Message ids have no `.`.
pub fn split_unit_id(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

impl LocaleFiles {
    /// Reads the locale's files through the catalog's scan of the locales folder, refusing a
    /// file Fluent cannot parse (a splice into it could not be checked).
    pub fn load(locales: &Path, locale: &str) -> Result<LocaleFiles, Problem> {
        let dir = locales.join(locale);
        let catalog = catalog::scan_dir(locales).map_err(|error| {
            Problem::new(
                "translations-cannot-read",
                vec![
                    ("path", ArgValue::from(locales.display().to_string())),
                    ("error", ArgValue::from(error.to_string())),
                ],
            )
        })?;
        let mut files = Vec::new();
        let scanned = catalog.locales.iter().find(|l| l.locale == locale);
        for file in scanned.map(|l| l.files.as_slice()).unwrap_or_default() {
            let path = file.path.clone();
            let text = std::fs::read_to_string(&path).map_err(|error| {
                Problem::new(
                    "translations-cannot-read",
                    vec![
                        ("path", ArgValue::from(path.display().to_string())),
                        ("error", ArgValue::from(error.to_string())),
                    ],
                )
            })?;
            let entries = ftl::entries(&text).map_err(|error| {
                Problem::new(
                    "translations-syntax",
                    vec![
                        ("path", ArgValue::from(path.display().to_string())),
                        ("line", ArgValue::from(error.line)),
                        ("detail", ArgValue::from(error.detail)),
                    ],
                )
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(LoadedFile {
                name,
                path,
                text,
                entries,
            });
        }
        Ok(LocaleFiles { dir, files })
    }

    /// Every unit in file order: (file name, unit id, text, line).
    pub fn units(&self) -> Vec<(&str, String, String, usize)> {
        let mut units = Vec::new();
        for file in &self.files {
            for entry in &file.entries {
                if let Some(slot) = &entry.value {
                    let text = ftl::unit_text(&file.text, slot);
                    units.push((file.name.as_str(), entry.id.clone(), text, slot.line));
                }
                for (attribute, slot) in &entry.attributes {
                    let id = format!("{}.{attribute}", entry.id);
                    let text = ftl::unit_text(&file.text, slot);
                    units.push((file.name.as_str(), id, text, slot.line));
                }
            }
        }
        units
    }

    /// The message of a unit, wherever in the locale it is defined.
    pub fn find(&self, unit_id: &str) -> Option<Found<'_>> {
        let (message, attribute) = split_unit_id(unit_id);
        self.files.iter().enumerate().find_map(|(index, file)| {
            let entry = file.entries.iter().find(|e| e.id == message)?;
            Some(Found {
                file: index,
                slot: entry.slot(attribute),
            })
        })
    }

    /// The translator's text of a unit, when the locale has it.
    pub fn text_of(&self, unit_id: &str) -> Option<String> {
        let found = self.find(unit_id)?;
        let slot = found.slot?;
        Some(ftl::unit_text(&self.files[found.file].text, slot))
    }

    pub fn sources(&self) -> Result<Sources, Problem> {
        Sources::load(&self.dir).map_err(|error| sources_problem(&self.dir, error))
    }
}

pub fn sources_problem(dir: &Path, error: sources::SourcesError) -> Problem {
    let path = Sources::path_in(dir).display().to_string();
    match error {
        sources::SourcesError::Read(error) => Problem::new(
            "translations-cannot-read",
            vec![
                ("path", ArgValue::from(path)),
                ("error", ArgValue::from(error.to_string())),
            ],
        ),
        sources::SourcesError::Format(detail) => Problem::new(
            "translations-bad-sources",
            vec![
                ("path", ArgValue::from(path)),
                ("detail", ArgValue::from(detail)),
            ],
        ),
    }
}

/// Where a translation stands against the English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Translated,
    /// The locale has no text for it.
    Missing,
    /// The English changed since the recorded translation was made.
    Outdated,
}

impl Status {
    /// The code written in the CSV's status column.
    pub fn code(self) -> &'static str {
        match self {
            Status::Translated => "translated",
            Status::Missing => "missing",
            Status::Outdated => "outdated",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        [Status::Translated, Status::Missing, Status::Outdated]
            .into_iter()
            .find(|status| status.code() == code.trim())
    }
}

/// One row of an export.
pub struct Unit {
    pub file: String,
    pub id: String,
    pub source: String,
    pub source_hash: String,
    pub translation: String,
    pub status: Status,
}

/// Every English unit beside its translation, in the English files' order.
pub fn units(english: &LocaleFiles, target: &LocaleFiles, recorded: &Sources) -> Vec<Unit> {
    english
        .units()
        .into_iter()
        .map(|(file, id, source, _)| {
            let source_hash = sources::hash(&source);
            let translation = target.text_of(&id).unwrap_or_default();
            let status = if translation.is_empty() {
                Status::Missing
            } else if recorded
                .hashes
                .get(&id)
                .is_some_and(|hash| *hash != source_hash)
            {
                Status::Outdated
            } else {
                Status::Translated
            };
            Unit {
                file: file.to_owned(),
                id,
                source,
                source_hash,
                translation,
                status,
            }
        })
        .collect()
}

/// One translation outdated against the English, for `parite check`.
pub struct Outdated {
    pub file: PathBuf,
    pub line: usize,
    pub id: String,
}

/// The translated units of `locale` whose recorded English hash is not the English's.
pub fn outdated(locales: &Path, locale: &str) -> Result<Vec<Outdated>, Problem> {
    let target = LocaleFiles::load(locales, locale)?;
    let recorded = target.sources()?;
    if recorded.hashes.is_empty() {
        return Ok(Vec::new());
    }
    let english = LocaleFiles::load(locales, SOURCE_LOCALE)?;
    let current: BTreeMap<String, String> = english
        .units()
        .into_iter()
        .map(|(_, id, text, _)| (id, sources::hash(&text)))
        .collect();
    let mut found = Vec::new();
    for file in &target.files {
        for entry in &file.entries {
            let value = entry.value.iter().map(|slot| (entry.id.clone(), slot));
            let attributes = entry
                .attributes
                .iter()
                .map(|(name, slot)| (format!("{}.{name}", entry.id), slot));
            for (id, slot) in value.chain(attributes) {
                let (Some(was), Some(now)) = (recorded.hashes.get(&id), current.get(&id)) else {
                    continue;
                };
                if was != now {
                    found.push(Outdated {
                        file: file.path.clone(),
                        line: slot.line,
                        id,
                    });
                }
            }
        }
    }
    Ok(found)
}
