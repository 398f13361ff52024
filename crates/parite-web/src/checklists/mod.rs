//! The fidelity checklist of one organization and wave, `/{lang}/orgs/{slug}/checklists/{wave}`:
//! each evaluator rates it blind to the others, sees their own scores at once, then — once
//! they have submitted — the agreement between raters; the lead evaluator records the
//! consensus that reports use. Scores always come from the checklist version rated.

mod consensus;
pub mod form;
mod page;
pub(crate) mod views;

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::response::Response;
use parite_core::Instrument;
use parite_store::{
    Assessment, AssessmentId, AssessmentKind, NewAssessment, Organization, Role, Status, Wave,
    WaveId,
};

use crate::app::AppState;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::errors::PageError;
use crate::links;
use crate::page::Page;
use crate::reader::Reader;
use form::{Action, Typed, decode, problems};

pub use consensus::consensus_post;

/// The checklist instrument every new rating is given on (its latest version).
pub const CHECKLIST: &str = "fidelity";

/// Everything the page knows about one organization's checklist for one wave.
pub(crate) struct Context {
    pub org: Organization,
    pub wave: Wave,
    pub me: Arc<crate::auth::SignedIn>,
    /// Every rater assessment, oldest first.
    pub raters: Vec<Assessment>,
    /// The reader's own rater assessment.
    pub mine: Option<Assessment>,
    /// The consensus, draft or submitted.
    pub consensus: Option<Assessment>,
}

impl Context {
    pub(crate) async fn load(
        state: &AppState,
        org: Organization,
        wave_id: &str,
        me: Arc<crate::auth::SignedIn>,
    ) -> Result<Context, PageError> {
        let wave = state
            .store
            .wave(&WaveId::from(wave_id.to_owned()))
            .await
            .map_err(PageError::nothing_lost)?
            .filter(|w| w.organization_id == org.id)
            .ok_or(PageError::NotFound)?;
        let all = state
            .store
            .assessments_of(&org.id, &wave.id)
            .await
            .map_err(PageError::nothing_lost)?;
        let (raters, consensus): (Vec<_>, Vec<_>) = all
            .into_iter()
            .filter(|a| a.instrument_id.as_str() == CHECKLIST)
            .partition(|a| a.kind == AssessmentKind::Rater);
        let mine = raters.iter().rfind(|a| a.rater_id == me.user.id).cloned();
        Ok(Context {
            org,
            wave,
            me,
            raters,
            mine,
            consensus: consensus.into_iter().next_back(),
        })
    }

    /// Blind rating: the others' ratings show only to a rater who has submitted their own,
    /// and to an administrator who is not rating.
    pub fn sees_others(&self) -> bool {
        match &self.mine {
            Some(mine) => mine.status == Status::Submitted,
            None => self.me.user.role == Role::Admin,
        }
    }

    pub fn submitted_raters(&self) -> Vec<&Assessment> {
        self.raters
            .iter()
            .filter(|a| a.status == Status::Submitted)
            .collect()
    }

    pub fn href(&self, reader: &Reader) -> String {
        reader.href(&links::checklist(&self.org.slug, &self.wave.id))
    }
}

/// The checklist an assessment was rated on; for a new one, the latest.
pub(crate) fn instrument_of(
    state: &AppState,
    assessment: Option<&Assessment>,
) -> Option<Arc<Instrument>> {
    match assessment {
        Some(a) => state
            .instruments
            .get(a.instrument_id.as_str(), a.instrument_version),
        None => state.instruments.latest(CHECKLIST),
    }
    .cloned()
}

/// The `done` of `?done=…`: what the last form did, for the confirmation.
fn done_code(query: &[(String, String)]) -> Option<&str> {
    crate::auth::field(query, "done")
}

pub async fn show(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(me): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, wave)): Path<(String, String)>,
    Query(query): Query<Vec<(String, String)>>,
) -> Page {
    let context = Context::load(&state, org, &wave, me).await?;
    let notice = done_code(&query).and_then(page::notice_id);
    page::render_page(&state, &reader, &context, page::Overrides::none(notice)).await
}

/// Saves the reader's own ratings as a draft, or submits them.
pub async fn rate_post(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(me): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, wave)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let context = Context::load(&state, org, &wave, me).await?;
    let href = context.href(&reader);
    if context
        .mine
        .as_ref()
        .is_some_and(|m| m.status == Status::Submitted)
    {
        // A second submission, or the back button: the ratings stand as submitted.
        return Ok(see_other(&href, "already-submitted"));
    }
    let Some(instrument) = instrument_of(&state, context.mine.as_ref()) else {
        return Err(PageError::NotFound);
    };
    let action = Action::from_field(field(&fields, "action"));
    let (Some(action @ (Action::Save | Action::Submit)), Ok(typed)) =
        (action, decode(&instrument, &fields))
    else {
        return Err(PageError::BadRequest);
    };
    let submitting = action == Action::Submit;
    let found = problems(&instrument, &typed, submitting);
    if found.iter().any(|(_, p)| p.blocks_saving()) {
        return page::render_page(
            &state,
            &reader,
            &context,
            page::Overrides::own(typed, found),
        )
        .await;
    }
    let id = match &context.mine {
        Some(mine) => mine.id.clone(),
        None => {
            let created = state
                .store
                .create_assessment(NewAssessment {
                    organization_id: context.org.id.clone(),
                    wave_id: context.wave.id.clone(),
                    instrument_id: instrument.id.clone(),
                    instrument_version: instrument.version,
                    rater_id: context.me.user.id.clone(),
                    kind: AssessmentKind::Rater,
                })
                .await;
            created?
        }
    };
    save_ratings(
        &state,
        &reader,
        context,
        &id,
        typed,
        found,
        submitting,
        Which::Own,
    )
    .await
}

/// Whose ratings a form holds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Which {
    Own,
    Consensus,
}

/// Stores the ratings of a form; when submitting and every item is rated, submits them.
/// Ratings that cannot be saved (`problems` that block saving) or a submission with items
/// unrated show the form again with the typed ratings kept; what could be saved is saved.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn save_ratings(
    state: &AppState,
    reader: &Reader,
    context: Context,
    id: &AssessmentId,
    typed: Typed,
    found: Vec<(parite_core::ItemId, form::Problem)>,
    submitting: bool,
    which: Which,
) -> Page {
    let overrides = |typed, found| match which {
        Which::Own => page::Overrides::own(typed, found),
        Which::Consensus => page::Overrides::consensus(typed, found),
    };
    if found.iter().any(|(_, p)| p.blocks_saving()) {
        return page::render_page(state, reader, &context, overrides(typed, found)).await;
    }
    state.store.save_ratings(id, typed.to_store()).await?;
    let href = context.href(reader);
    let (saved, submitted, audit_action) = match which {
        Which::Own => ("saved", "submitted", "checklist_submit"),
        Which::Consensus => ("consensus-saved", "consensus-submitted", "consensus_submit"),
    };
    if !submitting {
        return Ok(see_other(&href, saved));
    }
    if !found.is_empty() {
        // Saved, not submitted: the page shows the draft's scores and which items are unrated.
        let wave = context.wave.id.to_string();
        let context = Context::load(state, context.org, &wave, context.me).await?;
        return page::render_page(state, reader, &context, overrides(typed, found)).await;
    }
    let target = format!("{}/{}", context.org.slug, context.wave.id);
    let submitting = state.store.submit_assessment(id);
    let actor = Some(&context.me.user.id);
    // Submitted now or by a resent form: either way the ratings stand as submitted.
    let _outcome = audited(state, actor, audit_action, &target, id.as_str(), submitting).await?;
    Ok(see_other(&href, submitted))
}

/// Back to the checklist, saying what was just done.
pub(crate) fn see_other(href: &str, done: &str) -> Response {
    crate::page::see_other(&format!("{href}?done={done}"))
}
