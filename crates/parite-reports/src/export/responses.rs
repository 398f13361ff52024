//! Raw responses, long format: one row per stored answer value.

use std::io::Write;

use parite_core::{Instrument, InstrumentKind, Item, ItemId, ItemKind};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::expect_kind;

/// One stored answer value, as the store streams them: a multiple choice gives one row per
/// selected code.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    /// The response's id: rows of one response share it.
    pub response_id: String,
    /// The organization's slug or name, as the export should show it.
    pub organization: String,
    /// The wave's label or id.
    pub wave: String,
    /// The locale the response was given in, e.g. `fr-CA`.
    pub locale: String,
    /// The respondent's role code (e.g. `peer`), if given.
    pub role: Option<String>,
    /// The item answered.
    pub item_id: ItemId,
    /// The stored value: a choice code, a number in its shortest form (`3.5`) or free text.
    pub value: String,
}

pub(crate) const META_COLUMNS: [Column; 5] = [
    col("response_id", "reports-col-response-id"),
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    col("locale", "reports-col-locale"),
    col("role", "reports-col-role"),
];

const ANSWER_COLUMNS: [Column; 3] = [
    col("item", "reports-col-item"),
    col("value", "reports-col-value"),
    col("value_label", "reports-col-value-label"),
];

/// Writes raw answers one row per value: response, organization, wave, locale, role, item,
/// value (the stored code or number) and the value's label in the reader's language.
///
/// Free-text answers are skipped unless [`CsvOptions::include_free_text`] is set; an item the
/// instrument does not know is written with an empty label rather than dropped.
pub struct ResponsesLongWriter<'a, W: Write> {
    sheet: Sheet<W>,
    instrument: &'a Instrument,
    texts: &'a Texts,
}

impl<'a, W: Write> ResponsesLongWriter<'a, W> {
    /// Writes the header row. `instrument` is the survey, at the version answered.
    pub fn new(
        out: W,
        instrument: &'a Instrument,
        texts: &'a Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(instrument, InstrumentKind::Survey)?;
        let columns: Vec<Column> = META_COLUMNS
            .iter()
            .chain(&ANSWER_COLUMNS)
            .copied()
            .collect();
        let mut sheet = Sheet::new(out, options, texts, &columns)?;
        sheet.end_row()?;
        Ok(ResponsesLongWriter {
            sheet,
            instrument,
            texts,
        })
    }

    /// Writes one answer value.
    pub fn write(&mut self, row: &AnswerRow) -> Result<(), ReportError> {
        let item = self.instrument.item(row.item_id.as_str());
        let free_text = matches!(item.map(|i| &i.kind), Some(ItemKind::Text { .. }));
        if free_text && !self.sheet.options().include_free_text {
            return Ok(());
        }
        write_meta(&mut self.sheet, row)?;
        self.sheet.text(row.item_id.as_str())?;
        write_value(&mut self.sheet, item, &row.value)?;
        match item.and_then(|item| value_label(self.instrument, self.texts, item, &row.value)) {
            Some(label) => self.sheet.text(&label)?,
            None => self.sheet.empty()?,
        }
        self.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

pub(crate) fn write_meta<W: Write>(
    sheet: &mut Sheet<W>,
    row: &AnswerRow,
) -> Result<(), ReportError> {
    sheet.text(&row.response_id)?;
    sheet.text(&row.organization)?;
    sheet.text(&row.wave)?;
    sheet.text(&row.locale)?;
    sheet.text(row.role.as_deref().unwrap_or(""))
}

/// A number item's value is a number cell; anything else is text.
pub(crate) fn write_value<W: Write>(
    sheet: &mut Sheet<W>,
    item: Option<&Item>,
    value: &str,
) -> Result<(), ReportError> {
    let number = match item.map(|i| &i.kind) {
        Some(ItemKind::Number { .. }) => value.parse::<f64>().ok().filter(|n| n.is_finite()),
        _ => None,
    };
    match number {
        Some(number) => sheet.raw_number(number),
        None => sheet.text(value),
    }
}

/// The label of a Likert point or a choice in the reader's language.
pub(crate) fn value_label(
    instrument: &Instrument,
    texts: &Texts,
    item: &Item,
    value: &str,
) -> Option<String> {
    let message = match &item.kind {
        ItemKind::Likert { scale, .. } => &instrument.scales.get(scale)?.point(value)?.label,
        ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => {
            &choices.iter().find(|c| c.code.as_str() == value)?.label
        }
        _ => return None,
    };
    Some(texts.t(message.as_str()))
}
