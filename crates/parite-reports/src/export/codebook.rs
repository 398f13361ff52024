//! The codebook of an instrument, any kind: what each item (a column of the wide exports) and
//! each of its codes means, with its version, section, type, index, reverse coding and the
//! condition under which it is asked. The survey's goes with the wide export; every
//! instrument's is also a page of its own.

use std::io::Write;

use parite_core::{Instrument, Item, ItemKind, Rating};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::wide::is_exported;
use super::{Column, CsvOptions, col};
use crate::ReportError;

const COLUMNS: [Column; 12] = [
    col("version", "reports-col-version"),
    col("item", "reports-col-item"),
    col("section", "reports-col-section"),
    col("type", "reports-col-type"),
    col("item_label", "reports-col-item-label"),
    col("index", "reports-col-index"),
    col("reverse", "reports-col-reverse"),
    col("condition", "reports-col-condition"),
    col("required", "reports-col-required"),
    col("value", "reports-col-value"),
    col("value_label", "reports-col-value-label"),
    col("score", "reports-col-score"),
];

/// Writes the codebook of `instrument`: one row per item and possible value, with the version,
/// the item's section (a checklist's domain, a stage), type and text, the index it feeds and
/// whether it is reverse-coded (`1`/`0`), the condition it is asked under, whether an answer is
/// required, and each value's code, label and score (empty for a code that is never scored,
/// such as "don't know" or "not applicable"). Items without codes (numbers, free text,
/// milestones) get one row with the value columns empty. For a survey, the same items as
/// [`super::ResponsesWideWriter`].
pub fn write_codebook<W: Write>(
    out: W,
    instrument: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
) -> Result<W, ReportError> {
    let mut sheet = Sheet::new(out, options, texts, &COLUMNS)?;
    sheet.end_row()?;
    for group in &instrument.groups {
        for item in group.items.iter().filter(|item| is_exported(item, options)) {
            let values = item_codes(instrument, item);
            if values.is_empty() {
                item_cells(&mut sheet, texts, instrument, group.id.as_str(), item)?;
                for _ in 0..3 {
                    sheet.empty()?;
                }
                sheet.end_row()?;
            }
            for (code, label, score) in values {
                item_cells(&mut sheet, texts, instrument, group.id.as_str(), item)?;
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
    instrument: &Instrument,
    section: &str,
    item: &Item,
) -> Result<(), ReportError> {
    sheet.count(instrument.version)?;
    sheet.text(item.id.as_str())?;
    sheet.text(section)?;
    sheet.text(item.kind.type_code())?;
    sheet.text(&texts.t(item.text.as_str()))?;
    match &item.kind {
        ItemKind::Likert { index, reverse, .. } => {
            sheet.text(index.as_ref().map_or("", |i| i.as_str()))?;
            sheet.count(u64::from(*reverse))?;
        }
        _ => {
            sheet.empty()?;
            sheet.empty()?;
        }
    }
    let condition = item.show_if.as_ref().map(ToString::to_string);
    sheet.text(condition.as_deref().unwrap_or_default())?;
    sheet.count(u64::from(item.required))
}

/// `(code, label message, score)` of every value an item can take, in the instrument's order:
/// a scale's points, the choices, or a rating's 0, 1, 2 (and N/A where allowed). A code that
/// is never scored ("don't know", N/A) has no score. What every codebook lists.
pub fn item_codes<'a>(
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
        ItemKind::Rating { allow_na } => {
            let mut ratings = vec![Rating::NotInPlace, Rating::Partly, Rating::Fully];
            if *allow_na {
                ratings.push(Rating::NotApplicable);
            }
            ratings
                .into_iter()
                .map(|r| {
                    (
                        r.code(),
                        r.message_id(),
                        r.points().and_then(|p| i32::try_from(p).ok()),
                    )
                })
                .collect()
        }
        _ => Vec::new(),
    }
}
