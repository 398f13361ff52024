//! Raw answers with any text in any cell, written by the long CSV export under any options (for
//! a survey with every kind of item, `fixtures/every-kind.toml`):
//! the file parses back with the csv crate to exactly the cells given (text neutralized,
//! numbers as our formatter writes them), and no text cell can start a spreadsheet formula.
//!
//! Input: one byte of options, then the cells, separated by U+001F, taken seven at a time as
//! response id, organization, wave, locale, role, item and value.

#![no_main]

use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use parite_core::{Instrument, Item, ItemId, ItemKind};
use parite_i18n::{Locale, Localizer, Texts};
use parite_reports::export::{
    AnswerRow, CsvOptions, Delimiter, HeaderStyle, ResponsesLongWriter, neutralize,
};

static SURVEY: LazyLock<Instrument> =
    LazyLock::new(
        || match Instrument::parse(include_str!("../fixtures/every-kind.toml")) {
            Ok(survey) => survey,
            Err(failure) => panic!("the fixture survey does not parse: {failure:?}"),
        },
    );

static LOCALIZER: LazyLock<Arc<Localizer>> =
    LazyLock::new(|| match Localizer::embedded(Locale::fr_ca()) {
        Ok(localizer) => Arc::new(localizer),
        Err(error) => panic!("the shipped messages do not load: {error}"),
    });

const DANGEROUS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let texts = Texts::new(
        Arc::clone(&LOCALIZER),
        if flags & 1 == 0 {
            Locale::fr_ca()
        } else {
            Locale::en_ca()
        },
    );
    let options = CsvOptions {
        delimiter: if flags & 2 == 0 {
            Delimiter::Semicolon
        } else {
            Delimiter::Comma
        },
        bom: flags & 4 != 0,
        headers: if flags & 8 == 0 {
            HeaderStyle::Labels
        } else {
            HeaderStyle::Codes
        },
        decimal_comma: flags & 16 != 0,
        include_free_text: flags & 32 != 0,
    };
    let survey = &*SURVEY;
    let items: Vec<&Item> = survey.items().collect();
    let text = String::from_utf8_lossy(rest);
    let cells: Vec<&str> = text.split('\u{1f}').collect();
    let rows: Vec<AnswerRow> = cells
        .chunks(7)
        .filter(|chunk| chunk.len() == 7)
        .map(|c| AnswerRow {
            response_id: c[0].to_owned(),
            organization: c[1].to_owned(),
            wave: c[2].to_owned(),
            locale: c[3].to_owned(),
            role: (!c[4].is_empty()).then(|| c[4].to_owned()),
            // An id that parses is used as sent (known or not); anything else picks an item, so
            // every kind of item is reached.
            item_id: ItemId::parse(c[5])
                .unwrap_or_else(|_| items[c[5].len() % items.len()].id.clone()),
            value: c[6].to_owned(),
        })
        .collect();

    let mut writer = match ResponsesLongWriter::new(Vec::new(), survey, &texts, &options) {
        Ok(writer) => writer,
        Err(error) => panic!("cannot start the file: {error}"),
    };
    for row in &rows {
        if let Err(error) = writer.write(row) {
            panic!("cannot write {row:?}: {error}");
        }
    }
    let bytes = match writer.finish() {
        Ok(bytes) => bytes,
        Err(error) => panic!("cannot finish: {error}"),
    };

    let body = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(body) => {
            assert!(options.bom, "a BOM nobody asked for");
            body
        }
        None => {
            assert!(!options.bom, "the BOM is missing");
            &bytes[..]
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(options.delimiter.byte())
        .has_headers(false)
        .from_reader(body);
    let read: Vec<Vec<String>> = reader
        .records()
        .map(|record| match record {
            Ok(record) => record.iter().map(str::to_owned).collect(),
            Err(error) => panic!("the export does not parse back: {error}"),
        })
        .collect();
    let expected: Vec<(Vec<String>, bool)> = rows
        .iter()
        .filter_map(|row| expected_cells(survey, &texts, &options, row))
        .collect();
    assert_eq!(
        read.len(),
        expected.len() + 1,
        "one header row, then one row per value"
    );
    assert_eq!(read[0].len(), 8);
    for (got, (want, number_value)) in read[1..].iter().zip(&expected) {
        assert_eq!(got, want);
        for (i, cell) in got.iter().enumerate() {
            if i != 6 || !number_value {
                assert!(
                    !cell.starts_with(DANGEROUS),
                    "formula left in cell {i}: {cell:?}"
                );
            } else {
                // Ours: an optional minus, digits, one separator; never prefixed, still a number.
                let digits = cell.strip_prefix('-').unwrap_or(cell);
                assert!(
                    digits
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.' || b == b','),
                    "{cell:?}"
                );
            }
        }
    }
});

/// The cells the export should hold for `row` and whether its value is written as a number, or
/// `None` when the row is left out (free text).
fn expected_cells(
    survey: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
    row: &AnswerRow,
) -> Option<(Vec<String>, bool)> {
    let item = survey.item(row.item_id.as_str());
    let kind = item.map(|i| &i.kind);
    if matches!(kind, Some(ItemKind::Text { .. })) && !options.include_free_text {
        return None;
    }
    let text = |s: &str| neutralize(s).into_owned();
    let number = match kind {
        Some(ItemKind::Number { .. }) => row.value.parse::<f64>().ok().filter(|n| n.is_finite()),
        _ => None,
    };
    let value = match number {
        Some(n) if options.decimal_comma => n.to_string().replace('.', ","),
        Some(n) => n.to_string(),
        None => text(&row.value),
    };
    let label = match kind {
        Some(ItemKind::Likert { scale, .. }) => survey
            .scales
            .get(scale)
            .and_then(|s| s.point(&row.value))
            .map(|p| texts.t(p.label.as_str())),
        Some(kind) => kind
            .choices()
            .iter()
            .find(|c| c.code.as_str() == row.value)
            .map(|c| texts.t(c.label.as_str())),
        None => None,
    };
    let cells = vec![
        text(&row.response_id),
        text(&row.organization),
        text(&row.wave),
        text(&row.locale),
        text(row.role.as_deref().unwrap_or("")),
        text(row.item_id.as_str()),
        value,
        label.map_or_else(String::new, |l| text(&l)),
    ];
    Some((cells, number.is_some()))
}
