//! An organization's overview: its waves, their invitation links and how many responses each
//! brought. Reached only through `Require::OrgScope`, so the organization is already checked.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use parite_store::{Role, Store, StoreError, Wave, WaveStatus};

use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg};
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, PageMeta, render};
use crate::reader::Reader;

mod list;

pub use list::{list, org_links, organizations_for, organizations_of};

/// One invitation as listed: its link and counts.
pub struct InvitationRow {
    pub id: String,
    pub href: String,
    pub revoked: bool,
    pub submitted: u64,
    pub drafts: u64,
}

/// One wave as listed.
pub struct WaveView {
    pub id: String,
    pub label: String,
    /// Instrument, status and dates in one sentence.
    pub summary: String,
    pub open: bool,
    pub invitations: Vec<InvitationRow>,
}

#[derive(Template)]
#[template(path = "orgs_overview.html")]
struct OverviewPage {
    page: PageMeta,
    name: String,
    waves: Vec<WaveView>,
    /// For evaluators and administrators: the organization's address, under which each wave's
    /// checklist is.
    evaluation: Option<String>,
    /// The organization's other pages this person opens, as (address, label).
    links: Vec<(String, String)>,
}

/// A wave's invitations with their response counts.
pub async fn invitation_rows(
    store: &Store,
    reader: &Reader,
    wave: &Wave,
) -> Result<Vec<InvitationRow>, StoreError> {
    let mut rows = Vec::new();
    for invitation in store.invitations_of(&wave.id).await? {
        let counts = store.invitation_response_counts(&invitation.id).await?;
        rows.push(InvitationRow {
            id: invitation.id.to_string(),
            href: reader.href(&links::survey(&invitation.code)),
            revoked: invitation.revoked_at.is_some(),
            submitted: counts.submitted,
            drafts: counts.drafts,
        });
    }
    Ok(rows)
}

/// The waves of an organization, newest first, as listed on its pages.
pub async fn wave_views(
    state: &AppState,
    reader: &Reader,
    waves: Vec<Wave>,
) -> Result<Vec<WaveView>, StoreError> {
    let tr = &reader.tr;
    let mut views = Vec::new();
    for wave in waves {
        let instrument = state
            .instruments
            .get(wave.instrument_id.as_str(), wave.instrument_version)
            .map_or_else(
                || wave.instrument_id.to_string(),
                |i| tr.t(i.title.as_str()),
            );
        let status = match wave.status {
            WaveStatus::Open => tr.t("orgs-wave-open"),
            WaveStatus::Closed => tr.t("orgs-wave-closed"),
        };
        let mut args = vec![
            ("instrument", instrument.into()),
            ("version", wave.instrument_version.into()),
            ("status", status.into()),
            ("opens", tr.date(&wave.opens_at.iso_date()).into()),
        ];
        // A wave without a closing date is its own sentence: "from … to no closing date" is not.
        let summary = match wave.closes_at {
            Some(closes) => {
                args.push(("closes", tr.date(&closes.iso_date()).into()));
                tr.with_args("orgs-wave-summary", args)
            }
            None => tr.with_args("orgs-wave-summary-open-ended", args),
        };
        views.push(WaveView {
            id: wave.id.to_string(),
            invitations: invitation_rows(&state.store, reader, &wave).await?,
            label: wave.label,
            summary,
            open: wave.status == WaveStatus::Open,
        });
    }
    Ok(views)
}

pub async fn overview(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(me): CurrentUser,
    ScopedOrg(org): ScopedOrg,
) -> Page {
    let evaluates = matches!(me.user.role, Role::Admin | Role::Evaluator);
    let evaluation = evaluates.then(|| reader.href(&links::org_base(&org.slug)));
    let waves = state.store.waves_of(&org.id).await;
    let waves = waves.map_err(PageError::nothing_lost)?;
    // The overview lists the waves and their checklists itself: no latest-checklist link.
    let survey_waves: Vec<parite_store::Wave> = waves
        .iter()
        .filter(|wave| wave.instrument_id.as_str() != parite_core::report::TEAM_SURVEY)
        .cloned()
        .collect();
    let links = org_links(&state, &reader, &org, evaluates, &survey_waves);
    let waves = wave_views(&state, &reader, waves).await;
    let waves = waves.map_err(PageError::nothing_lost)?;
    let mut page = reader
        .page(org.name.clone())
        .with_trail(trail(&reader, None));
    page.wide = true;
    Ok(render(
        StatusCode::OK,
        &OverviewPage {
            page,
            name: org.name,
            waves,
            evaluation,
            links,
        },
    ))
}

/// The way back from a page of an organization: the list of organizations, then the
/// organization's overview when the page is below it.
pub fn trail(reader: &Reader, org: Option<&parite_store::Organization>) -> Vec<(String, String)> {
    let mut trail = vec![(reader.href("/orgs/"), reader.tr.t("nav-organizations"))];
    if let Some(org) = org {
        trail.push((reader.href(&links::org(&org.slug)), org.name.clone()));
    }
    trail
}
