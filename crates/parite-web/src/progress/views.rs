//! The progress page: the current stage, a table of the stages, each milestone with its form,
//! and the history of every mark and undo.

use std::collections::BTreeMap;

use askama::Template;
use axum::http::StatusCode;

use parite_core::stages::{Date, MilestoneEvent, Reached, stage_days};
use parite_core::{Instrument, ItemId};
use parite_store::{MilestoneRecord, Organization, StoreError};

use super::{instrument, today};
use crate::app::AppState;
use crate::checklists::views::{group_title, item_text};
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, PageMeta, render};
use crate::reader::Reader;

/// A refused milestone form, shown again with what was typed.
pub(crate) struct Typed {
    pub item: ItemId,
    pub date: String,
    pub note: String,
    /// (field, message id).
    pub problems: Vec<(&'static str, &'static str)>,
}

pub struct StageRow {
    pub stage: String,
    pub required: String,
    pub all: String,
    pub reached: String,
    /// NIRN's strength of stage: the share of its milestones done.
    pub strength: String,
    pub days: String,
}

pub struct MilestoneView {
    pub id: String,
    pub text: String,
    pub required: bool,
    /// "Done on …" with its evidence, when done.
    pub done: Option<String>,
    pub action: String,
    pub date: String,
    pub note: String,
    pub date_error: Option<String>,
    pub note_error: Option<String>,
    /// What the schedule of support says, for the milestones it is evidence of.
    pub schedule: Option<String>,
}

pub struct StageView {
    pub id: String,
    pub title: String,
    pub intro: Option<String>,
    pub milestones: Vec<MilestoneView>,
}

pub struct HistoryRow {
    pub recorded: String,
    pub milestone: String,
    pub action: String,
    pub day: String,
    pub note: String,
    pub by: String,
}

#[derive(Template)]
#[template(path = "progress.html")]
struct ProgressPage {
    page: PageMeta,
    heading: String,
    organization: String,
    notice: Option<String>,
    back_href: String,
    current: String,
    /// The current stage counts as reached while an earlier one has required milestones not
    /// done: one sentence per such stage.
    unmet_earlier: Vec<String>,
    rows: Vec<StageRow>,
    stages: Vec<StageView>,
    history: Vec<HistoryRow>,
    errors: Vec<(String, String)>,
    error_summary: String,
    csrf: String,
    today: String,
}

pub(crate) async fn render_page(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    notice: Option<&'static str>,
    typed: Option<Typed>,
) -> Page {
    let (Some(instrument), Some(today)) = (instrument(state), today()) else {
        return Err(PageError::NotFound);
    };
    let built = build(state, reader, org, &instrument, today, notice, typed).await;
    let (status, page) = built.map_err(PageError::nothing_lost)?;
    Ok(render(status, &page))
}

#[allow(clippy::too_many_arguments)]
async fn build(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    instrument: &Instrument,
    today: Date,
    notice: Option<&'static str>,
    typed: Option<Typed>,
) -> Result<(StatusCode, ProgressPage), StoreError> {
    let tr = &reader.tr;
    let history = state
        .store
        .milestone_history(&org.id, &instrument.id)
        .await?;
    let events: Vec<MilestoneEvent> = history.iter().map(|r| r.event.clone()).collect();
    // The latest row of each milestone says whether it is done, and on what evidence.
    let mut latest: BTreeMap<&str, &MilestoneRecord> = BTreeMap::new();
    for record in &history {
        latest.insert(record.event.milestone.as_str(), record);
    }
    let timeline = stage_days(instrument, &events, today);
    let done: std::collections::BTreeSet<ItemId> = parite_core::stages::done_milestones(&events)
        .into_keys()
        .collect();
    let status = parite_core::scoring::progress_status(instrument, &done);
    let title_of = |id: &ItemId| group_title(tr, instrument, id.as_str());
    let current = timeline
        .current_stage
        .as_ref()
        .map_or_else(|| tr.t("progress-not-started"), &title_of);
    let rows = status
        .stages
        .iter()
        .zip(&timeline.stages)
        .map(|(completion, days)| StageRow {
            stage: title_of(&completion.stage),
            required: tr.t2(
                "progress-count",
                ("done", completion.required_done),
                ("total", completion.required_total),
            ),
            all: tr.t2(
                "progress-count",
                ("done", completion.done),
                ("total", completion.total),
            ),
            reached: match days.reached {
                Reached::No => tr.t("progress-stage-not-reached"),
                Reached::On(day) => tr.date(&day.to_string()),
                Reached::Always => tr.t("progress-stage-no-required"),
            },
            strength: completion
                .strength_percent()
                .map_or_else(String::new, |p| tr.percent(p / 100.0, 0)),
            days: days
                .days
                .map_or_else(String::new, |d| tr.t1("progress-days", "days", d)),
        })
        .collect();
    let unmet_earlier = status
        .unmet_before_current()
        .iter()
        .map(|earlier| {
            let missing = earlier.required_total - earlier.required_done;
            tr.with_args(
                "progress-earlier-stage-unmet",
                vec![
                    ("current", current.as_str().into()),
                    ("earlier", title_of(&earlier.stage).into()),
                    ("missing", missing.into()),
                ],
            )
        })
        .collect();
    let activities = state
        .store
        .support_for(std::slice::from_ref(&org.id))
        .await?;
    let schedule_says =
        |milestone: &str| super::schedule::evidence(tr, milestone, &activities, today);
    let mut errors = Vec::new();
    let stages = instrument
        .groups
        .iter()
        .map(|stage| StageView {
            id: stage.id.to_string(),
            title: tr.t(stage.title.as_str()),
            intro: stage.intro.as_ref().map(|m| tr.t(m.as_str())),
            milestones: stage
                .items
                .iter()
                .map(|item| {
                    let current = latest.get(item.id.as_str()).filter(|e| e.event.done);
                    let done = current.map(|e| {
                        let day = tr.date(&e.event.on.to_string());
                        tr.t2(
                            "progress-done-on",
                            ("date", day),
                            ("evidence", e.evidence.as_str()),
                        )
                    });
                    let mut view = MilestoneView {
                        id: item.id.to_string(),
                        text: tr.t(item.text.as_str()),
                        required: item.required,
                        done,
                        action: reader.href(&links::milestone(&org.slug, item.id.as_str())),
                        date: today.to_string(),
                        note: String::new(),
                        date_error: None,
                        note_error: None,
                        schedule: schedule_says(item.id.as_str()),
                    };
                    if let Some(typed) = typed.as_ref().filter(|t| t.item == item.id) {
                        view.date = typed.date.clone();
                        view.note = typed.note.clone();
                        for (field, message) in &typed.problems {
                            let text = tr.t1(message, "max", super::NOTE_MAX_CHARS);
                            let anchor = format!("m-{}-{field}", item.id);
                            errors.push((anchor, format!("{text} — {}", view.text)));
                            if *field == "date" {
                                view.date_error = Some(text);
                            } else {
                                view.note_error = Some(text);
                            }
                        }
                    }
                    view
                })
                .collect(),
        })
        .collect();
    let mut people: BTreeMap<String, String> = BTreeMap::new();
    let mut rows_history = Vec::new();
    for event in history.iter().rev() {
        let by = match people.get(event.recorded_by.as_str()) {
            Some(email) => email.clone(),
            None => {
                let email = state
                    .store
                    .user(&event.recorded_by)
                    .await?
                    .map_or_else(|| event.recorded_by.to_string(), |u| u.email);
                people.insert(event.recorded_by.to_string(), email.clone());
                email
            }
        };
        rows_history.push(HistoryRow {
            recorded: tr.date(&event.recorded_at.iso_date()),
            milestone: item_text(tr, instrument, event.event.milestone.as_str()),
            action: if event.event.done {
                tr.t("progress-action-done")
            } else {
                tr.t("progress-action-undone")
            },
            // The day reached, for a mark; an undo's own day is already in `recorded`.
            day: if event.event.done {
                tr.date(&event.event.on.to_string())
            } else {
                String::new()
            },
            note: event.evidence.clone(),
            by,
        });
    }
    let heading = tr.t("progress-page-title");
    let mut page = reader
        .page(format!("{heading} — {}", org.name))
        .with_error_count(errors.len())
        .with_trail(crate::orgs::trail(reader, Some(org)));
    page.wide = true;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((
        status,
        ProgressPage {
            page,
            heading,
            organization: org.name.clone(),
            notice: notice.map(|id| tr.t(id)),
            back_href: reader.href(&links::org(&org.slug)),
            current: tr.t1("progress-current-stage", "stage", current),
            unmet_earlier,
            rows,
            stages,
            history: rows_history,
            error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
            errors,
            csrf: reader.csrf.0.clone(),
            today: today.to_string(),
        },
    ))
}
