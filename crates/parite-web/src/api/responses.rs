//! Item-level answers, a page of responses at a time: what the raw CSV export holds, free text
//! included, for evaluators and administrators only (the route table says so). Every page pulled
//! is audited.

use axum::extract::{Query, State};
use parite_core::InstrumentKind;
use parite_store::{AnswerFilter, ResponseId};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::problem::{ApiError, Problem};
use super::{ApiCaller, ApiResult, ok};
use crate::app::AppState;
use crate::auth::{ScopedOrg, audit};

/// Responses per page unless `limit` says otherwise, and the most a page may hold.
const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 500;

/// Which page of which survey's responses.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResponsesQuery {
    /// A survey instrument's id (default `team-survey`).
    #[param(example = "team-survey")]
    pub instrument: Option<String>,
    /// The `next` cursor of the previous page: responses after this one.
    #[param(example = "3f9c2b7e0d4a41c8a1e6b5d2c7f80e19")]
    pub after: Option<String>,
    /// Responses per page, 1 to 500 (default 100).
    #[param(example = 100, minimum = 1, maximum = 500)]
    pub limit: Option<u32>,
}

/// One item's answer: its values as stored (a multiple choice's in order), free text included.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnswerView {
    pub item: String,
    pub values: Vec<String>,
}

/// One submitted response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseView {
    /// The response's id (also the cursor).
    pub id: String,
    pub wave: String,
    pub wave_label: String,
    pub instrument: String,
    pub instrument_version: u32,
    /// The language it was answered in.
    pub locale: String,
    /// The respondent's role group, if they said.
    pub role: Option<String>,
    /// The day it was submitted (YYYY-MM-DD, UTC).
    pub submitted: Option<String>,
    pub answers: Vec<AnswerView>,
}

/// A page of responses.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "organization": "centre-horizon",
    "instrument": "team-survey",
    "responses": [{
        "id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "wave": "3f9c2b7e0d4a41c8a1e6b5d2c7f80e19",
        "wave_label": "Automne 2026",
        "instrument": "team-survey",
        "instrument_version": 2,
        "locale": "fr-CA",
        "role": "peer",
        "submitted": "2026-10-02",
        "answers": [{"item": "culture-1", "values": ["4"]}]
    }],
    "next": "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
}))]
pub struct ResponsePage {
    pub organization: String,
    pub instrument: String,
    pub responses: Vec<ResponseView>,
    /// The `after` of the next page; `null` on the last.
    pub next: Option<String>,
}

fn response_id(cursor: &str) -> Option<ResponseId> {
    (cursor.len() == 32
        && cursor
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
    .then(|| ResponseId::from(cursor))
}

/// An organization's submitted responses to one survey, item by item.
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{slug}/responses",
    tag = "responses",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The organization's slug", example = "centre-horizon"),
        ResponsesQuery,
    ),
    responses(
        (status = 200, description = "A page of submitted responses, by id", body = ResponsePage),
        (status = 400, description = "An unknown survey, a malformed cursor or a limit out of range", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No live token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only evaluators and administrators read item-level data", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization in the token's scope", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "The token's rate limit is reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn responses(
    State(state): State<AppState>,
    caller: ApiCaller,
    ScopedOrg(org): ScopedOrg,
    query: Result<Query<ResponsesQuery>, axum::extract::rejection::QueryRejection>,
) -> ApiResult {
    let Query(query) = query.map_err(|_| ApiError::BadParameter("limit"))?;
    let instrument = query.instrument.as_deref().unwrap_or("team-survey");
    let survey = state
        .instruments
        .latest(instrument)
        .filter(|i| i.kind == InstrumentKind::Survey)
        .ok_or(ApiError::BadParameter("instrument"))?;
    let after = match query.after.as_deref() {
        Some(cursor) => Some(response_id(cursor).ok_or(ApiError::BadParameter("after"))?),
        None => None,
    };
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::BadParameter("limit"));
    }
    let filter = AnswerFilter {
        organization: Some(org.id.clone()),
        wave: None,
        submitted_only: true,
        instrument: Some(survey.id.to_string()),
    };
    // One more than asked: whether there is a next page, without another read.
    let mut page = state
        .store
        .answers_page(&filter, after.as_ref(), limit + 1)
        .await?;
    let more = page.len() > limit as usize;
    page.truncate(limit as usize);
    let what = format!(
        "{instrument} after {} count {}",
        after.as_ref().map_or("-", ResponseId::as_str),
        page.len()
    );
    // As for a raw export: no line, no data.
    audit(
        &state,
        Some(&caller.user.id),
        "api_responses",
        &org.slug,
        &caller.audit_details(&what),
    )
    .await?;
    let next = more
        .then(|| page.last().map(|r| r.response_id.to_string()))
        .flatten();
    let responses = page
        .into_iter()
        .map(|r| ResponseView {
            id: r.response_id.to_string(),
            wave: r.wave_id.to_string(),
            wave_label: r.wave_label,
            instrument: r.instrument_id,
            instrument_version: r.instrument_version,
            locale: r.locale,
            role: r.respondent_role,
            submitted: r.submitted_at.map(|at| at.iso_date()),
            answers: r
                .answers
                .into_iter()
                .map(|(item, values)| AnswerView { item, values })
                .collect(),
        })
        .collect();
    ok(
        &ResponsePage {
            organization: org.slug,
            instrument: survey.id.to_string(),
            responses,
            next,
        },
        &caller.texts,
    )
}
