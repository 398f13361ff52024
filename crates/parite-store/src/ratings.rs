//! A checklist's ratings: one per item, with the evidence it rests on.

use parite_core::Rating;

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
}

impl Store {
    /// Saves ratings: each given item's rating and evidence replace its previous ones, other
    /// items keep theirs (a checklist can be filled page by page).
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
                        "INSERT INTO ratings (assessment_id, item_id, value, evidence) \
                         VALUES ($1, $2, $3, $4) ON CONFLICT (assessment_id, item_id) \
                         DO UPDATE SET value = excluded.value, evidence = excluded.evidence",
                    )
                    .bind(id.as_str())
                    .bind(rating.item_id.as_str())
                    .bind(rating.value.code())
                    .bind(rating.evidence.as_str())
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
            "SELECT item_id, value, evidence FROM ratings WHERE assessment_id = $1 ORDER BY item_id",
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
                })
            })
            .collect()
    }
}
