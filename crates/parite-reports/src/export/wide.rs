//! Raw responses, wide format: one row per response, one column per item.

use std::collections::BTreeMap;
use std::io::Write;

use parite_core::{Instrument, InstrumentKind, Item, ItemKind};
use parite_i18n::Texts;

use super::CsvOptions;
use super::responses::{AnswerRow, META_COLUMNS, write_meta, write_value};
use super::sheet::Sheet;
use crate::ReportError;
use crate::labels::expect_kind;

/// Writes one row per response from the same [`AnswerRow`] stream as the long format: the
/// response's details, then one column per item headed by its id (a code in either header
/// style; [`write_codebook`](super::write_codebook) explains them).
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
        let columns: Vec<&Item> = instrument
            .items()
            .filter(|item| is_exported(item, options))
            .collect();
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
                // Free text left out on purpose.
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

/// Items that get a column (and a codebook entry): all but free text, unless asked.
pub(crate) fn is_exported(item: &Item, options: &CsvOptions) -> bool {
    options.include_free_text || !matches!(item.kind, ItemKind::Text { .. })
}
