//! The home page: what Parité is; for someone signed in, the way to their own pages.

use axum::http::StatusCode;
use axum::response::Response;

use crate::auth::{Viewer, home_of};
use crate::page::{MessagePage, render};
use crate::reader::Reader;

pub async fn show(reader: Reader, viewer: Viewer) -> Response {
    let tr = &reader.tr;
    let link = viewer
        .0
        .as_ref()
        .map(|s| (reader.href(home_of(s.user.role)), tr.t("home-your-pages")));
    let page = MessagePage {
        page: reader.page(tr.t("home-title")),
        heading: tr.t("home-title"),
        paragraphs: vec![tr.t("home-intro"), tr.t("home-respondents")],
        link,
    };
    render(StatusCode::OK, &page)
}
