//! What a reader sees for numbers and dates, in both languages, as ICU4X really prints them.

use parite_i18n::{I18nError, format_date, format_decimal, format_percent};

use crate::{en, fr};

/// fr-CA groups with U+00A0 NO-BREAK SPACE (not U+202F, which plain `fr` uses).
const NBSP: char = '\u{a0}';

#[test]
fn decimals() {
    let cases: &[(f64, u8, &str, &str)] = &[
        (3.5, 1, "3,5", "3.5"),
        (1234.5, 1, "1\u{a0}234,5", "1,234.5"),
        (1_234_567.891, 2, "1\u{a0}234\u{a0}567,89", "1,234,567.89"),
        (0.0, 1, "0,0", "0.0"),
        (0.0, 0, "0", "0"),
        (-2.25, 1, "-2,3", "-2.3"),
        (-12.5, 0, "-13", "-13"),
        (3.0, 2, "3,00", "3.00"),
        (2.675, 2, "2,68", "2.68"),
        (-0.04, 1, "0,0", "0.0"),
    ];
    for &(value, digits, french, english) in cases {
        assert_eq!(
            format_decimal(&fr(), value, digits),
            french,
            "fr-CA {value} ({digits})"
        );
        assert_eq!(
            format_decimal(&en(), value, digits),
            english,
            "en-CA {value} ({digits})"
        );
    }
}

#[test]
fn french_groups_with_a_no_break_space() {
    let text = format_decimal(&fr(), 1234.5, 1);
    assert_eq!(text.chars().nth(1), Some(NBSP));
    let plain_french = parite_i18n::Locale::parse("fr").unwrap();
    assert_eq!(format_decimal(&plain_french, 1234.5, 1), "1\u{202f}234,5");
}

#[test]
fn non_finite_values_do_not_panic() {
    assert_eq!(format_decimal(&fr(), f64::NAN, 1), "NaN");
    assert_eq!(format_decimal(&en(), f64::INFINITY, 1), "∞");
    assert_eq!(format_percent(&en(), f64::NEG_INFINITY, 0), "-∞%");
}

#[test]
fn percentages() {
    let cases: &[(f64, u8, &str, &str)] = &[
        (0.75, 0, "75\u{a0}%", "75%"),
        (0.5, 1, "50,0\u{a0}%", "50.0%"),
        (1.0, 0, "100\u{a0}%", "100%"),
        (0.075, 1, "7,5\u{a0}%", "7.5%"),
        (0.3333, 1, "33,3\u{a0}%", "33.3%"),
        (12.5, 0, "1\u{a0}250\u{a0}%", "1,250%"),
        (0.0, 0, "0\u{a0}%", "0%"),
    ];
    for &(ratio, digits, french, english) in cases {
        assert_eq!(
            format_percent(&fr(), ratio, digits),
            french,
            "fr-CA {ratio} ({digits})"
        );
        assert_eq!(
            format_percent(&en(), ratio, digits),
            english,
            "en-CA {ratio} ({digits})"
        );
    }
}

#[test]
fn long_dates() {
    let cases: &[((i32, u8, u8), &str, &str)] = &[
        ((2026, 11, 22), "22 novembre 2026", "November 22, 2026"),
        // French writes the first of the month as an ordinal, which CLDR's pattern leaves out.
        ((2026, 1, 1), "1er janvier 2026", "January 1, 2026"),
        ((2024, 2, 29), "29 février 2024", "February 29, 2024"),
        ((2026, 8, 1), "1er août 2026", "August 1, 2026"),
        ((2026, 10, 1), "1er octobre 2026", "October 1, 2026"),
        ((2026, 10, 11), "11 octobre 2026", "October 11, 2026"),
    ];
    for &((year, month, day), french, english) in cases {
        assert_eq!(format_date(&fr(), year, month, day).unwrap(), french);
        assert_eq!(format_date(&en(), year, month, day).unwrap(), english);
    }
}

#[test]
fn impossible_dates_are_errors() {
    for (year, month, day) in [
        (2026, 2, 30),
        (2025, 2, 29),
        (2026, 13, 1),
        (2026, 4, 31),
        (2026, 1, 0),
    ] {
        let result = format_date(&fr(), year, month, day);
        assert!(
            matches!(result, Err(I18nError::InvalidDate { .. })),
            "{year}-{month}-{day} gave {result:?}"
        );
    }
    let message = format_date(&en(), 2026, 2, 30).unwrap_err().to_string();
    assert_eq!(message, "2026-02-30 is not a valid date");
}

#[test]
fn localizer_numbers_match_the_free_functions() {
    let localizer = crate::two_locales();
    let numbers = localizer.numbers(&fr());
    assert_eq!(numbers.locale(), &fr());
    assert_eq!(numbers.decimal(1234.5, 1), format_decimal(&fr(), 1234.5, 1));
    assert_eq!(numbers.percent(0.75, 0), "75\u{a0}%");
    assert_eq!(numbers.date(2026, 11, 22).unwrap(), "22 novembre 2026");
}
