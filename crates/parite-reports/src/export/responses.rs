//! Raw responses, long format: one row per stored answer value.

use std::collections::HashMap;
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
    /// Every item with its value labels, translated once: an export has millions of rows but
    /// only a few hundred distinct (item, value) pairs, and formatting a Fluent message per row
    /// was most of the cost.
    items: HashMap<&'a str, ItemLabels<'a>>,
}

struct ItemLabels<'a> {
    item: &'a Item,
    labels: HashMap<&'a str, String>,
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
        let items = instrument
            .items()
            .map(|item| {
                let labels = item_codes(instrument, item)
                    .filter_map(|code| Some((code, value_label(instrument, texts, item, code)?)))
                    .collect();
                (item.id.as_str(), ItemLabels { item, labels })
            })
            .collect();
        Ok(ResponsesLongWriter { sheet, items })
    }

    /// Writes one answer value.
    pub fn write(&mut self, row: &AnswerRow) -> Result<(), ReportError> {
        let known = self.items.get(row.item_id.as_str());
        let item = known.map(|k| k.item);
        let free_text = matches!(item.map(|i| &i.kind), Some(ItemKind::Text { .. }));
        if free_text && !self.sheet.options().include_free_text {
            return Ok(());
        }
        write_meta(&mut self.sheet, row)?;
        self.sheet.text(row.item_id.as_str())?;
        write_value(&mut self.sheet, item, &row.value)?;
        match known.and_then(|k| k.labels.get(row.value.as_str())) {
            Some(label) => self.sheet.text(label)?,
            None => self.sheet.empty()?,
        }
        self.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

/// The codes an item's answers can hold that have a label: its scale's points or its choices.
fn item_codes<'a>(
    instrument: &'a Instrument,
    item: &'a Item,
) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    match &item.kind {
        ItemKind::Likert { scale, .. } => match instrument.scales.get(scale) {
            Some(scale) => Box::new(scale.points.iter().map(|p| p.code.as_str())),
            None => Box::new(std::iter::empty()),
        },
        ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => {
            Box::new(choices.iter().map(|c| c.code.as_str()))
        }
        _ => Box::new(std::iter::empty()),
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
