//! A manifest of SHA-256 hashes, one `name  hash` line per output, compared with the committed
//! file or rewritten when `PARITE_UPDATE_GOLDEN` is set. Shared by `tests/outputs.rs` and the
//! web's `tests/http/golden_pages.rs`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

/// Each output's name and the SHA-256 of its bytes, sorted by name.
#[derive(Default)]
pub struct Manifest(BTreeMap<String, String>);

impl Manifest {
    pub fn add(&mut self, name: String, bytes: &[u8]) {
        let mut hash = String::with_capacity(64);
        for byte in Sha256::digest(bytes) {
            let _ = write!(hash, "{byte:02x}");
        }
        let previous = self.0.insert(name.clone(), hash);
        assert!(previous.is_none(), "{name}: named twice");
    }

    fn text(&self) -> String {
        self.0
            .iter()
            .map(|(name, hash)| format!("{name}  {hash}\n"))
            .collect()
    }

    /// Fails naming every output that changed, appeared or disappeared since `path` was
    /// written; `how` is the command that rewrites it.
    pub fn check(&self, path: &Path, how: &str) {
        if std::env::var_os("PARITE_UPDATE_GOLDEN").is_some() {
            std::fs::write(path, self.text()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            return;
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        let committed: BTreeMap<&str, &str> = committed
            .lines()
            .filter_map(|line| line.split_once("  "))
            .collect();
        let mut problems = Vec::new();
        for (name, hash) in &self.0 {
            match committed.get(name.as_str()) {
                Some(old) if old == hash => {}
                Some(_) => problems.push(format!("changed: {name}")),
                None => problems.push(format!("new:     {name}")),
            }
        }
        for name in committed.keys() {
            if !self.0.contains_key(*name) {
                problems.push(format!("gone:    {name}"));
            }
        }
        assert!(
            problems.is_empty(),
            "{} of {} outputs differ from {}:\n  {}\n\
             These outputs must stay byte-identical unless their change is intended. If it is, \
             regenerate the manifest with\n  PARITE_UPDATE_GOLDEN=1 {how}\n\
             and commit it with the change that explains it.",
            problems.len(),
            self.0.len(),
            path.display(),
            problems.join("\n  ")
        );
    }
}
