//! What every survey handler shares: form fields, the CSRF check, redirects and the draft cookie.

use axum::http::{HeaderMap, header};
use axum::response::Response;

use super::context::{SurveyContext, draft_cookie_name};
use super::data;
use crate::app::AppState;
use crate::errors::PageError;
use crate::reader::Reader;
use crate::security::{self, CSRF_FIELD};

pub type Fields = axum::Form<Vec<(String, String)>>;

pub fn now() -> i64 {
    data::now()
}

pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub fn csrf_ok(reader: &Reader, fields: &[(String, String)]) -> bool {
    security::csrf_matches(&reader.csrf, field(fields, CSRF_FIELD))
}

pub use crate::page::see_other;

/// A redirect that also hands the browser its draft key for this invitation.
pub fn with_draft_cookie(
    state: &AppState,
    mut response: Response,
    code: &str,
    key: &str,
) -> Response {
    // At least a day, so that a deployment with very short resume codes still keeps a draft.
    let max_age = state.config.resume_days.max(1) * 24 * 3600;
    if let Some(value) = security::set_cookie(
        &draft_cookie_name(code),
        key,
        Some(max_age),
        state.config.secure_cookies,
    ) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A POST whose request failed on the database: what it carried was not stored, whatever
/// earlier pages stored, so the page must not say "saved" (the respondent would leave).
pub fn unsaved(error: PageError) -> PageError {
    match error {
        PageError::Unavailable { .. } => PageError::Unavailable { saved: false },
        PageError::Store { source, .. } => PageError::Store {
            saved: false,
            source,
        },
        other => other,
    }
}

/// What a survey page's loading gives: what the page needs, or a redirect elsewhere (to the
/// welcome page before a draft exists, to the thanks once submitted).
pub type OrElsewhere<T> = Result<T, Response>;

/// The context of a survey POST whose CSRF token checks out, and its fields; or why not.
pub async fn posted(
    state: &AppState,
    reader: &Reader,
    code: &str,
    headers: &HeaderMap,
    fields: Fields,
) -> Result<(SurveyContext, Vec<(String, String)>), PageError> {
    let ctx = SurveyContext::load(state, code, headers, now())
        .await
        .map_err(unsaved)?;
    let fields = fields.0;
    if !csrf_ok(reader, &fields) {
        return Err(PageError::Forbidden);
    }
    Ok((ctx, fields))
}
