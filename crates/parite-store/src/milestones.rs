//! Progress milestones. Every mark and unmark is a new row: the history is the record.

use sqlx::any::AnyRow;

use crate::catalog::InstrumentRef;
use crate::id_lists::{chunks, placeholders};
use crate::row::{integer, optional_text, parsed, small, text, time};
use crate::{OrgId, Store, StoreError, Timestamp, UserId};

/// What a history row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MilestoneAction {
    /// Marked done.
    Done,
    /// A previous mark withdrawn.
    Undone,
}

impl MilestoneAction {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneAction::Done => "done",
            MilestoneAction::Undone => "undone",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        match name {
            "done" => Some(MilestoneAction::Done),
            "undone" => Some(MilestoneAction::Undone),
            _ => None,
        }
    }
}

/// Which milestone: an item of a progress instrument, for one organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneMark {
    /// The organization.
    pub organization_id: OrgId,
    /// The progress instrument…
    pub instrument_id: String,
    /// …and the version the item is checked against.
    pub instrument_version: u32,
    /// The milestone item.
    pub item_id: String,
}

/// One row of a milestone's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneEvent {
    /// Its place in the history (increasing).
    pub id: i64,
    /// The organization.
    pub organization_id: OrgId,
    /// The progress instrument.
    pub instrument_id: String,
    /// Its version.
    pub instrument_version: u32,
    /// The milestone item.
    pub item_id: String,
    /// Done or undone.
    pub action: MilestoneAction,
    /// The day it was reached, `YYYY-MM-DD` (done rows only).
    pub done_on: Option<String>,
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

fn from_row(row: &AnyRow) -> Result<MilestoneEvent, StoreError> {
    Ok(MilestoneEvent {
        id: integer(row, "id")?,
        organization_id: OrgId::from(text(row, "organization_id")?),
        instrument_id: text(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        item_id: text(row, "item_id")?,
        action: parsed(row, "action", MilestoneAction::parse)?,
        done_on: optional_text(row, "done_on")?,
        evidence: text(row, "evidence")?,
        recorded_by: UserId::from(text(row, "recorded_by")?),
        recorded_at: time(row, "recorded_at")?,
    })
}

/// Accepts a calendar day as `YYYY-MM-DD`, the form that sorts as dates do.
fn check_day(day: &str) -> Result<(), StoreError> {
    let bytes = day.as_bytes();
    let number = |at: usize, len: usize| -> Option<u32> {
        let digits = bytes.get(at..at + len)?;
        digits.iter().try_fold(0, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let valid = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && number(0, 4).is_some()
        && number(5, 2).is_some_and(|month| (1..=12).contains(&month))
        && number(8, 2).is_some_and(|day| (1..=31).contains(&day));
    if valid {
        Ok(())
    } else {
        Err(StoreError::Invalid {
            what: "date",
            reason: format!("{day:?} is not YYYY-MM-DD"),
        })
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
        self.record_milestone(
            mark,
            MilestoneAction::Done,
            Some(done_on.to_owned()),
            evidence,
            by,
        )
        .await
    }

    /// Withdraws a milestone's mark, saying why; `NotFound` when it is not currently done.
    pub async fn undo_milestone(
        &self,
        mark: MilestoneMark,
        reason: &str,
        by: &UserId,
    ) -> Result<i64, StoreError> {
        self.record_milestone(mark, MilestoneAction::Undone, None, reason, by)
            .await
    }

    async fn record_milestone(
        &self,
        mark: MilestoneMark,
        action: MilestoneAction,
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
                if action == MilestoneAction::Undone {
                    let latest = sqlx::query(
                        "SELECT action FROM milestones WHERE organization_id = $1 \
                         AND instrument_id = $2 AND item_id = $3 ORDER BY id DESC LIMIT 1",
                    )
                    .bind(mark.organization_id.as_str())
                    .bind(mark.instrument_id.as_str())
                    .bind(mark.item_id.as_str())
                    .fetch_optional(&mut *c)
                    .await?;
                    let done = match &latest {
                        Some(row) => text(row, "action")? == "done",
                        None => false,
                    };
                    if !done {
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
                .bind(action.as_str())
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
        instrument_id: &str,
    ) -> Result<Vec<MilestoneEvent>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE m.organization_id = $1 AND m.instrument_id = $2 ORDER BY m.id"
        ))
        .bind(org.as_str())
        .bind(instrument_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// The milestones currently done (their latest row is a mark), by item.
    pub async fn milestones_done(
        &self,
        org: &OrgId,
        instrument_id: &str,
    ) -> Result<Vec<MilestoneEvent>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE m.organization_id = $1 AND m.instrument_id = $2 AND m.action = 'done' \
             AND m.id = (SELECT MAX(x.id) FROM milestones x WHERE x.organization_id = \
             m.organization_id AND x.instrument_id = m.instrument_id AND x.item_id = m.item_id) \
             ORDER BY m.item_id"
        ))
        .bind(org.as_str())
        .bind(instrument_id)
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
        instrument_id: &str,
    ) -> Result<Vec<MilestoneEvent>, StoreError> {
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
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(instrument_id);
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
            "２０２６-11-22",
            "",
        ] {
            assert!(check_day(bad).is_err(), "{bad}");
        }
    }
}
