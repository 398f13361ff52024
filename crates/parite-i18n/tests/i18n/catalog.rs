//! The syntax-level scan used by `parite check`.

use parite_i18n::catalog::{self, MessageEntry};

use crate::fixture;

#[test]
fn reports_syntax_errors_on_the_line_to_fix() {
    let catalog = catalog::scan_dir(&fixture("syntax-error")).unwrap();
    let names: Vec<&str> = catalog.locales.iter().map(|l| l.locale.as_str()).collect();
    assert_eq!(names, ["en-CA", "fr-CA"]);
    let broken = &catalog.locales[1].files[1];
    assert!(broken.path.ends_with("fr-CA/broken.ftl"));
    let problems: Vec<(usize, &str)> = broken
        .syntax_errors
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            (5, "Expected a message field for \"no-value\""),
            (7, "Expected a token starting with \"}\"")
        ]
    );
    // The entries around the broken ones survive, at their own lines.
    let messages: Vec<(&str, usize)> = broken
        .messages
        .iter()
        .map(|m| (m.id.as_str(), m.line))
        .collect();
    assert_eq!(
        messages,
        [("good-before", 3), ("good-middle", 6), ("good-after", 8)]
    );
}

#[test]
fn lists_messages_attributes_and_terms_with_their_lines() {
    let catalog = catalog::scan_dir(&fixture("two-locales")).unwrap();
    let french = &catalog.locales[1];
    assert_eq!(french.locale, "fr-CA");
    let files: Vec<&str> = french
        .files
        .iter()
        .map(|f| f.path.file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(files, ["app.ftl", "numbers.ftl"]);
    let app = &french.files[0];
    assert!(app.syntax_errors.is_empty());
    let ids: Vec<(&str, usize)> = app
        .messages
        .iter()
        .map(|m| (m.id.as_str(), m.line))
        .collect();
    assert_eq!(
        ids,
        [
            ("app-title", 3),
            ("responses-count", 4),
            ("average-score", 9),
            ("share-button", 10),
            ("only-in-french", 15)
        ]
    );
    assert_eq!(app.messages[3].attributes, ["title", "aria-label"]);
    let terms = &french.files[1].terms;
    assert_eq!(
        terms,
        &[MessageEntry {
            id: "-brand".into(),
            line: 1,
            attributes: vec![]
        }]
    );
}

#[test]
fn scans_sources_in_memory_like_files() {
    let sources = vec![
        (
            "fr-CA".to_owned(),
            "b.ftl".into(),
            "x = 1\nx = 2\n".to_owned(),
        ),
        (
            "en-CA".to_owned(),
            "a.ftl".into(),
            "\n\nbad = {\n".to_owned(),
        ),
    ];
    let catalog = catalog::scan_sources(&sources);
    assert_eq!(catalog.locales[0].locale, "en-CA");
    assert_eq!(catalog.locales[0].files[0].syntax_errors[0].line, 3);
    // Duplicates are reported as two entries, for the check command to judge.
    let lines: Vec<usize> = catalog.locales[1].files[0]
        .messages
        .iter()
        .map(|m| m.line)
        .collect();
    assert_eq!(lines, [1, 2]);
}

#[test]
fn embedded_sources_scan_cleanly() {
    let catalog = catalog::scan_sources(&catalog::embedded_sources());
    assert!(!catalog.locales.is_empty());
    for file in catalog.locales.iter().flat_map(|l| &l.files) {
        assert!(file.path.starts_with("locales"), "{:?}", file.path);
        assert!(
            file.syntax_errors.is_empty(),
            "{:?}: {:?}",
            file.path,
            file.syntax_errors
        );
    }
}

#[test]
fn a_one_line_select_gets_a_readable_message() {
    let text = "items = { $n ->\n    [one] { $k -> [a] x *[b] y }\n   *[other] z\n}\n";
    let file = catalog::scan_file("inline.ftl".into(), text);
    let problem = &file.syntax_errors[0];
    assert_eq!(problem.line, 2);
    assert_eq!(
        problem.message,
        "Expected a line break (each select variant goes on its own line)"
    );
}
