//! Collects the Fluent message ids that the code and templates name, so `parite check` can tell a
//! message that nothing uses from one that a page or command does.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    // Report definitions name the messages of their titles and sections.
    let mut dirs = vec![root.join("src"), root.join("reports")];
    if let Ok(crates) = fs::read_dir(root.join("crates")) {
        for entry in crates.flatten() {
            dirs.push(entry.path().join("src"));
            dirs.push(entry.path().join("templates"));
        }
    }
    let mut ids = BTreeSet::new();
    for dir in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(dir, &mut ids);
    }
    let mut out = String::from("pub const USED_MESSAGE_IDS: &[&str] = &[\n");
    for id in &ids {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("used_message_ids.rs");
    if let Err(error) = fs::write(&dest, out) {
        panic!("cannot write {}: {error}", dest.display());
    }
}

fn collect(dir: &Path, ids: &mut BTreeSet<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, ids);
        } else if let Ok(text) = fs::read_to_string(&path) {
            // Every double-quoted run shaped like a message id with at least one '-'. Scanning
            // from each quote, rather than pairing quotes, keeps a stray '"' from hiding the rest.
            for (start, _) in text.match_indices('"') {
                let rest = &text[start + 1..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
                    .unwrap_or(rest.len());
                let literal = &rest[..len];
                let shaped = rest[len..].starts_with('"')
                    && literal.contains('-')
                    && literal.starts_with(|c: char| c.is_ascii_lowercase());
                if shaped {
                    ids.insert(literal.to_owned());
                }
            }
        }
    }
}
