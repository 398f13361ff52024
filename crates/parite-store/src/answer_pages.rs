//! Answers a page of responses at a time, for the JSON API: the responses after a cursor (a
//! response id) in id order, each with its answers. Ids are random, so their order reveals
//! nothing of when a response was given, and it is total, so a client that follows the cursor
//! sees every response once.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::export::push_filter;
use crate::row::{optional_text, optional_time, small, text};
use crate::{AnswerFilter, ResponseId, Store, StoreError, Timestamp, WaveId};

/// One response of a page, with its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseAnswers {
    /// The response.
    pub response_id: ResponseId,
    /// Its wave.
    pub wave_id: WaveId,
    /// The wave's label.
    pub wave_label: String,
    /// The instrument answered…
    pub instrument_id: String,
    /// …in this version.
    pub instrument_version: u32,
    /// The language it was answered in.
    pub locale: String,
    /// The respondent's role group.
    pub respondent_role: Option<String>,
    /// When it was submitted.
    pub submitted_at: Option<Timestamp>,
    /// `(item, values)` by item id, a multiple choice's values in their order.
    pub answers: Vec<(String, Vec<String>)>,
}

impl Store {
    /// Up to `limit` responses matching `filter` whose id comes after `after`, by id, each
    /// with its answers. Two reads: the page's responses, then the answers of the id range
    /// they span (the filter again, so the range holds no other response's).
    pub async fn answers_page(
        &self,
        filter: &AnswerFilter,
        after: Option<&ResponseId>,
        limit: u32,
    ) -> Result<Vec<ResponseAnswers>, StoreError> {
        let mut sql = String::from(
            "SELECT r.id, w.id AS wave_id, w.label, w.instrument_id, w.instrument_version, \
                    r.locale, r.respondent_role, r.submitted_at \
             FROM responses r JOIN waves w ON w.id = r.wave_id WHERE 1 = 1",
        );
        let mut values = Vec::new();
        push_filter(filter, &mut sql, &mut values);
        if let Some(after) = after {
            values.push(after.as_str().to_owned());
            sql.push_str(&format!(" AND r.id > ${}", values.len()));
        }
        sql.push_str(&format!(" ORDER BY r.id LIMIT {}", limit.max(1)));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for value in &values {
            query = query.bind(value.clone());
        }
        let rows = query.fetch_all(self.pool()).await?;
        let mut page = Vec::with_capacity(rows.len());
        for row in &rows {
            page.push(ResponseAnswers {
                response_id: ResponseId::from(text(row, "id")?),
                wave_id: WaveId::from(text(row, "wave_id")?),
                wave_label: text(row, "label")?,
                instrument_id: text(row, "instrument_id")?,
                instrument_version: small(row, "instrument_version")?,
                locale: text(row, "locale")?,
                respondent_role: optional_text(row, "respondent_role")?,
                submitted_at: optional_time(row, "submitted_at")?,
                answers: Vec::new(),
            });
        }
        let (Some(first), Some(last)) = (page.first(), page.last()) else {
            return Ok(page);
        };
        let mut sql = String::from(
            "SELECT r.id, a.item_id, a.value FROM responses r \
             JOIN answers a ON a.response_id = r.id \
             JOIN waves w ON w.id = r.wave_id WHERE 1 = 1",
        );
        let mut values = Vec::new();
        push_filter(filter, &mut sql, &mut values);
        values.push(first.response_id.as_str().to_owned());
        sql.push_str(&format!(" AND r.id >= ${}", values.len()));
        values.push(last.response_id.as_str().to_owned());
        sql.push_str(&format!(" AND r.id <= ${}", values.len()));
        sql.push_str(" ORDER BY r.id, a.item_id, a.seq");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for value in values {
            query = query.bind(value);
        }
        let mut answers: BTreeMap<String, Vec<(String, Vec<String>)>> = BTreeMap::new();
        for row in query.fetch_all(self.pool()).await? {
            let response: String = row.try_get(0)?;
            let item: String = row.try_get(1)?;
            let value: String = row.try_get(2)?;
            let items = answers.entry(response).or_default();
            match items.last_mut() {
                Some((last, values)) if *last == item => values.push(value),
                _ => items.push((item, vec![value])),
            }
        }
        for response in &mut page {
            if let Some(items) = answers.remove(response.response_id.as_str()) {
                response.answers = items;
            }
        }
        Ok(page)
    }
}
