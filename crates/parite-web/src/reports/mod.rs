//! Reports over HTTP: the organization report and the funders' overview as pages, their charts,
//! tables and PDF as downloads, and the raw exports. The figures come from the store
//! ([`parite_store::figures`]), the composition from parite-reports ([`parite_reports::compose`]);
//! routes are guarded by the route table (organization scope, roles); every download is audited.

mod charts;
mod items;
mod pages;
mod pdf_download;
mod raw;
mod streamed;
mod syntax;
mod tables;

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use parite_core::report::{ReportData, ReportInstruments};
use parite_core::suppression::MinCell;
use parite_reports::compose::Subject;
use parite_reports::definition::{ReportDefinition, ReportScope, shipped};
use parite_store::{Organization, Role, StoreError, figures};

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::errors::PageError;

pub use charts::{funder_chart, org_chart};
pub(crate) use items::{ITEM_EXPORTS, ITEM_SYNTAX_LINKS};
pub use items::{ItemExport, ItemExportError, item_export_bytes};
pub use items::{activity_rows, milestone_rows, org_item_export, rating_row};
pub use pages::{funders, org_report};
pub use pdf_download::{funder_pdf, org_pdf};
pub use raw::{org_raw_export, raw_links};
pub use syntax::org_raw_syntax;
pub use tables::{funder_export, org_export};

/// The report definitions compiled in, parsed once when the state is built; none (every report
/// address then not found) if they do not parse, which a test of parite-reports rules out.
pub fn definitions() -> Vec<ReportDefinition> {
    shipped().unwrap_or_else(|error| {
        tracing::error!(%error, "report definitions");
        Vec::new()
    })
}

pub(crate) fn definition<'a>(
    state: &'a AppState,
    id: &str,
) -> Result<&'a ReportDefinition, PageError> {
    state
        .reports
        .iter()
        .find(|r| r.id == id)
        .ok_or(PageError::NotFound)
}

/// The report of an organization's address (`/orgs/{slug}/reports/{report}…`): not found when
/// no such report exists or it is not about one organization (the funders' overview).
pub(crate) fn org_definition<'a>(
    state: &'a AppState,
    report: &str,
) -> Result<&'a ReportDefinition, PageError> {
    definition(state, report)
        .ok()
        .filter(|d| d.scope == ReportScope::Organization)
        .ok_or(PageError::NotFound)
}

pub(crate) fn min_cell(state: &AppState) -> MinCell {
    MinCell::clamped(state.config.min_cell)
}

/// A report that could not be drawn or written (a bug, logged here): the reader lost nothing.
fn not_rendered(what: &'static str) -> impl FnOnce(parite_reports::ReportError) -> PageError {
    move |error| {
        tracing::error!(%error, "{what}");
        PageError::Unavailable { saved: true }
    }
}

/// The figures of `orgs` that the signed-in person may see: open waves only for evaluators and
/// administrators (DESIGN.md, Privacy).
async fn visible_figures(
    state: &AppState,
    user: &CurrentUser,
    orgs: &[Organization],
) -> Result<(ReportData, ReportInstruments), PageError> {
    match figures_for(state, user.0.user.role, orgs).await {
        Ok(Some(figures)) => Ok(figures),
        Ok(None) => Err(PageError::NotFound),
        Err(error) => Err(PageError::nothing_lost(error)),
    }
}

/// The figures of `orgs` as a reader of `role` may see them, whatever asks (a page or the JSON
/// API): `None` when the instruments the reports need are missing.
pub(crate) async fn figures_for(
    state: &AppState,
    role: Role,
    orgs: &[Organization],
) -> Result<Option<(ReportData, ReportInstruments)>, StoreError> {
    let Some(which) = ReportInstruments::latest(&state.instruments, crate::support::kinds()) else {
        return Ok(None);
    };
    let visibility = figures::visibility_of(role);
    let data = figures::load(&state.store, &state.instruments, &which, orgs, visibility).await?;
    Ok(Some((data, which)))
}

/// One organization's report names it; the funders' overview covers several.
fn subject_of(orgs: &[Organization]) -> Subject<'_> {
    match orgs {
        [one] => Subject {
            organization: Some(&one.name),
        },
        _ => Subject { organization: None },
    }
}

pub(crate) fn download(
    body: impl Into<Body>,
    content_type: &'static str,
    file_name: &str,
) -> Response {
    let mut response = (StatusCode::OK, body.into()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
