//! The application: its state, built once for `parite serve` and for every test, and its one
//! route table.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_store::{InstrumentCatalog, Store};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::assets::{STYLESHEET_PATH, stylesheet};
use crate::errors::not_found;
use crate::security::{self, SecureCookies};
use crate::{home, survey};

/// Settings a deployment chooses.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Cookies carry `Secure` unless serving plain http locally.
    pub secure_cookies: bool,
    /// Groups smaller than this are never shown (`PARITE_MIN_CELL`, never below 3).
    pub min_cell: u32,
    /// How long a resume code works.
    pub resume_days: i64,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            min_cell: 5,
            resume_days: 30,
        }
    }
}

/// Everything a request may need; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub localizer: Arc<Localizer>,
    pub instruments: Arc<InstrumentSet>,
    pub store: Store,
    pub config: Arc<WebConfig>,
}

/// The store asks which items exist; the instrument set knows.
pub struct Catalog(pub Arc<InstrumentSet>);

impl InstrumentCatalog for Catalog {
    fn has_item(&self, instrument_id: &str, version: u32, item_id: &str) -> Option<bool> {
        self.0.has_item(instrument_id, version, item_id)
    }
}

/// Large enough for the longest survey page (27 items, 3 × 2,000 characters of text); a body
/// past it is refused before it is read.
const BODY_LIMIT: usize = 64 * 1024;

/// The whole application.
pub fn app(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/healthz", get(healthz))
        .route("/", get(root))
        .route(STYLESHEET_PATH.as_str(), get(stylesheet));
    for locale in state.localizer.locales() {
        let segment = format!("/{}", locale.language());
        let routes = Router::new()
            .route("/", get(home::show))
            .route("/s/{code}", get(survey::welcome).post(survey::welcome_post))
            .route(
                "/s/{code}/review",
                get(survey::review).post(survey::review_post),
            )
            .route("/s/{code}/thanks", get(survey::thanks))
            .route(
                "/s/{code}/{section}",
                get(survey::section).post(survey::section_post),
            )
            .layer(Extension(locale.clone()));
        // `/fr/` is the home page too; nesting alone answers only `/fr`.
        let home = get(home::show).layer(Extension(locale.clone()));
        router = router
            .route(&format!("{segment}/"), home)
            .nest(&segment, routes);
    }
    let secure = SecureCookies(state.config.secure_cookies);
    router
        .fallback(not_found)
        .layer(middleware::from_fn(security::headers_and_csrf))
        .layer(middleware::from_fn(
            move |mut request: Request, next: Next| async move {
                request.extensions_mut().insert(secure);
                next.run(request).await
            },
        ))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(error) => {
            tracing::warn!(%error, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

pub const LANGUAGE_COOKIE: &str = "parite_lang";

/// `/` goes to the reader's language: remembered cookie, then Accept-Language, then default.
async fn root(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let cookie = security::cookie(&headers, LANGUAGE_COOKIE);
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale: Locale = state.localizer.negotiate(None, cookie, accept);
    Redirect::to(&format!("/{}/", locale.language())).into_response()
}

/// Serves the app on an already bound listener until `shutdown` completes; in-flight requests
/// (a submission being committed) finish first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}
