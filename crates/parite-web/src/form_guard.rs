//! Every POST body is checked once, before any handler reads it: an HTML form (URL-encoded),
//! every name and value valid UTF-8 without NUL. Browsers only ever send that; anything else is
//! refused with a 400 in the reader's language, so no handler, and no database (PostgreSQL
//! refuses NUL in text), sees it. Other control characters pass: text pasted from a word
//! processor may carry some, and a respondent must not lose a page of answers for it.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request};
use axum::http::{Method, StatusCode, header};
use axum::response::Response;

use crate::app::AppState;
use crate::errors::PageError;
use crate::reader::Reader;

/// Why a body is not a form a browser would send.
#[derive(Debug, PartialEq, Eq)]
pub enum NotAForm {
    ContentType,
    NotAscii,
    BadEscape,
    NotUtf8,
    Nul,
}

fn hex(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Decodes one `name` or `value` of `application/x-www-form-urlencoded`.
fn decode(part: &[u8]) -> Result<String, NotAForm> {
    let mut bytes = Vec::with_capacity(part.len());
    let mut rest = part.iter();
    while let Some(&byte) = rest.next() {
        bytes.push(match byte {
            b'+' => b' ',
            b'%' => {
                let high = rest.next().copied().and_then(hex);
                let low = rest.next().copied().and_then(hex);
                match (high, low) {
                    (Some(high), Some(low)) => high * 16 + low,
                    _ => return Err(NotAForm::BadEscape),
                }
            }
            byte if byte.is_ascii() && !byte.is_ascii_control() => byte,
            _ => return Err(NotAForm::NotAscii),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| NotAForm::NotUtf8)?;
    if text.contains('\0') {
        return Err(NotAForm::Nul);
    }
    Ok(text)
}

/// Checks a whole body.
pub fn check_form(body: &[u8]) -> Result<(), NotAForm> {
    body.split(|&b| b == b'&')
        .flat_map(|pair| pair.splitn(2, |&b| b == b'='))
        .try_for_each(|part| decode(part).map(|_| ()))
}

/// Passes every request but a POST whose body is not such a form; that one gets its answer
/// here (400, or 413 past the body limit layer outside, which bounds what is read).
pub async fn check_post(state: &AppState, request: Request) -> Result<Request, Response> {
    if request.method() != Method::POST {
        return Ok(request);
    }
    let (mut parts, body) = request.into_parts();
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    let checked = match to_bytes(body, usize::MAX).await {
        // Too large: the body limit layer already answered 413 for it.
        Err(_) => Err(None),
        Ok(_) if !is_form => Err(Some(NotAForm::ContentType)),
        Ok(bytes) => check_form(&bytes).map(|()| bytes).map_err(Some),
    };
    match checked {
        Ok(bytes) => Ok(Request::from_parts(parts, Body::from(bytes))),
        Err(reason) => {
            let Ok(reader) = Reader::from_request_parts(&mut parts, state).await;
            let mut response = PageError::BadRequest.render(&reader);
            match reason {
                Some(reason) => {
                    // The request span names the route; the path would hold an invitation code.
                    tracing::info!(?reason, "refused a POST body");
                }
                None => *response.status_mut() = StatusCode::PAYLOAD_TOO_LARGE,
            }
            Err(response)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_forms_pass_and_anything_else_is_named() {
        assert_eq!(check_form(b""), Ok(()));
        assert_eq!(
            check_form(b"_csrf=ab&consent=yes&t=Pair+aidant%C2%B7e%0D%0Aligne+2"),
            Ok(())
        );
        assert_eq!(check_form(b"a=b=c&flag&&x="), Ok(()));
        assert_eq!(check_form(b"t=\xc3\xa9"), Err(NotAForm::NotAscii));
        assert_eq!(check_form(b"t=%FF%FE"), Err(NotAForm::NotUtf8));
        assert_eq!(check_form(b"t=%C3"), Err(NotAForm::NotUtf8));
        assert_eq!(check_form(b"t=%G1"), Err(NotAForm::BadEscape));
        assert_eq!(check_form(b"t=%4"), Err(NotAForm::BadEscape));
        assert_eq!(check_form(b"t=a%00b"), Err(NotAForm::Nul));
        assert_eq!(check_form(b"t=ligne%0Bsuite%09fin"), Ok(()));
        assert_eq!(check_form(b"t=a\0b"), Err(NotAForm::NotAscii));
    }
}
