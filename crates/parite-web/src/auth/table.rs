//! The shape of the route table: each entry names its method, path, [`Require`] and the
//! [`Credential`] it is asked with, and is registered wrapped in the guard that enforces them —
//! a route cannot be added without one.

use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{self, MethodRouter};
use axum::{Extension, Router, middleware};

use super::require::{Guard, Require, authorize};
use crate::app::AppState;

/// How a route knows who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credential {
    /// The session cookie of a sign-in (the pages).
    Session,
    /// A personal API token in `Authorization: Bearer` (the JSON API): cookies are ignored, so
    /// no other site can make a browser send it and no CSRF token is needed.
    Token,
}

/// One entry of the route table.
pub struct Route {
    /// GET (which answers HEAD too) or POST.
    pub method: Method,
    /// The path; under `/{lang}` (every language) when `localized`.
    pub path: &'static str,
    pub localized: bool,
    pub require: Require,
    pub credential: Credential,
    handler: MethodRouter<AppState>,
}

/// What the table says of a route, for tests and documentation: `path` with `{lang}` standing
/// for each language segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteInfo {
    pub method: Method,
    pub path: String,
    pub require: Require,
    pub credential: Credential,
}

impl Route {
    /// A page under `/{lang}`, read with GET.
    pub fn get<H, T>(path: &'static str, require: Require, handler: H) -> Route
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        Route::new(Method::GET, path, true, require, routing::get(handler))
    }

    /// A form under `/{lang}`, sent with POST.
    pub fn post<H, T>(path: &'static str, require: Require, handler: H) -> Route
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        Route::new(Method::POST, path, true, require, routing::post(handler))
    }

    /// An address outside any language (`/healthz`, the stylesheet), read with GET.
    pub fn global_get<H, T>(path: &'static str, require: Require, handler: H) -> Route
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        Route::new(Method::GET, path, false, require, routing::get(handler))
    }

    /// An address of the JSON API (`/api/v1/…`), read with GET and a personal API token.
    pub fn api_get<H, T>(path: &'static str, require: Require, handler: H) -> Route
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let mut route = Route::global_get(path, require, handler);
        route.credential = Credential::Token;
        route
    }

    fn new(
        method: Method,
        path: &'static str,
        localized: bool,
        require: Require,
        handler: MethodRouter<AppState>,
    ) -> Route {
        Route {
            method,
            path,
            localized,
            require,
            credential: Credential::Session,
            handler,
        }
    }

    pub fn info(&self) -> RouteInfo {
        let path = if self.localized {
            format!("/{{lang}}{}", self.path)
        } else {
            self.path.to_owned()
        };
        RouteInfo {
            method: self.method.clone(),
            path,
            require: self.require,
            credential: self.credential,
        }
    }
}

/// Registers every route behind its guard; localized ones once per language, each knowing its
/// locale. GET and POST of one path merge into one entry of the router.
pub fn add_routes(
    mut router: Router<AppState>,
    state: &AppState,
    table: Vec<Route>,
) -> Router<AppState> {
    for route in table {
        let guard = Guard {
            state: state.clone(),
            require: route.require,
        };
        let guarded = match route.credential {
            Credential::Session => route
                .handler
                .route_layer(middleware::from_fn_with_state(guard, authorize)),
            Credential::Token => route
                .handler
                .route_layer(middleware::from_fn_with_state(guard, crate::api::authorize)),
        };
        if route.localized {
            for locale in state.localizer.locales() {
                let path = format!("/{}{}", locale.language(), route.path);
                router = router.route(&path, guarded.clone().layer(Extension(locale.clone())));
            }
        } else {
            router = router.route(route.path, guarded);
        }
    }
    router
}
