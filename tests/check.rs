//! `parite check` on the shipped tree and on broken copies of it: each case under
//! tests/fixtures/check/cases names its edits and the exact lines it must print.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    expected: Vec<String>,
    #[serde(default)]
    edit: Vec<Edit>,
}

#[derive(Deserialize)]
struct Edit {
    file: String,
    find: String,
    replace: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).unwrap_or_else(|e| panic!("{e}"));
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// A copy of the shipped surveys and locales, plus the tiny fixture survey the cases break.
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for sub in ["surveys", "locales"] {
        fs::create_dir_all(dir.path().join(sub)).unwrap_or_else(|e| panic!("{e}"));
        copy_tree(&root().join(sub), &dir.path().join(sub));
    }
    copy_tree(&root().join("tests/fixtures/check/base"), dir.path());
    dir
}

fn check(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["check", "--surveys", "surveys", "--locales", "locales"])
        .current_dir(dir)
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"))
}

fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_shipped_instruments_are_complete_in_both_locales() {
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["check"])
        .current_dir(root())
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    // Every version of every instrument, by id then version, and nothing else: no
    // median-point doublet and no outdated translation is left in the shipped texts.
    let expected = [
        "fidelity v1 (checklist)",
        "fidelity v2 (checklist)",
        "peer-engagement v1 (survey)",
        "peer-values v1 (survey)",
        "progress v1 (progress milestones)",
        "progress v2 (progress milestones)",
        "team-survey v1 (survey)",
        "team-survey v2 (survey)",
    ];
    assert_eq!(lines.len(), expected.len(), "{stdout}");
    for (line, start) in lines.iter().zip(expected) {
        assert!(line.starts_with(start), "{line}");
        assert!(line.ends_with("complete in en-CA, fr-CA"), "{line}");
    }
}

#[test]
fn a_median_point_doublet_is_a_warning_with_its_file_line_and_id() {
    let dir = tree();
    let file = dir.path().join("locales/fr-CA/reports.ftl");
    let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let shipped = "reports-group-professional = Professionnel(le)s";
    let line = text
        .lines()
        .position(|l| l == shipped)
        .unwrap_or_else(|| panic!("{shipped:?} in reports.ftl"))
        + 1;
    fs::write(
        &file,
        text.replace(shipped, "reports-group-professional = Professionnel·le·s"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let output = check(dir.path());
    assert!(output.status.success(), "{:?}", stderr_lines(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected = format!(
        "locales/fr-CA/reports.ftl:{line}: reports-group-professional: warning: “Professionnel·le·s” is a median-point form"
    );
    assert!(stdout.contains(&expected), "{stdout}");
}

#[test]
fn the_summary_speaks_french_by_default() {
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["check"])
        .current_dir(root())
        .env_remove("PARITE_DEFAULT_LOCALE")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("team-survey v1 (sondage)\u{a0}:"),
        "{stdout}"
    );
    assert!(stdout.contains("complet en en-CA, fr-CA"), "{stdout}");
}

#[test]
fn the_fixture_tree_itself_is_valid() {
    let dir = tree();
    let output = check(dir.path());
    assert!(output.status.success(), "{:?}", stderr_lines(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("zz v1 (survey): 2 items in 1 section")
    );
}

#[test]
fn each_broken_case_prints_its_exact_lines() {
    let cases_dir = root().join("tests/fixtures/check/cases");
    let mut paths: Vec<PathBuf> = fs::read_dir(&cases_dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    assert!(paths.len() >= 15, "one case per kind of problem");
    let mut failures = Vec::new();
    for path in paths {
        let case: Case =
            toml::from_str(&fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}")))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let dir = tree();
        for edit in &case.edit {
            let file = dir.path().join(&edit.file);
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                text.contains(&edit.find),
                "{}: {:?} not in {}",
                path.display(),
                edit.find,
                edit.file
            );
            fs::write(&file, text.replacen(&edit.find, &edit.replace, 1))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let output = check(dir.path());
        let mut expected = case.expected.clone();
        let count = expected.len();
        expected.push(if count == 1 {
            "1 problem found.".to_owned()
        } else {
            format!("{count} problems found.")
        });
        let got = stderr_lines(&output);
        if output.status.success() || got != expected {
            failures.push(format!(
                "{}:\n  expected {expected:#?}\n  got {got:#?}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The issue's own example: delete one French message from a shipped file.
#[test]
fn deleting_a_shipped_french_message_names_the_english_file_line_and_id() {
    let dir = tree();
    let fr = dir.path().join("locales/fr-CA/team-survey.ftl");
    let text = fs::read_to_string(&fr).unwrap_or_else(|e| panic!("{e}"));
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("team-survey-b-cult-2 ="))
        .collect();
    assert_ne!(
        kept.len(),
        text.lines().count(),
        "the message exists in French"
    );
    fs::write(&fr, kept.join("\n")).unwrap_or_else(|e| panic!("{e}"));
    let en = fs::read_to_string(dir.path().join("locales/en-CA/team-survey.ftl"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = en
        .lines()
        .position(|l| l.starts_with("team-survey-b-cult-2 ="))
        .map(|i| i + 1);
    let output = check(dir.path());
    assert!(!output.status.success());
    let expected = format!(
        "locales/en-CA/team-survey.ftl:{}: team-survey-b-cult-2: missing in fr-CA",
        line.unwrap_or(0)
    );
    assert!(
        stderr_lines(&output).contains(&expected),
        "{:?}",
        stderr_lines(&output)
    );
}

#[test]
fn a_kind_of_support_whose_text_is_missing_is_named_with_its_line() {
    let dir = tree();
    for locale in ["en-CA", "fr-CA"] {
        let file = dir.path().join(format!("locales/{locale}/support.ftl"));
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("support-kind-wrap ="))
            .collect();
        assert_ne!(kept.len(), text.lines().count(), "{locale} has the message");
        fs::write(&file, kept.join("\n")).unwrap_or_else(|e| panic!("{e}"));
    }
    let kinds =
        fs::read_to_string(root().join("support/kinds.toml")).unwrap_or_else(|e| panic!("{e}"));
    let line = kinds
        .lines()
        .position(|l| l.contains("\"support-kind-wrap\""))
        .map_or(0, |i| i + 1);
    let output = check(dir.path());
    assert!(!output.status.success());
    let expected = format!(
        "support/kinds.toml:{line}: support-kind-wrap: this message is missing from every locale"
    );
    assert!(
        stderr_lines(&output).contains(&expected),
        "{:?}",
        stderr_lines(&output)
    );
}
