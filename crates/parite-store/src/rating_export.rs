//! Checklist ratings as an export reads them: every rating of every assessment of the
//! organizations asked for, with what it belongs to, streamed in batches so that memory stays
//! flat whatever the number of assessments.

use std::collections::BTreeSet;

use futures_util::Stream;
use sqlx::Row;
use sqlx::any::AnyRow;

use parite_core::{EvidenceSource, Rating};

use crate::assessments::AssessmentKind;
use crate::export::{any_batches, flatten};
use crate::responses::Status;
use crate::row::parsed;
use crate::{OrgId, Store, StoreError, Timestamp};

/// Which ratings to read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RatingFilter {
    /// Only this organization's.
    pub organization: Option<OrgId>,
    /// Only raters' own, or only consensus ratings; both when `None`.
    pub kind: Option<AssessmentKind>,
    /// Only submitted assessments' (a draft is a rater's work in progress).
    pub submitted_only: bool,
}

/// One rating with its assessment, organization, wave and rater.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingExportRow {
    pub assessment_id: String,
    pub organization_slug: String,
    pub wave_label: String,
    /// The checklist…
    pub instrument_id: String,
    /// …and the version rated.
    pub instrument_version: u32,
    pub kind: AssessmentKind,
    pub status: Status,
    /// Who rated: the account's email address (evaluators are staff, not respondents).
    pub rater: String,
    pub submitted_at: Option<Timestamp>,
    pub item_id: String,
    pub value: Rating,
    pub evidence: String,
    pub sources: BTreeSet<EvidenceSource>,
}

/// Read by position, in the SELECT's order.
fn from_row(row: &AnyRow) -> Result<RatingExportRow, StoreError> {
    let version: i64 = row.try_get(4)?;
    Ok(RatingExportRow {
        assessment_id: row.try_get(0)?,
        organization_slug: row.try_get(1)?,
        wave_label: row.try_get(2)?,
        instrument_id: row.try_get(3)?,
        instrument_version: u32::try_from(version).map_err(|_| StoreError::Invalid {
            what: "stored value",
            reason: format!("instrument_version {version}"),
        })?,
        kind: parsed(row, "kind", AssessmentKind::parse)?,
        status: parsed(row, "status", Status::parse)?,
        rater: row.try_get(7)?,
        submitted_at: row.try_get::<Option<i64>, _>(8)?.map(Timestamp::from_unix),
        item_id: row.try_get(9)?,
        value: parsed(row, "value", Rating::from_code)?,
        evidence: row.try_get(11)?,
        sources: parsed(row, "sources", crate::ratings::sources_from_code)?,
    })
}

fn statement(filter: &RatingFilter) -> (String, Vec<String>) {
    let mut sql = String::from(
        "SELECT a.id, o.slug, w.label, a.instrument_id, a.instrument_version, a.kind, a.status, \
         u.email, a.submitted_at, r.item_id, r.value, r.evidence, r.sources \
         FROM assessments a \
         JOIN ratings r ON r.assessment_id = a.id \
         JOIN waves w ON w.id = a.wave_id \
         JOIN organizations o ON o.id = a.organization_id \
         JOIN users u ON u.id = a.rater_id \
         WHERE 1 = 1",
    );
    let mut values = Vec::new();
    if let Some(org) = &filter.organization {
        values.push(org.as_str().to_owned());
        sql.push_str(&format!(" AND a.organization_id = ${}", values.len()));
    }
    if let Some(kind) = filter.kind {
        values.push(kind.as_str().to_owned());
        sql.push_str(&format!(" AND a.kind = ${}", values.len()));
    }
    if filter.submitted_only {
        sql.push_str(" AND a.status = 'submitted'");
    }
    // An assessment's rows together, so that a wide export writes one line per assessment.
    sql.push_str(" ORDER BY o.slug, w.opens_at, a.created_at, a.id, r.item_id");
    (sql, values)
}

impl Store {
    /// Every rating the filter selects, an assessment's ratings together (organization, wave
    /// opening, assessment creation order), item by item.
    pub fn stream_ratings(
        &self,
        filter: &RatingFilter,
    ) -> impl Stream<Item = Result<RatingExportRow, StoreError>> + Send + 'static {
        flatten(any_batches(
            self.pool().clone(),
            statement(filter),
            from_row,
        ))
    }
}
