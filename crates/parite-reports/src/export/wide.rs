//! Raw responses, wide format: one row per response, one column per item.

use std::collections::BTreeMap;
use std::io::Write;

use parite_core::{Instrument, InstrumentKind, Item, ItemKind};
use parite_i18n::Texts;

use super::CsvOptions;
use super::dataset::{Codes, Dataset, ValueLabel, Variable, VariableKind};
use super::responses::{AnswerRow, META_COLUMNS, write_meta, write_value};
use super::sheet::Sheet;
use crate::ReportError;
use crate::labels::expect_kind;

/// Writes one row per response from the same [`AnswerRow`] stream as the long format: the
/// response's details, then one column per item headed by its id (a code in either header
/// style; [`write_codebook`](super::write_codebook) explains them, [`Self::dataset`] describes
/// them for syntax files). The role item has no column of its own: its answer is the `role`
/// column of the details.
///
/// The rows of one response must arrive together (the store orders them by response): only the
/// response being assembled is held in memory, and it is written when the next one begins or
/// at [`finish`](Self::finish). A multiple choice's codes are joined with `|`; numbers are number
/// cells; free text is a column only with [`CsvOptions::include_free_text`].
pub struct ResponsesWideWriter<'a, W: Write> {
    sheet: Sheet<W>,
    instrument: &'a Instrument,
    columns: Vec<&'a Item>,
    positions: BTreeMap<&'a str, usize>,
    pending: Option<Pending>,
}

struct Pending {
    meta: AnswerRow,
    values: Vec<Vec<String>>,
}

impl<'a, W: Write> ResponsesWideWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        instrument: &'a Instrument,
        texts: &Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(instrument, InstrumentKind::Survey)?;
        let columns = item_columns(instrument, options);
        let positions = columns
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.as_str(), i))
            .collect();
        let mut sheet = Sheet::new(out, options, texts, &META_COLUMNS)?;
        for item in &columns {
            sheet.header_code(item.id.as_str())?;
        }
        sheet.end_row()?;
        Ok(ResponsesWideWriter {
            sheet,
            instrument,
            columns,
            positions,
            pending: None,
        })
    }

    /// Adds one answer value to its response's row.
    pub fn write(&mut self, row: &AnswerRow) -> Result<(), ReportError> {
        let same = self
            .pending
            .as_ref()
            .is_some_and(|p| p.meta.response_id == row.response_id);
        if !same {
            self.flush()?;
            self.pending = Some(Pending {
                meta: row.clone(),
                values: vec![Vec::new(); self.columns.len()],
            });
        }
        let Some(&position) = self.positions.get(row.item_id.as_str()) else {
            if self.instrument.item(row.item_id.as_str()).is_some() {
                // Free text left out on purpose, or the role, already in the details.
                return Ok(());
            }
            return Err(ReportError::UnknownItem {
                item: row.item_id.to_string(),
                instrument: self.instrument.id.to_string(),
                version: self.instrument.version,
            });
        };
        if let Some(pending) = &mut self.pending {
            pending.values[position].push(row.value.clone());
        }
        Ok(())
    }

    /// Writes the last response, flushes and returns the output.
    pub fn finish(mut self) -> Result<W, ReportError> {
        self.flush()?;
        self.sheet.finish()
    }

    fn flush(&mut self) -> Result<(), ReportError> {
        let Some(pending) = self.pending.take() else {
            return Ok(());
        };
        write_meta(&mut self.sheet, &pending.meta)?;
        for (item, values) in self.columns.iter().zip(&pending.values) {
            match values.as_slice() {
                [] => self.sheet.empty()?,
                [one] => write_value(&mut self.sheet, Some(item), one)?,
                many => self.sheet.text(&many.join("|"))?,
            }
        }
        self.sheet.end_row()
    }
}

/// Items that get a codebook entry: all but free text, unless asked.
pub(crate) fn is_exported(item: &Item, options: &CsvOptions) -> bool {
    options.include_free_text || !matches!(item.kind, ItemKind::Text { .. })
}

/// Items that get a column of the wide export, in order: the exported ones but the role item,
/// whose answer the `role` column of the details already holds (under the same name when the
/// item is called `role`, which two columns could not share in R, SPSS or Stata).
pub(crate) fn item_columns<'a>(instrument: &'a Instrument, options: &CsvOptions) -> Vec<&'a Item> {
    instrument
        .items()
        .filter(|item| is_exported(item, options))
        .filter(|item| instrument.role_item.as_ref() != Some(&item.id))
        .collect()
}

/// The wide export of `instrument` written with `options`, described for syntax files and
/// codebooks: the response's details (the role coded with the role item's choices), then one
/// variable per item column, labelled with the item's text in the reader's language. A Likert
/// item is coded with its scale's points, those without a score (`dk`) declared missing; a
/// single choice is coded, a multiple choice holds several codes, a number is a number and
/// free text (there only with [`CsvOptions::include_free_text`]) is text. `file` is the name
/// the export is saved under, which the syntax files open.
pub fn responses_wide_dataset(
    instrument: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
    file: &str,
) -> Result<Dataset, ReportError> {
    expect_kind(instrument, InstrumentKind::Survey)?;
    let role = instrument
        .role_item
        .as_ref()
        .and_then(|id| instrument.item(id.as_str()));
    let mut variables: Vec<Variable> = META_COLUMNS
        .iter()
        .map(|column| {
            let kind = match role {
                Some(item) if column.code == "role" => item_kind(instrument, texts, item),
                _ => VariableKind::Text,
            };
            Variable::new(column.code, texts.t(column.label), kind)
        })
        .collect();
    variables.extend(item_columns(instrument, options).into_iter().map(|item| {
        Variable::new(
            item.id.as_str(),
            texts.t(item.text.as_str()),
            item_kind(instrument, texts, item),
        )
    }));
    Ok(Dataset::new(file, *options, variables))
}

/// What an item's column holds, as the writer above writes it.
fn item_kind(instrument: &Instrument, texts: &Texts, item: &Item) -> VariableKind {
    let choices = |choices: &[parite_core::Choice]| Codes {
        values: choices
            .iter()
            .map(|c| ValueLabel::new(c.code.as_str(), texts.t(c.label.as_str())))
            .collect(),
        missing: Vec::new(),
    };
    match &item.kind {
        ItemKind::Likert { scale, .. } => match instrument.scales.get(scale) {
            Some(scale) => VariableKind::Coded(Codes {
                values: scale
                    .points
                    .iter()
                    .map(|p| ValueLabel::new(p.code.as_str(), texts.t(p.label.as_str())))
                    .collect(),
                missing: scale
                    .points
                    .iter()
                    .filter(|p| p.score.is_none())
                    .map(|p| p.code.to_string())
                    .collect(),
            }),
            // Validation refuses a Likert item without its scale; its cells are still text.
            None => VariableKind::Text,
        },
        ItemKind::Single { choices: list } => VariableKind::Coded(choices(list)),
        ItemKind::Multiple { choices: list, .. } => VariableKind::MultipleCodes(choices(list)),
        ItemKind::Number { .. } => VariableKind::Number,
        // Ratings and milestones belong to checklists and progress, never to a survey.
        ItemKind::Text { .. } | ItemKind::Rating { .. } | ItemKind::Milestone => VariableKind::Text,
    }
}
