//! Chart downloads: each chart of a report as SVG or PNG, with what the page shows to the same
//! person, audited like every download.

use axum::extract::{Path, State};
use parite_i18n::Texts;
use parite_reports::compose::{Subject, chart};
use parite_reports::definition::{ChartKind, ReportDefinition};
use parite_store::Organization;

use super::{definition, download, min_cell, not_rendered, subject_of, visible_figures};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::page::Page;
use crate::reader::Reader;

/// `barrier-profile.svg` → (chart, is PNG).
fn chart_file(file: &str) -> Option<(ChartKind, bool)> {
    let (name, extension) = file.rsplit_once('.')?;
    let png = match extension {
        "svg" => false,
        "png" => true,
        _ => return None,
    };
    Some((ChartKind::from_code(name)?, png))
}

pub async fn org_chart(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, report, file)): Path<(String, String, String)>,
) -> Page {
    let definition = definition(&state, &report)?;
    let target = org.slug.clone();
    chart_download(
        &state,
        &reader.tr,
        &user,
        definition,
        &[org],
        &target,
        &file,
    )
    .await
}

/// A chart of the funders' overview: aggregates of the organizations in the reader's scope.
pub async fn funder_chart(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    Path(file): Path<String>,
) -> Page {
    let definition = definition(&state, "funder-overview")?;
    let orgs = crate::orgs::organizations_of(&state, &user).await?;
    chart_download(
        &state, &reader.tr, &user, definition, &orgs, "funders", &file,
    )
    .await
}

async fn chart_download(
    state: &AppState,
    texts: &Texts,
    user: &CurrentUser,
    definition: &ReportDefinition,
    orgs: &[Organization],
    target: &str,
    file: &str,
) -> Page {
    let (kind, png) = chart_file(file)
        .filter(|(kind, _)| definition.charts().any(|c| c == *kind))
        .ok_or(PageError::NotFound)?;
    let (data, which) = visible_figures(state, user, orgs).await?;
    let subject = subject_of(orgs);
    if chart(kind, &data, &which, subject).is_none() {
        return Err(PageError::NotFound);
    }
    audit(
        state,
        Some(&user.0.user.id),
        "report_download",
        target,
        file,
    )
    .await
    .map_err(PageError::nothing_lost)?;
    let k = min_cell(state);
    let rendered = if png {
        // Rasterizing takes milliseconds of CPU: not on the async executor.
        let organization = subject.organization.map(str::to_owned);
        let texts = texts.clone();
        tokio::task::spawn_blocking(move || {
            let subject = Subject {
                organization: organization.as_deref(),
            };
            chart(kind, &data, &which, subject).map(|chart| chart.render_png(&texts, k))
        })
        .await
        .map_err(|error| {
            tracing::error!(%error, "chart rendering task");
            PageError::Unavailable { saved: true }
        })?
    } else {
        chart(kind, &data, &which, subject)
            .map(|chart| chart.render_svg(texts, k).map(String::into_bytes))
    };
    let bytes = rendered
        .ok_or(PageError::NotFound)?
        .map_err(not_rendered("chart rendering"))?;
    let content_type = if png { "image/png" } else { "image/svg+xml" };
    Ok(download(bytes, content_type, file))
}
