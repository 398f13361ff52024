//! A checklist's ratings: one per item, with the evidence it rests on and where that evidence
//! comes from.

use std::collections::BTreeSet;

use parite_core::{EvidenceSource, Rating};

use crate::assessments::status_and_instrument;
use crate::responses::Status;
use crate::row::{parsed, text};
use crate::{AssessmentId, Store, StoreError, Timestamp};

/// One item's rating with its evidence. The rating is core's; it is stored as its code
/// (`0`, `1`, `2` or `na`, see [`Rating::code`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRating {
    /// The checklist item.
    pub item_id: String,
    /// The rating.
    pub value: Rating,
    /// What the rating rests on.
    pub evidence: String,
    /// Where that evidence comes from; empty when not recorded (every rating given before
    /// sources were asked for).
    pub sources: BTreeSet<EvidenceSource>,
}

/// The stored form of `sources`: their codes, comma-separated, in [`EvidenceSource`]'s order.
pub(crate) fn sources_code(sources: &BTreeSet<EvidenceSource>) -> String {
    sources
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads a stored `sources` back; `None` if a code is unknown (a corrupt row, not guessed at).
pub(crate) fn sources_from_code(stored: &str) -> Option<BTreeSet<EvidenceSource>> {
    stored
        .split(',')
        .filter(|code| !code.is_empty())
        .map(EvidenceSource::from_code)
        .collect()
}

impl Store {
    /// Saves ratings: each given item's rating, evidence and sources replace its previous ones;
    /// other items keep theirs (a checklist can be filled page by page).
    pub async fn save_ratings(
        &self,
        id: &AssessmentId,
        ratings: Vec<ItemRating>,
    ) -> Result<(), StoreError> {
        let catalog = self.catalog();
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let (status, instrument) = status_and_instrument(c, &id).await?;
                if status == Status::Submitted {
                    return Err(StoreError::Final { what: "assessment" });
                }
                instrument
                    .check_items(catalog.as_ref(), ratings.iter().map(|r| r.item_id.as_str()))?;
                for rating in &ratings {
                    sqlx::query(
                        "INSERT INTO ratings (assessment_id, item_id, value, evidence, sources) \
                         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (assessment_id, item_id) \
                         DO UPDATE SET value = excluded.value, evidence = excluded.evidence, \
                         sources = excluded.sources",
                    )
                    .bind(id.as_str())
                    .bind(rating.item_id.as_str())
                    .bind(rating.value.code())
                    .bind(rating.evidence.as_str())
                    .bind(sources_code(&rating.sources))
                    .execute(&mut *c)
                    .await?;
                }
                sqlx::query("UPDATE assessments SET updated_at = $2 WHERE id = $1")
                    .bind(id.as_str())
                    .bind(Timestamp::now().unix())
                    .execute(&mut *c)
                    .await?;
                Ok(())
            })
        })
        .await
    }

    /// An assessment's ratings, by item.
    pub async fn ratings(&self, id: &AssessmentId) -> Result<Vec<ItemRating>, StoreError> {
        let rows = sqlx::query(
            "SELECT item_id, value, evidence, sources FROM ratings WHERE assessment_id = $1 \
             ORDER BY item_id",
        )
        .bind(id.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ItemRating {
                    item_id: text(row, "item_id")?,
                    value: parsed(row, "value", Rating::from_code)?,
                    evidence: text(row, "evidence")?,
                    sources: parsed(row, "sources", sources_from_code)?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_stored_in_one_order_and_read_back() {
        let chosen: BTreeSet<_> = [EvidenceSource::Observation, EvidenceSource::Documents].into();
        assert_eq!(sources_code(&chosen), "documents,observation");
        assert_eq!(sources_from_code("documents,observation"), Some(chosen));
        assert_eq!(sources_from_code(""), Some(BTreeSet::new()));
        assert_eq!(sources_from_code("documents,gossip"), None);
    }
}
