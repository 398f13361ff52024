//! Which language a visitor gets, from URL choice, cookie and browser header.

use parite_i18n::Localizer;
use parite_i18n::{Locale, negotiate};

use crate::{fixture, two_locales};

/// (explicit choice, cookie, Accept-Language, expected locale)
type Case = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

#[test]
fn negotiation_table() {
    let localizer = two_locales();
    let cases: &[Case] = &[
        (Some("en"), Some("fr-CA"), Some("fr-FR"), "en-CA"),
        (Some("fr"), None, Some("en-US"), "fr-CA"),
        (Some("en-CA"), None, None, "en-CA"),
        (Some("FR_ca"), None, None, "fr-CA"),
        (None, Some("en-CA"), Some("fr-FR,fr;q=0.9"), "en-CA"),
        (None, None, Some("fr-FR,en;q=0.8"), "fr-CA"),
        (None, None, Some("en-US,en;q=0.9"), "en-CA"),
        (None, None, Some("de-DE, en;q=0.5"), "en-CA"),
        (None, None, Some("fr-BE"), "fr-CA"),
        (None, None, Some("en-GB;q=0.4, fr;q=0.6"), "fr-CA"),
        (None, None, Some("es"), "fr-CA"),
        (None, None, Some(";;q=abc,,"), "fr-CA"),
        (None, None, Some("en;q=0, fr;q=0.1"), "fr-CA"),
        (None, None, Some("en;q=0"), "fr-CA"),
        (None, None, Some("*"), "fr-CA"),
        (None, None, Some(""), "fr-CA"),
        (None, None, None, "fr-CA"),
        (Some("xx"), Some("en-CA"), None, "en-CA"),
        (Some("xx"), Some("not a tag!"), Some("en-US"), "en-CA"),
        (Some(""), Some(""), Some("en"), "en-CA"),
        (Some("de"), Some("es-MX"), Some("zz;q=1, en;q=0.2"), "en-CA"),
    ];
    for &(explicit, cookie, header, expected) in cases {
        let got = localizer.negotiate(explicit, cookie, header);
        assert_eq!(
            got.as_str(),
            expected,
            "explicit {explicit:?}, cookie {cookie:?}, header {header:?}"
        );
    }
}

#[test]
fn default_answers_when_nothing_matches() {
    let localizer = Localizer::from_dir(&fixture("two-locales"), Locale::en_ca()).unwrap();
    assert_eq!(
        localizer.negotiate(None, None, Some("es, de")),
        Locale::en_ca()
    );
    assert_eq!(
        localizer.negotiate(None, None, Some("fr-CH")),
        Locale::fr_ca()
    );
}

#[test]
fn a_third_locale_is_negotiable_once_its_folder_exists() {
    let localizer = Localizer::from_dir(&fixture("three-locales"), Locale::fr_ca()).unwrap();
    assert_eq!(
        localizer
            .negotiate(None, None, Some("es-MX,en;q=0.5"))
            .as_str(),
        "es-CA"
    );
    assert_eq!(
        localizer.negotiate(Some("es"), None, None).as_str(),
        "es-CA"
    );
}

#[test]
fn hostile_headers_never_panic() {
    let supported = [Locale::en_ca(), Locale::fr_ca()];
    let long = "x-".repeat(10_000);
    let many = "en;q=0.1,".repeat(10_000);
    for header in [
        "\u{0}", ";q=", "q=1", "en;q=NaN", "en;q=-1", "en;q=1e9", "🇨🇦", &long, &many,
    ] {
        let got = negotiate::negotiate(&supported, &Locale::fr_ca(), None, None, Some(header));
        assert!(supported.contains(&got), "{header:?}");
    }
}
