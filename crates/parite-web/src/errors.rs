//! One place that turns what went wrong into a page in the reader's language, with its status.
//! Internals go to the log, never to the page: a [`PageError::Store`] is logged once, here,
//! when its page is rendered.
//!
//! Handlers return `Result<Response, PageError>` and use `?` on store calls: a `PageError`
//! returned as a response has no reader to render it with, so it travels in the response's
//! extensions ([`Unrendered`]) and `every_request` (app.rs), which knows the request's language
//! and session, renders it there ([`render_unrendered`]).

use std::sync::{Arc, Mutex};

use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use parite_store::StoreError;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::page::{MessagePage, render};
use crate::reader::Reader;
use crate::security::CsrfToken;

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
    /// The database failed with `source`, logged when the page is rendered; the reader sees
    /// [`PageError::Unavailable`]. `?` on a store call makes one that says nothing was saved.
    Store {
        saved: bool,
        source: StoreError,
    },
}

impl From<StoreError> for PageError {
    fn from(source: StoreError) -> Self {
        PageError::Store {
            saved: false,
            source,
        }
    }
}

impl PageError {
    /// The database failed after the reader's answers were stored, or on a page that only
    /// reads: the page says nothing was lost.
    pub fn nothing_lost(source: StoreError) -> Self {
        PageError::Store {
            saved: true,
            source,
        }
    }

    pub fn render(self, reader: &Reader) -> Response {
        let tr = &reader.tr;
        if let PageError::Store { source, .. } = &self {
            tracing::error!(error = %source, "the database failed");
        }
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
            PageError::Unavailable { saved } | PageError::Store { saved, .. } => {
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

/// A [`PageError`] a handler returned, waiting for `every_request` to render it. Extensions
/// must be `Clone`; the error is taken out once.
#[derive(Clone)]
struct Unrendered(Arc<Mutex<Option<PageError>>>);

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut response = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        response
            .extensions_mut()
            .insert(Unrendered(Arc::new(Mutex::new(Some(self)))));
        response
    }
}

/// The page of an error a handler returned, in the language of the request's path, with the
/// header of whoever is signed in; any other response as it is.
pub fn render_unrendered(
    response: Response,
    state: &AppState,
    uri: &Uri,
    csrf: &CsrfToken,
    viewer: Option<Viewer>,
) -> Response {
    let Some(Unrendered(slot)) = response.extensions().get::<Unrendered>().cloned() else {
        return response;
    };
    let taken = slot.lock().ok().and_then(|mut error| error.take());
    let Some(error) = taken else {
        return response;
    };
    let locale = crate::reader::locale_of_path(state, uri.path());
    let mut reader = Reader::new(state, locale, uri.clone(), csrf.clone());
    reader.viewer = viewer.unwrap_or_default();
    error.render(&reader)
}
