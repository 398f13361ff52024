//! Progress milestones. Every mark and unmark is a new row: the history is the record.

use sqlx::any::AnyRow;

use parite_core::InstrumentId;

use crate::catalog::InstrumentRef;
use crate::id_lists::{chunks, placeholders};
use parite_core::ItemId;
use parite_core::stages::{Date, MilestoneEvent};

use crate::row::{corrupt, instrument_id, integer, optional_text, parsed, small, text, time};
use crate::{OrgId, Store, StoreError, Timestamp, UserId};

/// Which milestone: an item of a progress instrument, for one organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneMark {
    /// The organization.
    pub organization_id: OrgId,
    /// The progress instrument…
    pub instrument_id: InstrumentId,
    /// …and the version the item is checked against.
    pub instrument_version: u32,
    /// The milestone item.
    pub item_id: String,
}

/// One row of a milestone's history: the domain's event (which milestone, done or undone, on
/// which day — what stages and completion are computed from) with what the record adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRecord {
    /// Its place in the history (increasing).
    pub id: i64,
    /// The organization.
    pub organization_id: OrgId,
    /// The progress instrument.
    pub instrument_id: InstrumentId,
    /// Its version.
    pub instrument_version: u32,
    /// Done on the day reached, or undone on the day recorded.
    pub event: MilestoneEvent,
    /// The evidence (or, when undone, why).
    pub evidence: String,
    /// Who recorded it.
    pub recorded_by: UserId,
    /// When it was recorded.
    pub recorded_at: Timestamp,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT m.id, m.organization_id, m.instrument_id, m.instrument_version, m.item_id, \
             m.action, m.done_on, m.evidence, m.recorded_by, m.recorded_at FROM milestones m ",
            $rest
        )
    };
}

fn from_row(row: &AnyRow) -> Result<MilestoneRecord, StoreError> {
    let recorded_at = time(row, "recorded_at")?;
    let done = parsed(row, "action", |action| match action {
        "done" => Some(true),
        "undone" => Some(false),
        _ => None,
    })?;
    // A done row's day is the day the milestone was reached; an undo's, the day it was recorded.
    let on = if done {
        let day = optional_text(row, "done_on")?.unwrap_or_default();
        Date::parse_iso(&day).ok_or_else(|| corrupt("done_on", &day))?
    } else {
        let day = recorded_at.iso_date();
        Date::parse_iso(&day).ok_or_else(|| corrupt("recorded_at", &day))?
    };
    Ok(MilestoneRecord {
        id: integer(row, "id")?,
        organization_id: OrgId::from(text(row, "organization_id")?),
        instrument_id: instrument_id(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        event: MilestoneEvent {
            milestone: parsed(row, "item_id", |id| ItemId::parse(id).ok())?,
            done,
            on,
        },
        evidence: text(row, "evidence")?,
        recorded_by: UserId::from(text(row, "recorded_by")?),
        recorded_at,
    })
}

/// Accepts a calendar day as `YYYY-MM-DD` (the form that sorts as dates do), read as the domain
/// reads it: a day that does not exist (`2026-02-30`) is refused too.
fn check_day(day: &str) -> Result<(), StoreError> {
    match Date::parse_iso(day) {
        Some(_) => Ok(()),
        None => Err(StoreError::Invalid {
            what: "date",
            reason: format!("{day:?} is not YYYY-MM-DD"),
        }),
    }
}

impl Store {
    /// Marks a milestone done on `done_on` (`YYYY-MM-DD`); marking it again records a
    /// correction. Returns the history row's id.
    pub async fn mark_milestone(
        &self,
        mark: MilestoneMark,
        done_on: &str,
        evidence: &str,
        by: &UserId,
    ) -> Result<i64, StoreError> {
        check_day(done_on)?;
        self.record_milestone(mark, true, Some(done_on.to_owned()), evidence, by)
            .await
    }

    /// Withdraws a milestone's mark, saying why; `NotFound` when it is not currently done.
    pub async fn undo_milestone(
        &self,
        mark: MilestoneMark,
        reason: &str,
        by: &UserId,
    ) -> Result<i64, StoreError> {
        self.record_milestone(mark, false, None, reason, by).await
    }

    async fn record_milestone(
        &self,
        mark: MilestoneMark,
        done: bool,
        done_on: Option<String>,
        evidence: &str,
        by: &UserId,
    ) -> Result<i64, StoreError> {
        InstrumentRef {
            id: mark.instrument_id.clone(),
            version: mark.instrument_version,
        }
        .check_items(self.catalog().as_ref(), [mark.item_id.as_str()])?;
        let (evidence, by) = (evidence.to_owned(), by.clone());
        self.write(move |c| {
            Box::pin(async move {
                if !done {
                    let latest = sqlx::query(
                        "SELECT action FROM milestones WHERE organization_id = $1 \
                         AND instrument_id = $2 AND item_id = $3 ORDER BY id DESC LIMIT 1",
                    )
                    .bind(mark.organization_id.as_str())
                    .bind(mark.instrument_id.as_str())
                    .bind(mark.item_id.as_str())
                    .fetch_optional(&mut *c)
                    .await?;
                    let latest_done = match &latest {
                        Some(row) => text(row, "action")? == "done",
                        None => false,
                    };
                    if !latest_done {
                        return Err(StoreError::NotFound {
                            what: "done milestone",
                        });
                    }
                }
                let row = sqlx::query(
                    "INSERT INTO milestones (organization_id, instrument_id, instrument_version, \
                     item_id, action, done_on, evidence, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(mark.organization_id.as_str())
                .bind(mark.instrument_id.as_str())
                .bind(i64::from(mark.instrument_version))
                .bind(mark.item_id.as_str())
                .bind(if done { "done" } else { "undone" })
                .bind(done_on)
                .bind(evidence)
                .bind(by.as_str())
                .bind(Timestamp::now().unix())
                .fetch_one(&mut *c)
                .await?;
                integer(&row, "id")
            })
        })
        .await
    }

    /// Every mark and unmark of an organization's milestones on an instrument, oldest first.
    pub async fn milestone_history(
        &self,
        org: &OrgId,
        instrument_id: &InstrumentId,
    ) -> Result<Vec<MilestoneRecord>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE m.organization_id = $1 AND m.instrument_id = $2 ORDER BY m.id"
        ))
        .bind(org.as_str())
        .bind(instrument_id.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// The milestones currently done (their latest row is a mark), by item.
    pub async fn milestones_done(
        &self,
        org: &OrgId,
        instrument_id: &InstrumentId,
    ) -> Result<Vec<MilestoneRecord>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE m.organization_id = $1 AND m.instrument_id = $2 AND m.action = 'done' \
             AND m.id = (SELECT MAX(x.id) FROM milestones x WHERE x.organization_id = \
             m.organization_id AND x.instrument_id = m.instrument_id AND x.item_id = m.item_id) \
             ORDER BY m.item_id"
        ))
        .bind(org.as_str())
        .bind(instrument_id.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// The milestones currently done of each organization given, as
    /// [`milestones_done`](Self::milestones_done) gives them for one: an organization's rows
    /// together, in item order. One statement for up to a few hundred organizations.
    pub async fn milestones_done_of(
        &self,
        orgs: &[OrgId],
        instrument_id: &InstrumentId,
    ) -> Result<Vec<MilestoneRecord>, StoreError> {
        let mut done = Vec::new();
        for chunk in chunks(orgs) {
            let sql = format!(
                "{}WHERE m.organization_id IN ({}) AND m.instrument_id = $1 \
                 AND m.action = 'done' AND m.id = (SELECT MAX(x.id) FROM milestones x \
                 WHERE x.organization_id = m.organization_id \
                 AND x.instrument_id = m.instrument_id AND x.item_id = m.item_id) \
                 ORDER BY m.organization_id, m.item_id",
                select!(""),
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(instrument_id.as_str());
            for org in chunk {
                query = query.bind(org);
            }
            for row in query.fetch_all(self.pool()).await? {
                done.push(from_row(&row)?);
            }
        }
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::check_day;

    #[test]
    fn days_are_iso_dates() {
        assert!(check_day("2026-11-22").is_ok());
        for bad in [
            "2026-13-01",
            "2026-1-01",
            "22/11/2026",
            "2026-11-00",
            "2026-02-30",
            "２０２６-11-22",
            "",
        ] {
            assert!(check_day(bad).is_err(), "{bad}");
        }
    }
}
