//! The PDF download of a report page: the organization's reports and the funders' overview,
//! with what the page shows to the same person, audited like every download.

use axum::extract::{Path, State};
use axum::response::Response;
use parite_reports::definition::{ReportDefinition, ReportScope};
use parite_store::Organization;

use super::handlers::{definition, download, figures, min_cell, org_definition, subject_of};
use super::pdf::{PdfCover, pdf};
use super::render::Subject;
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::orgs::organizations_of;
use crate::reader::Reader;

pub async fn org_pdf(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((slug, report)): Path<(String, String)>,
) -> Response {
    let definition = match org_definition(&report) {
        Ok(definition) => definition,
        Err(error) => return error.render(&reader),
    };
    let file = format!("{report}-{slug}-{}.pdf", reader.tr.lang());
    pdf_download(&state, &reader, &user, definition, vec![org], &slug, file).await
}

pub async fn funder_pdf(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
) -> Response {
    let Some(definition) = definition("funder-overview") else {
        return PageError::NotFound.render(&reader);
    };
    let orgs = match organizations_of(&state, &user).await {
        Ok(orgs) => orgs,
        Err(error) => return error.render(&reader),
    };
    let file = format!("{}-{}.pdf", definition.id, reader.tr.lang());
    pdf_download(&state, &reader, &user, definition, orgs, "funders", file).await
}

async fn pdf_download(
    state: &AppState,
    reader: &Reader,
    user: &CurrentUser,
    definition: ReportDefinition,
    orgs: Vec<Organization>,
    target: &str,
    file: String,
) -> Response {
    let (data, which) = match figures(state, user, &orgs).await {
        Ok(figures) => figures,
        Err(error) => return error.render(reader),
    };
    if audit(
        state,
        Some(&user.0.user.id),
        "report_download",
        target,
        &file,
    )
    .await
    .is_err()
    {
        return PageError::Unavailable { saved: true }.render(reader);
    }
    let texts = reader.tr.clone();
    let k = min_cell(state);
    // Laying out and embedding fonts takes tens of milliseconds: not on the executor.
    let rendered = tokio::task::spawn_blocking(move || {
        // The overview speaks of all its organizations, even when there is only one.
        let subject = match definition.scope {
            ReportScope::Organization => subject_of(&orgs),
            ReportScope::All => Subject { organization: None },
        };
        let subtitle = subject.organization.map_or_else(
            || texts.t1("report-organizations-count", "count", orgs.len()),
            str::to_owned,
        );
        pdf(
            &definition,
            &data,
            &which,
            subject,
            &PdfCover::today(subtitle),
            &texts,
            k,
        )
    })
    .await;
    match rendered {
        Ok(Ok(bytes)) => download(bytes, "application/pdf", &file),
        Ok(Err(error)) => {
            tracing::error!(%error, "pdf rendering");
            PageError::Unavailable { saved: true }.render(reader)
        }
        Err(error) => {
            tracing::error!(%error, "pdf rendering task");
            PageError::Unavailable { saved: true }.render(reader)
        }
    }
}
