//! What an instrument file says, reduced to a hash: the store records it per (id, version) so a
//! file edited after answers were given on that version is caught before it misleads anyone.
//!
//! The hash is of the parsed TOML, not of the bytes and not of the typed model: comments,
//! spacing, key order and quoting style may change freely, while any value that changes what a
//! respondent reads or how an answer is scored changes the hash. The typed model is left out on
//! purpose: a new release that reads one more field would otherwise change every hash and refuse
//! to start on an unchanged file. The encoding is written here, not taken from a serializer, for
//! the same reason: a dependency update must not change it.
//!
//! The messages an instrument names (its texts in `locales/`) are not part of the hash: wording
//! is corrected in the locale files without a new version, and the answers keep their meaning.

use sha2::{Digest, Sha256};
use toml::Value;

/// One instrument file's fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// SHA-256 of the whole file's canonical form, in hex.
    pub digest: String,
    /// Every table with an `id` (the instrument itself, its groups, items, indices…), in file
    /// order, each with a short hash of its own values (nested tables with an `id` left out):
    /// which entry differs first is what a refusal names.
    pub entries: Vec<Entry>,
}

/// One identified table of an instrument file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The first 16 hex digits of the SHA-256 of its canonical form.
    pub hash: String,
}

impl Fingerprint {
    /// The fingerprint of an instrument file's text; `None` when it is not TOML (such a file
    /// never loads, so it never needs one).
    pub fn of_source(source: &str) -> Option<Fingerprint> {
        let root: toml::Table = toml::from_str(source).ok()?;
        let root = Value::Table(root);
        let mut whole = String::new();
        encode(&root, &mut whole, false);
        let mut entries = Vec::new();
        collect_entries(&root, &mut entries);
        Some(Fingerprint {
            digest: hex(&Sha256::digest(whole.as_bytes())),
            entries,
        })
    }

    /// The entries as stored: one `id hash` a line.
    pub fn entries_text(&self) -> String {
        self.entries
            .iter()
            .map(|e| format!("{} {}", e.id, e.hash))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The first entry (in this file's order) that differs from `recorded` (as
    /// [`Fingerprint::entries_text`] wrote it): changed, added, removed or moved.
    pub fn first_difference(&self, recorded: &str) -> Option<String> {
        let old: Vec<(&str, &str)> = recorded
            .lines()
            .filter_map(|line| line.split_once(' '))
            .collect();
        for (at, entry) in self.entries.iter().enumerate() {
            match old.get(at) {
                Some((id, hash)) if *id == entry.id && *hash == entry.hash => continue,
                // What was here is gone: that is the difference, not what took its place.
                Some((id, _)) if !self.entries.iter().any(|e| e.id == *id) => {
                    return Some((*id).to_owned());
                }
                _ => return Some(entry.id.clone()),
            }
        }
        // Every entry here is as it was: one was removed from the end.
        old.get(self.entries.len()).map(|(id, _)| (*id).to_owned())
    }
}

fn collect_entries(value: &Value, entries: &mut Vec<Entry>) {
    match value {
        Value::Table(table) => {
            if let Some(Value::String(id)) = table.get("id") {
                let mut own = String::new();
                encode(value, &mut own, true);
                let hash = hex(&Sha256::digest(own.as_bytes()));
                entries.push(Entry {
                    id: id.clone(),
                    hash: hash.chars().take(16).collect(),
                });
            }
            for (_, nested) in sorted(table) {
                collect_entries(nested, entries);
            }
        }
        Value::Array(values) => values.iter().for_each(|v| collect_entries(v, entries)),
        _ => {}
    }
}

/// A table's keys in sorted order, whatever order the TOML parser keeps.
fn sorted(table: &toml::Table) -> Vec<(&String, &Value)> {
    let mut pairs: Vec<(&String, &Value)> = table.iter().collect();
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    pairs
}

/// A canonical text for a value: typed, keys sorted, strings escaped the same way always. With
/// `shallow`, nested tables that carry an `id` are left out (they are entries of their own).
fn encode(value: &Value, out: &mut String, shallow: bool) {
    match value {
        Value::String(s) => encode_str(s, out),
        Value::Integer(i) => {
            out.push_str("i:");
            out.push_str(&i.to_string());
        }
        Value::Float(f) => {
            out.push_str("f:");
            out.push_str(&f.to_string());
        }
        Value::Boolean(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Datetime(d) => {
            out.push_str("d:");
            out.push_str(&d.to_string());
        }
        Value::Array(values) => {
            out.push('[');
            for v in values {
                if shallow && has_id(v) {
                    continue;
                }
                encode(v, out, false);
                out.push(',');
            }
            out.push(']');
        }
        Value::Table(table) => {
            out.push('{');
            for (key, v) in sorted(table) {
                if shallow && (has_id(v) || is_array_of_ids(v)) {
                    continue;
                }
                encode_str(key, out);
                out.push('=');
                // Below the entry's own level, nested entries are kept whole: only the direct
                // children with an `id` are entries of their own.
                encode(v, out, shallow && !matches!(v, Value::Table(_)));
                out.push(',');
            }
            out.push('}');
        }
    }
}

fn has_id(value: &Value) -> bool {
    matches!(value, Value::Table(t) if matches!(t.get("id"), Some(Value::String(_))))
}

fn is_array_of_ids(value: &Value) -> bool {
    matches!(value, Value::Array(values) if !values.is_empty() && values.iter().all(has_id))
}

fn encode_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
id = "s"
version = 1
title = "s-title"

[[groups]]
id = "g1"
items = [
  { id = "a", label = "s-a" },
  { id = "b", label = "s-b" },
]
"#;

    fn of(source: &str) -> Fingerprint {
        Fingerprint::of_source(source).unwrap_or_else(|| panic!("not TOML: {source}"))
    }

    #[test]
    fn comments_spacing_and_key_order_do_not_count() {
        let reworded = "# a comment\nversion = 1\nid    = 's'\ntitle = \"s-title\"\n\n[[groups]]\nitems = [{ label = \"s-a\", id = \"a\" }, { id = \"b\", label = \"s-b\" }]\nid = \"g1\"\n";
        assert_eq!(of(FILE), of(reworded));
    }

    #[test]
    fn a_changed_item_is_named() {
        let before = of(FILE);
        let after = of(&FILE.replace("\"s-b\"", "\"s-b2\""));
        assert_ne!(before.digest, after.digest);
        let recorded = before.entries_text();
        assert_eq!(after.first_difference(&recorded).as_deref(), Some("b"));
    }

    #[test]
    fn a_reordered_or_removed_item_is_named() {
        let recorded = of(FILE).entries_text();
        let swapped = FILE
            .replace("{ id = \"a\", label = \"s-a\" }", "X")
            .replace(
                "{ id = \"b\", label = \"s-b\" }",
                "{ id = \"a\", label = \"s-a\" }",
            )
            .replace('X', "{ id = \"b\", label = \"s-b\" }");
        assert_eq!(
            of(&swapped).first_difference(&recorded).as_deref(),
            Some("b")
        );
        let removed = FILE.replace("  { id = \"b\", label = \"s-b\" },\n", "");
        assert_eq!(
            of(&removed).first_difference(&recorded).as_deref(),
            Some("b")
        );
    }

    #[test]
    fn a_top_level_change_names_the_instrument() {
        let recorded = of(FILE).entries_text();
        let retitled = of(&FILE.replace("\"s-title\"", "\"s-title2\""));
        assert_eq!(retitled.first_difference(&recorded).as_deref(), Some("s"));
        assert_eq!(of(FILE).first_difference(&recorded), None);
    }

    #[test]
    fn text_that_is_not_toml_has_none() {
        assert_eq!(Fingerprint::of_source("id = "), None);
    }
}
