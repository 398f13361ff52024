//! Response headers every page carries, and the double-submit CSRF cookie.

use axum::extract::Request;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::response::Response;
use subtle::ConstantTimeEq;

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

/// The headers every response carries, and the CSRF cookie when the token is `fresh`.
pub fn secure_response(
    mut response: Response,
    token: &CsrfToken,
    fresh: bool,
    secure: bool,
) -> Response {
    let headers = response.headers_mut();
    let fixed: [(HeaderName, &str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
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
