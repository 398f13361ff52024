//! Parité's web app: the survey for implementation teams, and the pages of evaluators, funders
//! and administrators. Server-rendered, no JavaScript, every text from Fluent.

mod admin;
mod api;
mod app;
pub(crate) mod assets;
mod auth;
mod checklists;
pub mod demo;
mod errors;
mod form_guard;
mod home;
mod instruments;
mod links;
pub mod metrics;
mod orgs;
mod page;
mod progress;
pub mod provision;
mod reader;
pub mod reports;
mod request_id;
pub mod retention;
mod security;
pub mod support;
mod survey;

pub use api::{TOKEN_PREFIX, new_token as new_api_token, openapi_document};
pub use app::{AppState, Lifecycle, WebConfig, app, metrics_app, routes, serve};
pub use auth::throttle::RateLimit;
pub use auth::{
    Access, Credential, Require, RouteInfo, SESSION_COOKIE, audit, home_of, password, sections_of,
    start_session, token_hash, valid_email,
};
pub use security::{origin_of, random_code};
