//! The round trip as XLIFF 2.0, for translation tools: one `<file>` per `.ftl` file, one
//! `<unit>` per message value or attribute, the English hash in a `<note>`.
//!
//! Written by hand (the format needs a dozen elements, escaped as XML requires) and read with
//! roxmltree, which the chart renderer already builds, so XLIFF adds no crate to the build.
//! Fluent placeables (`{ $count }`) travel as plain text, not as inline codes.

use std::path::Path;

use super::model::{SOURCE_LOCALE, Status, Unit};
use super::{Imported, ImportedUnit, Problem};
use crate::cli::ArgValue;

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The `<note>` category that carries the English hash.
const HASH_NOTE: &str = "source-hash";
/// XLIFF 2.0 has no "outdated" state: an outdated unit is `initial` with this sub-state.
const OUTDATED_SUBSTATE: &str = "parite:outdated";

/// A unit whose text holds a character XML 1.0 cannot carry at all.
pub struct UnwritableUnit {
    pub file: String,
    pub id: String,
}

pub fn write(units: &[Unit], locale: &str) -> Result<String, UnwritableUnit> {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape(SOURCE_LOCALE),
        escape(locale)
    ));
    let mut current_file: Option<&str> = None;
    for unit in units {
        if current_file != Some(unit.file.as_str()) {
            if current_file.is_some() {
                out.push_str("  </file>\n");
            }
            let file = escape(&unit.file);
            out.push_str(&format!("  <file id=\"{file}\" original=\"{file}\">\n"));
            current_file = Some(unit.file.as_str());
        }
        let unwritable = || UnwritableUnit {
            file: unit.file.clone(),
            id: unit.id.clone(),
        };
        if !writable(&unit.source) || !writable(&unit.translation) {
            return Err(unwritable());
        }
        let state = match unit.status {
            Status::Translated => "state=\"translated\"".to_owned(),
            Status::Missing => "state=\"initial\"".to_owned(),
            Status::Outdated => format!("state=\"initial\" subState=\"{OUTDATED_SUBSTATE}\""),
        };
        out.push_str(&format!("    <unit id=\"{}\">\n", escape(&unit.id)));
        out.push_str(&format!(
            "      <notes>\n        <note category=\"{HASH_NOTE}\">{}</note>\n      </notes>\n",
            escape(&unit.source_hash)
        ));
        out.push_str(&format!("      <segment {state}>\n"));
        out.push_str(&format!(
            "        <source xml:space=\"preserve\">{}</source>\n",
            escape(&unit.source)
        ));
        if unit.status != Status::Missing {
            out.push_str(&format!(
                "        <target xml:space=\"preserve\">{}</target>\n",
                escape(&unit.translation)
            ));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    if current_file.is_some() {
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

/// XML 1.0 allows no control character but tab and line breaks, not even as `&#1;`.
fn writable(text: &str) -> bool {
    !text.chars().any(|c| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    })
}

/// Text and attribute values alike; `\r` as a reference, or a reader would turn it into `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

pub fn read(path: &Path, text: &str) -> Result<Imported, Problem> {
    let shown = path.display().to_string();
    let bad = |detail: String| {
        Problem::new(
            "translations-bad-xliff",
            vec![
                ("path", ArgValue::from(shown.as_str())),
                ("detail", ArgValue::from(detail)),
            ],
        )
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let document = roxmltree::Document::parse(text).map_err(|e| bad(e.to_string()))?;
    let root = document.root_element();
    let namespace = root.tag_name().namespace().unwrap_or_default();
    if root.tag_name().name() != "xliff" || namespace != NAMESPACE {
        return Err(Problem::new(
            "translations-not-xliff-2",
            vec![
                ("path", ArgValue::from(shown.as_str())),
                ("namespace", ArgValue::from(namespace)),
            ],
        ));
    }
    let is = |node: &roxmltree::Node, name: &str| {
        node.is_element()
            && node.tag_name().name() == name
            && node.tag_name().namespace() == Some(NAMESPACE)
    };
    let mut units = Vec::new();
    for file in root.children().filter(|n| is(n, "file")) {
        let file_name = file
            .attribute("original")
            .or_else(|| file.attribute("id"))
            .unwrap_or_default();
        // Units may sit in `<group>`s, which translation tools sometimes add.
        for unit in file.descendants().filter(|n| is(n, "unit")) {
            let id = unit.attribute("id").unwrap_or_default();
            let source_hash = unit
                .descendants()
                .find(|n| is(n, "note") && n.attribute("category") == Some(HASH_NOTE))
                .and_then(|n| n.text())
                .unwrap_or_default();
            let mut translation = String::new();
            let mut confirmed = false;
            // A unit's text is its segments' and ignorables' targets, in order.
            for part in unit
                .children()
                .filter(|n| is(n, "segment") || is(n, "ignorable"))
            {
                if is(&part, "segment") && !confirmed {
                    confirmed = matches!(
                        part.attribute("state"),
                        Some("translated" | "reviewed" | "final")
                    );
                }
                let Some(target) = part.children().find(|n| is(n, "target")) else {
                    continue;
                };
                for piece in target.children() {
                    if let Some(element) = piece.is_element().then(|| piece.tag_name().name()) {
                        return Err(Problem::new(
                            "translations-xliff-inline",
                            vec![
                                ("path", ArgValue::from(shown.as_str())),
                                ("id", ArgValue::from(id)),
                                ("element", ArgValue::from(element)),
                            ],
                        ));
                    }
                    translation.push_str(piece.text().unwrap_or_default());
                }
            }
            units.push(ImportedUnit {
                file: file_name.to_owned(),
                id: id.to_owned(),
                source_hash: source_hash.trim().to_owned(),
                translation,
                confirmed,
            });
        }
    }
    Ok(Imported {
        locale: root.attribute("trgLang").map(str::to_owned),
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_markup_survives_the_round_trip() {
        let units = [Unit {
            file: "a.ftl".to_owned(),
            id: "m".to_owned(),
            source: "<b> & \"x\"\n  { $n }".to_owned(),
            source_hash: "0123456789abcdef".to_owned(),
            translation: "<i> & « y »\n  { $n }".to_owned(),
            status: Status::Outdated,
        }];
        let xml = write(&units, "fr-CA").unwrap_or_else(|_| panic!("unwritable"));
        let read = read(Path::new("t.xlf"), &xml).unwrap_or_else(|_| panic!("unreadable"));
        assert_eq!(read.locale.as_deref(), Some("fr-CA"));
        assert_eq!(read.units[0].translation, units[0].translation);
        assert_eq!(read.units[0].source_hash, "0123456789abcdef");
        assert!(!read.units[0].confirmed);
    }
}
