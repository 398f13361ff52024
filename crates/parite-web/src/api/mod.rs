//! The read-only JSON API under `/api/v1/`: the organizations, waves, report tables and (for
//! evaluators) item-level answers a person may see, for their scripts and dashboards.
//!
//! A request carries a personal API token (`Authorization: Bearer parite_…`), made on the
//! account page; cookies are ignored, so no other site can borrow a browser's sign-in and no
//! CSRF token is needed. The token acts with its account's current role and scope: each route
//! of the table declares its [`Require`](crate::Require) as the pages do, enforced here by
//! [`authorize`] before any handler runs — 401 without a live token, 403 for a role the route
//! does not admit, 404 for an organization outside the scope (as the pages answer). Every
//! figure comes from the same loading, with the same visibility and suppression, as the
//! pages and their CSV downloads. Errors are RFC 9457 problems ([`problem`]); each token is
//! rate-limited in the database, like sign-ins.

mod caller;
pub mod openapi;
mod orgs;
pub mod problem;
mod records;
mod responses;
mod table_json;
mod tables;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use parite_i18n::Texts;
use serde::Serialize;

pub use caller::{ApiCaller, TOKEN_PREFIX, authorize, new_token, texts_for};
pub use openapi::{document as openapi_document, openapi_json};
pub use orgs::{organizations, waves};
pub use records::records;
pub use responses::responses;
pub use tables::{funder_table, org_table};

use problem::ApiError;

/// The prefix of every API address.
pub const API_PREFIX: &str = "/api/";

/// Whether a path is the API's: answered in JSON, never with a page or a cookie.
pub fn is_api_path(path: &str) -> bool {
    path.starts_with(API_PREFIX)
}

/// What an API handler answers: a JSON body, or a problem.
pub type ApiResult = Result<Response, ApiError>;

/// `value` as JSON with `content_type`, in `texts`' language (`Content-Language`).
pub fn json_response(
    status: StatusCode,
    value: &impl Serialize,
    content_type: &'static str,
    texts: &Texts,
) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => {
            let mut response = (status, body).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            if let Ok(language) = HeaderValue::from_str(texts.locale().as_str()) {
                headers.insert(header::CONTENT_LANGUAGE, language);
            }
            response
        }
        Err(error) => {
            tracing::error!(%error, "cannot serialize an API answer");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A successful answer of the API.
pub fn ok(value: &impl Serialize, texts: &Texts) -> ApiResult {
    Ok(json_response(
        StatusCode::OK,
        value,
        "application/json",
        texts,
    ))
}

/// A problem for an API address that matches no route, or a request that took too long.
pub fn problem_for(
    state: &crate::app::AppState,
    headers: &axum::http::HeaderMap,
    error: ApiError,
) -> Response {
    error.render(&texts_for(state, headers))
}

/// Any address under `/api/` that matches no route.
pub fn not_found(state: &crate::app::AppState, headers: &axum::http::HeaderMap) -> Response {
    problem_for(state, headers, ApiError::NotFound)
}

/// A request of the API that took too long.
pub fn timed_out(state: &crate::app::AppState, headers: &axum::http::HeaderMap) -> Response {
    problem_for(
        state,
        headers,
        ApiError::Internal("request timed out".into()),
    )
}
