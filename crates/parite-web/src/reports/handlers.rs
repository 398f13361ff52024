//! The report pages and downloads. Routes are guarded by the route table (organization scope,
//! roles); every download is audited.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use parite_core::suppression::MinCell;
use parite_reports::definition::{ChartKind, ReportDefinition, ReportScope, TableKind, shipped};
use parite_reports::export::CsvOptions;
use parite_store::Organization;

use super::data::{ReportData, ReportInstruments, WaveVisibility, load};
use super::render::{
    CommunityView, SectionView, Subject, SummaryView, WaveNotes, chart, community, sections,
    summary, write_table,
};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::page::{PageMeta, render};
use crate::reader::Reader;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    page: PageMeta,
    heading: String,
    subtitle: String,
    suppression_note: String,
    notes: WaveNotes,
    summary: SummaryView,
    community: Option<CommunityView>,
    /// On the organization report: its plain-language version.
    community_link: Option<String>,
    community_text: String,
    sections: Vec<SectionView>,
    base: String,
    exports: String,
    download_svg: String,
    download_png: String,
    pdf_link: Option<String>,
    download_pdf: String,
}

pub(super) fn definition(id: &str) -> Option<ReportDefinition> {
    shipped().ok()?.into_iter().find(|r| r.id == id)
}

/// The report of an organization's address (`/orgs/{slug}/reports/{report}…`): not found when
/// no such report exists or it is not about one organization (the funders' overview).
pub(super) fn org_definition(report: &str) -> Result<ReportDefinition, PageError> {
    definition(report)
        .filter(|d| d.scope == ReportScope::Organization)
        .ok_or(PageError::NotFound)
}

pub(super) fn min_cell(state: &AppState) -> MinCell {
    MinCell::clamped(state.config.min_cell)
}

/// The figures of `orgs` that the signed-in person may see: open waves only for evaluators and
/// administrators (DESIGN.md, Privacy).
pub(super) async fn figures(
    state: &AppState,
    user: &CurrentUser,
    orgs: &[Organization],
) -> Result<(ReportData, ReportInstruments), PageError> {
    let which = ReportInstruments::latest(&state.instruments).ok_or(PageError::NotFound)?;
    let visibility = WaveVisibility::of(user.0.user.role);
    let data = load(&state.store, &state.instruments, &which, orgs, visibility)
        .await
        .map_err(|error| {
            tracing::error!(%error, "report data");
            PageError::Unavailable { saved: true }
        })?;
    Ok((data, which))
}

/// Where a report page's chart and table links point.
struct Links {
    base: String,
    exports: String,
    community: Option<String>,
    /// The way back (see `PageMeta::trail`).
    trail: Vec<(String, String)>,
    pdf: String,
}

async fn report_page(
    state: &AppState,
    reader: &Reader,
    user: &CurrentUser,
    definition: &ReportDefinition,
    orgs: &[Organization],
    subject: Subject<'_>,
    links: Links,
) -> Response {
    let (data, which) = match figures(state, user, orgs).await {
        Ok(figures) => figures,
        Err(error) => return error.render(reader),
    };
    let tr = &reader.tr;
    let k = min_cell(state);
    let sections = match sections(definition, &data, &which, subject, tr, k) {
        Ok(sections) => sections,
        Err(error) => {
            tracing::error!(%error, "report rendering");
            return PageError::Unavailable { saved: true }.render(reader);
        }
    };
    let heading = tr.t(&definition.title);
    let subtitle = subject.organization.map_or_else(
        || tr.t1("report-organizations-count", "count", orgs.len()),
        str::to_owned,
    );
    let mut page = reader
        .page(format!("{heading} — {subtitle}"))
        .with_trail(links.trail);
    page.wide = true;
    let template = ReportPage {
        page,
        heading,
        subtitle,
        suppression_note: tr.t1("reports-chart-suppressed-note", "k", k.get()),
        notes: WaveNotes::of(&data, tr),
        summary: summary(definition, &data, &which, subject, tr, k),
        community: community(definition, &data, &which, subject, tr, k),
        community_link: links.community,
        community_text: tr.t("community-link"),
        sections,
        base: links.base,
        exports: links.exports,
        download_svg: tr.t("report-download-svg"),
        download_png: tr.t("report-download-png"),
        pdf_link: Some(links.pdf),
        download_pdf: tr.t("report-download-pdf"),
    };
    render(StatusCode::OK, &template)
}

pub async fn org_report(
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
    let base = reader.href(&format!("/orgs/{slug}/reports/{report}"));
    let exports = reader.href(&format!("/orgs/{slug}/exports"));
    let community = (definition.id == "organization")
        .then(|| reader.href(&format!("/orgs/{slug}/reports/community")));
    let trail = crate::orgs::trail(&reader, Some(&org));
    let pdf = reader.href(&format!("/orgs/{slug}/reports/{report}/pdf"));
    let orgs = [org];
    report_page(
        &state,
        &reader,
        &user,
        &definition,
        &orgs,
        Subject {
            organization: Some(&orgs[0].name),
        },
        Links {
            base,
            exports,
            community,
            trail,
            pdf,
        },
    )
    .await
}

pub async fn funders(State(state): State<AppState>, reader: Reader, user: CurrentUser) -> Response {
    let Some(definition) = definition("funder-overview") else {
        return PageError::NotFound.render(&reader);
    };
    let orgs = match crate::orgs::organizations_of(&state, &user).await {
        Ok(orgs) => orgs,
        Err(error) => return error.render(&reader),
    };
    let base = reader.href("/funders/charts");
    let exports = reader.href("/funders/exports");
    report_page(
        &state,
        &reader,
        &user,
        &definition,
        &orgs,
        Subject { organization: None },
        Links {
            base,
            exports,
            community: None,
            trail: Vec::new(),
            pdf: reader.href("/funders/pdf"),
        },
    )
    .await
}

pub(super) fn download(
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
) -> Response {
    let Some(definition) = definition(&report) else {
        return PageError::NotFound.render(&reader);
    };
    let target = org.slug.clone();
    chart_download(&state, &reader, &user, &definition, &[org], &target, &file).await
}

/// A chart of the funders' overview: aggregates of the organizations in the reader's scope.
pub async fn funder_chart(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    Path(file): Path<String>,
) -> Response {
    let (Some(definition), orgs) = (
        definition("funder-overview"),
        crate::orgs::organizations_of(&state, &user).await,
    ) else {
        return PageError::NotFound.render(&reader);
    };
    match orgs {
        Ok(orgs) => {
            chart_download(&state, &reader, &user, &definition, &orgs, "funders", &file).await
        }
        Err(error) => error.render(&reader),
    }
}

/// One organization's report names it; the funders' overview covers several.
pub(super) fn subject_of(orgs: &[Organization]) -> Subject<'_> {
    match orgs {
        [one] => Subject {
            organization: Some(&one.name),
        },
        _ => Subject { organization: None },
    }
}

async fn chart_download(
    state: &AppState,
    reader: &Reader,
    user: &CurrentUser,
    definition: &ReportDefinition,
    orgs: &[Organization],
    target: &str,
    file: &str,
) -> Response {
    let found = chart_file(file).filter(|(kind, _)| definition.charts().any(|c| c == *kind));
    let Some((kind, png)) = found else {
        return PageError::NotFound.render(reader);
    };
    let (data, which) = match figures(state, user, orgs).await {
        Ok(figures) => figures,
        Err(error) => return error.render(reader),
    };
    let Some(chart) = chart(kind, &data, &which, subject_of(orgs)) else {
        return PageError::NotFound.render(reader);
    };
    let k = min_cell(state);
    let rendered = if png {
        chart.render_png(&reader.tr, k)
    } else {
        chart.render_svg(&reader.tr, k).map(String::into_bytes)
    };
    if audit(
        state,
        Some(&user.0.user.id),
        "report_download",
        target,
        file,
    )
    .await
    .is_err()
    {
        return PageError::Unavailable { saved: true }.render(reader);
    }
    match rendered {
        Ok(bytes) => download(bytes, if png { "image/png" } else { "image/svg+xml" }, file),
        Err(error) => {
            tracing::error!(%error, "chart rendering");
            PageError::Unavailable { saved: true }.render(reader)
        }
    }
}

pub async fn org_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Response {
    let target = org.slug.clone();
    table_download(&state, &reader, &user, None, &[org], &target, &file).await
}

/// A table of the funders' overview, suppressed like the page.
pub async fn funder_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    Path(file): Path<String>,
) -> Response {
    let Some(definition) = definition("funder-overview") else {
        return PageError::NotFound.render(&reader);
    };
    match crate::orgs::organizations_of(&state, &user).await {
        Ok(orgs) => {
            table_download(
                &state,
                &reader,
                &user,
                Some(&definition),
                &orgs,
                "funders",
                &file,
            )
            .await
        }
        Err(error) => error.render(&reader),
    }
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
) -> Response {
    let kind = file
        .strip_suffix(".csv")
        .and_then(TableKind::from_code)
        .filter(|kind| definition.is_none_or(|d| d.tables().any(|t| t == *kind)));
    let Some(kind) = kind else {
        return PageError::NotFound.render(reader);
    };
    let (data, which) = match figures(state, user, orgs).await {
        Ok(figures) => figures,
        Err(error) => return error.render(reader),
    };
    let options = CsvOptions::for_locale(reader.tr.locale());
    if audit(state, Some(&user.0.user.id), "export", target, file)
        .await
        .is_err()
    {
        return PageError::Unavailable { saved: true }.render(reader);
    }
    match write_table(
        kind,
        &data,
        &which,
        &reader.tr,
        min_cell(state),
        &options,
        Vec::new(),
    ) {
        Ok(bytes) => download(bytes, "text/csv; charset=utf-8", file),
        Err(error) => {
            tracing::error!(%error, "export");
            PageError::Unavailable { saved: true }.render(reader)
        }
    }
}

/// Raw answers (free text included), streamed: evaluators and administrators only.
pub async fn org_raw_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Response {
    let Some(kind) = super::raw::RawExport::from_file(&file) else {
        return PageError::NotFound.render(&reader);
    };
    let Some(survey) = state.instruments.latest("team-survey").cloned() else {
        return PageError::NotFound.render(&reader);
    };
    if audit(
        &state,
        Some(&user.0.user.id),
        "export_raw",
        &org.slug,
        &file,
    )
    .await
    .is_err()
    {
        return PageError::Unavailable { saved: true }.render(&reader);
    }
    let body = super::raw::stream(kind, state.store.clone(), org.id, survey, reader.tr.clone());
    download(body, "text/csv; charset=utf-8", &file)
}
