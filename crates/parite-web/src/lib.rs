//! Parité's web app: the survey for implementation teams, and the pages of evaluators, funders
//! and administrators. Server-rendered, no JavaScript, every text from Fluent.

mod app;
mod assets;
mod errors;
mod home;
mod page;
pub mod demo;
pub mod provision;
mod reader;
mod security;
mod survey;

pub use app::{AppState, Catalog, WebConfig, app, serve};
pub use security::random_code;
