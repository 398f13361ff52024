//! A response's answers as stored: one row per value (a multiple choice has one row per code,
//! its position in `seq`), written several rows per statement, read back with
//! [`parite_core::answer::answers_from_values`].

use parite_core::Answers;
use sqlx::AnyConnection;

use crate::id_lists::placeholders;
use crate::{ResponseId, StoreError};

/// One stored value of an answer: a choice code, a number as text, or free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ValueRow {
    pub(crate) item_id: String,
    /// Its position among the values of its item: 0, 1, 2… in the order given.
    pub(crate) seq: i64,
    pub(crate) value: String,
}

/// The rows that store `answers`, in item order (the map's), then position.
pub(crate) fn value_rows(answers: &Answers) -> Vec<ValueRow> {
    answers
        .iter()
        .flat_map(|(item, answer)| {
            answer
                .to_values()
                .into_iter()
                .zip(0..)
                .map(|(value, seq)| ValueRow {
                    item_id: item.as_str().to_owned(),
                    seq,
                    value,
                })
        })
        .collect()
}

/// Replaces a draft's answers.
pub(crate) async fn replace_answers(
    c: &mut AnyConnection,
    id: &ResponseId,
    rows: &[ValueRow],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM answers WHERE response_id = $1")
        .bind(id.as_str())
        .execute(&mut *c)
        .await?;
    insert_rows(c, id, rows).await
}

/// Inserts answer rows (after the old ones were deleted).
pub(crate) async fn insert_rows(
    c: &mut AnyConnection,
    id: &ResponseId,
    rows: &[ValueRow],
) -> Result<(), StoreError> {
    // Each statement is a round trip to the database (to SQLite's worker thread), which costs
    // more than the insert itself: up to ANSWERS_PER_INSERT rows go in one statement of a
    // single shape, its unused rows left NULL and filtered out.
    for chunk in rows.chunks(ANSWERS_PER_INSERT) {
        let mut query = sqlx::query(INSERT_ANSWERS).bind(id.as_str());
        for row in chunk {
            query = query
                .bind(Some(row.item_id.as_str()))
                .bind(Some(row.seq))
                .bind(Some(row.value.as_str()));
        }
        for _ in chunk.len()..ANSWERS_PER_INSERT {
            query = query
                .bind(None::<&str>)
                .bind(None::<i64>)
                .bind(None::<&str>);
        }
        query.execute(&mut *c).await?;
    }
    Ok(())
}

/// `($first, $first+1, $first+2), …` for `rows` rows of (item, position, value).
pub(crate) fn values_list(first: usize, rows: usize) -> String {
    (0..rows)
        .map(|row| format!("({})", placeholders(first + 3 * row, 3)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Rows of [`INSERT_ANSWERS`]: a survey page or a whole short survey in one statement.
const ANSWERS_PER_INSERT: usize = 32;

/// `$1` is the response; each row of the VALUES list is (item, position, value). Both SQLite
/// and PostgreSQL name a VALUES list's columns `column1`, `column2`…
const INSERT_ANSWERS: &str = concat!(
    "INSERT INTO answers (response_id, item_id, seq, value) ",
    "SELECT $1, column1, column2, column3 FROM (VALUES ",
    "($2, $3, $4), ($5, $6, $7), ($8, $9, $10), ($11, $12, $13), ",
    "($14, $15, $16), ($17, $18, $19), ($20, $21, $22), ($23, $24, $25), ",
    "($26, $27, $28), ($29, $30, $31), ($32, $33, $34), ($35, $36, $37), ",
    "($38, $39, $40), ($41, $42, $43), ($44, $45, $46), ($47, $48, $49), ",
    "($50, $51, $52), ($53, $54, $55), ($56, $57, $58), ($59, $60, $61), ",
    "($62, $63, $64), ($65, $66, $67), ($68, $69, $70), ($71, $72, $73), ",
    "($74, $75, $76), ($77, $78, $79), ($80, $81, $82), ($83, $84, $85), ",
    "($86, $87, $88), ($89, $90, $91), ($92, $93, $94), ($95, $96, $97)",
    ") AS answer_rows WHERE column1 IS NOT NULL"
);

#[cfg(test)]
mod tests {
    use super::{ANSWERS_PER_INSERT, INSERT_ANSWERS, values_list};

    #[test]
    fn a_values_list_numbers_its_placeholders_from_the_first() {
        assert_eq!(values_list(4, 2), "($4, $5, $6), ($7, $8, $9)");
        assert_eq!(values_list(4, 0), "");
    }

    #[test]
    fn the_answer_insert_has_one_placeholder_per_bound_value() {
        let placeholders: Vec<usize> = INSERT_ANSWERS
            .split('$')
            .skip(1)
            .map(|rest| {
                rest.chars()
                    .take_while(char::is_ascii_digit)
                    .collect::<String>()
            })
            .map(|digits| digits.parse().unwrap())
            .collect();
        let expected: Vec<usize> = std::iter::once(1)
            .chain(2..=1 + 3 * ANSWERS_PER_INSERT)
            .collect();
        assert_eq!(placeholders, expected);
    }
}
