//! The survey, as a respondent meets it: invitation → welcome and consent → one section per
//! page → review → submit → thanks, with save-and-resume. No account, no JavaScript.

mod context;
mod data;
mod flow;
mod handlers;
mod views;

pub use handlers::{review, review_post, section, section_post, thanks, welcome, welcome_post};
