//! Response headers every page carries, and the double-submit CSRF cookie.

use axum::extract::Request;
use axum::http::HeaderMap;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::response::Response;
use subtle::ConstantTimeEq;

use crate::app::WebConfig;

/// No script at all, styles only from our own stylesheet, forms only to ourselves.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub const CSRF_COOKIE: &str = "parite_csrf";
pub const CSRF_FIELD: &str = "_csrf";

/// The CSRF token of this request: the cookie's value, or a fresh one the response will set.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    // The operating system's generator failing is not something a request can recover from.
    if let Err(error) = getrandom::fill(&mut bytes) {
        panic!("no randomness available: {error}");
    }
    hex::encode(bytes)
}

/// Crockford's base32 without I, L, O and U: nothing to misread on a phone.
pub const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A random code people can type, in groups of four: `K7PM-4QXD-…` (5 bits a character).
pub fn random_code(length: usize) -> Result<String, String> {
    let mut bytes = vec![0u8; length];
    getrandom::fill(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(b % 32)]))
        .collect();
    Ok(chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Reads a cookie from the request headers.
pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value with the attributes every cookie of ours carries.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age_seconds: Option<i64>,
    secure: bool,
) -> Option<HeaderValue> {
    let mut text = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_seconds {
        text.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        text.push_str("; Secure");
    }
    HeaderValue::from_str(&text).ok()
}

/// Whether a submitted token matches the cookie's, in constant time.
pub fn csrf_matches(expected: &CsrfToken, submitted: Option<&str>) -> bool {
    submitted
        .is_some_and(|s| !s.is_empty() && bool::from(s.as_bytes().ct_eq(expected.0.as_bytes())))
}

/// The request's CSRF token: its cookie's, when well formed, else a fresh one (`true`) that
/// [`secure_response`] sets.
pub fn csrf_of(request: &Request) -> (CsrfToken, bool) {
    match cookie(request.headers(), CSRF_COOKIE)
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        Some(existing) => (CsrfToken(existing.to_owned()), false),
        None => (CsrfToken(random_token()), true),
    }
}

/// The headers every response carries, HSTS when the request came `over_https`, and the CSRF
/// cookie when the token is `fresh`.
pub fn secure_response(
    mut response: Response,
    token: &CsrfToken,
    fresh: bool,
    config: &WebConfig,
    over_https: bool,
) -> Response {
    let secure = config.secure_cookies;
    let headers = response.headers_mut();
    if over_https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    let fixed: [(HeaderName, &str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Our own forms carry their `Origin` (with `no-referrer` browsers send `Origin: null`,
        // which [`from_another_site`] refuses); no other site ever sees one of our addresses
        // (invitation codes and password links are in paths).
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // Answers and reports must not linger in a shared phone's cache.
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if fresh && let Some(value) = set_cookie(CSRF_COOKIE, &token.0, None, secure) {
        headers.append(header::SET_COOKIE, value);
    }
    response
}

/// `Strict-Transport-Security`, sent only when the server knows it is reached over HTTPS: a
/// browser that saw it over plain http would refuse the site until the header expires.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// `scheme://host[:port]` of an absolute URL (an `Origin`, a `Referer`, `--public-url`),
/// lower-cased and without the scheme's default port; `None` for anything else (`null`).
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    // Credentials before the host (`user@host`) are not part of the origin.
    let authority = authority.rsplit('@').next()?;
    if authority.is_empty() || !matches!(scheme.as_str(), "http" | "https") {
        return None;
    }
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let authority = authority.strip_suffix(default_port).unwrap_or(authority);
    Some(format!("{scheme}://{authority}"))
}

/// `host[:port]` of an origin, the part compared with a request's `Host`.
fn authority_of(origin: &str) -> &str {
    origin.split_once("://").map_or(origin, |(_, a)| a)
}

/// Whether a request names another site as where it comes from: its `Origin`, or without one
/// its `Referer`, is not this server — `public_origin` when the deployment says where it is
/// reached, else the request's own `Host`. A request with neither header passes (some
/// browsers and privacy tools send none); its CSRF token is still checked by its handler.
pub fn from_another_site(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    let named = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER));
    let Some(named) = named else {
        return false;
    };
    let Some(origin) = named.to_str().ok().and_then(origin_of) else {
        // `Origin: null` (a sandboxed frame, a data: page) or something unreadable.
        return true;
    };
    match public_origin {
        Some(ours) => origin != ours,
        None => {
            let host = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .map(str::to_ascii_lowercase);
            let Some(host) = host else {
                return true;
            };
            let theirs = authority_of(&origin);
            let host = host
                .strip_suffix(if origin.starts_with("https:") {
                    ":443"
                } else {
                    ":80"
                })
                .unwrap_or(&host);
            theirs != host
        }
    }
}

/// Whether this request reached the server over HTTPS, as far as the deployment lets it know:
/// `--public-url https://…`, or a proxy the configuration trusts saying so in
/// `X-Forwarded-Proto`. A client's own `X-Forwarded-Proto` means nothing without a proxy.
pub fn over_https(headers: &HeaderMap, public_origin: Option<&str>, trust_proxy: bool) -> bool {
    if public_origin.is_some_and(|o| o.starts_with("https://")) {
        return true;
    }
    trust_proxy
        && headers
            .get_all("x-forwarded-proto")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            // The proxy closest to us appends last.
            .next_back()
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        map
    }

    #[test]
    fn origins_are_compared_as_scheme_host_and_port() {
        assert_eq!(
            origin_of("HTTPS://Parite.Example:443/fr/login?x=1").as_deref(),
            Some("https://parite.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin_of("null"), None);
        assert_eq!(origin_of("javascript://x"), None);
        let own = headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
        ]);
        assert!(!from_another_site(&own, None));
        let evil = headers(&[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://evil.example"),
        ]);
        assert!(from_another_site(&evil, None));
        let sneaky = headers(&[
            ("host", "parite.example"),
            ("origin", "http://parite.example.evil.example"),
        ]);
        assert!(from_another_site(&sneaky, None));
        let null = headers(&[("host", "parite.example"), ("origin", "null")]);
        assert!(from_another_site(&null, None));
        let neither = headers(&[("host", "parite.example")]);
        assert!(!from_another_site(&neither, None));
        let behind = headers(&[
            ("host", "10.0.0.5:8080"),
            ("origin", "https://parite.example"),
        ]);
        assert!(!from_another_site(&behind, Some("https://parite.example")));
        assert!(from_another_site(&own, Some("https://parite.example")));
    }
}
