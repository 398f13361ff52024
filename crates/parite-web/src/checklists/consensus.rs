//! The consensus: after comparing ratings, the lead evaluator — whoever starts it — records the
//! agreed rating of every item. Reports use the consensus; every rater's own rating is kept.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use parite_core::{ItemId, Rating, Ratings};
use parite_store::{Assessment, AssessmentKind, NewAssessment, Role, Status, StoreError};

use super::form::{Action, EVIDENCE_MAX_CHARS, Typed, decode, problems};
use super::{Context, Which, instrument_of, save_ratings, see_other};
use crate::app::AppState;
use crate::auth::{CurrentUser, Fields, ScopedOrg, field};
use crate::errors::PageError;
use crate::page::Page;
use crate::page::{MessagePage, render};
use crate::reader::Reader;

/// The submitted ratings compared with one another: those given on the same checklist version
/// as the consensus (or, before there is one, as the latest submitted rating).
pub(crate) fn compared(context: &Context) -> Vec<&Assessment> {
    let submitted = context.submitted_raters();
    let version = match &context.consensus {
        Some(consensus) => Some((&consensus.instrument_id, consensus.instrument_version)),
        None => submitted
            .last()
            .map(|a| (&a.instrument_id, a.instrument_version)),
    };
    submitted
        .into_iter()
        .filter(|a| Some((&a.instrument_id, a.instrument_version)) == version)
        .collect()
}

/// Each compared rater's ratings, in the order of [`compared`].
pub(crate) async fn compared_ratings(
    state: &AppState,
    compared: &[&Assessment],
) -> Result<Vec<Typed>, StoreError> {
    let mut all = Vec::with_capacity(compared.len());
    for assessment in compared {
        all.push(Typed::from_stored(
            &state.store.ratings(&assessment.id).await?,
        ));
    }
    Ok(all)
}

/// Where every rater gave the same rating, that rating, with their evidence notes together and
/// every source any of them used; the items they disagree on are left for the lead evaluator.
fn agreed(raters: &[Typed]) -> Typed {
    let mut typed = Typed::default();
    let Some(first) = raters.first() else {
        return typed;
    };
    for (item, rating) in &first.ratings {
        if raters.iter().all(|r| r.ratings.get(item) == Some(rating)) {
            typed.ratings.insert(item.clone(), *rating);
            let mut notes: Vec<&str> = raters
                .iter()
                .filter_map(|r| r.evidence.get(item).map(String::as_str))
                .collect();
            notes.dedup();
            let joined: String = notes.join("\n").chars().take(EVIDENCE_MAX_CHARS).collect();
            if !joined.is_empty() {
                typed.evidence.insert(item.clone(), joined);
            }
            let sources: std::collections::BTreeSet<_> =
                raters.iter().flat_map(|r| r.sources_of(item)).collect();
            if !sources.is_empty() {
                typed.sources.insert(item.clone(), sources);
            }
        }
    }
    typed
}

/// The ratings only, for parite-core.
pub(crate) fn ratings_of(raters: &[Typed]) -> Vec<Ratings> {
    raters.iter().map(|r| r.ratings.clone()).collect()
}

/// What each rater said about each item, for the consensus form.
pub(crate) fn said_by_item(
    reader: &Reader,
    names: &[String],
    raters: &[Typed],
) -> BTreeMap<ItemId, Vec<String>> {
    let tr = &reader.tr;
    let mut said: BTreeMap<ItemId, Vec<String>> = BTreeMap::new();
    for (name, typed) in names.iter().zip(raters) {
        for (item, rating) in &typed.ratings {
            let mut line = tr.t2(
                "checklist-rater-said",
                ("rater", name.as_str()),
                ("rating", tr.t(Rating::message_id(*rating))),
            );
            if let Some(evidence) = typed.evidence.get(item) {
                line = format!("{line} — {evidence}");
            }
            if let Some(sources) = super::views::sources_text(tr, &typed.sources_of(item)) {
                line = format!("{line} ({sources})");
            }
            said.entry(item.clone()).or_default().push(line);
        }
    }
    said
}

fn refused(reader: &Reader, message: &str) -> Response {
    let tr = &reader.tr;
    let heading = tr.t("checklist-consensus-refused-title");
    let page = MessagePage {
        page: reader.page(heading.clone()),
        heading,
        paragraphs: vec![tr.t(message)],
        link: None,
    };
    render(StatusCode::CONFLICT, &page)
}

/// Starts, saves or submits the consensus.
pub async fn consensus_post(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(me): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, wave)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let context = Context::load(&state, org, &wave, me).await?;
    let href = context.href(&reader);
    let compared = compared(&context);
    if !context.sees_others() || compared.is_empty() {
        return Ok(refused(&reader, "checklist-consensus-not-yet"));
    }
    let Some(action) = Action::from_field(field(&fields, "action")) else {
        return Err(PageError::BadRequest);
    };
    let consensus = match (&context.consensus, action) {
        (Some(c), _) if c.status == Status::Submitted => {
            return Ok(see_other(&href, "consensus-already"));
        }
        (Some(_), Action::Start) => return Ok(see_other(&href, "consensus-started")),
        (None, Action::Start) => return start(&state, &context, &compared, &href).await,
        (None, _) => return Err(PageError::BadRequest),
        (Some(c), _) => c.clone(),
    };
    if consensus.rater_id != context.me.user.id && context.me.user.role != Role::Admin {
        return Ok(refused(&reader, "checklist-consensus-not-lead"));
    }
    let Some(instrument) = instrument_of(&state, Some(&consensus)) else {
        return Err(PageError::NotFound);
    };
    let Ok(typed) = decode(&instrument, &fields) else {
        return Err(PageError::BadRequest);
    };
    let found = problems(&instrument, &typed, action == Action::Submit);
    save_ratings(
        &state,
        &reader,
        context,
        &consensus.id,
        typed,
        found,
        action == Action::Submit,
        Which::Consensus,
    )
    .await
}

async fn start(state: &AppState, context: &Context, compared: &[&Assessment], href: &str) -> Page {
    let Some(first) = compared.first() else {
        return Err(PageError::BadRequest);
    };
    let raters = compared_ratings(state, compared).await?;
    let created = state
        .store
        .create_assessment(NewAssessment {
            organization_id: context.org.id.clone(),
            wave_id: context.wave.id.clone(),
            instrument_id: first.instrument_id.clone(),
            instrument_version: first.instrument_version,
            rater_id: context.me.user.id.clone(),
            kind: AssessmentKind::Consensus,
        })
        .await;
    let id = created?;
    state
        .store
        .save_ratings(&id, agreed(&raters).to_store())
        .await?;
    Ok(see_other(href, "consensus-started"))
}

/// The consensus's lead may edit it; so may an administrator.
pub(crate) fn may_edit(context: &Context, consensus: &Assessment) -> bool {
    consensus.status == Status::Draft
        && (consensus.rater_id == context.me.user.id || context.me.user.role == Role::Admin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(&str, Rating, &str)]) -> Typed {
        let mut typed = Typed::default();
        for (item, rating, evidence) in pairs {
            let id = ItemId::parse(item).unwrap();
            typed.ratings.insert(id.clone(), *rating);
            if !evidence.is_empty() {
                typed.evidence.insert(id, (*evidence).to_owned());
            }
        }
        typed
    }

    #[test]
    fn the_consensus_starts_from_what_the_raters_agree_on() {
        use parite_core::EvidenceSource::{Documents, Observation};
        let com_1 = ItemId::parse("f_com_1").unwrap();
        let mut a = typed(&[
            ("f_com_1", Rating::Fully, "Politique écrite"),
            ("f_com_2", Rating::Partly, ""),
        ]);
        a.sources.insert(com_1.clone(), [Documents].into());
        let mut b = typed(&[
            ("f_com_1", Rating::Fully, "Vu le plan stratégique"),
            ("f_com_2", Rating::Fully, ""),
        ]);
        b.sources
            .insert(com_1.clone(), [Observation, Documents].into());
        let start = agreed(&[a, b]);
        assert_eq!(start.ratings.len(), 1, "only the agreed item is prefilled");
        assert_eq!(
            start.evidence.values().next().map(String::as_str),
            Some("Politique écrite\nVu le plan stratégique")
        );
        assert_eq!(start.sources_of(&com_1), [Documents, Observation].into());
    }
}
