//! The application: its state, built once for `parite serve` and for every test, and its one
//! route table.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use parite_core::InstrumentSet;
use parite_i18n::{Locale, Localizer};
use parite_reports::definition::ReportDefinition;
use parite_store::{SchemaStatus, Store};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tracing::Instrument;

use crate::assets::{STYLESHEET_PATH, stylesheet};
use crate::auth::{self, Require, Route, RouteInfo, add_routes};
use crate::errors::{self, not_found};
use crate::metrics::Metrics;
use crate::{
    admin, api, checklists, form_guard, home, instruments, orgs, progress, reports, support, survey,
};
use crate::{request_id, security};
use parite_store::Role::{Admin, Evaluator, Funder, TeamLead};

/// Settings a deployment chooses.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Cookies carry `Secure` unless serving plain http locally.
    pub secure_cookies: bool,
    /// Groups smaller than this are never shown (`PARITE_MIN_CELL`, never below 3).
    pub min_cell: u32,
    /// How long a resume code works.
    pub resume_days: i64,
    /// How long a sign-in lasts, in seconds.
    pub session_seconds: i64,
    /// Take the client's address from `X-Forwarded-For` and the scheme from
    /// `X-Forwarded-Proto` (only behind a proxy that sets them).
    pub trust_proxy: bool,
    /// Where people reach the server (`--public-url`), as `scheme://host[:port]`
    /// ([`security::origin_of`]): the only origin a POST may come from, and HTTPS or not.
    /// Without it, a POST must come from the request's own `Host`.
    pub public_origin: Option<String>,
    /// Requests each API token may make per window ([`crate::auth::throttle::API`]).
    pub api_rate: crate::auth::throttle::RateLimit,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: true,
            min_cell: 5,
            resume_days: 30,
            session_seconds: 8 * 3600,
            trust_proxy: false,
            public_origin: None,
            api_rate: crate::auth::throttle::API,
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
    /// Shared by every clone: set once a shutdown signal arrives.
    pub lifecycle: Lifecycle,
    /// What `--metrics-addr` serves; counted whether or not anyone scrapes.
    pub metrics: Arc<Metrics>,
    /// The report definitions, parsed once here rather than on each report request.
    pub reports: Arc<[ReportDefinition]>,
}

impl AppState {
    /// The state of one server process (or one test server), not yet draining.
    pub fn new(
        localizer: Arc<Localizer>,
        instruments: Arc<InstrumentSet>,
        store: Store,
        config: WebConfig,
    ) -> AppState {
        AppState {
            localizer,
            instruments,
            metrics: Arc::new(Metrics::new(&store)),
            store,
            config: Arc::new(config),
            lifecycle: Lifecycle::default(),
            reports: reports::definitions().into(),
        }
    }
}

/// Whether this server is draining: a shutdown signal arrived, it accepts no new connection and
/// finishes the requests in flight. `/readyz` then answers 503, so a load balancer that probes
/// it sends the next requests to another server.
#[derive(Debug, Clone, Default)]
pub struct Lifecycle(Arc<AtomicBool>);

impl Lifecycle {
    pub fn start_draining(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_draining(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Large enough for the longest survey page (27 items, 3 × 2,000 characters of text); a body
/// past it is refused before it is read.
const BODY_LIMIT: usize = 64 * 1024;

/// The administration console's requirement.
pub(crate) const ADMIN_CONSOLE: Require = Require::Role(&[Admin]);
/// An organization's own pages (overview).
pub(crate) const ORG_PAGES: Require = Require::OrgScope {
    roles: &[Admin, Evaluator, TeamLead],
};
const ADMIN_ORG: Require = Require::OrgScope { roles: &[Admin] };
/// Raw answers, free text included: never team leads or funders (DESIGN.md, Privacy).
const RAW_DATA: Require = Require::OrgScope {
    roles: &[Admin, Evaluator],
};
/// Fidelity checklists, progress milestones and the schedule of support: the evaluators of
/// the organization.
const EVALUATION: Require = Require::OrgScope {
    roles: &[Admin, Evaluator],
};
/// The list of the organizations in one's scope: the home of the roles that work in them.
pub(crate) const ORG_LIST: Require = Require::Role(&[Admin, Evaluator, TeamLead]);
/// Aggregates across the organizations in one's scope, suppressed.
pub(crate) const FUNDER_PAGES: Require = Require::Role(&[Admin, Funder]);
/// The API's list of the organizations in one's scope: every role has one.
const API_ORGANIZATIONS: Require = Require::Role(&[Admin, Evaluator, TeamLead, Funder]);
/// An organization's waves: every role with it in scope (the counts of responses only for
/// those whose pages show them).
const API_WAVES: Require = Require::OrgScope {
    roles: &[Admin, Evaluator, TeamLead, Funder],
};

/// The one route table: every address, what it requires, and its handler. Paths are under
/// `/fr`, `/en`… except the global ones; the guard of each requirement runs before its handler.
#[rustfmt::skip]
fn table() -> Vec<Route> {
    use Require::{Public, SignedIn};
    vec![
        Route::global_get("/healthz", Public, healthz),
        Route::global_get("/readyz", Public, readyz),
        Route::global_get("/", Public, root),
        Route::global_get(STYLESHEET_PATH.as_str(), Public, stylesheet),
        Route::get("", Public, home::show),
        Route::get("/", Public, home::show),
        Route::get("/s/{code}", Public, survey::welcome),
        Route::post("/s/{code}", Public, survey::welcome_post),
        Route::get("/s/{code}/review", Public, survey::review),
        Route::post("/s/{code}/review", Public, survey::review_post),
        Route::get("/s/{code}/thanks", Public, survey::thanks),
        Route::get("/s/{code}/{section}", Public, survey::section),
        Route::post("/s/{code}/{section}", Public, survey::section_post),
        Route::get("/login", Public, auth::sign_in_form),
        Route::post("/login", Public, auth::sign_in),
        Route::post("/logout", SignedIn, auth::logout),
        Route::post("/logout/everywhere", SignedIn, auth::logout_everywhere),
        Route::get("/password/{token}", Public, auth::password_form),
        Route::post("/password/{token}", Public, auth::password_post),
        Route::get("/orgs/", ORG_LIST, orgs::list),
        Route::get("/orgs/{slug}/", ORG_PAGES, orgs::overview),
        Route::get("/admin/", ADMIN_CONSOLE, admin::home),
        Route::get("/admin/orgs", ADMIN_CONSOLE, admin::orgs::list),
        Route::post("/admin/orgs", ADMIN_CONSOLE, admin::orgs::create),
        Route::get("/admin/orgs/{slug}", ADMIN_ORG, admin::orgs::show),
        Route::post("/admin/orgs/{slug}/rename", ADMIN_ORG, admin::orgs::rename),
        Route::post("/admin/orgs/{slug}/archive", ADMIN_ORG, admin::orgs::archive),
        Route::post("/admin/orgs/{slug}/delete", ADMIN_ORG, admin::orgs::delete),
        Route::post("/admin/orgs/{slug}/waves", ADMIN_ORG, admin::waves::open),
        Route::get("/admin/orgs/{slug}/waves/{wave}", ADMIN_ORG, admin::waves::show),
        Route::get("/admin/orgs/{slug}/waves/{wave}/close", ADMIN_ORG, admin::wave_closing::confirm),
        Route::post("/admin/orgs/{slug}/waves/{wave}/close", ADMIN_ORG, admin::wave_closing::close),
        Route::post("/admin/orgs/{slug}/waves/{wave}/reopen", ADMIN_ORG, admin::wave_closing::reopen),
        Route::post("/admin/orgs/{slug}/waves/{wave}/grace", ADMIN_ORG, admin::wave_closing::set_grace),
        Route::post("/admin/orgs/{slug}/waves/{wave}/team", ADMIN_ORG, admin::wave_team::set_team),
        Route::post("/admin/orgs/{slug}/waves/{wave}/invitations", ADMIN_ORG, admin::waves::invite),
        Route::post("/admin/orgs/{slug}/waves/{wave}/invitations/{invitation}/revoke", ADMIN_ORG, admin::waves::revoke),
        Route::get("/admin/people", ADMIN_CONSOLE, admin::people::list),
        Route::post("/admin/people", ADMIN_CONSOLE, admin::people::create),
        Route::get("/admin/people/{user}", ADMIN_CONSOLE, admin::people::show),
        Route::post("/admin/people/{user}/access", ADMIN_CONSOLE, admin::people::set_access),
        Route::post("/admin/people/{user}/disable", ADMIN_CONSOLE, admin::people::disable),
        Route::post("/admin/people/{user}/enable", ADMIN_CONSOLE, admin::people::enable),
        Route::post("/admin/people/{user}/reset", ADMIN_CONSOLE, admin::people::reset),
        Route::get("/admin/audit", ADMIN_CONSOLE, admin::audit_log::list),
        Route::get("/orgs/{slug}/reports/{report}", ORG_PAGES, reports::org_report),
        Route::get("/orgs/{slug}/reports/{report}/{chart}", ORG_PAGES, reports::org_chart),
        // A chart's name always ends in .svg or .png, so `pdf` is never one.
        Route::get("/orgs/{slug}/reports/{report}/pdf", ORG_PAGES, reports::org_pdf),
        Route::get("/orgs/{slug}/exports/{table}", ORG_PAGES, reports::org_export),
        Route::get("/orgs/{slug}/exports/raw/{file}", RAW_DATA, reports::org_raw_export),
        Route::get("/orgs/{slug}/exports/items/{export}", RAW_DATA, reports::org_item_export),
        // Syntax files hold labels, no answer, but belong with the export they read.
        Route::get("/orgs/{slug}/exports/raw/syntax/{file}", RAW_DATA, reports::org_raw_syntax),
        Route::get("/orgs/{slug}/checklists/{wave}", EVALUATION, checklists::show),
        Route::post("/orgs/{slug}/checklists/{wave}", EVALUATION, checklists::rate_post),
        Route::post("/orgs/{slug}/checklists/{wave}/consensus", EVALUATION, checklists::consensus_post),
        Route::get("/orgs/{slug}/progress", EVALUATION, progress::show),
        Route::post("/orgs/{slug}/progress/{milestone}", EVALUATION, progress::milestone_post),
        Route::get("/orgs/{slug}/support", EVALUATION, support::show),
        Route::post("/orgs/{slug}/support", EVALUATION, support::plan_post),
        Route::post("/orgs/{slug}/support/{activity}", EVALUATION, support::activity_post),
        Route::get("/funders/", FUNDER_PAGES, reports::funders),
        Route::get("/funders/charts/{chart}", FUNDER_PAGES, reports::funder_chart),
        Route::get("/funders/exports/{table}", FUNDER_PAGES, reports::funder_export),
        Route::get("/funders/pdf", FUNDER_PAGES, reports::funder_pdf),
        // Codebooks describe questions, not answers: any signed-in role reads them.
        Route::get(instruments::LIST, SignedIn, instruments::list),
        Route::get("/instruments/{instrument}/{version}", SignedIn, instruments::codebook),
        Route::get("/instruments/{instrument}/{version}/codebook.csv", SignedIn, instruments::codebook_csv),
        Route::post("/account/tokens", SignedIn, auth::create_token),
        Route::post("/account/tokens/{id}/revoke", SignedIn, auth::revoke_token),
        Route::api_get("/api/v1/openapi.json", Public, api::openapi_json),
        Route::api_get("/api/v1/organizations", API_ORGANIZATIONS, api::organizations),
        Route::api_get("/api/v1/organizations/{slug}/waves", API_WAVES, api::waves),
        Route::api_get("/api/v1/organizations/{slug}/reports/{report}/tables/{table}", ORG_PAGES, api::org_table),
        Route::api_get("/api/v1/organizations/{slug}/responses", RAW_DATA, api::responses),
        Route::api_get("/api/v1/organizations/{slug}/records/{export}", RAW_DATA, api::records),
        Route::api_get("/api/v1/funders/tables/{table}", FUNDER_PAGES, api::funder_table),
    ]
}

/// Every route of the app with its requirement (`{lang}` for the language segment): what the
/// access-matrix test enumerates.
pub fn routes() -> Vec<RouteInfo> {
    table().iter().map(Route::info).collect()
}

/// The whole application.
pub fn app(state: AppState) -> Router {
    let router = add_routes(Router::new(), &state, table());
    router
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(state.clone(), every_request))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .with_state(state)
}

/// An address that matches no route: a page, or under `/api/` a problem.
async fn fallback(
    State(state): State<AppState>,
    headers: HeaderMap,
    reader: crate::reader::Reader,
) -> Response {
    if api::is_api_path(reader.uri.path()) {
        api::not_found(&state, &headers)
    } else {
        not_found(reader).await
    }
}

/// How long a request may take before the reader gets the "unavailable" page; the outer
/// [`TimeoutLayer`] (a bare 503) only catches what happens outside this.
const PAGE_TIMEOUT: Duration = Duration::from_secs(25);

/// What every request goes through before its route, in this order: its CSRF token (cookie or
/// fresh), the refusal of a POST from another site, the page timeout, the session, the check of a POST's body; then the security headers
/// on whatever answers. One middleware rather than one each: every layer costs each request a
/// clone of the service below it and a boxed future (BENCHMARKS.md).
async fn every_request(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    // The API answers scripts, not browsers: no session cookie is read and no CSRF cookie set.
    let api = api::is_api_path(request.uri().path());
    let (csrf, fresh) = security::csrf_of(&request);
    let fresh = fresh && !api;
    request.extensions_mut().insert(csrf.clone());
    let request_id = request_id::of(&request, state.config.trust_proxy);
    // The route's template (`/{lang}/s/{code}`), never the path: a path holds invitation codes.
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("", MatchedPath::as_str)
        .to_owned();
    let span = tracing::info_span!(
        "request",
        id = request_id.to_str().unwrap_or_default(),
        route = %route
    );
    let uri = request.uri().clone();
    let headers = if api {
        request.headers().clone()
    } else {
        HeaderMap::new()
    };
    let method = request.method().clone();
    let is_post = method == axum::http::Method::POST;
    let started = std::time::Instant::now();
    let public_origin = state.config.public_origin.as_deref();
    let https = security::over_https(request.headers(), public_origin, state.config.trust_proxy);
    let response = if is_post && security::from_another_site(request.headers(), public_origin) {
        span.in_scope(|| tracing::info!("refused a POST from another site"));
        let locale = crate::reader::locale_of_path(&state, uri.path());
        let reader = crate::reader::Reader::new(&state, locale, uri, csrf.clone());
        crate::errors::PageError::CrossSite.render(&reader)
    } else {
        let routed = async {
            let stale = if api {
                request.extensions_mut().insert(auth::Viewer(None));
                false
            } else {
                auth::attach_session(&state, &mut request).await
            };
            let viewer = request.extensions().get::<auth::Viewer>().cloned();
            let response = match form_guard::check_post(&state, request).await {
                Ok(request) => next.run(request).await,
                Err(refused) => refused,
            };
            let response = errors::render_unrendered(response, &state, &uri, &csrf, viewer);
            auth::clear_stale_session(response, stale, &state)
        };
        match tokio::time::timeout(PAGE_TIMEOUT, routed)
            .instrument(span.clone())
            .await
        {
            Ok(response) => response,
            Err(_) if api => span.in_scope(|| {
                tracing::warn!(route, "request timed out");
                api::timed_out(&state, &headers)
            }),
            Err(_) => span.in_scope(|| timed_out(&state, &route, &uri, is_post, csrf.clone())),
        }
    };
    let mut response = security::secure_response(response, &csrf, fresh, &state.config, https);
    response
        .headers_mut()
        .insert(request_id::HEADER, request_id);
    state
        .metrics
        .observe_request(&route, &method, response.status(), started.elapsed());
    response
}

/// A request that took too long gets the page that says so, in the reader's language. A POST
/// may have been stored or not: the page says it was not, and every form can be sent again
/// safely (a submitted response shows its thank-you page once more).
fn timed_out(
    state: &AppState,
    route: &str,
    uri: &Uri,
    is_post: bool,
    csrf: security::CsrfToken,
) -> Response {
    tracing::warn!(route, "request timed out");
    let locale = crate::reader::locale_of_path(state, uri.path());
    let reader = crate::reader::Reader::new(state, locale, uri.clone(), csrf);
    crate::errors::PageError::Unavailable { saved: !is_post }.render(&reader)
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

/// Whether this server should get requests: the database answers, its schema holds every
/// migration this binary needs, and no shutdown is under way. One read; the body names the
/// reason and nothing else.
///
/// A schema *newer* than this binary is ready: a rolling upgrade migrates first, then restarts
/// the servers one at a time, and the old ones must keep serving meanwhile (DESIGN.md). A schema
/// *behind* this binary (a database restored under a running server) is not.
async fn readyz(State(state): State<AppState>) -> Response {
    let unavailable = |reason: &'static str| (StatusCode::SERVICE_UNAVAILABLE, reason);
    if state.lifecycle.is_draining() {
        return unavailable("draining").into_response();
    }
    match state.store.schema_status().await {
        Ok(SchemaStatus::Current { .. } | SchemaStatus::Newer { .. }) => {
            (StatusCode::OK, "ready").into_response()
        }
        Ok(status @ SchemaStatus::Pending { .. }) => {
            tracing::warn!(?status, "readiness check: migrations pending");
            unavailable("migrations pending").into_response()
        }
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            unavailable("database unreachable").into_response()
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
    // The peer's address reaches the sign-in throttle.
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
}

/// The metrics page, on its own listener (`serve --metrics-addr`): never routed on the public
/// address, so it needs no sign-in and passes through none of the pages' middleware.
pub fn metrics_app(state: AppState) -> Router {
    Router::new()
        .route("/metrics", axum::routing::get(metrics_page))
        .with_state(state)
}

async fn metrics_page(State(state): State<AppState>) -> Response {
    let text = state.metrics.render(&state.store, &state.lifecycle);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
