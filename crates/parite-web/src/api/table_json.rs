//! A report table as JSON, read back from the very CSV its download is written as: the same
//! rows, figures and hidden cells by construction, whatever table a later change adds. The CSV
//! is written with stable codes for headers and a decimal point; each column's type is known
//! by its code, and a cell of a figure column holding a hidden figure's marker becomes `null`
//! with the reason, never a number.

use parite_core::report::{ReportData, ReportInstruments};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;
use parite_reports::compose::{table_label, write_table};
use parite_reports::definition::TableKind;
use parite_reports::export::{CsvOptions, Delimiter, HeaderStyle};
use serde::Serialize;
use utoipa::ToSchema;

/// The text columns of every table, by code: identifiers and labels. Every other column holds
/// figures. A test writes every table and checks each of its columns is one or the other.
const TEXT_COLUMNS: &[&str] = &[
    "organization",
    "wave",
    "from_wave",
    "to_wave",
    "index",
    "group",
    "domain",
    "band",
    "stage",
    "current_stage",
    "kind",
    "quarter",
];

/// The figure columns of every table, by code: what the test holds the writers to.
#[cfg(test)]
const FIGURE_COLUMNS: &[&str] = &[
    "n",
    "mean",
    "ci_low",
    "ci_high",
    "major_barrier_pct",
    "responses",
    "eligible",
    "response_rate_pct",
    "difference",
    "shared_items",
    "points",
    "max_points",
    "percent",
    "done",
    "total",
    "required_done",
    "required_total",
    "reached",
    "due",
    "delivered",
    "cancelled",
    "not_recorded",
    "upcoming",
    "delivered_pct",
    "hours_delivered",
    "peer_attendances",
    "staff_attendances",
    "sessions",
    "completed",
    "peer_n",
    "peer_mean",
    "manager_n",
    "manager_mean",
    "gap",
    "gap_ci_low",
    "gap_ci_high",
];

pub(super) fn is_text_column(code: &str) -> bool {
    code.ends_with("_label") || TEXT_COLUMNS.contains(&code)
}

/// Why a figure is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HiddenReason {
    /// Computed from fewer respondents (or peers) than the smallest group shown.
    BelowMinCell,
    /// Hidden so that another hidden figure cannot be worked out from it.
    Complementary,
    /// Hidden for a reason this version of the API does not name.
    Withheld,
}

/// A cell's value: text, or a figure.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
#[serde(untagged)]
pub enum CellValue {
    Integer(i64),
    Number(f64),
    Text(String),
}

/// One cell. A hidden figure is `null` with its `hidden` reason; a figure that does not exist
/// (readiness has no share of "major barrier") is `null` without one.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Cell {
    pub value: Option<CellValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<HiddenReason>,
}

/// A column: its stable code, its name in the reader's language, and whether it holds figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Column {
    pub code: String,
    pub label: String,
    pub figure: bool,
}

/// A report table, as its CSV download holds it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "table": "participation",
    "title": "Participation",
    "locale": "en-CA",
    "min_cell": 5,
    "provisional": false,
    "hidden_notes": {"below_min_cell": "fewer than 5 respondents", "complementary": "hidden to protect another group"},
    "columns": [
        {"code": "organization", "label": "Organization", "figure": false},
        {"code": "group", "label": "Group code", "figure": false},
        {"code": "responses", "label": "Responses", "figure": true}
    ],
    "rows": [
        [{"value": "Centre Horizon"}, {"value": "all"}, {"value": 7}],
        [{"value": "Centre Horizon"}, {"value": "peer"}, {"value": null, "hidden": "below_min_cell"}]
    ]
}))]
pub struct TableDocument {
    /// The table's code.
    pub table: String,
    /// Its name in the reader's language.
    pub title: String,
    /// The language of labels and notes.
    pub locale: String,
    /// Figures from fewer respondents than this are hidden.
    pub min_cell: u32,
    /// Some figures come from a wave still open (administrators and evaluators only).
    pub provisional: bool,
    /// What each reason means, in the reader's language.
    pub hidden_notes: std::collections::BTreeMap<String, String>,
    pub columns: Vec<Column>,
    /// Each row's cells, in the order of `columns`.
    pub rows: Vec<Vec<Cell>>,
}

/// The markers the CSV writers put in place of a hidden figure, with their reasons: the same
/// messages with the same arguments, so the same words.
fn markers(texts: &Texts, k: MinCell) -> [(String, HiddenReason); 3] {
    [
        (
            texts.t1("reports-hidden-primary", "k", k.get()),
            HiddenReason::BelowMinCell,
        ),
        (
            texts.t("reports-hidden-complementary"),
            HiddenReason::Complementary,
        ),
        (
            texts.t1("reports-hidden-few-peers", "k", k.get()),
            HiddenReason::BelowMinCell,
        ),
    ]
}

/// The CSV of one table with `headers`, for reading back.
fn csv_of(
    kind: TableKind,
    data: &ReportData,
    which: &ReportInstruments,
    texts: &Texts,
    k: MinCell,
    headers: HeaderStyle,
) -> Result<Vec<u8>, String> {
    let options = CsvOptions {
        delimiter: Delimiter::Comma,
        bom: false,
        headers,
        decimal_comma: false,
        include_free_text: false,
    };
    write_table(kind, data, which, texts, k, &options, Vec::new()).map_err(|e| e.to_string())
}

/// The records of a CSV written above.
fn records(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// A text cell as it was before the CSV writer protected it from spreadsheets (`'=…`).
fn unneutralized(text: String) -> String {
    match text.as_bytes() {
        [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] => text[1..].to_owned(),
        _ => text,
    }
}

fn figure(text: &str, markers: &[(String, HiddenReason)]) -> Cell {
    let value = if text.is_empty() {
        None
    } else if let Ok(integer) = text.parse::<i64>() {
        Some(CellValue::Integer(integer))
    } else if let Ok(number) = text.parse::<f64>().map_err(|_| ()).and_then(|n| {
        // Our formatter writes only digits, a point and a minus sign; `inf` is not a figure.
        if n.is_finite() { Ok(n) } else { Err(()) }
    }) {
        Some(CellValue::Number(number))
    } else {
        // Anything else in a figure column stands for a hidden figure: never shown as a value.
        let reason = markers
            .iter()
            .find(|(marker, _)| marker == text)
            .map_or(HiddenReason::Withheld, |(_, reason)| *reason);
        return Cell {
            value: None,
            hidden: Some(reason),
        };
    };
    Cell {
        value,
        hidden: None,
    }
}

/// The table `kind` of `data` as JSON, in `texts`' language, hiding what its CSV hides.
pub fn table_document(
    kind: TableKind,
    data: &ReportData,
    which: &ReportInstruments,
    texts: &Texts,
    k: MinCell,
) -> Result<TableDocument, String> {
    let coded = records(&csv_of(kind, data, which, texts, k, HeaderStyle::Codes)?)?;
    let labelled = records(&csv_of(kind, data, which, texts, k, HeaderStyle::Labels)?)?;
    let mut rows = coded.into_iter();
    let codes = rows.next().ok_or("a table without a header row")?;
    let labels = labelled.into_iter().next().unwrap_or_default();
    let columns: Vec<Column> = codes
        .iter()
        .enumerate()
        .map(|(i, code)| Column {
            code: code.clone(),
            label: labels.get(i).cloned().unwrap_or_else(|| code.clone()),
            figure: !is_text_column(code),
        })
        .collect();
    let markers = markers(texts, k);
    let rows = rows
        .map(|record| {
            record
                .into_iter()
                .zip(&columns)
                .map(|(text, column)| {
                    if column.figure {
                        figure(&text, &markers)
                    } else {
                        Cell {
                            value: Some(CellValue::Text(unneutralized(text))),
                            hidden: None,
                        }
                    }
                })
                .collect()
        })
        .collect();
    let hidden_notes = [
        ("below_min_cell", markers[0].0.clone()),
        ("complementary", markers[1].0.clone()),
    ]
    .into_iter()
    .map(|(code, note)| (code.to_owned(), note))
    .collect();
    Ok(TableDocument {
        table: kind.code().to_owned(),
        title: table_label(kind, texts),
        locale: texts.locale().as_str().to_owned(),
        min_cell: k.get(),
        provisional: data.provisional,
        hidden_notes,
        columns,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_figures_are_null_with_their_reason_never_a_number() {
        let markers = [
            (
                "fewer than 5 respondents".to_owned(),
                HiddenReason::BelowMinCell,
            ),
            (
                "hidden to protect another group".to_owned(),
                HiddenReason::Complementary,
            ),
        ];
        assert_eq!(figure("12", &markers).value, Some(CellValue::Integer(12)));
        assert_eq!(
            figure("-0.25", &markers).value,
            Some(CellValue::Number(-0.25))
        );
        assert_eq!(
            figure("", &markers),
            Cell {
                value: None,
                hidden: None
            }
        );
        let hidden = figure("fewer than 5 respondents", &markers);
        assert_eq!(hidden.value, None);
        assert_eq!(hidden.hidden, Some(HiddenReason::BelowMinCell));
        assert_eq!(
            figure("hidden to protect another group", &markers).hidden,
            Some(HiddenReason::Complementary)
        );
        assert_eq!(figure("inf", &markers).hidden, Some(HiddenReason::Withheld));
        assert_eq!(figure("n/a", &markers).value, None);
        assert_eq!(unneutralized("'=SUM(A1)".into()), "=SUM(A1)");
        assert_eq!(unneutralized("'quoted".into()), "'quoted");
    }

    /// Every column of every table (its header, written with no rows) is known to be text or
    /// figures: a column added to a CSV writer must be added to one of the lists above.
    #[test]
    fn every_column_of_every_table_is_text_or_figures() {
        use std::sync::Arc;

        use parite_core::InstrumentSet;
        use parite_i18n::{Locale, Localizer};

        let instruments =
            InstrumentSet::from_sources(parite_core::shipped::SURVEYS.iter().copied())
                .expect("instruments");
        let which =
            ReportInstruments::latest(&instruments, crate::support::kinds()).expect("instruments");
        let data = ReportData {
            aggregates: Default::default(),
            other_surveys: Default::default(),
            changes: Vec::new(),
            across_versions: Vec::new(),
            fidelity: Vec::new(),
            progress: Vec::new(),
            support: Default::default(),
            provisional: false,
            withheld_open: false,
        };
        let localizer = Arc::new(Localizer::embedded(Locale::en_ca()).expect("locales"));
        let texts = Texts::new(localizer, Locale::en_ca());
        for kind in TableKind::ALL {
            let document =
                table_document(kind, &data, &which, &texts, MinCell::clamped(5)).expect("table");
            assert!(!document.columns.is_empty(), "{kind:?}");
            for column in &document.columns {
                assert!(
                    is_text_column(&column.code) != FIGURE_COLUMNS.contains(&column.code.as_str()),
                    "column {} of table {} is neither (or both) in TEXT_COLUMNS and FIGURE_COLUMNS",
                    column.code,
                    document.table
                );
            }
        }
    }
}
