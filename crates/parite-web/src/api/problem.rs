//! What went wrong, as RFC 9457 problem details (`application/problem+json`): a stable `type`
//! a program can match on, and a `title` and `detail` in the reader's language (English or
//! French, from `Accept-Language`). Internals go to the log, never into a problem.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use parite_i18n::Texts;
use parite_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of every error of the API.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// An error of the API, before it is put in the reader's words.
#[derive(Debug)]
pub enum ApiError {
    /// No token, or one that is unknown, revoked or expired, or whose account is disabled.
    Unauthorized,
    /// The account's role does not give access to this address.
    Forbidden,
    /// No such thing, or not in the account's scope (which look the same from outside).
    NotFound,
    /// A query parameter the address does not accept (its name).
    BadParameter(&'static str),
    /// The token's rate limit is reached: try again in this many seconds.
    RateLimited { retry_after: i64 },
    /// The database failed (logged when the problem is made).
    Store(StoreError),
    /// A table could not be written (a bug, logged when the problem is made).
    Internal(String),
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        ApiError::Store(error)
    }
}

/// RFC 9457 problem details.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "urn:parite:problem:unauthorized",
    "title": "Authentication required",
    "status": 401,
    "detail": "Send a personal API token in the Authorization header: Bearer parite_…"
}))]
pub struct Problem {
    /// A stable identifier of the kind of problem, the same in every language.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind of problem, in the reader's language.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What happened this time, in the reader's language.
    pub detail: String,
}

impl ApiError {
    /// Its status, stable code (the end of `type`), and the messages of its title and detail.
    fn parts(&self) -> (StatusCode, &'static str, &'static str, &'static str) {
        match self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "api-problem-unauthorized-title",
                "api-problem-unauthorized-detail",
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                "forbidden",
                "api-problem-forbidden-title",
                "api-problem-forbidden-detail",
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                "not-found",
                "api-problem-not-found-title",
                "api-problem-not-found-detail",
            ),
            ApiError::BadParameter(_) => (
                StatusCode::BAD_REQUEST,
                "bad-parameter",
                "api-problem-bad-parameter-title",
                "api-problem-bad-parameter-detail",
            ),
            ApiError::RateLimited { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "api-problem-rate-limited-title",
                "api-problem-rate-limited-detail",
            ),
            ApiError::Store(_) | ApiError::Internal(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "api-problem-unavailable-title",
                "api-problem-unavailable-detail",
            ),
        }
    }

    /// The problem in `texts`' language, as a response (with `Retry-After` when rate-limited,
    /// and the `WWW-Authenticate` challenge of RFC 6750 when a token is missing or refused).
    pub fn render(self, texts: &Texts) -> Response {
        match &self {
            ApiError::Store(error) => tracing::error!(%error, "the database failed"),
            ApiError::Internal(error) => tracing::error!(%error, "an API answer could not be made"),
            _ => {}
        }
        let (status, code, title_id, detail_id) = self.parts();
        let detail = match &self {
            ApiError::BadParameter(name) => texts.t1(detail_id, "parameter", *name),
            ApiError::RateLimited { retry_after } => texts.t1(detail_id, "seconds", *retry_after),
            _ => texts.t(detail_id),
        };
        let problem = Problem {
            kind: format!("urn:parite:problem:{code}"),
            title: texts.t(title_id),
            status: status.as_u16(),
            detail,
        };
        let mut response = super::json_response(status, &problem, PROBLEM_JSON, texts);
        let headers = response.headers_mut();
        match self {
            ApiError::Unauthorized => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"parite\""),
                );
            }
            ApiError::RateLimited { retry_after } => {
                if let Ok(value) = HeaderValue::from_str(&retry_after.to_string()) {
                    headers.insert(header::RETRY_AFTER, value);
                }
            }
            _ => {}
        }
        response
    }
}

/// An [`ApiError`] a handler returned, waiting for [`super::authorize`] (which knows the
/// reader's language) to put it in words: the same hand-over as the pages' errors.
#[derive(Clone)]
pub(super) struct Unrendered(pub(super) std::sync::Arc<std::sync::Mutex<Option<ApiError>>>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        response
            .extensions_mut()
            .insert(Unrendered(std::sync::Arc::new(std::sync::Mutex::new(
                Some(self),
            ))));
        response
    }
}
