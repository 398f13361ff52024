//! Loading locale folders strictly, and formatting messages from them.

use std::path::PathBuf;

use parite_i18n::{FluentArgs, I18nError, Locale, Localizer};

use crate::{en, fixture, fr, two_locales};

fn args(pairs: &[(&'static str, f64)]) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for &(name, value) in pairs {
        args.set(name, value);
    }
    args
}

#[test]
fn two_locales_load_sorted_with_their_default() {
    let localizer = two_locales();
    assert_eq!(localizer.locales(), [en(), fr()]);
    assert_eq!(localizer.default_locale(), &fr());
    assert_eq!(
        localizer.message(&fr(), "app-title", None).unwrap(),
        "Parité"
    );
    assert_eq!(
        localizer.message(&en(), "about", None).unwrap(),
        "About Parité"
    );
    assert_eq!(
        localizer.message(&fr(), "about", None).unwrap(),
        "À propos de Parité"
    );
}

#[test]
fn a_third_locale_folder_loads_without_code_change() {
    let localizer = Localizer::from_dir(&fixture("three-locales"), fr()).unwrap();
    let es = Locale::parse("es-CA").unwrap();
    assert_eq!(localizer.locales(), [en(), es.clone(), fr()]);
    let score = args(&[("score", 1234.5)]);
    assert_eq!(
        localizer
            .message(&es, "average-score", Some(&score))
            .unwrap(),
        "Puntuación media: 1234,5"
    );
}

#[test]
fn numeric_arguments_follow_the_locale() {
    let localizer = two_locales();
    let score = args(&[("score", 1234.5)]);
    assert_eq!(
        localizer
            .message(&fr(), "average-score", Some(&score))
            .unwrap(),
        "Score moyen : 1\u{a0}234,5"
    );
    assert_eq!(
        localizer
            .message(&en(), "average-score", Some(&score))
            .unwrap(),
        "Average score: 1,234.5"
    );
    // Intl.NumberFormat's default of at most three decimals.
    let third = args(&[("score", 10.0 / 3.0)]);
    assert_eq!(
        localizer
            .message(&fr(), "average-score", Some(&third))
            .unwrap(),
        "Score moyen : 3,333"
    );
    assert_eq!(
        localizer.message(&en(), "literal-number", None).unwrap(),
        "1,234.5"
    );
}

#[test]
fn plurals_and_number_options() {
    let localizer = two_locales();
    let one = args(&[("count", 1.0)]);
    let many = args(&[("count", 1234.0)]);
    assert_eq!(
        localizer
            .message(&fr(), "responses-count", Some(&one))
            .unwrap(),
        "1 réponse"
    );
    assert_eq!(
        localizer
            .message(&fr(), "responses-count", Some(&many))
            .unwrap(),
        "1\u{a0}234 réponses"
    );
    assert_eq!(
        localizer
            .message(&en(), "responses-count", Some(&many))
            .unwrap(),
        "1,234 responses"
    );
    let score = args(&[("score", 3.5)]);
    assert_eq!(
        localizer
            .message(&fr(), "score-two-decimals", Some(&score))
            .unwrap(),
        "3,50"
    );
    assert_eq!(
        localizer
            .message(&en(), "score-two-decimals", Some(&score))
            .unwrap(),
        "3.50"
    );
    let ratio = args(&[("ratio", 0.375)]);
    assert_eq!(
        localizer
            .message(&fr(), "participation", Some(&ratio))
            .unwrap(),
        "37,5\u{a0}%"
    );
    assert_eq!(
        localizer
            .message(&en(), "participation", Some(&ratio))
            .unwrap(),
        "37.5%"
    );
}

#[test]
fn attributes_format_like_messages() {
    let localizer = two_locales();
    let mut name = FluentArgs::new();
    name.set("name", "Vague 3");
    let label = localizer
        .attribute(&fr(), "share-button", "aria-label", Some(&name))
        .unwrap();
    assert_eq!(label, "Partager le rapport Vague 3");
    assert_eq!(
        localizer
            .attribute(&en(), "share-button", "title", None)
            .unwrap(),
        "Share this report"
    );
    let missing = localizer
        .attribute(&en(), "share-button", "tooltip", None)
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "attribute “share-button.tooltip” is missing in locale en-CA"
    );
}

#[test]
fn a_message_missing_in_one_locale_is_an_error_there() {
    let localizer = two_locales();
    assert!(localizer.has_message(&fr(), "only-in-french"));
    assert!(!localizer.has_message(&en(), "only-in-french"));
    assert_eq!(
        localizer.message(&fr(), "only-in-french", None).unwrap(),
        "Seulement en français"
    );
    let error = localizer
        .message(&en(), "only-in-french", None)
        .unwrap_err();
    assert!(
        matches!(error, I18nError::MissingMessage { .. }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "message “only-in-french” is missing in locale en-CA"
    );
}

#[test]
fn a_missing_argument_or_locale_is_an_error_not_placeholder_text() {
    let localizer = two_locales();
    let error = localizer.message(&fr(), "average-score", None).unwrap_err();
    assert!(matches!(error, I18nError::Format { .. }), "{error:?}");
    let es = Locale::parse("es-CA").unwrap();
    let error = localizer.message(&es, "app-title", None).unwrap_err();
    assert_eq!(error.to_string(), "locale es-CA is not loaded");
}

#[test]
fn a_syntax_error_fails_the_load_naming_file_and_line() {
    let error = Localizer::from_dir(&fixture("syntax-error"), fr())
        .err()
        .unwrap();
    let I18nError::Syntax {
        path,
        line,
        message,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(path.ends_with("fr-CA/broken.ftl"), "{path:?}");
    assert_eq!(*line, 5);
    assert!(message.contains("no-value"), "{message}");
    assert!(
        error
            .to_string()
            .contains("broken.ftl:5: Fluent syntax error"),
        "{error}"
    );
}

#[test]
fn a_duplicate_id_fails_the_load_naming_both_files() {
    let error = Localizer::from_dir(&fixture("duplicate"), fr())
        .err()
        .unwrap();
    let I18nError::DuplicateMessage {
        locale,
        id,
        path,
        line,
        first_path,
        first_line,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!((locale.as_str(), id.as_str()), ("fr-CA", "greeting"));
    assert!(
        path.ends_with("fr-CA/b.ftl") && *line == 3,
        "{path:?}:{line}"
    );
    assert!(
        first_path.ends_with("fr-CA/a.ftl") && *first_line == 1,
        "{first_path:?}"
    );
    assert!(
        error
            .to_string()
            .contains("b.ftl:3: message “greeting” is defined again"),
        "{error}"
    );
}

#[test]
fn a_duplicate_term_in_memory_is_refused_too() {
    let sources = vec![
        (
            "fr-CA".to_owned(),
            PathBuf::from("fr-CA/a.ftl"),
            "-brand = Parité\n".to_owned(),
        ),
        (
            "fr-CA".to_owned(),
            PathBuf::from("fr-CA/b.ftl"),
            "\n-brand = Autre\n".to_owned(),
        ),
    ];
    let error = Localizer::from_sources(&sources, fr()).err().unwrap();
    assert!(
        matches!(&error, I18nError::DuplicateMessage { id, line: 2, .. } if id == "-brand"),
        "{error:?}"
    );
}

#[test]
fn empty_or_wrong_folders_are_clear_errors() {
    let empty = tempfile::tempdir().unwrap();
    let error = Localizer::from_dir(empty.path(), fr()).err().unwrap();
    assert!(matches!(error, I18nError::NoLocales { .. }), "{error:?}");

    let missing = empty.path().join("nope");
    let error = Localizer::from_dir(&missing, fr()).err().unwrap();
    assert!(
        matches!(error, I18nError::Io { .. }) && error.to_string().contains("nope"),
        "{error}"
    );

    let error = Localizer::from_dir(&fixture("two-locales"), Locale::parse("es-CA").unwrap())
        .err()
        .unwrap();
    assert_eq!(
        error.to_string(),
        "default locale es-CA has no folder of messages (found: en-CA, fr-CA)"
    );
}

/// The workspace's real `locales/`, as others are writing it: whatever is there must load,
/// and the copy compiled into the binary must hold the same locales.
#[test]
fn the_real_locales_load_from_disk_and_embedded() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let from_disk = Localizer::from_dir(&dir, fr()).unwrap_or_else(|e| panic!("{e}"));
    let embedded = Localizer::embedded(fr()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(from_disk.locales(), embedded.locales());
    assert!(from_disk.locales().contains(&en()));
}

/// Messages without arguments are formatted once at load; each must read exactly as resolving
/// it on request would (an empty argument list takes the resolving path).
#[test]
fn every_shipped_message_reads_the_same_fixed_or_resolved() {
    let localizer = Localizer::embedded(fr()).unwrap();
    let catalog = parite_i18n::catalog::scan_sources(&parite_i18n::catalog::embedded_sources());
    let mut compared = 0;
    for locale_catalog in &catalog.locales {
        let locale = Locale::parse(&locale_catalog.locale).unwrap();
        for message in locale_catalog.files.iter().flat_map(|f| &f.messages) {
            let fixed = localizer.message(&locale, &message.id, None);
            let resolved = localizer.message(&locale, &message.id, Some(&FluentArgs::new()));
            match (&fixed, &resolved) {
                (Ok(fixed), Ok(resolved)) => {
                    assert_eq!(fixed, resolved, "{locale} {}", message.id);
                    compared += 1;
                }
                // Needs arguments (or has no value): an error either way, never stale text.
                (Err(_), Err(_)) => {}
                _ => panic!("{locale} {}: {fixed:?} vs {resolved:?}", message.id),
            }
        }
    }
    assert!(compared > 500, "only {compared} messages compared");
}
