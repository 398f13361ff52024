//! What evaluators record, as JSON: one organization's checklist ratings (each rater's, by
//! assessment, or the consensus), milestones and schedule of support — the rows of the item
//! exports of its page, under their column codes, for evaluators and administrators only
//! (evidence notes are free text). One organization's records are a few hundred rows: a pull
//! is one page. Audited like a download.

use axum::extract::{Path, State};
use parite_reports::export::{CsvOptions, HeaderStyle};
use serde::Serialize;
use utoipa::ToSchema;

use super::problem::{ApiError, Problem};
use super::{ApiCaller, ApiResult, ok};
use crate::app::AppState;
use crate::auth::{ScopedOrg, audit};
use crate::reports::{ItemExport, item_export_bytes};

/// The records of one export: its column codes, then one array of cells per row, as the CSV
/// holds them (numbers with a decimal point; an empty cell is `""`).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "organization": "centre-horizon",
    "export": "ratings",
    "columns": ["assessment_id", "organization", "wave", "checklist_version", "assessment_kind",
                "status", "rater", "submitted_at", "domain", "item", "item_label", "rating",
                "rating_label", "not_applicable", "sources", "evidence"],
    "rows": [["a1", "centre-horizon", "Automne 2026", "2", "consensus", "submitted",
              "eva@example.ca", "2026-10-20 14:05:09", "commitment", "f_com_1",
              "A written policy commits the organization to engaging peers.", "2",
              "2 – Fully in place", "0", "documents|peer_interview", "Plan stratégique 2026"]]
}))]
pub struct RecordsDocument {
    pub organization: String,
    pub export: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// An organization's ratings, milestones or support, row by row.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/records/{export}",
    tag = "responses",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The organization's slug", example = "centre-horizon"),
        ("export" = String, Path, description = "ratings, ratings-wide, consensus, milestones or support-activities", example = "ratings"),
        ("Accept-Language" = Option<String>, Header, description = "fr-CA or en-CA: the language of labels", example = "en-CA"),
    ),
    responses(
        (status = 200, description = "Every row of the export", body = RecordsDocument),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only evaluators and administrators read what evaluators record", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization in the token's scope, or no such export", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn records(
    State(state): State<AppState>,
    caller: ApiCaller,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, export)): Path<(String, String)>,
) -> ApiResult {
    let kind = ItemExport::from_name(&export).ok_or(ApiError::NotFound)?;
    // As for a download: no line, no data.
    audit(
        &state,
        Some(&caller.user.id),
        "api_records",
        &org.slug,
        &caller.audit_details(&export),
    )
    .await?;
    // The CSV the page offers, in codes and with a decimal point, read back row by row: the
    // JSON cannot hold anything the download does not.
    let options = CsvOptions {
        headers: HeaderStyle::Codes,
        bom: false,
        decimal_comma: false,
        delimiter: parite_reports::export::Delimiter::Comma,
        include_free_text: true,
    };
    let (bytes, _) = item_export_bytes(
        &state.store,
        &state.instruments,
        &org,
        kind,
        &caller.texts,
        &options,
    )
    .await
    .map_err(|error| ApiError::Internal(format!("{error:?}")))?;
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let columns = reader
        .headers()
        .map_err(|e| ApiError::Internal(e.to_string()))?
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| record.map(|r| r.iter().map(str::to_owned).collect()))
        .collect::<Result<_, _>>()
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let document = RecordsDocument {
        organization: org.slug.clone(),
        export,
        columns,
        rows,
    };
    ok(&document, &caller.texts)
}
