//! Instruments and texts read at start-up (`--surveys`, `--locales`): a broken folder refuses
//! the command with every problem named, a changed text shows in what the command writes, and
//! an instrument changed under answers is refused until its version is bumped.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the shipped `surveys/` or `locales/` in `to`.
fn copy_of(name: &str, to: &Path) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
        for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let target = to.join(path.file_name().unwrap_or_default());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                fs::copy(&path, &target).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    let target = to.join(name);
    copy(&root().join(name), &target);
    target
}

/// Replaces the one occurrence of `find` in `file`.
fn edit(file: &Path, find: &str, replace: &str) {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert_eq!(
        text.matches(find).count(),
        1,
        "{find:?} in {}",
        file.display()
    );
    fs::write(file, text.replacen(find, replace, 1)).unwrap_or_else(|e| panic!("{e}"));
}

fn parite(dir: &Path, locale: &str, args: &[&str]) -> Output {
    let url = format!("sqlite://{}", dir.join("parite.db").display());
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", &url])
        .current_dir(dir)
        .env("PARITE_DEFAULT_LOCALE", locale)
        .env_remove("PARITE_SURVEYS")
        .env_remove("PARITE_LOCALES")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const SERVE: [&str; 3] = ["serve", "--addr", "127.0.0.1:0"];

fn report(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "report",
        "--report",
        "organization",
        "--org",
        "centre-horizon",
        "--locale",
        "en-CA",
        "--format",
        "html",
        "--out",
        "r.html",
    ];
    args.extend_from_slice(extra);
    parite(dir, "en-CA", &args)
}

fn seed(dir: &Path) {
    let seeded = parite(
        dir,
        "en-CA",
        &["demo", "seed", "--orgs", "1", "--responses", "6"],
    );
    assert!(seeded.status.success(), "{}", stderr(&seeded));
}

#[test]
fn serve_refuses_an_instrument_folder_with_a_broken_item() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let surveys = copy_of("surveys", dir.path());
    let file = surveys.join("team-survey.toml");
    edit(
        &file,
        "id = \"b_prec_1\"\ntype = \"likert\"\nscale = \"agree5\"",
        "id = \"b_prec_1\"\ntype = \"likert\"\nscale = \"agree9\"",
    );
    let mut args = SERVE.to_vec();
    args.extend(["--surveys", "surveys"]);
    let output = parite(dir.path(), "en-CA", &args);
    assert!(!output.status.success());
    let said = stderr(&output);
    assert!(
        said.contains("surveys/team-survey.toml:134: b_prec_1: unknown scale “agree9”"),
        "{said}"
    );
    assert!(
        said.contains("1 problem in the instrument or locale files given"),
        "{said}"
    );
    assert!(!dir.path().join("parite.db").exists(), "nothing was opened");
    // The same through the environment, in French.
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(SERVE)
        .args(["--database", "sqlite://parite.db"])
        .current_dir(dir.path())
        .env("PARITE_DEFAULT_LOCALE", "fr-CA")
        .env("PARITE_SURVEYS", &surveys)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!output.status.success());
    let said = stderr(&output);
    assert!(
        said.contains("b_prec_1: échelle inconnue «\u{a0}agree9\u{a0}»"),
        "{said}"
    );
}

#[test]
fn serve_refuses_a_locale_folder_missing_a_message() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let locales = copy_of("locales", dir.path());
    let file = locales.join("en-CA/team-survey.ftl");
    let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with("team-survey-b-prec-1 ="))
        .collect();
    fs::write(&file, kept.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
    let french =
        fs::read_to_string(locales.join("fr-CA/team-survey.ftl")).unwrap_or_else(|e| panic!("{e}"));
    let line = french
        .lines()
        .position(|l| l.starts_with("team-survey-b-prec-1 ="))
        .map_or(0, |i| i + 1);
    let mut args = SERVE.to_vec();
    args.extend(["--locales", "locales"]);
    for (locale, problem) in [
        ("en-CA", "team-survey-b-prec-1: missing in en-CA"),
        ("fr-CA", "team-survey-b-prec-1: absent en en-CA"),
    ] {
        let output = parite(dir.path(), locale, &args);
        assert!(!output.status.success());
        let said = stderr(&output);
        assert!(
            said.contains(&format!("locales/fr-CA/team-survey.ftl:{line}: ")),
            "{said}"
        );
        assert!(said.contains(problem), "{said}");
    }
    assert!(!dir.path().join("parite.db").exists(), "nothing was opened");
}

#[test]
fn a_changed_message_in_the_locale_folder_shows_in_the_report() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    seed(dir.path());
    let locales = copy_of("locales", dir.path());
    let built_in = report(dir.path(), &[]);
    assert!(built_in.status.success(), "{}", stderr(&built_in));
    let html = fs::read_to_string(dir.path().join("r.html")).unwrap_or_default();
    assert!(html.contains("Barrier profile"), "{html}");
    edit(
        &locales.join("en-CA/reports.ftl"),
        "reports-chart-profile-title = Barrier profile",
        "reports-chart-profile-title = Outline of barriers",
    );
    let output = report(dir.path(), &["--locales", "locales"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = fs::read_to_string(dir.path().join("r.html")).unwrap_or_default();
    assert!(html.contains("Outline of barriers — "), "read at run time");
}

#[test]
fn an_instrument_changed_under_answers_is_refused_until_its_version_is_bumped() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    seed(dir.path());
    let surveys = copy_of("surveys", dir.path());
    let file = surveys.join("team-survey.toml");
    let original = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    // The first two items of section B, swapped.
    let first = "[[sections.items]]\nid = \"b_prec_1\"\ntype = \"likert\"\nscale = \"agree5\"\nindex = \"precedent\"\nreverse = true\ntext = \"team-survey-b-prec-1\"\nrequired = false\n\n";
    let second = "[[sections.items]]\nid = \"b_prec_2\"\ntype = \"likert\"\nscale = \"agree5\"\nindex = \"precedent\"\ntext = \"team-survey-b-prec-2\"\nrequired = false\n\n";
    edit(
        &file,
        &format!("{first}{second}"),
        &format!("{second}{first}"),
    );
    let refused = report(dir.path(), &["--surveys", "surveys"]);
    assert!(!refused.status.success());
    let said = stderr(&refused);
    assert!(
        said.contains(
            "surveys/team-survey.toml: instrument team-survey version 1 changed but answers \
             exist on it (first difference: b_prec_2): bump `version`"
        ),
        "{said}"
    );
    // Comments and spacing are not changes.
    fs::write(&file, format!("# Kept as answered.\n\n{original}"))
        .unwrap_or_else(|e| panic!("{e}"));
    let comment = report(dir.path(), &["--surveys", "surveys"]);
    assert!(comment.status.success(), "{}", stderr(&comment));

    // The change as a new version (3: the shipped version 2 is there too) beside the answered
    // version 1: accepted.
    let bumped = original
        .replacen("version = 1", "version = 3", 1)
        .replacen(first, "", 1)
        .replacen(second, &format!("{second}{first}"), 1);
    fs::write(surveys.join("team-survey-3.toml"), &bumped).unwrap_or_else(|e| panic!("{e}"));
    let accepted = report(dir.path(), &["--surveys", "surveys"]);
    assert!(accepted.status.success(), "{}", stderr(&accepted));
    // Without version 1's file, its answers could not be read: refused.
    fs::remove_file(&file).unwrap_or_else(|e| panic!("{e}"));
    let missing = report(dir.path(), &["--surveys", "surveys"]);
    assert!(!missing.status.success());
    let said = stderr(&missing);
    assert!(
        said.contains(
            "surveys: instrument team-survey version 1 has answers, but no file defines it"
        ),
        "{said}"
    );
}
