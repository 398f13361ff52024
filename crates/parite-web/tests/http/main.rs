//! The web app over real HTTP: a server on a random port with a fresh SQLite file per test.

mod helpers;
mod survey_flow;
mod survey_unhappy;
