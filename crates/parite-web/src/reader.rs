//! The person reading: their language, the address they asked for and their CSRF token — what
//! every handler needs to answer with a page.

use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::Uri;
use axum::http::request::Parts;
use parite_i18n::{Locale, Texts};

use crate::app::AppState;
use crate::auth::{Nav, Viewer};
use crate::page::PageMeta;
use crate::security::CsrfToken;

pub struct Reader {
    pub tr: Texts,
    /// The same reader's texts in the other language, for the language link.
    pub other: Texts,
    pub uri: Uri,
    pub csrf: CsrfToken,
    /// Who is signed in, if anyone.
    pub viewer: Viewer,
}

impl Reader {
    pub fn new(state: &AppState, locale: Locale, uri: Uri, csrf: CsrfToken) -> Reader {
        let locales = state.localizer.locales();
        let position = locales.iter().position(|l| *l == locale).unwrap_or(0);
        let other = locales
            .get((position + 1) % locales.len().max(1))
            .cloned()
            .unwrap_or_else(|| locale.clone());
        Reader {
            tr: Texts::new(state.localizer.clone(), locale),
            other: Texts::new(state.localizer.clone(), other),
            uri,
            csrf,
            viewer: Viewer::default(),
        }
    }

    pub fn page(&self, title: String) -> PageMeta {
        let mut page = PageMeta::new(self.tr.clone(), &self.other, &self.uri, title);
        page.nav = Nav::new(&self.tr, &self.viewer, &self.uri, &self.csrf.0);
        page
    }

    /// An address in the reader's language: `/fr` + `rest`.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}{rest}", self.tr.segment())
    }
}

impl FromRequestParts<AppState> for Reader {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let locale = match parts.extensions.get::<Locale>() {
            Some(locale) => locale.clone(),
            None => locale_of_path(state, parts.uri.path()),
        };
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.clone(), |o| o.0.clone());
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .cloned()
            .unwrap_or_else(|| CsrfToken(String::new()));
        let mut reader = Reader::new(state, locale, uri, csrf);
        reader.viewer = parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default();
        Ok(reader)
    }
}

/// The locale named by a path's first segment (`/en/...`), else the default.
pub fn locale_of_path(state: &AppState, path: &str) -> Locale {
    let segment = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    state
        .localizer
        .locales()
        .iter()
        .find(|l| l.language() == segment)
        .cloned()
        .unwrap_or_else(|| state.localizer.default_locale().clone())
}
