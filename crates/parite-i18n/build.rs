//! Embeds every `locales/<locale>/*.ftl` of the workspace, so a new locale folder (es-CA…)
//! ships with no code change: the generated table lists whatever folders exist at build time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let locales = manifest.join("../../locales");
    // Cargo rescans a watched directory for any change inside it, new folders included.
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut table = String::from("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for locale_dir in sorted(&locales) {
        let Some(locale) = visible_name(&locale_dir) else {
            continue;
        };
        if !locale_dir.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale_dir.display());
        for file in sorted(&locale_dir) {
            let is_ftl = file.extension().is_some_and(|ext| ext == "ftl");
            let Some(name) = visible_name(&file) else {
                continue;
            };
            if !is_ftl || !file.is_file() {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            let shown = format!("locales/{locale}/{name}");
            let absolute = fs::canonicalize(&file).unwrap_or(file);
            let _ = writeln!(
                table,
                "    ({locale:?}, {shown:?}, include_str!({:?})),",
                absolute.display().to_string()
            );
        }
    }
    table.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()))
        .join("embedded_locales.rs");
    if let Err(error) = fs::write(&out, table) {
        panic!("cannot write {}: {error}", out.display());
    }
}

fn sorted(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries.flatten().map(|entry| entry.path()).collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    paths
}

fn visible_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    (!name.starts_with('.')).then(|| name.to_owned())
}
