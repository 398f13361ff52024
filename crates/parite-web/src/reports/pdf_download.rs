//! The PDF download of a report page: the organization's reports and the funders' overview,
//! with what the page shows to the same person, audited like every download.

use axum::extract::{Path, State};
use parite_reports::compose::{Composition, PdfCover, Subject, pdf};
use parite_reports::definition::{ReportDefinition, ReportScope};
use parite_store::{Organization, Timestamp};

use super::{
    definition, download, min_cell, not_rendered, org_definition, subject_of, visible_figures,
};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::orgs::organizations_of;
use crate::page::Page;
use crate::reader::Reader;

pub async fn org_pdf(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((slug, report)): Path<(String, String)>,
) -> Page {
    let definition = org_definition(&state, &report)?.clone();
    let file = format!("{report}-{slug}-{}.pdf", reader.tr.lang());
    pdf_download(&state, &reader, &user, definition, vec![org], &slug, file).await
}

pub async fn funder_pdf(State(state): State<AppState>, reader: Reader, user: CurrentUser) -> Page {
    let definition = definition(&state, "funder-overview")?.clone();
    let orgs = organizations_of(&state, &user).await?;
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
) -> Page {
    let (data, which) = visible_figures(state, user, &orgs).await?;
    audit(
        state,
        Some(&user.0.user.id),
        "report_download",
        target,
        &file,
    )
    .await
    .map_err(PageError::nothing_lost)?;
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
        let cover = PdfCover {
            subtitle,
            today: Timestamp::now().iso_date(),
        };
        let composition = Composition {
            definition: &definition,
            data: &data,
            which: &which,
            subject,
            texts: &texts,
            k,
        };
        pdf(&composition, &cover)
    })
    .await
    .map_err(|error| {
        tracing::error!(%error, "pdf rendering task");
        PageError::Unavailable { saved: true }
    })?;
    let bytes = rendered.map_err(not_rendered("pdf rendering"))?;
    Ok(download(bytes, "application/pdf", &file))
}
