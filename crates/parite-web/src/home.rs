//! The home page.

use axum::http::StatusCode;
use axum::response::Response;

use crate::page::{MessagePage, render};
use crate::reader::Reader;

pub async fn show(reader: Reader) -> Response {
    let tr = &reader.tr;
    let page = MessagePage {
        page: reader.page(tr.t("home-title")),
        heading: tr.t("home-title"),
        paragraphs: vec![tr.t("home-intro"), tr.t("home-respondents")],
        link: None,
    };
    render(StatusCode::OK, &page)
}
