//! One place that turns what went wrong into a page in the reader's language, with its status.
//! Internals go to the log, never to the page.

use axum::http::StatusCode;
use axum::response::Response;

use crate::page::{MessagePage, render};
use crate::reader::Reader;

#[derive(Debug)]
pub enum PageError {
    NotFound,
    /// An unknown or revoked invitation code.
    Invitation,
    /// The wave opens on this date (YYYY-MM-DD).
    NotOpenYet(String),
    /// The wave closed on this date.
    Closed(String),
    /// A form no honest page produces (forged fields, wrong types).
    BadRequest,
    /// A POST without the right CSRF token.
    Forbidden,
    /// A POST whose `Origin` (or `Referer`) is another site.
    CrossSite,
    /// The database failed. `saved` says whether the reader's answers were stored before.
    Unavailable {
        saved: bool,
    },
}

impl PageError {
    pub fn render(self, reader: &Reader) -> Response {
        let tr = &reader.tr;
        let (status, title, body) = match self {
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                tr.t("error-not-found-title"),
                tr.t("error-not-found-body"),
            ),
            PageError::Invitation => (
                StatusCode::NOT_FOUND,
                tr.t("error-invitation-title"),
                tr.t("error-invitation-body"),
            ),
            PageError::NotOpenYet(date) => (
                StatusCode::GONE,
                tr.t("error-wave-not-open-title"),
                tr.t1("error-wave-not-open-body", "date", tr.date(&date)),
            ),
            PageError::Closed(date) => (
                StatusCode::GONE,
                tr.t("error-wave-closed-title"),
                tr.t1("error-wave-closed-body", "date", tr.date(&date)),
            ),
            PageError::BadRequest => (
                StatusCode::BAD_REQUEST,
                tr.t("error-bad-request-title"),
                tr.t("error-bad-request-body"),
            ),
            PageError::Forbidden => (
                StatusCode::FORBIDDEN,
                tr.t("error-session-title"),
                tr.t("error-session-body"),
            ),
            PageError::CrossSite => (
                StatusCode::FORBIDDEN,
                tr.t("error-cross-site-title"),
                tr.t("error-cross-site-body"),
            ),
            PageError::Unavailable { saved } => {
                let body = if saved {
                    "error-unavailable-saved"
                } else {
                    "error-unavailable-not-saved"
                };
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    tr.t("error-unavailable-title"),
                    tr.t(body),
                )
            }
        };
        let page = MessagePage {
            page: reader.page(title.clone()),
            heading: title,
            paragraphs: vec![body],
            link: None,
        };
        render(status, &page)
    }
}

/// Any address that matches no route.
pub async fn not_found(reader: Reader) -> Response {
    PageError::NotFound.render(&reader)
}
