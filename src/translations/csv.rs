//! The round trip as a spreadsheet: UTF-8 with a byte order mark (so spreadsheet programs read
//! the accents), one row per unit, multiline texts kept in one quoted cell.
//!
//! The header row is the same in every language: the import finds its columns by these names.

use std::path::Path;

use super::model::{SOURCE_LOCALE, Status, Unit};
use super::{Imported, ImportedUnit, Problem};
use crate::cli::ArgValue;

const FILE: &str = "file";
const ID: &str = "id";
const SOURCE_HASH: &str = "source hash";
const STATUS: &str = "status";
/// `translation (fr-CA)`: the column's name also says the locale.
const TRANSLATION_PREFIX: &str = "translation (";
const BOM: &[u8] = b"\xEF\xBB\xBF";

fn translation_header(locale: &str) -> String {
    format!("{TRANSLATION_PREFIX}{locale})")
}

pub fn write(units: &[Unit], locale: &str, delimiter: u8) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(BOM.to_vec());
    let source = format!("source ({SOURCE_LOCALE})");
    out.write_record([
        FILE,
        ID,
        source.as_str(),
        SOURCE_HASH,
        translation_header(locale).as_str(),
        STATUS,
    ])?;
    for unit in units {
        out.write_record([
            unit.file.as_str(),
            unit.id.as_str(),
            unit.source.as_str(),
            unit.source_hash.as_str(),
            unit.translation.as_str(),
            unit.status.code(),
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// Reads an exported (and edited) file back: the delimiter is the header row's, the columns
/// are found by name, so a spreadsheet that reorders or adds columns does not matter.
pub fn read(path: &Path, bytes: &[u8]) -> Result<Imported, Problem> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let delimiter = if first_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let bad = |line: u64, error: &dyn std::fmt::Display| {
        Problem::new(
            "translations-bad-csv",
            vec![
                ("path", ArgValue::from(path.display().to_string())),
                ("line", ArgValue::from(line)),
                ("detail", ArgValue::from(error.to_string())),
            ],
        )
    };
    let headers = reader.headers().map_err(|e| bad(1, &e))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| missing_column(path, name))
    };
    let (file, id, hash, status) = (
        column(FILE)?,
        column(ID)?,
        column(SOURCE_HASH)?,
        column(STATUS)?,
    );
    let (translation, locale) = headers
        .iter()
        .enumerate()
        .find_map(|(index, header)| {
            let locale = header
                .trim()
                .strip_prefix(TRANSLATION_PREFIX)?
                .strip_suffix(')')?;
            Some((index, locale.to_owned()))
        })
        .ok_or_else(|| missing_column(path, &translation_header("…")))?;
    let mut units = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            bad(line, &e)
        })?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cell = |index: usize| record.get(index).unwrap_or_default().to_owned();
        let status_cell = cell(status);
        let confirmed = match Status::from_code(&status_cell) {
            Some(status) => status == Status::Translated,
            None => {
                return Err(Problem::new(
                    "translations-bad-status",
                    vec![
                        ("file", ArgValue::from(cell(file))),
                        ("id", ArgValue::from(cell(id))),
                        ("status", ArgValue::from(status_cell)),
                    ],
                ));
            }
        };
        units.push(ImportedUnit {
            file: cell(file).trim().to_owned(),
            id: cell(id).trim().to_owned(),
            source_hash: cell(hash).trim().to_owned(),
            translation: cell(translation),
            confirmed,
        });
    }
    Ok(Imported {
        locale: Some(locale),
        units,
    })
}

fn missing_column(path: &Path, name: &str) -> Problem {
    Problem::new(
        "translations-missing-column",
        vec![
            ("path", ArgValue::from(path.display().to_string())),
            ("column", ArgValue::from(name)),
        ],
    )
}
