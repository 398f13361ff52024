//! The operator's guide, in English and in French, lists every setting of `parite serve`: a flag
//! or an environment variable added to the command line without a row in both settings tables
//! fails here.

use std::process::Command;

/// The flags (`--addr`) and environment variables (`PARITE_ADDR`) `parite serve --help` names.
fn serve_settings() -> Vec<String> {
    let help = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["serve", "--help"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let mut settings = Vec::new();
    for word in help.split(|c: char| c.is_whitespace() || c == '[' || c == ']' || c == ',') {
        if let Some(flag) = word.strip_prefix("--")
            && !flag.is_empty()
            && flag != "help"
        {
            settings.push(format!("--{flag}"));
        }
        if let Some(env) = word.strip_suffix('=')
            && env.starts_with("PARITE_")
        {
            settings.push(env.to_owned());
        }
    }
    settings.sort();
    settings.dedup();
    settings
}

/// The rows of the guide's settings table: the lines between its heading and the next one.
fn settings_table(guide: &str, heading: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/docs/{guide}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_default();
    let start = text.find(heading).unwrap_or(text.len());
    let rest = &text[start..];
    let end = rest[heading.len()..]
        .find("\n## ")
        .map_or(rest.len(), |i| i + heading.len());
    rest[..end]
        .lines()
        .filter(|line| line.starts_with('|'))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_serve_setting_has_a_row_in_both_guides() {
    let settings = serve_settings();
    assert!(
        settings.len() >= 20,
        "too few settings read from --help: {settings:?}"
    );
    for (guide, heading) in [
        ("operations.md", "## Settings"),
        ("exploitation.md", "## Paramètres"),
    ] {
        let table = settings_table(guide, heading);
        assert!(!table.is_empty(), "docs/{guide} has no settings table");
        let missing: Vec<&String> = settings
            .iter()
            .filter(|s| !table.contains(&format!("`{s}`")))
            .collect();
        assert!(missing.is_empty(), "docs/{guide} lacks {missing:?}");
    }
}
