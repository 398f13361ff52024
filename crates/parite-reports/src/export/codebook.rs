//! The codebook that goes with the wide export: what each column and code means.

use std::io::Write;

use parite_core::{Instrument, InstrumentKind, Item, ItemKind};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::wide::is_exported;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::expect_kind;

const COLUMNS: [Column; 9] = [
    col("item", "reports-col-item"),
    col("section", "reports-col-section"),
    col("type", "reports-col-type"),
    col("item_label", "reports-col-item-label"),
    col("index", "reports-col-index"),
    col("reverse", "reports-col-reverse"),
    col("value", "reports-col-value"),
    col("value_label", "reports-col-value-label"),
    col("score", "reports-col-score"),
];

/// Writes the codebook of `instrument` (a survey): one row per item and possible value, with
/// the item's section, type and text, the index it feeds and whether it is reverse-coded
/// (`1`/`0`), and each value's code, label and score. Items without choices (numbers, free text)
/// get one row with the value columns empty. The same items as [`super::ResponsesWideWriter`].
pub fn write_codebook<W: Write>(
    out: W,
    instrument: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
) -> Result<W, ReportError> {
    expect_kind(instrument, InstrumentKind::Survey)?;
    let mut sheet = Sheet::new(out, options, texts, &COLUMNS)?;
    sheet.end_row()?;
    for group in &instrument.groups {
        for item in group.items.iter().filter(|item| is_exported(item, options)) {
            let values = values_of(instrument, item);
            if values.is_empty() {
                item_cells(&mut sheet, texts, group.id.as_str(), item)?;
                for _ in 0..3 {
                    sheet.empty()?;
                }
                sheet.end_row()?;
            }
            for (code, label, score) in values {
                item_cells(&mut sheet, texts, group.id.as_str(), item)?;
                sheet.text(code)?;
                sheet.text(&texts.t(label))?;
                sheet.optional_number(score.map(f64::from), 0)?;
                sheet.end_row()?;
            }
        }
    }
    sheet.finish()
}

fn item_cells<W: Write>(
    sheet: &mut Sheet<W>,
    texts: &Texts,
    section: &str,
    item: &Item,
) -> Result<(), ReportError> {
    sheet.text(item.id.as_str())?;
    sheet.text(section)?;
    sheet.text(item.kind.type_code())?;
    sheet.text(&texts.t(item.text.as_str()))?;
    match &item.kind {
        ItemKind::Likert { index, reverse, .. } => {
            sheet.text(index.as_ref().map_or("", |i| i.as_str()))?;
            sheet.count(u64::from(*reverse))
        }
        _ => {
            sheet.empty()?;
            sheet.empty()
        }
    }
}

/// `(code, label message, score)` of every value an item can take.
fn values_of<'a>(
    instrument: &'a Instrument,
    item: &'a Item,
) -> Vec<(&'a str, &'a str, Option<i32>)> {
    match &item.kind {
        ItemKind::Likert { scale, .. } => instrument
            .scales
            .get(scale)
            .map(|scale| {
                scale
                    .points
                    .iter()
                    .map(|p| (p.code.as_str(), p.label.as_str(), p.score))
                    .collect()
            })
            .unwrap_or_default(),
        ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => choices
            .iter()
            .map(|c| (c.code.as_str(), c.label.as_str(), None))
            .collect(),
        _ => Vec::new(),
    }
}
