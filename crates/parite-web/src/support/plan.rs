//! The plan form of the schedule page: what was typed, and its check into the activity (or
//! series) to plan — kind and topic against the kinds file, dates, duration, language, and the
//! other organizations a shared activity is for, which must be the planner's own.

use parite_core::SupportKindId;
use parite_core::stages::Date;
use parite_core::support::{Repeat, SessionLanguage, SupportKinds, session_dates};
use parite_store::{OrgId, Organization, PlannedActivity};

use super::Problems;
use crate::auth::field;

/// The longest texts a form keeps (as the store does).
const NAME_MAX_CHARS: usize = 200;

/// What a plan form asked for, as typed: shown again with its problems when refused.
#[derive(Debug, Clone, Default)]
pub(crate) struct PlanTyped {
    pub kind: String,
    pub topic: String,
    pub label: String,
    pub date: String,
    pub every_weeks: String,
    pub until: String,
    pub minutes: String,
    pub language: String,
    pub facilitator: String,
    pub peer: bool,
    /// The other organizations (slugs) a shared activity is also for.
    pub also: Vec<String>,
}

impl PlanTyped {
    pub(super) fn from_fields(fields: &[(String, String)]) -> PlanTyped {
        let get = |name| field(fields, name).unwrap_or_default().trim().to_owned();
        PlanTyped {
            kind: get("kind"),
            topic: get("topic"),
            label: get("label"),
            date: get("date"),
            every_weeks: get("every_weeks"),
            until: get("until"),
            minutes: get("minutes"),
            language: get("language"),
            facilitator: get("facilitator"),
            peer: field(fields, "peer").is_some(),
            also: fields
                .iter()
                .filter(|(name, _)| name == "also")
                .map(|(_, slug)| slug.trim().to_owned())
                .collect(),
        }
    }
}

/// A plan form checked: the activity and its dates, or (field, message id) problems.
///
/// `others` are the other organizations the planner works with: a shared activity may be for
/// any of them, and none else.
pub(super) fn check_plan(
    kinds: &SupportKinds,
    typed: &PlanTyped,
    org: &OrgId,
    others: &[Organization],
) -> Result<(PlannedActivity, Vec<Date>), Problems> {
    let mut problems = Vec::new();
    let mut organizations = vec![org.clone()];
    for slug in &typed.also {
        match others.iter().find(|o| o.slug == *slug) {
            Some(other) if !organizations.contains(&other.id) => {
                organizations.push(other.id.clone());
            }
            Some(_) => {}
            None => problems.push(("also", "support-error-also")),
        }
    }
    let kind = kinds.get(&typed.kind);
    if kind.is_none() {
        problems.push(("kind", "support-error-kind"));
    }
    let topic = match kind {
        Some(kind) if !typed.topic.is_empty() => {
            let found = kind.topics.iter().find(|t| t.id.as_str() == typed.topic);
            if found.is_none() {
                problems.push(("topic", "support-error-topic"));
            }
            found.map(|t| t.id.clone())
        }
        _ => None,
    };
    if kind.is_some_and(|k| k.named_label) && typed.label.is_empty() {
        problems.push(("label", "support-error-label"));
    }
    if typed.label.chars().count() > NAME_MAX_CHARS {
        problems.push(("label", "support-error-too-long"));
    }
    if typed.facilitator.chars().count() > NAME_MAX_CHARS {
        problems.push(("facilitator", "support-error-too-long"));
    }
    let first = Date::parse_iso(&typed.date);
    if first.is_none() {
        problems.push(("date", "support-error-date"));
    }
    let minutes = typed
        .minutes
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=14_400).contains(m));
    if minutes.is_none() {
        problems.push(("minutes", "support-error-minutes"));
    }
    let language = SessionLanguage::from_code(&typed.language);
    if language.is_none() {
        problems.push(("language", "support-error-language"));
    }
    let repeat = match (typed.every_weeks.as_str(), typed.until.as_str()) {
        ("", "") => None,
        (every, until) => {
            let every = every.parse::<u32>().ok().filter(|n| (1..=52).contains(n));
            let until = Date::parse_iso(until);
            if every.is_none() {
                problems.push(("every_weeks", "support-error-every-weeks"));
            }
            if until.is_none() {
                problems.push(("until", "support-error-until"));
            }
            every
                .zip(until)
                .map(|(every_weeks, until)| Repeat { every_weeks, until })
        }
    };
    let dates = match first {
        Some(first) => match session_dates(first, repeat) {
            Ok(dates) => dates,
            Err(parite_core::support::SeriesError::TooMany) => {
                problems.push(("until", "support-error-too-many"));
                Vec::new()
            }
            Err(_) => {
                problems.push(("until", "support-error-until"));
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    match (kind, minutes, language) {
        (Some(kind), Some(duration_minutes), Some(language)) if problems.is_empty() => Ok((
            PlannedActivity {
                organizations,
                kind: SupportKindId::clone(&kind.id),
                topic,
                label: typed.label.clone(),
                duration_minutes,
                language,
                facilitator: typed.facilitator.clone(),
                facilitator_is_peer: typed.peer,
            },
            dates,
        )),
        _ => Err(problems),
    }
}
