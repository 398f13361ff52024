//! Reports: the organization report, its charts and CSV tables, and the funders' overview —
//! rendered here for the web and for `parite report` alike.

pub mod data;
pub mod render;

mod handlers;
pub mod pdf;
mod pdf_download;
mod raw;

pub use raw::RAW_FILES;
mod summary;

pub use handlers::{
    funder_chart, funder_export, funders, org_chart, org_export, org_raw_export, org_report,
};
pub use pdf_download::{funder_pdf, org_pdf};
