//! The survey, as a respondent meets it: invitation → welcome and consent → one section per
//! page → review → submit → thanks, with save-and-resume. No account, no JavaScript.

mod common;
mod context;
mod data;
mod flow;
mod review;
mod section;
mod views;
mod welcome;

pub use review::{review, review_post, thanks};
pub use section::{section, section_post};
pub use welcome::{welcome, welcome_post};
