//! The schedule of support: activities planned for one or several organizations, then marked
//! delivered with each organization's attendance (counts of peers and staff, never names) or
//! cancelled with a reason. The kinds and topics are checked by the caller against
//! `parite_core::support::SupportKinds` (the store keeps their codes); everything else —
//! dates, durations, counts, states — is checked here and by the schema.

use std::collections::BTreeMap;

use parite_core::stages::Date;
use parite_core::support::{ActivityState, Attendance, SessionLanguage};
use parite_core::{SupportKindId, TopicId};
use sqlx::any::AnyRow;

use crate::id_lists::{chunks, placeholders};
use crate::ids::new_id;
use crate::row::{integer, optional_text, parsed, text};
use crate::{OrgId, Store, StoreError, SupportActivityId, Timestamp, UserId};

/// One row per (activity, organization), ordered so each activity's rows come together.
macro_rules! select_activities {
    () => {
        "SELECT s.id, s.series_id, s.kind, s.topic, s.label, s.planned_on, s.duration_minutes, \
         s.language, s.facilitator, s.facilitator_is_peer, s.status, s.delivered_on, \
         s.cancel_reason, t.organization_id, t.peers, t.staff, t.wrap_completed \
         FROM support_activities s JOIN support_attendance t ON t.activity_id = s.id "
    };
}

/// What planning an activity (or each session of a series) needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedActivity {
    /// The organizations it is for (several for a shared training); at least one.
    pub organizations: Vec<OrgId>,
    pub kind: SupportKindId,
    pub topic: Option<TopicId>,
    /// The evaluator's own name for it, for kinds that are named ("other"); else empty.
    pub label: String,
    pub duration_minutes: u32,
    pub language: SessionLanguage,
    /// Who gives it, as the evaluator writes it.
    pub facilitator: String,
    /// Whether the facilitator is a peer (a person with lived experience).
    pub facilitator_is_peer: bool,
}

/// An activity of the schedule, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportActivity {
    pub id: SupportActivityId,
    /// The activities planned together as one series share it.
    pub series_id: Option<String>,
    pub kind: SupportKindId,
    pub topic: Option<TopicId>,
    pub label: String,
    pub planned_on: Date,
    pub duration_minutes: u32,
    pub language: SessionLanguage,
    pub facilitator: String,
    pub facilitator_is_peer: bool,
    pub state: ActivityState,
    /// Each organization it is for, with who came once delivered.
    pub attendance: BTreeMap<OrgId, Option<Attendance>>,
}

/// The longest activity: ten days of eight hours.
const MOST_MINUTES: u32 = 14_400;
/// The longest texts the schema keeps.
const MOST_NAME_CHARS: usize = 200;
const MOST_REASON_CHARS: usize = 500;
/// The most people of one organization counted at one activity.
const MOST_ATTENDING: u32 = 10_000;

fn invalid(what: &'static str, reason: impl Into<String>) -> StoreError {
    StoreError::Invalid {
        what,
        reason: reason.into(),
    }
}

fn check_text(what: &'static str, value: &str, most: usize) -> Result<(), StoreError> {
    match value.chars().count() {
        n if n > most => Err(invalid(what, format!("{n} characters, at most {most}"))),
        _ => Ok(()),
    }
}

impl PlannedActivity {
    fn check(&self) -> Result<(), StoreError> {
        if self.organizations.is_empty() {
            return Err(invalid("support activity", "it is for no organization"));
        }
        if !(1..=MOST_MINUTES).contains(&self.duration_minutes) {
            return Err(invalid(
                "duration",
                format!("{} minutes, not 1 to {MOST_MINUTES}", self.duration_minutes),
            ));
        }
        check_text("label", &self.label, MOST_NAME_CHARS)?;
        check_text("facilitator", &self.facilitator, MOST_NAME_CHARS)
    }
}

impl Store {
    /// Plans an activity on each of `dates` (one, or every session of a series, which then
    /// share a series id), all in one transaction; returns their ids in date order.
    pub async fn plan_support(
        &self,
        plan: PlannedActivity,
        dates: &[Date],
        by: Option<&UserId>,
    ) -> Result<Vec<SupportActivityId>, StoreError> {
        plan.check()?;
        if dates.is_empty() {
            return Err(invalid("support activity", "no date to plan it on"));
        }
        let mut dates = dates.to_vec();
        dates.sort();
        let ids = dates
            .iter()
            .map(|_| new_id().map(SupportActivityId::from))
            .collect::<Result<Vec<_>, _>>()?;
        let series = if dates.len() > 1 {
            Some(new_id()?)
        } else {
            None
        };
        let by = by.map(|user| user.as_str().to_owned());
        let planned = ids.clone();
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                for (id, date) in ids.iter().zip(&dates) {
                    sqlx::query(
                        "INSERT INTO support_activities (id, series_id, kind, topic, label, \
                         planned_on, duration_minutes, language, facilitator, \
                         facilitator_is_peer, created_by, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
                    )
                    .bind(id.as_str())
                    .bind(series.as_deref())
                    .bind(plan.kind.as_str())
                    .bind(plan.topic.as_ref().map(TopicId::as_str))
                    .bind(plan.label.as_str())
                    .bind(date.to_string())
                    .bind(i64::from(plan.duration_minutes))
                    .bind(plan.language.code())
                    .bind(plan.facilitator.as_str())
                    .bind(i64::from(plan.facilitator_is_peer))
                    .bind(by.as_deref())
                    .bind(now)
                    .execute(&mut *c)
                    .await?;
                    for org in &plan.organizations {
                        sqlx::query(
                            "INSERT INTO support_attendance (activity_id, organization_id) \
                             VALUES ($1, $2)",
                        )
                        .bind(id.as_str())
                        .bind(org.as_str())
                        .execute(&mut *c)
                        .await?;
                    }
                }
                Ok(())
            })
        })
        .await?;
        Ok(planned)
    }

    /// Marks a planned (or cancelled) activity delivered on `on`, with the attendance of each
    /// of its organizations; an organization it is not for is refused, and every one must be
    /// counted. Marking it again corrects the day and the counts.
    pub async fn deliver_support(
        &self,
        id: &SupportActivityId,
        on: Date,
        attendance: BTreeMap<OrgId, Attendance>,
    ) -> Result<(), StoreError> {
        for counts in attendance.values() {
            if counts.peers > MOST_ATTENDING || counts.staff > MOST_ATTENDING {
                return Err(invalid("attendance", format!("more than {MOST_ATTENDING}")));
            }
            counts
                .check()
                .map_err(|_| invalid("attendance", "more peers completed WRAP than came"))?;
        }
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let rows = sqlx::query(
                    "SELECT organization_id FROM support_attendance WHERE activity_id = $1",
                )
                .bind(id.as_str())
                .fetch_all(&mut *c)
                .await?;
                if rows.is_empty() {
                    return Err(StoreError::NotFound {
                        what: "support activity",
                    });
                }
                let expected = rows
                    .iter()
                    .map(|row| text(row, "organization_id").map(OrgId::from))
                    .collect::<Result<Vec<_>, _>>()?;
                if attendance.keys().ne(expected_sorted(&expected).iter()) {
                    return Err(invalid(
                        "attendance",
                        "each organization the activity is for is counted, and only those",
                    ));
                }
                for (org, counts) in &attendance {
                    sqlx::query(
                        "UPDATE support_attendance SET peers = $3, staff = $4, \
                         wrap_completed = $5 WHERE activity_id = $1 AND organization_id = $2",
                    )
                    .bind(id.as_str())
                    .bind(org.as_str())
                    .bind(i64::from(counts.peers))
                    .bind(i64::from(counts.staff))
                    .bind(counts.wrap_completed.map(i64::from))
                    .execute(&mut *c)
                    .await?;
                }
                sqlx::query(
                    "UPDATE support_activities SET status = 'delivered', delivered_on = $2, \
                     cancel_reason = NULL, updated_at = $3 WHERE id = $1",
                )
                .bind(id.as_str())
                .bind(on.to_string())
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Cancels an activity, saying why; its attendance, if any was counted, is forgotten.
    pub async fn cancel_support(
        &self,
        id: &SupportActivityId,
        reason: &str,
    ) -> Result<(), StoreError> {
        let reason = reason.trim().to_owned();
        if reason.is_empty() {
            return Err(invalid("reason", "a cancellation says why"));
        }
        check_text("reason", &reason, MOST_REASON_CHARS)?;
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "UPDATE support_activities SET status = 'cancelled', cancel_reason = $2, \
                     delivered_on = NULL, updated_at = $3 WHERE id = $1",
                )
                .bind(id.as_str())
                .bind(reason)
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound {
                        what: "support activity",
                    });
                }
                sqlx::query(
                    "UPDATE support_attendance SET peers = NULL, staff = NULL, \
                     wrap_completed = NULL WHERE activity_id = $1",
                )
                .bind(id.as_str())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// One activity.
    pub async fn support_activity(
        &self,
        id: &SupportActivityId,
    ) -> Result<Option<SupportActivity>, StoreError> {
        let rows = sqlx::query(concat!(select_activities!(), "WHERE s.id = $1"))
            .bind(id.as_str())
            .fetch_all(self.pool())
            .await?;
        Ok(activities_of(&rows)?.into_iter().next())
    }

    /// Every activity for any of `orgs`, by planned date then id; each with the attendance of
    /// all its organizations (a caller shows only those the reader may see).
    pub async fn support_for(&self, orgs: &[OrgId]) -> Result<Vec<SupportActivity>, StoreError> {
        let mut activities: BTreeMap<SupportActivityId, SupportActivity> = BTreeMap::new();
        for chunk in chunks(orgs) {
            let sql = format!(
                concat!(
                    select_activities!(),
                    "WHERE s.id IN (SELECT activity_id FROM support_attendance \
                     WHERE organization_id IN ({}))"
                ),
                placeholders(1, chunk.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for org in &chunk {
                query = query.bind(*org);
            }
            for activity in activities_of(&query.fetch_all(self.pool()).await?)? {
                activities.insert(activity.id.clone(), activity);
            }
        }
        let mut all: Vec<SupportActivity> = activities.into_values().collect();
        all.sort_by(|a, b| (a.planned_on, &a.id).cmp(&(b.planned_on, &b.id)));
        Ok(all)
    }
}

fn expected_sorted(orgs: &[OrgId]) -> Vec<OrgId> {
    let mut sorted = orgs.to_vec();
    sorted.sort();
    sorted
}

fn date(row: &AnyRow, column: &str) -> Result<Date, StoreError> {
    parsed(row, column, Date::parse_iso)
}

fn count(row: &AnyRow, column: &str) -> Result<Option<u32>, StoreError> {
    let value: Option<i64> = sqlx::Row::try_get(row, column)?;
    value
        .map(|n| u32::try_from(n).map_err(|_| crate::row::corrupt(column, &n.to_string())))
        .transpose()
}

fn activities_of(rows: &[AnyRow]) -> Result<Vec<SupportActivity>, StoreError> {
    let mut by_id: BTreeMap<String, SupportActivity> = BTreeMap::new();
    for row in rows {
        let id = text(row, "id")?;
        let org = OrgId::from(text(row, "organization_id")?);
        let counted = match (count(row, "peers")?, count(row, "staff")?) {
            (Some(peers), Some(staff)) => Some(Attendance {
                peers,
                staff,
                wrap_completed: count(row, "wrap_completed")?,
            }),
            _ => None,
        };
        if let Some(activity) = by_id.get_mut(&id) {
            activity.attendance.insert(org, counted);
            continue;
        }
        let state = match text(row, "status")?.as_str() {
            "planned" => ActivityState::Planned,
            "delivered" => ActivityState::Delivered {
                on: date(row, "delivered_on")?,
            },
            _ => ActivityState::Cancelled {
                reason: optional_text(row, "cancel_reason")?.unwrap_or_default(),
            },
        };
        let activity = SupportActivity {
            id: SupportActivityId::from(id.clone()),
            series_id: optional_text(row, "series_id")?,
            kind: parsed(row, "kind", |k| SupportKindId::parse(k).ok())?,
            topic: optional_text(row, "topic")?
                .map(|t| TopicId::parse(&t).map_err(|_| crate::row::corrupt("topic", &t)))
                .transpose()?,
            label: text(row, "label")?,
            planned_on: date(row, "planned_on")?,
            duration_minutes: count(row, "duration_minutes")?.unwrap_or_default(),
            language: parsed(row, "language", SessionLanguage::from_code)?,
            facilitator: text(row, "facilitator")?,
            facilitator_is_peer: integer(row, "facilitator_is_peer")? == 1,
            state,
            attendance: BTreeMap::from([(org, counted)]),
        };
        by_id.insert(id, activity);
    }
    Ok(by_id.into_values().collect())
}
