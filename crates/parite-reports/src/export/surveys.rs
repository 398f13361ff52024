//! The tables of the survey instruments other than the team survey: one row per organization,
//! wave and index. With role groups (peer values) the row also holds the peer workers' and the
//! managers' figures and the gap between them; without (peer engagement, answered by peers
//! only) it holds everyone's figures alone, pooled over the wave: never per activity.

use std::io::Write;

use parite_core::aggregate::{Estimate, IndexAggregate};
use parite_core::suppression::{Masked, MinCell};
use parite_i18n::Texts;

use super::tables::Table;
use super::{Column, CsvOptions, col};
use crate::ReportError;

const INDEX_COLUMNS: [Column; 8] = [
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    col("index", "reports-col-index"),
    col("index_label", "reports-col-index-label"),
    col("n", "reports-col-n"),
    col("mean", "reports-col-mean"),
    col("ci_low", "reports-col-ci-low"),
    col("ci_high", "reports-col-ci-high"),
];

const GROUP_COLUMNS: [Column; 7] = [
    col("peer_n", "reports-col-peer-n"),
    col("peer_mean", "reports-col-peer-mean"),
    col("manager_n", "reports-col-manager-n"),
    col("manager_mean", "reports-col-manager-mean"),
    col("gap", "reports-col-gap"),
    col("gap_ci_low", "reports-col-gap-ci-low"),
    col("gap_ci_high", "reports-col-gap-ci-high"),
];

/// Whether a survey's table compares its two role groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupColumns {
    /// Everyone only.
    None,
    /// Everyone, peer workers, managers, and peers − managers.
    PeersAndManagers,
}

/// One survey instrument's indices, row by row.
pub struct SurveyIndexTableWriter<'a, W: Write> {
    table: Table<'a, W>,
    groups: GroupColumns,
}

impl<'a, W: Write> SurveyIndexTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
        groups: GroupColumns,
    ) -> Result<Self, ReportError> {
        let columns: Vec<Column> = match groups {
            GroupColumns::None => INDEX_COLUMNS.to_vec(),
            GroupColumns::PeersAndManagers => {
                INDEX_COLUMNS.into_iter().chain(GROUP_COLUMNS).collect()
            }
        };
        let table = Table::new(out, texts, k, options, &columns)?;
        Ok(SurveyIndexTableWriter { table, groups })
    }

    /// Writes the row of one organization × wave × index.
    pub fn write(&mut self, aggregate: &IndexAggregate) -> Result<(), ReportError> {
        let masked = aggregate.masked(self.table.k);
        let t = &mut self.table;
        t.sheet.text(&aggregate.organization)?;
        t.sheet.text(&aggregate.wave)?;
        t.sheet.text(aggregate.index.as_str())?;
        t.sheet.text(&t.texts.t(aggregate.label.as_str()))?;
        match masked.all {
            Masked::Shown(estimate) => {
                t.sheet.count(estimate.n)?;
                t.sheet.optional_number(estimate.mean, 2)?;
                t.sheet.optional_number(estimate.ci95.map(|ci| ci.low), 2)?;
                t.sheet
                    .optional_number(estimate.ci95.map(|ci| ci.high), 2)?;
            }
            Masked::Suppressed { reason } => t.hidden(reason, 4)?,
        }
        if self.groups == GroupColumns::PeersAndManagers {
            for estimate in [masked.peer, masked.professional] {
                write_group(t, estimate)?;
            }
            match aggregate.group_gap(t.k) {
                Masked::Shown(gap) => {
                    t.sheet.number(gap.estimate, 2)?;
                    t.sheet.optional_number(gap.ci95.map(|ci| ci.low), 2)?;
                    t.sheet.optional_number(gap.ci95.map(|ci| ci.high), 2)?;
                }
                Masked::Suppressed { reason } => t.hidden(reason, 3)?,
            }
        }
        t.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.table.sheet.finish()
    }
}

fn write_group<W: Write>(
    table: &mut Table<'_, W>,
    estimate: Masked<&Estimate>,
) -> Result<(), ReportError> {
    match estimate {
        Masked::Shown(estimate) => {
            table.sheet.count(estimate.n)?;
            table.sheet.optional_number(estimate.mean, 2)
        }
        Masked::Suppressed { reason } => table.hidden(reason, 2),
    }
}
