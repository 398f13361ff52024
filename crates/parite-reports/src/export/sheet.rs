//! The one place where cells are written: text is neutralized, numbers are formatted, rows are
//! ended. Every writer goes through a `Sheet`, so the conventions in [`crate::export`] hold for
//! all of them.

use std::borrow::Cow;
use std::io::Write;

use parite_i18n::Texts;

use super::{Column, CsvOptions, HeaderStyle};
use crate::ReportError;

/// A text cell made safe to open in a spreadsheet: one beginning with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading `'` (OWASP's advice on CSV injection), so it is shown as
/// text and never evaluated as a formula. Other text is returned unchanged.
pub fn neutralize(text: &str) -> Cow<'_, str> {
    // A byte test: every cell of an export passes here, and all six are ASCII.
    if matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

pub(crate) struct Sheet<W: Write> {
    csv: csv::Writer<W>,
    options: CsvOptions,
}

impl<W: Write> Sheet<W> {
    /// Writes the BOM (if asked) and the header row.
    pub(crate) fn new(
        mut out: W,
        options: &CsvOptions,
        texts: &Texts,
        columns: &[Column],
    ) -> Result<Sheet<W>, ReportError> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let csv = csv::WriterBuilder::new()
            .delimiter(options.delimiter.byte())
            // RFC 4180 line ends, which every spreadsheet reads.
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        let mut sheet = Sheet {
            csv,
            options: *options,
        };
        for column in columns {
            sheet.header(texts, column)?;
        }
        Ok(sheet)
    }

    /// One header cell, in the chosen style.
    pub(crate) fn header(&mut self, texts: &Texts, column: &Column) -> Result<(), ReportError> {
        match self.options.headers {
            HeaderStyle::Labels => self.text(&texts.t(column.label)),
            HeaderStyle::Codes => self.text(column.code),
        }
    }

    /// A header cell that is a code in either style (the item columns of the wide export).
    pub(crate) fn header_code(&mut self, code: &str) -> Result<(), ReportError> {
        self.text(code)
    }

    pub(crate) fn options(&self) -> &CsvOptions {
        &self.options
    }

    pub(crate) fn text(&mut self, text: &str) -> Result<(), ReportError> {
        Ok(self.csv.write_field(neutralize(text).as_bytes())?)
    }

    pub(crate) fn empty(&mut self) -> Result<(), ReportError> {
        Ok(self.csv.write_field([])?)
    }

    pub(crate) fn count(&mut self, n: impl Into<u64>) -> Result<(), ReportError> {
        Ok(self.csv.write_field(n.into().to_string())?)
    }

    /// A number with exactly `digits` decimals; not neutralized (see [`crate::export`]).
    pub(crate) fn number(&mut self, value: f64, digits: usize) -> Result<(), ReportError> {
        let text = fixed(value, digits, self.options.decimal_comma);
        Ok(self.csv.write_field(text)?)
    }

    /// A stored number in its shortest exact form (`3.5`, `-0.25`), with the decimal separator
    /// of the options.
    pub(crate) fn raw_number(&mut self, value: f64) -> Result<(), ReportError> {
        let mut text = value.to_string();
        if self.options.decimal_comma {
            text = text.replace('.', ",");
        }
        Ok(self.csv.write_field(text)?)
    }

    pub(crate) fn optional_number(
        &mut self,
        value: Option<f64>,
        digits: usize,
    ) -> Result<(), ReportError> {
        match value {
            Some(value) => self.number(value, digits),
            None => self.empty(),
        }
    }

    pub(crate) fn end_row(&mut self) -> Result<(), ReportError> {
        Ok(self.csv.write_record(None::<&[u8]>)?)
    }

    /// Flushes and hands the output back.
    pub(crate) fn finish(self) -> Result<W, ReportError> {
        self.csv
            .into_inner()
            .map_err(|error| ReportError::Io(error.into_error()))
    }
}

/// `value` rounded to `digits` decimals, half away from zero on its shortest decimal form —
/// the rounding ICU applies in charts and data tables (`Texts::decimal`), so a CSV and the
/// chart above it never disagree (`0.125` → `0.13` in both; Rust's `{:.2}` would give `0.12`).
/// A value that rounds to zero loses its sign; a non-finite one (which no aggregate produces)
/// is left empty rather than written as `NaN`.
pub(crate) fn fixed(value: f64, digits: usize, decimal_comma: bool) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // Display never uses an exponent and gives the shortest form that reads back exactly.
    let shortest = value.abs().to_string();
    let (whole, fraction) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut kept: Vec<u8> = whole.bytes().chain(fraction.bytes().take(digits)).collect();
    kept.extend(std::iter::repeat_n(
        b'0',
        digits.saturating_sub(fraction.len()),
    ));
    if fraction.as_bytes().get(digits).is_some_and(|d| *d >= b'5') {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if kept[i] == b'9' {
                kept[i] = b'0';
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let split = kept.len() - digits;
    let mut text = String::with_capacity(kept.len() + 2);
    if value < 0.0 && kept.iter().any(|d| *d != b'0') {
        text.push('-');
    }
    text.push_str(std::str::from_utf8(&kept[..split]).unwrap_or("0"));
    if digits > 0 {
        text.push(if decimal_comma { ',' } else { '.' });
        text.push_str(std::str::from_utf8(&kept[split..]).unwrap_or("0"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_half_away_from_zero_like_the_charts() {
        let cases = [
            (0.125, 2, "0.13"),
            (-0.125, 2, "-0.13"),
            (18.75, 1, "18.8"),
            (2.675, 2, "2.68"),
            (9.995, 2, "10.00"),
            (-0.004, 2, "0.00"),
            (3.0, 2, "3.00"),
            (1234.5, 0, "1235"),
            (0.0, 1, "0.0"),
            (1e-7, 2, "0.00"),
        ];
        for (value, digits, expected) in cases {
            assert_eq!(fixed(value, digits, false), expected, "{value}");
        }
        assert_eq!(fixed(-3.75, 2, true), "-3,75");
        assert_eq!(fixed(f64::NAN, 2, true), "");
    }
}
