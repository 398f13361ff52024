//! `locales/<locale>/sources.toml`: for each translated text, a hash of the English text it was
//! translated from. When the English changes, the hashes differ and `parite check` says the
//! translation is outdated.
//!
//! A file beside the `.ftl` files rather than comments inside them: translators and the import
//! never have to keep a comment in step with its message, a hand edit of a French text cannot
//! silently drop the record, and the diff of a re-translation shows both changes side by side.
//! A text with no record is not flagged: nothing is known of what it was translated from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The file's name inside a locale folder (not `.ftl`, so no bundle ever loads it).
pub const FILE_NAME: &str = "sources.toml";

/// Hex digits kept of the SHA-256: 64 bits, plenty to tell two versions of one text apart.
const HASH_DIGITS: usize = 16;

/// The hash of an English text as [`super::ftl::unit_text`] gives it, so re-indenting the
/// English does not make every translation outdated.
pub fn hash(english: &str) -> String {
    let digest = Sha256::digest(english.as_bytes());
    let mut hex = String::with_capacity(HASH_DIGITS);
    for byte in digest.iter().take(HASH_DIGITS / 2) {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// Whether a string is shaped like [`hash`]'s output.
pub fn is_hash(value: &str) -> bool {
    value.len() == HASH_DIGITS && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The records of one locale: unit id (`message` or `message.attribute`) to hash.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    pub path: PathBuf,
    pub hashes: BTreeMap<String, String>,
}

/// Why a sources file could not be used.
#[derive(Debug)]
pub enum SourcesError {
    Read(std::io::Error),
    /// Not TOML, or a value that is not a hash; the detail says where.
    Format(String),
}

impl Sources {
    pub fn path_in(locale_dir: &Path) -> PathBuf {
        locale_dir.join(FILE_NAME)
    }

    /// The records of a locale folder; none when it has no sources file.
    pub fn load(locale_dir: &Path) -> Result<Sources, SourcesError> {
        let path = Sources::path_in(locale_dir);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Sources {
                    path,
                    hashes: BTreeMap::new(),
                });
            }
            Err(error) => return Err(SourcesError::Read(error)),
        };
        let hashes: BTreeMap<String, String> =
            toml::from_str(&text).map_err(|e| SourcesError::Format(e.to_string()))?;
        if let Some((id, value)) = hashes.iter().find(|(_, value)| !is_hash(value)) {
            return Err(SourcesError::Format(format!("{id} = {value:?}")));
        }
        Ok(Sources { path, hashes })
    }

    /// The file's text: a header that says what it is, then one sorted line per record, so
    /// that writing the same records twice gives the same bytes.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# The English text each translation of this folder was made from: the first 16 hex\n\
             # digits of the SHA-256 of the en-CA text. `parite check` warns when the English has\n\
             # changed since. Written by `parite translations import` and `parite translations record`.\n",
        );
        for (id, hash) in &self.hashes {
            // Keys always quoted: a bare `message.attribute` would be a TOML dotted key.
            out.push_str(&format!("{} = \"{hash}\"\n", quote(id)));
        }
        out
    }

    /// Writes the file unless it already holds these records (or none were ever recorded).
    pub fn save(&self) -> std::io::Result<bool> {
        let text = self.render();
        match std::fs::read_to_string(&self.path) {
            Ok(current) if current == text => return Ok(false),
            // Nothing recorded and no file: no empty file to commit.
            Err(error)
                if error.kind() == std::io::ErrorKind::NotFound && self.hashes.is_empty() =>
            {
                return Ok(false);
            }
            _ => {}
        }
        std::fs::write(&self.path, text)?;
        Ok(true)
    }
}

/// A TOML basic string (ids are plain ASCII; the escapes cover anything else).
fn quote(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_read_back_as_written() {
        let mut sources = Sources::default();
        sources
            .hashes
            .insert("a-message.help".to_owned(), hash("Help"));
        sources.hashes.insert("b-message".to_owned(), hash("Text"));
        let read: BTreeMap<String, String> =
            toml::from_str(&sources.render()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read, sources.hashes);
        assert!(is_hash(&hash("x")));
    }
}
