//! The schedule page: the activities of one organization, each with its delivery and cancel
//! forms, and the form that plans one or a series; a refused form is shown again with what was
//! typed and its problems.

use std::collections::BTreeMap;

use askama::Template;
use axum::http::StatusCode;
use parite_core::support::{ActivityState, SessionLanguage};
use parite_store::{OrgId, Organization, StoreError, SupportActivity, SupportActivityId};

use super::{PlanTyped, Problems, kinds};
use crate::app::AppState;
use crate::links;
use crate::page::{Page, PageMeta, render};
use crate::reader::Reader;

/// A refused form, shown again as typed.
pub(crate) enum Refused {
    Plan(PlanTyped, Problems),
    Deliver {
        activity: SupportActivityId,
        date: String,
        /// Per organization: (peers, staff, WRAP completed) as typed.
        counts: BTreeMap<OrgId, (String, String, String)>,
        problems: Problems,
    },
    Cancel {
        activity: SupportActivityId,
        reason: String,
        problem: &'static str,
    },
}

pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A text, date or number field of the plan form.
pub struct PlanField {
    pub name: &'static str,
    pub label: String,
    pub value: String,
    pub input: &'static str,
    pub error: Option<String>,
}

pub struct CountRow {
    pub org: String,
    pub name: String,
    pub peers: String,
    pub staff: String,
    pub completed: String,
}

pub struct ActivityView {
    pub id: String,
    pub date: String,
    pub kind: String,
    pub state: String,
    pub duration: String,
    pub language: String,
    pub facilitator: String,
    /// "3 peers, 7 staff" for this organization once delivered.
    pub attendance: String,
    pub shared: Option<String>,
    pub action: String,
    pub wrap: bool,
    pub deliver_date: String,
    pub counts: Vec<CountRow>,
    pub deliver_error: Option<String>,
    pub reason: String,
    pub cancel_error: Option<String>,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "support.html")]
struct SupportPage {
    page: PageMeta,
    heading: String,
    organization: String,
    notice: Option<String>,
    back_href: String,
    summary: String,
    activities: Vec<ActivityView>,
    plan_action: String,
    kinds: Vec<Choice>,
    topics: Vec<Choice>,
    /// The other organizations a shared activity may also be for (slug, name, checked).
    also: Vec<Choice>,
    languages: Vec<Choice>,
    typed: PlanTyped,
    plan_fields: Vec<PlanField>,
    plan_errors: BTreeMap<&'static str, String>,

    errors: Vec<(String, String)>,
    error_summary: String,
    csrf: String,
}

impl SupportPage {
    /// The problem of a field of the plan form, if it has one.
    fn error(&self, field: &str) -> Option<&String> {
        self.plan_errors.get(field)
    }
}

pub(crate) async fn render_page(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    others: &[Organization],
    notice: Option<&'static str>,
    refused: Option<Refused>,
) -> Page {
    let (status, page) = build(state, reader, org, others, notice, refused)
        .await
        .map_err(crate::errors::PageError::nothing_lost)?;
    Ok(render(status, &page))
}

async fn org_names(
    state: &AppState,
    activities: &[SupportActivity],
) -> Result<BTreeMap<OrgId, String>, StoreError> {
    let mut names = BTreeMap::new();
    for org in activities.iter().flat_map(|a| a.attendance.keys()) {
        if !names.contains_key(org)
            && let Some(found) = state.store.organization(org).await?
        {
            names.insert(org.clone(), found.name);
        }
    }
    Ok(names)
}

async fn build(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    others: &[Organization],
    notice: Option<&'static str>,
    refused: Option<Refused>,
) -> Result<(StatusCode, SupportPage), StoreError> {
    let tr = &reader.tr;
    let kinds = kinds();
    let activities = state
        .store
        .support_for(std::slice::from_ref(&org.id))
        .await?;
    let names = org_names(state, &activities).await?;
    let mut errors: Vec<(String, String)> = Vec::new();
    let kind_label = |activity: &SupportActivity| {
        let kind = kinds.get(activity.kind.as_str());
        let mut label = kind.map_or_else(|| activity.kind.to_string(), |k| tr.t(k.label.as_str()));
        if let Some(topic) = kind.and_then(|k| {
            activity
                .topic
                .as_ref()
                .and_then(|t| k.topics.iter().find(|x| x.id == *t))
        }) {
            label = format!("{label} — {}", tr.t(topic.label.as_str()));
        }
        if !activity.label.is_empty() {
            label = format!("{label} — {}", activity.label);
        }
        label
    };
    let (mut delivered, mut planned) = (0_usize, 0_usize);
    let mut views = Vec::new();
    for activity in &activities {
        let state_text = match &activity.state {
            ActivityState::Planned => {
                planned += 1;
                tr.t("support-state-planned")
            }
            ActivityState::Delivered { on } => {
                delivered += 1;
                tr.t1("support-state-delivered", "date", tr.date(&on.to_string()))
            }
            ActivityState::Cancelled { reason } => {
                tr.t1("support-state-cancelled", "reason", reason.as_str())
            }
        };
        let here = activity.attendance.get(&org.id).copied().flatten();
        let attendance = here.map_or_else(String::new, |c| {
            let mut said = tr.t2("support-attendance", ("peers", c.peers), ("staff", c.staff));
            if let Some(completed) = c.wrap_completed {
                said = format!(
                    "{said} {}",
                    tr.t1("support-wrap-completed", "count", completed)
                );
            }
            said
        });
        let others: Vec<&str> = activity
            .attendance
            .keys()
            .filter(|id| **id != org.id)
            .filter_map(|id| names.get(id).map(String::as_str))
            .collect();
        let counts = activity
            .attendance
            .iter()
            .map(|(id, counted)| CountRow {
                org: id.as_str().to_owned(),
                name: names.get(id).cloned().unwrap_or_default(),
                peers: counted.map(|c| c.peers.to_string()).unwrap_or_default(),
                staff: counted.map(|c| c.staff.to_string()).unwrap_or_default(),
                completed: counted
                    .and_then(|c| c.wrap_completed)
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            })
            .collect();
        let mut view = ActivityView {
            id: activity.id.as_str().to_owned(),
            date: tr.date(&activity.planned_on.to_string()),
            kind: kind_label(activity),
            state: state_text,
            duration: tr.t1("support-minutes", "minutes", activity.duration_minutes),
            language: tr.t(activity.language.message_id()),
            facilitator: if activity.facilitator_is_peer {
                tr.t1(
                    "support-peer-facilitator",
                    "name",
                    activity.facilitator.as_str(),
                )
            } else {
                activity.facilitator.clone()
            },
            attendance,
            shared: (!others.is_empty())
                .then(|| tr.t1("support-shared-with", "orgs", others.join(", "))),
            action: reader.href(&links::support_activity(&org.slug, activity.id.as_str())),
            wrap: kinds.get(activity.kind.as_str()).is_some_and(|k| k.wrap),
            deliver_date: match &activity.state {
                ActivityState::Delivered { on } => on.to_string(),
                _ => activity.planned_on.to_string(),
            },
            counts,
            deliver_error: None,
            reason: String::new(),
            cancel_error: None,
            open: false,
        };
        match &refused {
            Some(Refused::Deliver {
                activity: id,
                date,
                counts,
                problems,
            }) if *id == activity.id => {
                view.deliver_date = date.clone();
                for row in &mut view.counts {
                    if let Some((peers, staff, completed)) =
                        counts.get(&OrgId::from(row.org.clone()))
                    {
                        row.peers = peers.clone();
                        row.staff = staff.clone();
                        row.completed = completed.clone();
                    }
                }
                let said: Vec<String> = problems.iter().map(|(_, m)| tr.t(m)).collect();
                for message in &said {
                    errors.push((
                        format!("a-{}-deliver", view.id),
                        format!("{message} — {}", view.kind),
                    ));
                }
                view.deliver_error = Some(said.join(" "));
                view.open = true;
            }
            Some(Refused::Cancel {
                activity: id,
                reason,
                problem,
            }) if *id == activity.id => {
                view.reason = reason.clone();
                let message = tr.t1(problem, "max", 500_usize);
                errors.push((
                    format!("a-{}-reason", view.id),
                    format!("{message} — {}", view.kind),
                ));
                view.cancel_error = Some(message);
                view.open = true;
            }
            _ => {}
        }
        views.push(view);
    }
    let (typed, plan_problems) = match refused {
        Some(Refused::Plan(typed, problems)) => (typed, problems),
        _ => (
            PlanTyped {
                language: "fr".to_owned(),
                minutes: "60".to_owned(),
                ..PlanTyped::default()
            },
            Vec::new(),
        ),
    };
    let mut plan_errors = BTreeMap::new();
    for (field, message) in &plan_problems {
        let text = tr.t1(message, "max", 200_usize);
        errors.push((format!("plan-{field}"), text.clone()));
        plan_errors.entry(*field).or_insert(text);
    }
    let kinds_choices = kinds
        .iter()
        .map(|k| Choice {
            value: k.id.to_string(),
            label: tr.t(k.label.as_str()),
            selected: typed.kind == k.id.as_str(),
        })
        .collect();
    let topics = kinds
        .iter()
        .flat_map(|k| k.topics.iter())
        .map(|t| Choice {
            value: t.id.to_string(),
            label: tr.t(t.label.as_str()),
            selected: typed.topic == t.id.as_str(),
        })
        .collect();
    let also = others
        .iter()
        .map(|o| Choice {
            value: o.slug.clone(),
            label: o.name.clone(),
            selected: typed.also.contains(&o.slug),
        })
        .collect();
    let languages = SessionLanguage::ALL
        .iter()
        .map(|l| Choice {
            value: l.code().to_owned(),
            label: tr.t(l.message_id()),
            selected: typed.language == l.code(),
        })
        .collect();
    let plan_fields = [
        ("label", "support-field-label", &typed.label, "text"),
        ("date", "support-field-date", &typed.date, "date"),
        (
            "every_weeks",
            "support-field-every-weeks",
            &typed.every_weeks,
            "number",
        ),
        ("until", "support-field-until", &typed.until, "date"),
        ("minutes", "support-field-minutes", &typed.minutes, "number"),
        (
            "facilitator",
            "support-field-facilitator",
            &typed.facilitator,
            "text",
        ),
    ]
    .into_iter()
    .map(|(name, label, value, input)| PlanField {
        name,
        label: tr.t(label),
        value: value.clone(),
        input,
        error: plan_errors.get(name).cloned(),
    })
    .collect();
    let heading = tr.t("support-page-title");
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
        SupportPage {
            page,
            heading,
            organization: org.name.clone(),
            notice: notice.map(|id| tr.t(id)),
            back_href: reader.href(&links::org(&org.slug)),
            summary: tr.t2(
                "support-summary",
                ("delivered", delivered),
                ("planned", planned),
            ),
            activities: views,
            plan_action: reader.href(&links::support(&org.slug)),
            kinds: kinds_choices,
            topics,
            also,
            languages,
            typed,
            plan_fields,
            plan_errors,
            error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
            errors,
            csrf: reader.csrf.0.clone(),
        },
    ))
}
