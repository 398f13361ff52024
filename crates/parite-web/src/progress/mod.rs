//! Implementation progress of one organization, `/{lang}/orgs/{slug}/progress`: the milestones
//! of each stage, marked done with a day and evidence or undone with a reason (every change is
//! kept), the current stage, per-stage completion and the days spent in each stage.

mod schedule;
mod views;

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use parite_core::stages::Date;
use parite_core::{Instrument, ItemId};
use parite_store::{MilestoneMark, StoreError, Timestamp};

use crate::app::AppState;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::errors::PageError;
use crate::links;
use crate::page::Page;
use crate::reader::Reader;
use views::{Typed, render_page};

/// The progress instrument milestones are marked on (its latest version).
pub const PROGRESS: &str = "progress";

/// The longest evidence or reason kept.
const NOTE_MAX_CHARS: usize = 2_000;

fn today() -> Option<Date> {
    Date::parse_iso(&Timestamp::now().iso_date())
}

fn instrument(state: &AppState) -> Option<std::sync::Arc<Instrument>> {
    state.instruments.latest(PROGRESS).cloned()
}

/// The `done` of `?done=…`: what the last form did, for the confirmation.
fn done_code(query: &[(String, String)]) -> Option<&str> {
    crate::auth::field(query, "done")
}

pub async fn show(
    State(state): State<AppState>,
    reader: Reader,
    ScopedOrg(org): ScopedOrg,
    Query(query): Query<Vec<(String, String)>>,
) -> Page {
    let notice = match done_code(&query) {
        Some("done") => Some("progress-notice-done"),
        Some("undone") => Some("progress-notice-undone"),
        _ => None,
    };
    render_page(&state, &reader, &org, notice, None).await
}

/// What is wrong with a posted milestone form: (field, message id).
fn check(typed: &Typed, undo: bool, today: Date) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    if undo {
        if typed.note.is_empty() {
            problems.push(("reason", "progress-error-reason-required"));
        }
    } else {
        match Date::parse_iso(&typed.date) {
            _ if typed.date.is_empty() => problems.push(("date", "progress-error-date-required")),
            None => problems.push(("date", "progress-error-date-invalid")),
            Some(day) if day > today => problems.push(("date", "progress-error-date-future")),
            Some(_) => {}
        }
        if typed.note.is_empty() {
            problems.push(("evidence", "progress-error-evidence-required"));
        }
    }
    if typed.note.chars().count() > NOTE_MAX_CHARS {
        let field = if undo { "reason" } else { "evidence" };
        problems.push((field, "progress-error-too-long"));
    }
    problems
}

/// Marks a milestone done, or undoes it.
pub async fn milestone_post(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(me): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, milestone)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let (Some(instrument), Some(today)) = (instrument(&state), today()) else {
        return Err(PageError::NotFound);
    };
    let known = ItemId::parse(&milestone).ok().filter(|id| {
        instrument
            .groups
            .iter()
            .flat_map(|g| &g.items)
            .any(|i| i.id == *id)
    });
    let Some(item) = known else {
        return Err(PageError::NotFound);
    };
    let undo = match field(&fields, "action") {
        Some("done") => false,
        Some("undo") => true,
        _ => return Err(PageError::BadRequest),
    };
    let note_field = if undo { "reason" } else { "evidence" };
    let typed = Typed {
        item: item.clone(),
        date: field(&fields, "date").unwrap_or_default().trim().to_owned(),
        note: field(&fields, note_field)
            .unwrap_or_default()
            .trim()
            .to_owned(),
        problems: Vec::new(),
    };
    let problems = check(&typed, undo, today);
    if !problems.is_empty() {
        let typed = Typed { problems, ..typed };
        return render_page(&state, &reader, &org, None, Some(typed)).await;
    }
    let mark = MilestoneMark {
        organization_id: org.id.clone(),
        instrument_id: instrument.id.clone(),
        instrument_version: instrument.version,
        item_id: item.to_string(),
    };
    let (action, done) = if undo {
        ("milestone_undo", "undone")
    } else {
        ("milestone_done", "done")
    };
    let target = format!("{}/{}", org.slug, item);
    let recording = async {
        if undo {
            state
                .store
                .undo_milestone(mark, &typed.note, &me.user.id)
                .await
        } else {
            let day = typed.date.as_str();
            state
                .store
                .mark_milestone(mark, day, &typed.note, &me.user.id)
                .await
        }
    };
    let actor = Some(&me.user.id);
    match audited(&state, actor, action, &target, &typed.date, recording).await {
        Ok(_) => {
            let page = links::progress(&org.slug);
            let href = reader.href(&format!("{page}?done={done}#m-{item}"));
            Ok(Redirect::to(&href).into_response())
        }
        Err(StoreError::NotFound { .. }) if undo => {
            // Someone else undid it first.
            let typed = Typed {
                problems: vec![("reason", "progress-error-not-done")],
                ..typed
            };
            render_page(&state, &reader, &org, None, Some(typed)).await
        }
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(date: &str, note: &str) -> Typed {
        Typed {
            item: ItemId::parse("m_exp_1").unwrap(),
            date: date.to_owned(),
            note: note.to_owned(),
            problems: Vec::new(),
        }
    }

    #[test]
    fn a_milestone_needs_a_past_day_and_evidence() {
        let today = Date::new(2026, 11, 22).unwrap();
        assert!(check(&typed("2026-11-22", "Procès-verbal du CA"), false, today).is_empty());
        let codes = |t: &Typed, undo| -> Vec<&str> {
            check(t, undo, today)
                .into_iter()
                .map(|(_, id)| id)
                .collect()
        };
        assert_eq!(
            codes(&typed("2026-11-23", "x"), false),
            ["progress-error-date-future"]
        );
        assert_eq!(
            codes(&typed("22/11/2026", ""), false),
            [
                "progress-error-date-invalid",
                "progress-error-evidence-required"
            ]
        );
        assert_eq!(
            codes(&typed("", "x"), false),
            ["progress-error-date-required"]
        );
        assert_eq!(
            codes(&typed("", ""), true),
            ["progress-error-reason-required"]
        );
        assert_eq!(
            codes(&typed("", &"é".repeat(2_001)), true),
            ["progress-error-too-long"]
        );
    }
}
