//! All integration tests of parite-i18n in one binary (one link instead of five).

mod catalog;
mod format;
mod loading;
mod negotiate;
mod threads;
mod typography;

use std::path::PathBuf;

use parite_i18n::{Locale, Localizer};

/// A fixture tree under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The two-locale fixture, French by default.
pub fn two_locales() -> Localizer {
    Localizer::from_dir(&fixture("two-locales"), Locale::fr_ca()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn fr() -> Locale {
    Locale::fr_ca()
}

pub fn en() -> Locale {
    Locale::en_ca()
}
