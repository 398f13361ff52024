//! Any text given as an `.ftl` file: whatever the `Localizer` refuses as broken, `parite check`
//! (the catalog scan) flags too, with lines inside the file; and every message of a file that
//! loads formats to text or a clear error, never a panic.

#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use parite_i18n::catalog::scan_file;
use parite_i18n::{FluentArgs, FluentValue, I18nError, Locale, Localizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = PathBuf::from("locales/en-CA/fuzz.ftl");
    let lines = text.lines().count().max(1);
    let scanned = scan_file(path.clone(), text);
    for entry in scanned.messages.iter().chain(&scanned.terms) {
        assert!(
            (1..=lines).contains(&entry.line),
            "{entry:?} outside {lines} lines"
        );
    }
    for problem in &scanned.syntax_errors {
        assert!(
            (1..=lines + 1).contains(&problem.line),
            "{problem:?} outside {lines} lines"
        );
    }

    let locale = Locale::en_ca();
    let sources = [("en-CA".to_owned(), path, text.to_owned())];
    let localizer = match Localizer::from_sources(&sources, locale.clone()) {
        Ok(localizer) => localizer,
        Err(I18nError::Syntax { line, .. }) => {
            assert!(
                !scanned.syntax_errors.is_empty(),
                "load refused what the check accepted"
            );
            assert!(
                (1..=lines + 1).contains(&line),
                "line {line} outside {lines} lines"
            );
            return;
        }
        // A duplicate id or another whole-file refusal: a clear error, not a panic.
        Err(_) => return,
    };
    // The reverse need not hold: the check also flags what the runtime parser skips, such as a
    // comment with no space after its `#`.

    // The arguments pages pass most often, as a number and as text.
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(3));
    args.set("name", FluentValue::from("Centre « Horizon »"));
    for message in &scanned.messages {
        for args in [None, Some(&args)] {
            let _ = localizer.message(&locale, &message.id, args);
            for attribute in &message.attributes {
                let _ = localizer.attribute(&locale, &message.id, attribute, args);
            }
        }
    }
});
