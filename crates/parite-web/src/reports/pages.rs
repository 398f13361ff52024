//! The report pages: an organization's reports and the funders' overview, composed like every
//! output of a report ([`parite_reports::compose`]) inside the site's layout.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use parite_reports::compose::{
    CommunityView, Composition, SectionView, Subject, SummaryView, WaveNotes, community, sections,
    summary,
};
use parite_reports::definition::ReportDefinition;
use parite_store::Organization;

use super::{definition, min_cell, not_rendered, org_definition, visible_figures};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg};
use crate::links;
use crate::page::{Page, PageMeta, render};
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
) -> Page {
    let (data, which) = visible_figures(state, user, orgs).await?;
    let tr = &reader.tr;
    let k = min_cell(state);
    let composition = Composition {
        definition,
        data: &data,
        which: &which,
        subject,
        texts: tr,
        k,
    };
    let sections = sections(&composition).map_err(not_rendered("report rendering"))?;
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
        summary: summary(&composition),
        community: community(&composition),
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
    Ok(render(StatusCode::OK, &template))
}

pub async fn org_report(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((slug, report)): Path<(String, String)>,
) -> Page {
    let definition = org_definition(&state, &report)?;
    let base = reader.href(&links::org_report(&slug, &report));
    let exports = reader.href(&links::org_exports(&slug));
    let community = (definition.id == "organization")
        .then(|| reader.href(&links::org_report(&slug, "community")));
    let trail = crate::orgs::trail(&reader, Some(&org));
    let pdf = reader.href(&links::org_report_pdf(&slug, &report));
    let orgs = [org];
    report_page(
        &state,
        &reader,
        &user,
        definition,
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

pub async fn funders(State(state): State<AppState>, reader: Reader, user: CurrentUser) -> Page {
    let definition = definition(&state, "funder-overview")?;
    let orgs = crate::orgs::organizations_of(&state, &user).await?;
    let base = reader.href("/funders/charts");
    let exports = reader.href("/funders/exports");
    report_page(
        &state,
        &reader,
        &user,
        definition,
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
