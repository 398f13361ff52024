//! Checklist ratings, item by item: every rating of every assessment with its rater, its
//! evidence note and the sources of that evidence (long), or one row per assessment with a
//! column per item (wide). For evaluators and administrators only: an evidence note is free
//! text about an organization.

use std::io::Write;

use parite_core::{EvidenceSource, Instrument, InstrumentKind, Item, ItemKind, Rating};
use parite_i18n::Texts;

use super::dataset::{Codes, Dataset, Variable, VariableKind};
use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::expect_kind;

/// One rating as the store streams it, an assessment's ratings together.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingRow {
    pub assessment_id: String,
    pub organization: String,
    pub wave: String,
    /// The checklist version rated.
    pub version: u32,
    /// `rater` or `consensus`.
    pub kind: &'static str,
    /// `draft` or `submitted`.
    pub status: &'static str,
    /// Who rated (an email address).
    pub rater: String,
    /// `YYYY-MM-DD HH:MM:SS` UTC, empty for a draft.
    pub submitted_at: String,
    pub item_id: String,
    pub value: Rating,
    pub evidence: String,
    pub sources: Vec<EvidenceSource>,
}

const ASSESSMENT_COLUMNS: [Column; 8] = [
    col("assessment_id", "reports-col-assessment"),
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    col("checklist_version", "reports-col-checklist-version"),
    col("assessment_kind", "reports-col-assessment-kind"),
    col("status", "reports-col-status"),
    col("rater", "reports-col-rater"),
    col("submitted_at", "reports-col-submitted-at"),
];

const RATING_COLUMNS: [Column; 8] = [
    col("domain", "reports-col-domain"),
    col("item", "reports-col-item"),
    col("item_label", "reports-col-item-label"),
    col("rating", "reports-col-rating"),
    col("rating_label", "reports-col-rating-label"),
    col("not_applicable", "reports-col-not-applicable"),
    col("sources", "reports-col-sources"),
    col("evidence", "reports-col-evidence"),
];

/// The codes of a rating: 0, 1, 2, and "not applicable", which is no rating (missing).
fn rating_codes(texts: &Texts) -> Codes {
    let mut codes = Codes::labelled(
        texts,
        &[
            Rating::NotInPlace,
            Rating::Partly,
            Rating::Fully,
            Rating::NotApplicable,
        ]
        .map(|r| (r.code(), r.message_id())),
    );
    codes.missing.push(Rating::NotApplicable.code().to_owned());
    codes
}

fn assessment_variables(texts: &Texts) -> Vec<Variable> {
    let kinds = Codes::labelled(
        texts,
        &[
            ("rater", "reports-assessment-kind-rater"),
            ("consensus", "reports-assessment-kind-consensus"),
        ],
    );
    let statuses = Codes::labelled(
        texts,
        &[
            ("draft", "reports-status-draft"),
            ("submitted", "reports-status-submitted"),
        ],
    );
    let c = &ASSESSMENT_COLUMNS;
    vec![
        Variable::of(&c[0], texts, VariableKind::Text),
        Variable::of(&c[1], texts, VariableKind::Text),
        Variable::of(&c[2], texts, VariableKind::Text),
        Variable::of(&c[3], texts, VariableKind::Number),
        Variable::of(&c[4], texts, VariableKind::Coded(kinds)),
        Variable::of(&c[5], texts, VariableKind::Coded(statuses)),
        Variable::of(&c[6], texts, VariableKind::Text),
        Variable::of(&c[7], texts, VariableKind::Text),
    ]
}

fn write_assessment<W: Write>(sheet: &mut Sheet<W>, row: &RatingRow) -> Result<(), ReportError> {
    sheet.text(&row.assessment_id)?;
    sheet.text(&row.organization)?;
    sheet.text(&row.wave)?;
    sheet.count(row.version)?;
    sheet.text(row.kind)?;
    sheet.text(row.status)?;
    sheet.text(&row.rater)?;
    sheet.text(&row.submitted_at)
}

/// The checklist's rating items, every version's (`InstrumentSet::every_item_of`).
fn rated_items(checklist: &Instrument) -> Vec<(&str, &Item)> {
    checklist
        .groups
        .iter()
        .flat_map(|group| {
            group
                .items
                .iter()
                .map(move |item| (group.id.as_str(), item))
        })
        .filter(|(_, item)| matches!(item.kind, ItemKind::Rating { .. }))
        .collect()
}

/// One row per rating.
pub struct RatingsLongWriter<'a, W: Write> {
    sheet: Sheet<W>,
    texts: &'a Texts,
    /// Item id → (domain, item text), translated once.
    items: std::collections::HashMap<&'a str, (&'a str, String)>,
}

impl<'a, W: Write> RatingsLongWriter<'a, W> {
    /// Writes the header row. `checklist` has every item any version had.
    pub fn new(
        out: W,
        checklist: &'a Instrument,
        texts: &'a Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(checklist, InstrumentKind::Checklist)?;
        let columns: Vec<Column> = ASSESSMENT_COLUMNS
            .iter()
            .chain(&RATING_COLUMNS)
            .copied()
            .collect();
        let mut sheet = Sheet::new(out, options, texts, &columns)?;
        sheet.end_row()?;
        let items = rated_items(checklist)
            .into_iter()
            .map(|(domain, item)| (item.id.as_str(), (domain, texts.t(item.text.as_str()))))
            .collect();
        Ok(RatingsLongWriter {
            sheet,
            texts,
            items,
        })
    }

    pub fn write(&mut self, row: &RatingRow) -> Result<(), ReportError> {
        write_assessment(&mut self.sheet, row)?;
        let (domain, label) = self
            .items
            .get(row.item_id.as_str())
            .map_or(("", ""), |(domain, label)| (*domain, label.as_str()));
        self.sheet.text(domain)?;
        self.sheet.text(&row.item_id)?;
        self.sheet.text(label)?;
        self.sheet.text(row.value.code())?;
        self.sheet.text(&self.texts.t(row.value.message_id()))?;
        self.sheet
            .count(u64::from(row.value == Rating::NotApplicable))?;
        let sources: Vec<&str> = row.sources.iter().map(|s| s.code()).collect();
        self.sheet.text(&sources.join("|"))?;
        self.sheet.text(&row.evidence)?;
        self.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

/// One row per assessment, one column per item (its rating code; empty where not rated).
/// Rows of one assessment must arrive together, as the store orders them.
pub struct RatingsWideWriter<'a, W: Write> {
    sheet: Sheet<W>,
    positions: std::collections::HashMap<&'a str, usize>,
    columns: usize,
    pending: Option<(RatingRow, Vec<&'static str>)>,
}

impl<'a, W: Write> RatingsWideWriter<'a, W> {
    /// Writes the header row: the assessment's columns, then each item's id.
    pub fn new(
        out: W,
        checklist: &'a Instrument,
        texts: &Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(checklist, InstrumentKind::Checklist)?;
        let items = rated_items(checklist);
        let mut sheet = Sheet::new(out, options, texts, &ASSESSMENT_COLUMNS)?;
        for (_, item) in &items {
            sheet.header_code(item.id.as_str())?;
        }
        sheet.end_row()?;
        let positions = items
            .iter()
            .enumerate()
            .map(|(i, (_, item))| (item.id.as_str(), i))
            .collect();
        Ok(RatingsWideWriter {
            sheet,
            positions,
            columns: items.len(),
            pending: None,
        })
    }

    pub fn write(&mut self, row: &RatingRow) -> Result<(), ReportError> {
        let same = self
            .pending
            .as_ref()
            .is_some_and(|(first, _)| first.assessment_id == row.assessment_id);
        if !same {
            self.flush()?;
            self.pending = Some((row.clone(), vec![""; self.columns]));
        }
        if let (Some((_, values)), Some(&at)) = (
            self.pending.as_mut(),
            self.positions.get(row.item_id.as_str()),
        ) {
            values[at] = row.value.code();
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), ReportError> {
        if let Some((first, values)) = self.pending.take() {
            write_assessment(&mut self.sheet, &first)?;
            for value in values {
                self.sheet.text(value)?;
            }
            self.sheet.end_row()?;
        }
        Ok(())
    }

    /// Writes the last assessment, flushes and returns the output.
    pub fn finish(mut self) -> Result<W, ReportError> {
        self.flush()?;
        self.sheet.finish()
    }
}

/// What the columns of [`RatingsLongWriter`]'s file and codes are.
pub fn ratings_dataset(
    checklist: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
    file: &str,
) -> Dataset {
    let domains = Codes {
        values: checklist
            .groups
            .iter()
            .map(|g| super::dataset::ValueLabel {
                code: g.id.to_string(),
                label: texts.t(g.title.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let items = Codes {
        values: rated_items(checklist)
            .into_iter()
            .map(|(_, item)| super::dataset::ValueLabel {
                code: item.id.to_string(),
                label: texts.t(item.text.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let sources = Codes::labelled(
        texts,
        &EvidenceSource::ALL.map(|s| (s.code(), s.message_id())),
    );
    let yes_no = Codes::labelled(texts, &[("0", "reports-no"), ("1", "reports-yes")]);
    let c = &RATING_COLUMNS;
    let mut variables = assessment_variables(texts);
    variables.extend([
        Variable::of(&c[0], texts, VariableKind::Coded(domains)),
        Variable::of(&c[1], texts, VariableKind::Coded(items)),
        Variable::of(&c[2], texts, VariableKind::Text),
        Variable::of(&c[3], texts, VariableKind::Coded(rating_codes(texts))),
        Variable::of(&c[4], texts, VariableKind::Text),
        Variable::of(&c[5], texts, VariableKind::Coded(yes_no)),
        Variable::of(&c[6], texts, VariableKind::MultipleCodes(sources)),
        Variable::of(&c[7], texts, VariableKind::Text),
    ]);
    Dataset {
        file: file.to_owned(),
        options: *options,
        variables,
    }
}

/// What the columns of [`RatingsWideWriter`]'s file and codes are: each item's column is labelled by its text.
pub fn ratings_wide_dataset(
    checklist: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
    file: &str,
) -> Dataset {
    let mut variables = assessment_variables(texts);
    variables.extend(
        rated_items(checklist)
            .into_iter()
            .map(|(_, item)| Variable {
                name: item.id.to_string(),
                label: texts.t(item.text.as_str()),
                kind: VariableKind::Coded(rating_codes(texts)),
            }),
    );
    Dataset {
        file: file.to_owned(),
        options: *options,
        variables,
    }
}
