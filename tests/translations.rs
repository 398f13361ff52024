//! `parite translations`: a translator's CSV or XLIFF file out of a copy of the shipped locales
//! and back in, and `parite check` flagging the translations whose English has changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("{e}"));
    for entry in fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap_or_else(|e| panic!("{e}"));
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

/// A copy of the shipped surveys and locales (check needs both).
fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for sub in ["surveys", "locales"] {
        copy_tree(&root().join(sub), &dir.path().join(sub));
    }
    dir
}

fn parite(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .current_dir(dir)
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .env_remove("PARITE_LOCALES")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"))
}

fn succeeded(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Every file under `locales/`, by path, as bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(path: &Path, into: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(path).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                walk(&path, into);
            } else {
                let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
                into.insert(path, bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(&dir.join("locales"), &mut files);
    files
}

/// The files whose bytes differ between two snapshots.
fn changed(before: &BTreeMap<PathBuf, Vec<u8>>, after: &BTreeMap<PathBuf, Vec<u8>>) -> Vec<String> {
    let mut paths: Vec<&PathBuf> = before.keys().chain(after.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| before.get(*p) != after.get(*p))
        .map(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// The CSV export as a spreadsheet would give it back: header and rows.
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{e}"));
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or_else(|| panic!("the CSV starts with a byte order mark"));
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body);
    let header = reader
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

fn write_csv(path: &Path, header: &[String], rows: &[Vec<String>]) {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer
        .write_record(header)
        .unwrap_or_else(|e| panic!("{e}"));
    for row in rows {
        writer.write_record(row).unwrap_or_else(|e| panic!("{e}"));
    }
    let bytes = writer.into_inner().unwrap_or_else(|e| panic!("{e}"));
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
}

fn row<'a>(rows: &'a mut [Vec<String>], id: &str) -> &'a mut Vec<String> {
    rows.iter_mut()
        .find(|r| r[1] == id)
        .unwrap_or_else(|| panic!("no row for {id}"))
}

#[test]
fn an_unchanged_csv_or_xliff_import_leaves_every_file_byte_for_byte_identical() {
    let dir = tree();
    let before = snapshot(dir.path());
    for out in ["fr.csv", "fr.xlf"] {
        succeeded(&parite(
            dir.path(),
            &["translations", "export", "--locale", "fr-CA", "--out", out],
        ));
        let stdout = succeeded(&parite(dir.path(), &["translations", "import", out]));
        assert!(
            stdout.starts_with("0 translations written into 0 files of fr-CA;"),
            "{stdout}"
        );
        assert_eq!(
            changed(&before, &snapshot(dir.path())),
            Vec::<String>::new(),
            "{out}"
        );
    }
}

#[test]
fn the_csv_has_every_text_with_its_english_hash_and_status() {
    let dir = tree();
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.csv"],
    ));
    let (header, mut rows) = read_csv(&dir.path().join("fr.csv"));
    assert_eq!(
        header,
        [
            "file",
            "id",
            "source (en-CA)",
            "source hash",
            "translation (fr-CA)",
            "status"
        ]
    );
    let failed = row(&mut rows, "check-failed");
    assert_eq!(failed[0], "cli.ftl");
    assert_eq!(
        failed[2],
        "{ $count ->\n    [one] 1 problem found.\n   *[other] { $count } problems found.\n}"
    );
    assert_eq!(failed[3].len(), 16);
    assert!(failed[4].contains("problèmes trouvés"), "{failed:?}");
    assert!(
        rows.iter().all(|r| r[5] == "translated"),
        "the shipped French is complete and current"
    );
}

#[test]
fn editing_one_cell_changes_exactly_that_message() {
    let dir = tree();
    let csv = dir.path().join("fr.csv");
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.csv"],
    ));
    let (header, mut rows) = read_csv(&csv);
    let new =
        "{ $count ->\n    [one] Un seul problème.\n   *[other] { $count } problèmes en tout.\n}";
    row(&mut rows, "check-failed")[4] = new.to_owned();
    write_csv(&csv, &header, &rows);
    let cli = dir.path().join("locales/fr-CA/cli.ftl");
    let before_text = fs::read_to_string(&cli).unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(dir.path());
    let stdout = succeeded(&parite(dir.path(), &["translations", "import", "fr.csv"]));
    assert!(
        stdout.starts_with("1 translation written into 1 file of fr-CA;"),
        "{stdout}"
    );
    assert_eq!(changed(&before, &snapshot(dir.path())), ["cli.ftl"]);
    let after_text = fs::read_to_string(&cli).unwrap_or_else(|e| panic!("{e}"));
    let old_message = "check-failed = { $count ->\n        [one] 1 problème trouvé.\n       *[other] { $count } problèmes trouvés.\n    }\n";
    let new_message = "check-failed = { $count ->\n        [one] Un seul problème.\n       *[other] { $count } problèmes en tout.\n    }\n";
    assert!(before_text.contains(old_message));
    assert_eq!(after_text, before_text.replace(old_message, new_message));
    // The French that parite speaks now uses it, and check still passes.
    succeeded(&parite(dir.path(), &["check"]));
}

#[test]
fn an_xliff_target_edited_by_a_tool_is_imported() {
    let dir = tree();
    let xlf = dir.path().join("fr.xlf");
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.xlf"],
    ));
    let xml = fs::read_to_string(&xlf).unwrap_or_else(|e| panic!("{e}"));
    assert!(xml.contains(
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-CA\" trgLang=\"fr-CA\">"
    ));
    assert!(xml.contains("<file id=\"checklists.ftl\" original=\"checklists.ftl\">"));
    // What a translation tool does: the one unit's target, changed in place.
    let unit = xml
        .find("<unit id=\"checklist-band\">")
        .unwrap_or_else(|| panic!("checklist-band's unit"));
    let old = "<target xml:space=\"preserve\">Niveau</target>";
    let at = unit
        + xml[unit..]
            .find(old)
            .unwrap_or_else(|| panic!("its target"));
    let edited = format!(
        "{}<target xml:space=\"preserve\">Niveau &amp; cote</target>{}",
        &xml[..at],
        &xml[at + old.len()..]
    );
    fs::write(&xlf, edited).unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(dir.path());
    succeeded(&parite(dir.path(), &["translations", "import", "fr.xlf"]));
    assert_eq!(changed(&before, &snapshot(dir.path())), ["checklists.ftl"]);
    let text = fs::read_to_string(dir.path().join("locales/fr-CA/checklists.ftl"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("\nchecklist-band = Niveau & cote\n"),
        "{text}"
    );
}

#[test]
fn a_translation_that_is_not_valid_fluent_is_refused_and_nothing_is_written() {
    let dir = tree();
    let csv = dir.path().join("fr.csv");
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.csv"],
    ));
    let (header, mut rows) = read_csv(&csv);
    row(&mut rows, "checklist-band")[4] = "Niveau".to_owned() + " autre";
    row(&mut rows, "check-failed")[4] = "{ $count ->\n    [one] un\n}".to_owned();
    write_csv(&csv, &header, &rows);
    let before = snapshot(dir.path());
    let output = parite(dir.path(), &["translations", "import", "fr.csv"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("locales/fr-CA/cli.ftl: check-failed: the translation is not valid Fluent"),
        "{stderr}"
    );
    assert_eq!(
        changed(&before, &snapshot(dir.path())),
        Vec::<String>::new()
    );
}

#[test]
fn a_changed_english_text_makes_its_translation_outdated_until_it_is_translated_again() {
    let dir = tree();
    let english = dir.path().join("locales/en-CA/checklists.ftl");
    let text = fs::read_to_string(&english).unwrap_or_else(|e| panic!("{e}"));
    fs::write(
        &english,
        text.replace(
            "\nchecklist-band = Level\n",
            "\nchecklist-band = Fidelity level\n",
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let french = fs::read_to_string(dir.path().join("locales/fr-CA/checklists.ftl"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = french
        .lines()
        .position(|l| l.starts_with("checklist-band ="))
        .unwrap_or_else(|| panic!("checklist-band in French"))
        + 1;
    let flag = format!(
        "locales/fr-CA/checklists.ftl:{line}: checklist-band: outdated: the English text has changed"
    );
    let stdout = succeeded(&parite(dir.path(), &["check"]));
    assert!(stdout.contains(&flag), "{stdout}");
    // The French check says it in French.
    let french_check = Command::new(env!("CARGO_BIN_EXE_parite"))
        .arg("check")
        .current_dir(dir.path())
        .env("PARITE_DEFAULT_LOCALE", "fr-CA")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let french_stdout = succeeded(&french_check);
    assert!(
        french_stdout.contains("checklist-band: traduction périmée\u{a0}:"),
        "{french_stdout}"
    );

    let csv = dir.path().join("fr.csv");
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.csv"],
    ));
    let (header, mut rows) = read_csv(&csv);
    let outdated: Vec<&str> = rows
        .iter()
        .filter(|r| r[5] == "outdated")
        .map(|r| r[1].as_str())
        .collect();
    assert_eq!(outdated, ["checklist-band"]);
    // The summary, in French, agrees in number with each count (0 and 1 take the singular).
    let french_export = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(["translations", "export", "--out", "fr-again.csv"])
        .current_dir(dir.path())
        .env("PARITE_DEFAULT_LOCALE", "fr-CA")
        .env_remove("PARITE_LOCALES")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = succeeded(&french_export);
    assert!(said.contains("(0 manquant, 1 périmé)."), "{said}");
    // Importing the file untouched keeps the flag: nobody has looked at the new English yet.
    succeeded(&parite(dir.path(), &["translations", "import", "fr.csv"]));
    assert!(succeeded(&parite(dir.path(), &["check"])).contains(&flag));

    row(&mut rows, "checklist-band")[4] = "Niveau de fidélité".to_owned();
    write_csv(&csv, &header, &rows);
    succeeded(&parite(dir.path(), &["translations", "import", "fr.csv"]));
    let stdout = succeeded(&parite(dir.path(), &["check"]));
    assert!(!stdout.contains("outdated"), "{stdout}");
}

#[test]
fn a_translation_still_right_for_the_new_english_is_confirmed_by_its_status() {
    let dir = tree();
    let english = dir.path().join("locales/en-CA/checklists.ftl");
    let text = fs::read_to_string(&english).unwrap_or_else(|e| panic!("{e}"));
    fs::write(
        &english,
        text.replace(
            "\nchecklist-notes = Notes\n",
            "\nchecklist-notes = Notes.\n",
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let csv = dir.path().join("fr.csv");
    succeeded(&parite(
        dir.path(),
        &["translations", "export", "--out", "fr.csv"],
    ));
    let (header, mut rows) = read_csv(&csv);
    let notes = row(&mut rows, "checklist-notes");
    assert_eq!(notes[5], "outdated");
    notes[5] = "translated".to_owned();
    write_csv(&csv, &header, &rows);
    let before = snapshot(dir.path());
    succeeded(&parite(dir.path(), &["translations", "import", "fr.csv"]));
    assert_eq!(changed(&before, &snapshot(dir.path())), ["sources.toml"]);
    assert!(!succeeded(&parite(dir.path(), &["check"])).contains("outdated"));
}
