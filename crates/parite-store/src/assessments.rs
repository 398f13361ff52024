//! Fidelity checklists: an evaluator's (or a consensus) rating of one organization for one wave.

use sqlx::AnyConnection;
use sqlx::any::AnyRow;

use parite_core::InstrumentId;

use crate::catalog::InstrumentRef;
use crate::id_lists::{chunks, placeholders};
use crate::ids::new_id;
use crate::responses::Status;
use crate::row::{instrument_id, optional_text, optional_time, parsed, small, text, time};
use crate::{
    AssessmentId, ItemRating, OrgId, Store, StoreError, SubmitOutcome, Timestamp, UserId, WaveId,
};

/// Whose assessment: one rater's, or the consensus agreed between raters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssessmentKind {
    /// One rater's own ratings.
    Rater,
    /// The ratings agreed after comparing raters'.
    Consensus,
}

impl AssessmentKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AssessmentKind::Rater => "rater",
            AssessmentKind::Consensus => "consensus",
        }
    }

    pub(crate) fn parse(name: &str) -> Option<Self> {
        match name {
            "rater" => Some(AssessmentKind::Rater),
            "consensus" => Some(AssessmentKind::Consensus),
            _ => None,
        }
    }
}

/// An assessment (its ratings come from [`Store::ratings`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Its id.
    pub id: AssessmentId,
    /// The organization assessed.
    pub organization_id: OrgId,
    /// The wave (period) it belongs to.
    pub wave_id: WaveId,
    /// The checklist…
    pub instrument_id: InstrumentId,
    /// …and its version.
    pub instrument_version: u32,
    /// Who rated.
    pub rater_id: UserId,
    /// Rater or consensus.
    pub kind: AssessmentKind,
    /// Draft or submitted.
    pub status: Status,
    /// When it was created.
    pub created_at: Timestamp,
    /// When its ratings last changed.
    pub updated_at: Timestamp,
    /// When it was submitted.
    pub submitted_at: Option<Timestamp>,
}

/// A wave's consensus as reports read it: the assessment and its ratings, by item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consensus {
    /// The latest submitted consensus assessment of the wave.
    pub assessment: Assessment,
    /// Its ratings, as [`Store::ratings`] gives them.
    pub ratings: Vec<ItemRating>,
}

/// What creating an assessment needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    /// The organization assessed.
    pub organization_id: OrgId,
    /// A wave of that organization.
    pub wave_id: WaveId,
    /// The checklist…
    pub instrument_id: InstrumentId,
    /// …and its version.
    pub instrument_version: u32,
    /// Who rates.
    pub rater_id: UserId,
    /// Rater or consensus.
    pub kind: AssessmentKind,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, organization_id, wave_id, instrument_id, instrument_version, rater_id, \
             kind, status, created_at, updated_at, submitted_at FROM assessments ",
            $rest
        )
    };
}

fn from_row(row: &AnyRow) -> Result<Assessment, StoreError> {
    Ok(Assessment {
        id: AssessmentId::from(text(row, "id")?),
        organization_id: OrgId::from(text(row, "organization_id")?),
        wave_id: WaveId::from(text(row, "wave_id")?),
        instrument_id: instrument_id(row, "instrument_id")?,
        instrument_version: small(row, "instrument_version")?,
        rater_id: UserId::from(text(row, "rater_id")?),
        kind: parsed(row, "kind", AssessmentKind::parse)?,
        status: parsed(row, "status", Status::parse)?,
        created_at: time(row, "created_at")?,
        updated_at: time(row, "updated_at")?,
        submitted_at: optional_time(row, "submitted_at")?,
    })
}

pub(crate) async fn status_and_instrument(
    c: &mut AnyConnection,
    id: &AssessmentId,
) -> Result<(Status, InstrumentRef), StoreError> {
    let row = sqlx::query(
        "SELECT status, instrument_id, instrument_version FROM assessments WHERE id = $1",
    )
    .bind(id.as_str())
    .fetch_optional(&mut *c)
    .await?
    .ok_or(StoreError::NotFound { what: "assessment" })?;
    let instrument = InstrumentRef {
        id: instrument_id(&row, "instrument_id")?,
        version: small(&row, "instrument_version")?,
    };
    Ok((parsed(&row, "status", Status::parse)?, instrument))
}

impl Store {
    /// Creates a draft assessment; the wave must belong to the organization.
    pub async fn create_assessment(&self, new: NewAssessment) -> Result<AssessmentId, StoreError> {
        InstrumentRef {
            id: new.instrument_id.clone(),
            version: new.instrument_version,
        }
        .check_known(self.catalog().as_ref())?;
        let id = new_id()?;
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                sqlx::query(
                    "INSERT INTO assessments (id, organization_id, wave_id, instrument_id, \
                     instrument_version, rater_id, kind, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8, $8)",
                )
                .bind(&id)
                .bind(new.organization_id.as_str())
                .bind(new.wave_id.as_str())
                .bind(new.instrument_id.to_string())
                .bind(i64::from(new.instrument_version))
                .bind(new.rater_id.as_str())
                .bind(new.kind.as_str())
                .bind(now)
                .execute(&mut *c)
                .await?;
                Ok(AssessmentId::from(id))
            })
        })
        .await
    }

    /// Submits an assessment: its ratings become final. A second submission answers
    /// `Ok(AlreadySubmitted)`.
    pub async fn submit_assessment(&self, id: &AssessmentId) -> Result<SubmitOutcome, StoreError> {
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                let done = sqlx::query(
                    "UPDATE assessments SET status = 'submitted', submitted_at = $2, \
                     updated_at = $2 WHERE id = $1 AND status = 'draft'",
                )
                .bind(id.as_str())
                .bind(now)
                .execute(&mut *c)
                .await?;
                if done.rows_affected() > 0 {
                    return Ok(SubmitOutcome::Submitted);
                }
                status_and_instrument(c, &id).await?;
                Ok(SubmitOutcome::AlreadySubmitted)
            })
        })
        .await
    }

    /// The assessment with this id.
    pub async fn assessment(&self, id: &AssessmentId) -> Result<Option<Assessment>, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// An organization's assessments for a wave, oldest first.
    pub async fn assessments_of(
        &self,
        org: &OrgId,
        wave: &WaveId,
    ) -> Result<Vec<Assessment>, StoreError> {
        let rows = sqlx::query(select!(
            "WHERE organization_id = $1 AND wave_id = $2 ORDER BY created_at, id"
        ))
        .bind(org.as_str())
        .bind(wave.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// For each wave of the organizations given, the consensus its reports use: of the
    /// submitted consensus assessments on checklist `instrument_id`, the latest by creation
    /// time then id (the last of them in [`assessments_of`](Self::assessments_of)), with its
    /// ratings. A wave without one is left out. An organization's waves come together, in
    /// wave id order. One statement for up to a few hundred organizations, where reading
    /// wave by wave took two per wave.
    pub async fn latest_consensus(
        &self,
        orgs: &[OrgId],
        instrument_id: &InstrumentId,
    ) -> Result<Vec<Consensus>, StoreError> {
        let mut found: Vec<Consensus> = Vec::new();
        for chunk in chunks(orgs) {
            let sql = format!(
                "SELECT a.id, a.organization_id, a.wave_id, a.instrument_id, \
                 a.instrument_version, a.rater_id, a.kind, a.status, a.created_at, a.updated_at, \
                 a.submitted_at, r.item_id, r.value, r.evidence, r.sources \
                 FROM assessments a LEFT JOIN ratings r ON r.assessment_id = a.id \
                 WHERE a.organization_id IN ({}) AND a.instrument_id = $1 \
                 AND a.kind = 'consensus' AND a.status = 'submitted' \
                 AND NOT EXISTS (SELECT 1 FROM assessments later \
                   WHERE later.organization_id = a.organization_id \
                   AND later.wave_id = a.wave_id AND later.instrument_id = a.instrument_id \
                   AND later.kind = 'consensus' AND later.status = 'submitted' \
                   AND (later.created_at > a.created_at \
                     OR (later.created_at = a.created_at AND later.id > a.id))) \
                 ORDER BY a.organization_id, a.wave_id, r.item_id",
                placeholders(2, chunk.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(instrument_id.as_str());
            for org in chunk {
                query = query.bind(org);
            }
            for row in query.fetch_all(self.pool()).await? {
                let id = text(&row, "id")?;
                let same = found
                    .last()
                    .is_some_and(|last| last.assessment.id.as_str() == id);
                if !same {
                    found.push(Consensus {
                        assessment: from_row(&row)?,
                        ratings: Vec::new(),
                    });
                }
                // A consensus without ratings comes as one row with no item.
                if let (Some(item_id), Some(consensus)) =
                    (optional_text(&row, "item_id")?, found.last_mut())
                {
                    consensus.ratings.push(ItemRating {
                        item_id,
                        value: parsed(&row, "value", parite_core::Rating::from_code)?,
                        evidence: text(&row, "evidence")?,
                        sources: parsed(&row, "sources", crate::ratings::sources_from_code)?,
                    });
                }
            }
        }
        Ok(found)
    }
}
