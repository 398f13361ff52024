//! What every page needs: the reader's texts, the title, the link to the same page in the other
//! language, and the stylesheet's address.

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use parite_i18n::Texts;

use crate::assets::STYLESHEET_PATH;

/// The product's name, the same in both languages.
const PRODUCT: &str = "Parité";

pub struct PageMeta {
    pub tr: Texts,
    pub title: String,
    pub stylesheet: &'static str,
    /// The other language: its `lang` code, its own name, and the same page's address in it.
    pub other_lang: String,
    pub other_lang_name: String,
    pub switch_href: String,
    /// On a survey page, the language button submits the page's form so typed answers are kept.
    pub switch_form: Option<&'static str>,
    pub wide: bool,
    /// The account links of the header (sign in, or sign out); none on the survey.
    pub nav: Option<crate::auth::Nav>,
    /// The way back from a page below a role's home: (address, label) from the top down, the
    /// page itself not included. Empty on the top pages, whose way around is the header.
    pub trail: Vec<(String, String)>,
}

impl PageMeta {
    /// `other` is the texts of the other language, used only for its name.
    pub fn new(tr: Texts, other: &Texts, uri: &Uri, title: String) -> PageMeta {
        PageMeta {
            title,
            stylesheet: STYLESHEET_PATH.as_str(),
            other_lang: other.lang().to_owned(),
            other_lang_name: other.t("layout-language-name"),
            switch_href: switch_language(uri, tr.segment(), other.segment()),
            switch_form: None,
            wide: false,
            nav: None,
            trail: Vec::new(),
            tr,
        }
    }

    /// The document title: the page's, then the product's name, unless the page's title
    /// already says it ("Se connecter à Parité", not "Se connecter à Parité — Parité").
    pub fn document_title(&self) -> String {
        if self.title.contains(PRODUCT) {
            self.title.clone()
        } else {
            format!("{} — {PRODUCT}", self.title)
        }
    }

    /// The same page, under these pages (see [`PageMeta::trail`]).
    pub fn with_trail(mut self, trail: Vec<(String, String)>) -> PageMeta {
        self.trail = trail;
        self
    }

    /// The page title with the error count first, so a screen reader hears it on arrival.
    pub fn with_error_count(mut self, count: usize) -> PageMeta {
        if count > 0 {
            let prefix = self.tr.t1("form-error-title-prefix", "count", count);
            self.title = format!("{prefix} {}", self.title);
        }
        self
    }
}

/// The same address with its first segment (`fr`, `en`) swapped.
pub fn switch_language(uri: &Uri, from: &str, to: &str) -> String {
    let path = uri.path();
    let rest = path.strip_prefix(&format!("/{from}")).unwrap_or(path);
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    format!("/{to}{rest}{query}")
}

/// What a handler answers: its page, or an error rendered as a page in the reader's language
/// (`?` on a store call gives the "unavailable" page, logged once; see `errors.rs`).
pub type Page = Result<Response, crate::errors::PageError>;

/// After a form is handled: on to `location` with a GET (303), so reloading does not send it
/// again.
pub fn see_other(location: &str) -> Response {
    axum::response::Redirect::to(location).into_response()
}

/// Renders a template with a status; a template error (a bug) becomes a plain 500.
pub fn render(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(error) => {
            tracing::error!(%error, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

/// A page that explains something: a heading, paragraphs and an optional link.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub page: PageMeta,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_link_keeps_the_place_and_query() {
        let uri: Uri = "/fr/s/ABC/3?x=1".parse().unwrap_or_default();
        assert_eq!(switch_language(&uri, "fr", "en"), "/en/s/ABC/3?x=1");
        let root: Uri = "/fr/".parse().unwrap_or_default();
        assert_eq!(switch_language(&root, "fr", "en"), "/en/");
    }
}
