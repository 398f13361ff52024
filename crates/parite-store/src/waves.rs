//! Waves: one organization surveyed on one instrument version over a period.

use sqlx::any::AnyRow;

use parite_core::InstrumentId;

use crate::catalog::InstrumentRef;
use crate::ids::new_id;
use crate::row::{instrument_id, non_blank, optional_time, parsed, small, text, time};
use crate::{OrgId, Store, StoreError, Timestamp, WaveId};

/// Whether a wave takes new responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaveStatus {
    /// New responses may start.
    Open,
    /// Closed: no new response starts.
    Closed,
}

impl WaveStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            WaveStatus::Open => "open",
            WaveStatus::Closed => "closed",
        }
    }

    fn parse(name: &str) -> Option<WaveStatus> {
        match name {
            "open" => Some(WaveStatus::Open),
            "closed" => Some(WaveStatus::Closed),
            _ => None,
        }
    }
}

/// A wave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wave {
    /// Its id.
    pub id: WaveId,
    /// The organization surveyed.
    pub organization_id: OrgId,
    /// The instrument answered…
    pub instrument_id: InstrumentId,
    /// …in this version, pinned when the wave opened.
    pub instrument_version: u32,
    /// Its name, e.g. "Automne 2026".
    pub label: String,
    /// When it opened.
    pub opens_at: Timestamp,
    /// When it closed, or is planned to.
    pub closes_at: Option<Timestamp>,
    /// Open or closed.
    pub status: WaveStatus,
    /// When it was created.
    pub created_at: Timestamp,
    /// Days after closing during which drafts started before it can still be submitted.
    pub grace_days: u32,
    /// The team it surveys, once an administrator records it: what a response rate is out of.
    pub team: Option<crate::Team>,
}

/// The grace period of a wave unless one is chosen.
pub const DEFAULT_GRACE_DAYS: u32 = 7;

/// The longest grace period a wave may have.
pub const MAX_GRACE_DAYS: u32 = 365;

impl Wave {
    /// When its grace period ends (or will): drafts started before the closing may be saved and
    /// submitted until then. Closing by hand sets `closes_at` to the time of closing.
    pub fn grace_ends_at(&self) -> Option<Timestamp> {
        self.closes_at
            .map(|at| at.plus_days(i64::from(self.grace_days)))
    }
}

/// What opening a wave needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWave {
    /// The organization surveyed.
    pub organization_id: OrgId,
    /// The instrument…
    pub instrument_id: InstrumentId,
    /// …and the version answers will be stored against.
    pub instrument_version: u32,
    /// Its name.
    pub label: String,
    /// When it opens.
    pub opens_at: Timestamp,
    /// When it is planned to close, if known.
    pub closes_at: Option<Timestamp>,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, organization_id, instrument_id, instrument_version, label, opens_at, \
             closes_at, status, created_at, grace_days, team_members, team_peers FROM waves ",
            $rest
        )
    };
}

pub(crate) fn from_row(row: &AnyRow) -> Result<Wave, StoreError> {
    Ok(Wave {
        id: WaveId::from(text(row, "id")?),
        organization_id: OrgId::from(text(row, "organization_id")?),
        instrument_id: instrument_id(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        label: text(row, "label")?,
        opens_at: time(row, "opens_at")?,
        closes_at: optional_time(row, "closes_at")?,
        status: parsed(row, "status", WaveStatus::parse)?,
        created_at: time(row, "created_at")?,
        grace_days: small(row, "grace_days")?,
        team: crate::teams::team_of(row)?,
    })
}

impl Store {
    /// Opens a wave; `UnknownInstrument` when the catalog does not know the version. Inside
    /// [`Store::audited`], the pending line's target (the organization) gains `/<wave id>`,
    /// known only here, and commits with the wave.
    pub async fn open_wave(&self, new: NewWave) -> Result<WaveId, StoreError> {
        non_blank("wave label", &new.label)?;
        let instrument = InstrumentRef {
            id: new.instrument_id.clone(),
            version: new.instrument_version,
        };
        instrument.check_known(self.catalog().as_ref())?;
        let id = new_id()?;
        let line = crate::audited::take_pending().map(|line| line.with_target_suffix(&id));
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO waves (id, organization_id, instrument_id, instrument_version, \
                     label, opens_at, closes_at, status, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8)",
                )
                .bind(&id)
                .bind(new.organization_id.as_str())
                .bind(new.instrument_id.to_string())
                .bind(i64::from(new.instrument_version))
                .bind(new.label)
                .bind(new.opens_at.unix())
                .bind(new.closes_at.map(Timestamp::unix))
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                if let Some(line) = line {
                    line.insert(c).await?;
                }
                Ok(WaveId::from(id))
            })
        })
        .await
    }

    /// Closes a wave at `at` (idempotent: a closed wave keeps its closing time).
    pub async fn close_wave(&self, id: &WaveId, at: Timestamp) -> Result<(), StoreError> {
        self.close_wave_with_grace(id, at, None).await
    }

    /// Closes a wave at `at`, with a grace period of `grace_days` for the drafts started before
    /// (`None` keeps the wave's). A closed wave keeps its closing time and grace period.
    pub async fn close_wave_with_grace(
        &self,
        id: &WaveId,
        at: Timestamp,
        grace_days: Option<u32>,
    ) -> Result<(), StoreError> {
        check_grace(grace_days)?;
        let id = id.clone();
        let closed = self
            .write(move |c| {
                Box::pin(async move {
                    let done = sqlx::query(
                        "UPDATE waves SET status = 'closed', closes_at = $2, \
                         grace_days = COALESCE($3, grace_days) \
                         WHERE id = $1 AND status = 'open'",
                    )
                    .bind(id.as_str())
                    .bind(at.unix())
                    .bind(grace_days.map(i64::from))
                    .execute(&mut *c)
                    .await?;
                    if done.rows_affected() == 0 {
                        let exists = sqlx::query("SELECT 1 FROM waves WHERE id = $1")
                            .bind(id.as_str())
                            .fetch_optional(&mut *c)
                            .await?;
                        if exists.is_none() {
                            return Err(StoreError::NotFound { what: "wave" });
                        }
                    }
                    Ok(())
                })
            })
            .await;
        self.entries().forget_all();
        closed
    }

    /// Opens a closed wave again (an administrator undoing a close): new responses may start,
    /// and it has no planned closing any more. `false` when it was not closed.
    pub async fn reopen_wave(&self, id: &WaveId) -> Result<bool, StoreError> {
        let id = id.clone();
        let reopened = self
            .write(move |c| {
                Box::pin(async move {
                    let done = sqlx::query(
                        "UPDATE waves SET status = 'open', closes_at = NULL \
                         WHERE id = $1 AND status = 'closed'",
                    )
                    .bind(id.as_str())
                    .execute(&mut *c)
                    .await?;
                    Ok(done.rows_affected() > 0)
                })
            })
            .await;
        self.entries().forget_all();
        reopened
    }

    /// Sets a wave's grace period, in days after its closing.
    pub async fn set_grace_days(&self, id: &WaveId, grace_days: u32) -> Result<(), StoreError> {
        check_grace(Some(grace_days))?;
        let id = id.clone();
        let set = self
            .write(move |c| {
                Box::pin(async move {
                    let done = sqlx::query("UPDATE waves SET grace_days = $2 WHERE id = $1")
                        .bind(id.as_str())
                        .bind(i64::from(grace_days))
                        .execute(&mut *c)
                        .await?;
                    if done.rows_affected() == 0 {
                        return Err(StoreError::NotFound { what: "wave" });
                    }
                    Ok(())
                })
            })
            .await;
        self.entries().forget_all();
        set
    }

    /// An organization's waves, newest first.
    pub async fn waves_of(&self, org: &OrgId) -> Result<Vec<Wave>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE organization_id = $1 ORDER BY opens_at DESC, created_at DESC, id"
        ))
        .bind(org.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// The wave with this id.
    pub async fn wave(&self, id: &WaveId) -> Result<Option<Wave>, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }
}

fn check_grace(grace_days: Option<u32>) -> Result<(), StoreError> {
    match grace_days {
        Some(days) if days > MAX_GRACE_DAYS => Err(StoreError::Invalid {
            what: "grace period",
            reason: format!("{days} days is more than {MAX_GRACE_DAYS}"),
        }),
        _ => Ok(()),
    }
}
