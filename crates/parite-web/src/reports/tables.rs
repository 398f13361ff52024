//! Table downloads: a report's tables as CSV, suppressed like the page, audited like every
//! download.

use axum::extract::{Path, State};
use parite_reports::compose::write_table;
use parite_reports::definition::{ReportDefinition, TableKind};
use parite_reports::export::CsvOptions;
use parite_store::Organization;

use super::{definition, download, min_cell, not_rendered, visible_figures};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::page::Page;
use crate::reader::Reader;

pub async fn org_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Page {
    let target = org.slug.clone();
    table_download(&state, &reader, &user, None, &[org], &target, &file).await
}

/// A table of the funders' overview, suppressed like the page.
pub async fn funder_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    Path(file): Path<String>,
) -> Page {
    let definition = definition(&state, "funder-overview")?;
    let orgs = crate::orgs::organizations_of(&state, &user).await?;
    table_download(
        &state,
        &reader,
        &user,
        Some(definition),
        &orgs,
        "funders",
        &file,
    )
    .await
}

/// A CSV table; with a `definition`, only the tables it lists.
async fn table_download(
    state: &AppState,
    reader: &Reader,
    user: &CurrentUser,
    definition: Option<&ReportDefinition>,
    orgs: &[Organization],
    target: &str,
    file: &str,
) -> Page {
    let kind = file
        .strip_suffix(".csv")
        .and_then(TableKind::from_code)
        .filter(|kind| definition.is_none_or(|d| d.tables().any(|t| t == *kind)))
        .ok_or(PageError::NotFound)?;
    let (data, which) = visible_figures(state, user, orgs).await?;
    let options = CsvOptions::for_locale(reader.tr.locale());
    audit(state, Some(&user.0.user.id), "export", target, file)
        .await
        .map_err(PageError::nothing_lost)?;
    let bytes = write_table(
        kind,
        &data,
        &which,
        &reader.tr,
        min_cell(state),
        &options,
        Vec::new(),
    )
    .map_err(not_rendered("export"))?;
    Ok(download(bytes, "text/csv; charset=utf-8", file))
}
