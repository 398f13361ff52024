//! The `Locale` newtype: a language tag parsed once, where it enters the program.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use crate::I18nError;

/// A BCP 47 language tag such as `fr-CA`, parsed and canonicalized (`FR_ca` → `fr-CA`).
///
/// Equality, ordering and hashing use the canonical tag, so sorting gives `en-CA` before `fr-CA`.
#[derive(Clone)]
pub struct Locale {
    id: LanguageIdentifier,
    // Kept beside `id` so `as_str` can lend a `&str`; always `id.to_string()`. Shared, because
    // every request clones its reader's locale several times.
    tag: Arc<str>,
}

impl Locale {
    /// Parses a language tag; `_` is accepted as a separator. A tag without a language
    /// (empty, `und`) is refused, since nothing could be shown for it.
    pub fn parse(s: &str) -> Result<Locale, I18nError> {
        let trimmed = s.trim();
        let id =
            LanguageIdentifier::from_str(trimmed).map_err(|error| I18nError::InvalidLocale {
                input: s.to_owned(),
                reason: error.to_string(),
            })?;
        if id.language.is_empty() {
            return Err(I18nError::InvalidLocale {
                input: s.to_owned(),
                reason: "no language subtag".to_owned(),
            });
        }
        Ok(Locale::from(id))
    }

    /// Canadian French, Parité's default.
    pub fn fr_ca() -> Locale {
        Locale::known("fr-CA")
    }

    /// Canadian English.
    pub fn en_ca() -> Locale {
        Locale::known("en-CA")
    }

    #[expect(
        clippy::expect_used,
        reason = "only called with literal tags that the tests parse"
    )]
    fn known(tag: &str) -> Locale {
        Locale::parse(tag).expect("a literal locale tag parses")
    }

    /// The canonical tag, e.g. `fr-CA`.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The language subtag alone, e.g. `fr`.
    pub fn language(&self) -> &str {
        self.id.language.as_str()
    }

    /// The region subtag, e.g. `CA`, when the tag has one.
    pub fn region(&self) -> Option<&str> {
        self.id.region.as_ref().map(|region| region.as_str())
    }

    /// The underlying identifier, for Fluent and language negotiation.
    pub fn langid(&self) -> &LanguageIdentifier {
        &self.id
    }
}

impl From<LanguageIdentifier> for Locale {
    fn from(id: LanguageIdentifier) -> Locale {
        let tag = Arc::from(id.to_string());
        Locale { id, tag }
    }
}

impl FromStr for Locale {
    type Err = I18nError;

    fn from_str(s: &str) -> Result<Locale, I18nError> {
        Locale::parse(s)
    }
}

impl AsRef<LanguageIdentifier> for Locale {
    fn as_ref(&self) -> &LanguageIdentifier {
        &self.id
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.tag)
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Locale {}

impl PartialOrd for Locale {
    fn partial_cmp(&self, other: &Locale) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Locale {
    fn cmp(&self, other: &Locale) -> Ordering {
        self.tag.cmp(&other.tag)
    }
}

impl Hash for Locale {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.tag.hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_canonicalizes() {
        let locale = Locale::parse("FR_ca").unwrap();
        assert_eq!(locale.as_str(), "fr-CA");
        assert_eq!(locale, Locale::fr_ca());
        assert_eq!(locale.language(), "fr");
        assert_eq!(locale.region(), Some("CA"));
        assert_eq!(Locale::en_ca().to_string(), "en-CA");
    }

    #[test]
    fn refuses_tags_without_a_language() {
        for input in ["", "   ", "und", "-", "fr-CA-!!", "12"] {
            assert!(Locale::parse(input).is_err(), "{input:?} should be refused");
        }
    }

    #[test]
    fn sorts_by_tag() {
        let mut locales = [
            Locale::fr_ca(),
            Locale::parse("es-CA").unwrap(),
            Locale::en_ca(),
        ];
        locales.sort();
        let tags: Vec<&str> = locales.iter().map(Locale::as_str).collect();
        assert_eq!(tags, ["en-CA", "es-CA", "fr-CA"]);
    }
}
