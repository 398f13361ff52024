//! The stylesheet, served under a name that changes with its content so browsers may cache it
//! for a year.

use std::sync::LazyLock;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

pub const STYLESHEET: &str = include_str!("../static/parite.css");

/// `/static/parite-<hash>.css`.
pub static STYLESHEET_PATH: LazyLock<String> = LazyLock::new(|| {
    // FNV-1a: stable across builds and platforms, which std's hasher does not promise.
    let hash = STYLESHEET.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("/static/parite-{:012x}.css", hash & 0xffff_ffff_ffff)
});

pub async fn stylesheet() -> Response {
    let mut response = STYLESHEET.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    response
}
