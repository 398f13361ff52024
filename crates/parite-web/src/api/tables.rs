//! The report tables as JSON: an organization's reports' and the funders' overview's, with the
//! figures the reader's role may see (open waves for evaluators and administrators only) and
//! the suppression of their CSV downloads. Each pull is audited like a download.

use axum::extract::{Path, State};
use parite_reports::definition::{ReportDefinition, TableKind};
use parite_store::Organization;

use super::problem::{ApiError, Problem};
use super::table_json::{TableDocument, table_document};
use super::{ApiCaller, ApiResult, ok};
use crate::app::AppState;
use crate::auth::{ScopedOrg, audit};
use crate::reports::{definition, figures_for, min_cell, org_definition};

/// A table of one of an organization's reports.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/reports/{report}/tables/{table}",
    tag = "reports",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The organization's slug", example = "centre-horizon"),
        ("report" = String, Path, description = "The report: `organization`", example = "organization"),
        ("table" = String, Path, description = "A table of the report: barriers, change, participation, fidelity, progress, support, wrap, peer-values, peer-engagement", example = "barriers"),
        ("Accept-Language" = Option<String>, Header, description = "fr-CA or en-CA: the language of labels and problems", example = "en-CA"),
    ),
    responses(
        (status = 200, description = "The table, hidden figures null with their reason", body = TableDocument),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The role sees no organization's report (funders)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization in scope, report or table", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn org_table(
    State(state): State<AppState>,
    caller: ApiCaller,
    ScopedOrg(org): ScopedOrg,
    Path((slug, report, table)): Path<(String, String, String)>,
) -> ApiResult {
    let definition = org_definition(&state, &report).map_err(|_| ApiError::NotFound)?;
    let target = format!("{slug}/{report}");
    table_answer(&state, &caller, definition, &[org], &target, &table).await
}

/// A table of the funders' overview, across the organizations in scope.
#[utoipa::path(
    get,
    path = "/api/v1/funders/tables/{table}",
    tag = "reports",
    security(("bearer" = [])),
    params(
        ("table" = String, Path, description = "A table of the funders' overview: barriers, progress, fidelity, participation, support, wrap, peer-values, peer-engagement", example = "barriers"),
        ("Accept-Language" = Option<String>, Header, description = "fr-CA or en-CA: the language of labels and problems", example = "fr-CA"),
    ),
    responses(
        (status = 200, description = "The table, hidden figures null with their reason", body = TableDocument),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only funders and administrators read the overview", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such table in the overview", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn funder_table(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(table): Path<String>,
) -> ApiResult {
    let definition = definition(&state, "funder-overview").map_err(|_| ApiError::NotFound)?;
    let orgs = crate::orgs::organizations_for(&state, &caller.user).await?;
    table_answer(&state, &caller, definition, &orgs, "funders", &table).await
}

async fn table_answer(
    state: &AppState,
    caller: &ApiCaller,
    definition: &ReportDefinition,
    orgs: &[Organization],
    target: &str,
    table: &str,
) -> ApiResult {
    let kind = TableKind::from_code(table)
        .filter(|kind| definition.tables().any(|t| t == *kind))
        .ok_or(ApiError::NotFound)?;
    let (data, which) = figures_for(state, caller.user.role, orgs)
        .await?
        .ok_or(ApiError::NotFound)?;
    // As for a download: no line, no data.
    audit(
        state,
        Some(&caller.user.id),
        "api_table",
        target,
        &caller.audit_details(table),
    )
    .await?;
    let document = table_document(kind, &data, &which, &caller.texts, min_cell(state))
        .map_err(ApiError::Internal)?;
    ok(&document, &caller.texts)
}
