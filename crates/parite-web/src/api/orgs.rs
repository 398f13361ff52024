//! The organizations in a token's scope and their waves.

use axum::extract::State;
use parite_store::{Role, WaveStatus};
use serde::Serialize;
use utoipa::ToSchema;

use super::problem::Problem;
use super::{ApiCaller, ApiResult, ok};
use crate::app::AppState;
use crate::auth::ScopedOrg;

/// An organization, by the slug its addresses use.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"slug": "centre-horizon", "name": "Centre Horizon"}))]
pub struct OrganizationView {
    /// The identifier in addresses.
    pub slug: String,
    /// Its display name.
    pub name: String,
}

/// The organizations the account works with: every organization for an administrator, the
/// account's scope otherwise.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganizationList {
    pub organizations: Vec<OrganizationView>,
}

/// The organizations in the token's scope.
#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    tag = "organizations",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The organizations in scope, by slug", body = OrganizationList,
         example = json!({"organizations": [{"slug": "centre-horizon", "name": "Centre Horizon"}]})),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn organizations(State(state): State<AppState>, caller: ApiCaller) -> ApiResult {
    let orgs = crate::orgs::organizations_for(&state, &caller.user).await?;
    let organizations = orgs
        .into_iter()
        .map(|o| OrganizationView {
            slug: o.slug,
            name: o.name,
        })
        .collect();
    ok(&OrganizationList { organizations }, &caller.texts)
}

/// Whether a wave takes new responses.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WaveState {
    Open,
    Closed,
}

/// A wave: one organization surveyed (or assessed) on one instrument version over a period.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "id": "3f9c2b7e0d4a41c8a1e6b5d2c7f80e19",
    "instrument": "team-survey",
    "instrument_version": 2,
    "label": "Automne 2026",
    "opens": "2026-09-01",
    "closes": "2026-10-15",
    "status": "closed",
    "submitted": 14
}))]
pub struct WaveView {
    pub id: String,
    /// The instrument's id.
    pub instrument: String,
    /// The instrument's version, pinned when the wave opened.
    pub instrument_version: u32,
    pub label: String,
    /// The day it opened (YYYY-MM-DD, UTC).
    pub opens: String,
    /// The day it closed or is planned to close, if set.
    pub closes: Option<String>,
    pub status: WaveState,
    /// Submitted responses: for the roles whose pages show them (administrators, evaluators
    /// and team leads), `null` for funders, who see suppressed aggregates only.
    pub submitted: Option<u64>,
}

/// An organization's waves, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct WaveList {
    pub organization: OrganizationView,
    pub waves: Vec<WaveView>,
}

/// An organization's waves.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/waves",
    tag = "organizations",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The organization's slug", example = "centre-horizon")),
    responses(
        (status = 200, description = "The organization's waves, newest first", body = WaveList),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization in the token's scope", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn waves(
    State(state): State<AppState>,
    caller: ApiCaller,
    ScopedOrg(org): ScopedOrg,
) -> ApiResult {
    let counts_shown = caller.user.role != Role::Funder;
    let mut waves = Vec::new();
    for wave in state.store.waves_of(&org.id).await? {
        let submitted = if counts_shown {
            Some(state.store.wave_response_counts(&wave.id).await?.submitted)
        } else {
            None
        };
        waves.push(WaveView {
            id: wave.id.to_string(),
            instrument: wave.instrument_id.to_string(),
            instrument_version: wave.instrument_version,
            label: wave.label,
            opens: wave.opens_at.iso_date(),
            closes: wave.closes_at.map(|at| at.iso_date()),
            status: match wave.status {
                WaveStatus::Open => WaveState::Open,
                WaveStatus::Closed => WaveState::Closed,
            },
            submitted,
        });
    }
    let organization = OrganizationView {
        slug: org.slug,
        name: org.name,
    };
    ok(
        &WaveList {
            organization,
            waves,
        },
        &caller.texts,
    )
}
