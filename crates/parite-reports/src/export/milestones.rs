//! Implementation milestones, event by event: every mark and unmark with its day, evidence and
//! who recorded it — the history the stages are computed from, as the progress page keeps it.

use std::io::Write;

use parite_core::{Instrument, InstrumentKind, Item};
use parite_i18n::Texts;

use super::dataset::{Codes, Dataset, ValueLabel, Variable, VariableKind};
use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::expect_kind;

/// One mark or unmark of a milestone.
#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneRow {
    pub organization: String,
    /// The progress version the milestone was checked against.
    pub version: u32,
    pub item_id: String,
    /// Marked done (`true`) or undone.
    pub done: bool,
    /// `YYYY-MM-DD`: the day reached, or for an undo the day it was recorded.
    pub day: String,
    /// The evidence, or why it was undone.
    pub evidence: String,
    /// Who recorded it (an email address).
    pub recorded_by: String,
    /// `YYYY-MM-DD HH:MM:SS` UTC.
    pub recorded_at: String,
}

const COLUMNS: [Column; 11] = [
    col("organization", "reports-col-organization"),
    col("progress_version", "reports-col-progress-version"),
    col("stage", "reports-col-stage"),
    col("item", "reports-col-item"),
    col("item_label", "reports-col-item-label"),
    col("required", "reports-col-required"),
    col("action", "reports-col-action"),
    col("day", "reports-col-day"),
    col("evidence", "reports-col-evidence"),
    col("recorded_by", "reports-col-recorded-by"),
    col("recorded_at", "reports-col-recorded-at"),
];

fn milestones(progress: &Instrument) -> impl Iterator<Item = (&str, &Item)> {
    progress.groups.iter().flat_map(|stage| {
        stage
            .items
            .iter()
            .map(move |item| (stage.id.as_str(), item))
    })
}

/// One row per mark or unmark, in the order recorded.
pub struct MilestonesWriter<'a, W: Write> {
    sheet: Sheet<W>,
    /// Item id → (stage, text, required), translated once.
    items: std::collections::HashMap<&'a str, (&'a str, String, bool)>,
}

impl<'a, W: Write> MilestonesWriter<'a, W> {
    /// Writes the header row. `progress` has every milestone any version had.
    pub fn new(
        out: W,
        progress: &'a Instrument,
        texts: &Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(progress, InstrumentKind::Progress)?;
        let mut sheet = Sheet::new(out, options, texts, &COLUMNS)?;
        sheet.end_row()?;
        let items = milestones(progress)
            .map(|(stage, item)| {
                let text = texts.t(item.text.as_str());
                (item.id.as_str(), (stage, text, item.required))
            })
            .collect();
        Ok(MilestonesWriter { sheet, items })
    }

    pub fn write(&mut self, row: &MilestoneRow) -> Result<(), ReportError> {
        let (stage, label, required) = self
            .items
            .get(row.item_id.as_str())
            .map_or(("", "", false), |(stage, label, required)| {
                (*stage, label.as_str(), *required)
            });
        self.sheet.text(&row.organization)?;
        self.sheet.count(row.version)?;
        self.sheet.text(stage)?;
        self.sheet.text(&row.item_id)?;
        self.sheet.text(label)?;
        self.sheet.count(u64::from(required))?;
        self.sheet.text(if row.done { "done" } else { "undone" })?;
        self.sheet.text(&row.day)?;
        self.sheet.text(&row.evidence)?;
        self.sheet.text(&row.recorded_by)?;
        self.sheet.text(&row.recorded_at)?;
        self.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

/// What the columns of [`MilestonesWriter`]'s file and codes are.
pub fn milestones_dataset(
    progress: &Instrument,
    texts: &Texts,
    options: &CsvOptions,
    file: &str,
) -> Dataset {
    let stages = Codes {
        values: progress
            .groups
            .iter()
            .map(|stage| ValueLabel {
                code: stage.id.to_string(),
                label: texts.t(stage.title.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let items = Codes {
        values: milestones(progress)
            .map(|(_, item)| ValueLabel {
                code: item.id.to_string(),
                label: texts.t(item.text.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let yes_no = Codes::labelled(texts, &[("0", "reports-no"), ("1", "reports-yes")]);
    let actions = Codes::labelled(
        texts,
        &[
            ("done", "reports-milestone-done"),
            ("undone", "reports-milestone-undone"),
        ],
    );
    let c = &COLUMNS;
    Dataset {
        file: file.to_owned(),
        options: *options,
        variables: vec![
            Variable::of(&c[0], texts, VariableKind::Text),
            Variable::of(&c[1], texts, VariableKind::Number),
            Variable::of(&c[2], texts, VariableKind::Coded(stages)),
            Variable::of(&c[3], texts, VariableKind::Coded(items)),
            Variable::of(&c[4], texts, VariableKind::Text),
            Variable::of(&c[5], texts, VariableKind::Coded(yes_no)),
            Variable::of(&c[6], texts, VariableKind::Coded(actions)),
            Variable::of(&c[7], texts, VariableKind::Text),
            Variable::of(&c[8], texts, VariableKind::Text),
            Variable::of(&c[9], texts, VariableKind::Text),
            Variable::of(&c[10], texts, VariableKind::Text),
        ],
    }
}
