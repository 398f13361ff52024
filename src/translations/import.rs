//! Puts a translator's file back into the `.ftl` files: each changed text spliced in where it
//! was, each splice checked by parsing the result, nothing written unless every unit is sound.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use super::ftl::{self, Layout};
use super::model::{LocaleFiles, split_unit_id};
use super::sources::{self, Sources};
use super::{Imported, Problem};
use crate::cli::ArgValue;

/// What an import would write.
pub struct Plan {
    /// Every file whose text changed, with its new text.
    pub files: Vec<(PathBuf, String)>,
    pub sources: Sources,
    pub changed: usize,
    pub unchanged: usize,
    /// Units skipped with a reason (an English message that no longer exists).
    pub warnings: Vec<Problem>,
}

/// Why a translation could not be spliced in.
enum SpliceError {
    /// Fluent rejects the file with the translation in it.
    Invalid(String),
    /// The file parses, but the unit would not read back as the translator wrote it, or other
    /// units would change (a line starting with `.`, `[` or `*`, leading spaces).
    ReadsDifferently,
}

pub fn plan(
    imported: &Imported,
    english: &LocaleFiles,
    target: &LocaleFiles,
    mut recorded: Sources,
) -> Result<Plan, Vec<Problem>> {
    let english_units: BTreeSet<String> = english
        .units()
        .into_iter()
        .map(|(_, id, _, _)| id)
        .collect();
    // The files' texts as they evolve, by file name; the original texts to compare at the end.
    let mut texts: BTreeMap<String, (PathBuf, String)> = target
        .files
        .iter()
        .map(|f| (f.name.clone(), (f.path.clone(), f.text.clone())))
        .collect();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut seen = BTreeSet::new();
    let (mut changed, mut unchanged): (usize, usize) = (0, 0);
    for unit in &imported.units {
        let about = |message: &'static str, mut extra: Vec<(&'static str, ArgValue)>| {
            let mut args = vec![
                ("file", ArgValue::from(unit.file.as_str())),
                ("id", ArgValue::from(unit.id.as_str())),
            ];
            args.append(&mut extra);
            Problem::new(message, args)
        };
        if !is_plain_ftl_name(&unit.file) {
            problems.push(about("translations-bad-file", vec![]));
            continue;
        }
        if !seen.insert(unit.id.clone()) {
            problems.push(about("translations-duplicate-unit", vec![]));
            continue;
        }
        if !english_units.contains(&unit.id) {
            warnings.push(about("translations-unknown-unit", vec![]));
            continue;
        }
        let translation = ftl::normalize(&unit.translation);
        if translation.is_empty() {
            continue;
        }
        if !sources::is_hash(&unit.source_hash) {
            let hash = ArgValue::from(unit.source_hash.as_str());
            problems.push(about("translations-bad-hash", vec![("hash", hash)]));
            continue;
        }
        // The message stays in the file that has it; a new one goes to the English file's name.
        let (message, _) = split_unit_id(&unit.id);
        let file_name = texts
            .iter()
            .find(|(_, (_, text))| {
                ftl::entries(text).is_ok_and(|entries| entries.iter().any(|e| e.id == message))
            })
            .map_or_else(|| unit.file.clone(), |(name, _)| name.clone());
        let (path, text) = texts
            .entry(file_name.clone())
            .or_insert_with(|| (target.dir.join(&file_name), String::new()));
        let current = ftl::entries(text)
            .ok()
            .and_then(|entries| ftl::texts(text, &entries).remove(&unit.id));
        if current.as_deref() == Some(translation.as_str()) {
            unchanged += 1;
            // An untouched text marked `translated` over an outdated record: the translator
            // checked it against the new English and kept it.
            let outdated = recorded
                .hashes
                .get(&unit.id)
                .is_some_and(|hash| *hash != unit.source_hash);
            if unit.confirmed && outdated {
                recorded
                    .hashes
                    .insert(unit.id.clone(), unit.source_hash.clone());
            }
            continue;
        }
        match splice(text, &unit.id, &translation) {
            Ok(new_text) => {
                *text = new_text;
                changed += 1;
                recorded
                    .hashes
                    .insert(unit.id.clone(), unit.source_hash.clone());
            }
            Err(SpliceError::Invalid(detail)) => {
                let file = ArgValue::from(path.display().to_string());
                let detail = ArgValue::from(detail);
                problems.push(Problem::new(
                    "translations-invalid",
                    vec![
                        ("file", file),
                        ("id", ArgValue::from(unit.id.as_str())),
                        ("detail", detail),
                    ],
                ));
            }
            Err(SpliceError::ReadsDifferently) => {
                let file = ArgValue::from(path.display().to_string());
                problems.push(Problem::new(
                    "translations-reads-differently",
                    vec![("file", file), ("id", ArgValue::from(unit.id.as_str()))],
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let originals: BTreeMap<&str, &str> = target
        .files
        .iter()
        .map(|f| (f.name.as_str(), f.text.as_str()))
        .collect();
    let files = texts
        .into_iter()
        .filter(|(name, (_, text))| originals.get(name.as_str()) != Some(&text.as_str()))
        .map(|(_, file)| file)
        .collect();
    Ok(Plan {
        files,
        sources: recorded,
        changed,
        unchanged,
        warnings,
    })
}

/// A file name an import may write: `name.ftl`, inside the locale folder.
fn is_plain_ftl_name(name: &str) -> bool {
    name.ends_with(".ftl")
        && name.len() > ".ftl".len()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', ':', '\0'])
}

/// The file's text with the unit's text replaced (or added), checked to parse and to read back
/// exactly: the unit as translated, every other unit as before.
fn splice(text: &str, unit_id: &str, translation: &str) -> Result<String, SpliceError> {
    let entries = ftl::entries(text).map_err(|e| SpliceError::Invalid(e.detail))?;
    let (message, attribute) = split_unit_id(unit_id);
    let mut new_text = String::with_capacity(text.len() + translation.len() + 16);
    match (entries.iter().find(|e| e.id == message), attribute) {
        (Some(entry), _) => {
            let (range, replacement) = match (entry.slot(attribute), attribute) {
                (Some(slot), attribute) => {
                    let base = if attribute.is_some() { 4 } else { 0 };
                    let layout = Layout::of(text, slot, base);
                    (slot.bytes.clone(), layout.render(translation))
                }
                (None, Some(name)) => (entry.end..entry.end, ftl::new_attribute(name, translation)),
                (None, None) => {
                    let layout = Layout {
                        inline: true,
                        indent: 4,
                    };
                    let at = entry.after_equals;
                    // Whatever blank there was after `=` goes: the new value starts there.
                    let blank = text[at..].len() - text[at..].trim_start_matches(' ').len();
                    (at..at + blank, layout.render(translation))
                }
            };
            new_text.push_str(&text[..range.start]);
            new_text.push_str(&replacement);
            new_text.push_str(&text[range.end..]);
        }
        (None, attribute) => {
            new_text.push_str(text);
            if !new_text.is_empty() {
                if !new_text.ends_with('\n') {
                    new_text.push('\n');
                }
                new_text.push('\n');
            }
            match attribute {
                None => new_text.push_str(&ftl::new_message(message, Some(translation))),
                Some(name) => {
                    new_text.push_str(&ftl::new_message(message, None));
                    new_text.push_str(&ftl::new_attribute(name, translation));
                }
            }
            new_text.push('\n');
        }
    }
    let new_entries = ftl::entries(&new_text).map_err(|e| SpliceError::Invalid(e.detail))?;
    let mut expected = ftl::texts(text, &entries);
    expected.insert(unit_id.to_owned(), translation.to_owned());
    if ftl::texts(&new_text, &new_entries) != expected {
        return Err(SpliceError::ReadsDifferently);
    }
    Ok(new_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spliced(text: &str, id: &str, translation: &str) -> String {
        match splice(text, id, translation) {
            Ok(text) => text,
            Err(SpliceError::Invalid(detail)) => panic!("invalid: {detail}"),
            Err(SpliceError::ReadsDifferently) => panic!("reads differently"),
        }
    }

    #[test]
    fn only_the_changed_value_is_rewritten_in_its_own_layout() {
        let text = "# c\na = Un\n\nb =\n    Deux\n    lignes\n# fin\n";
        assert_eq!(
            spliced(text, "b", "Trois\nlignes"),
            "# c\na = Un\n\nb =\n    Trois\n    lignes\n# fin\n"
        );
        assert_eq!(
            spliced(text, "a", "{ $n ->\n    [one] un\n   *[other] { $n }\n}"),
            "# c\na = { $n ->\n        [one] un\n       *[other] { $n }\n    }\n\nb =\n    Deux\n    lignes\n# fin\n"
        );
    }

    #[test]
    fn new_messages_and_attributes_are_added() {
        let text = "a = Un\n";
        assert_eq!(spliced(text, "z", "Zed"), "a = Un\n\nz = Zed\n");
        assert_eq!(
            spliced(text, "a.help", "Aide"),
            "a = Un\n    .help = Aide\n"
        );
    }

    #[test]
    fn broken_or_ambiguous_translations_are_refused() {
        let text = "a = Un\nb = Deux\n";
        assert!(matches!(
            splice(text, "a", "{ $n"),
            Err(SpliceError::Invalid(_))
        ));
        assert!(matches!(
            splice(text, "a", "Un\n.help = x"),
            Err(SpliceError::ReadsDifferently)
        ));
        assert!(matches!(
            splice(text, "a", "Un\n[x] y"),
            Err(SpliceError::Invalid(_) | SpliceError::ReadsDifferently)
        ));
    }
}
