//! Choosing the locale of a response: explicit choice, then cookie, then `Accept-Language`,
//! then the default. Input comes from the outside world, so nothing here can fail or panic.

use std::cmp::Reverse;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};

use crate::Locale;

/// More ranges than any browser sends; bounds the work a hostile header can cause.
const MAX_ACCEPT_LANGUAGE_RANGES: usize = 32;

/// The locale among `supported` to answer in. Each source is tried in turn and skipped when
/// it is absent, unparsable or names no supported language; `default` answers otherwise.
/// Regional variants map to the supported locale of the same language (`fr-BE` → `fr-CA`).
pub fn negotiate(
    supported: &[Locale],
    default: &Locale,
    explicit: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Locale {
    let single = |tag: Option<&str>| {
        let requested = Locale::parse(tag?).ok()?;
        best_match(supported, &[requested])
    };
    single(explicit)
        .or_else(|| single(cookie))
        .or_else(|| best_match(supported, &parse_accept_language(accept_language?)))
        .unwrap_or_else(|| default.clone())
}

/// The first of `requested` (in order) that some supported locale serves.
fn best_match(supported: &[Locale], requested: &[Locale]) -> Option<Locale> {
    negotiate_languages(requested, supported, None, NegotiationStrategy::Lookup)
        .first()
        .map(|&locale| locale.clone())
}

/// The language ranges of an `Accept-Language` header, most wanted first (RFC 9110 §12.5.4).
/// Ranges with `q=0`, an unreadable weight or an unparsable tag are dropped, as is `*`
/// (the caller's default already answers "anything"); equal weights keep header order.
pub fn parse_accept_language(header: &str) -> Vec<Locale> {
    let mut ranges: Vec<(u16, Locale)> = header
        .split(',')
        .take(MAX_ACCEPT_LANGUAGE_RANGES)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let mut weight = 1000;
            for param in parts {
                let param = param.trim();
                if let Some(value) = param
                    .strip_prefix("q=")
                    .or_else(|| param.strip_prefix("Q="))
                {
                    weight = parse_weight(value)?;
                }
            }
            if weight == 0 || tag == "*" {
                return None;
            }
            Some((weight, Locale::parse(tag).ok()?))
        })
        .collect();
    // A stable sort, so ranges of equal weight stay in the order the client gave.
    ranges.sort_by_key(|(weight, _)| Reverse(*weight));
    ranges.into_iter().map(|(_, locale)| locale).collect()
}

/// A `q` value in thousandths; `None` unless it is a number from 0 to 1.
fn parse_weight(value: &str) -> Option<u16> {
    let q: f32 = value.trim().parse().ok()?;
    if !(0.0..=1.0).contains(&q) {
        return None;
    }
    Some((q * 1000.0).round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(header: &str) -> Vec<String> {
        parse_accept_language(header)
            .iter()
            .map(Locale::to_string)
            .collect()
    }

    #[test]
    fn orders_by_weight_then_position() {
        assert_eq!(
            tags("en;q=0.5, fr-FR, de;q=0.8, es"),
            ["fr-FR", "es", "de", "en"]
        );
    }

    #[test]
    fn drops_zero_weights_wildcards_and_junk() {
        assert_eq!(
            tags("fr;q=0, *, en;q=abc, ;;q=1,, xx-!!, en-CA;q=1.5, de;q=0.001"),
            ["de"]
        );
        assert!(tags("").is_empty());
    }
}
