//! Aggregate tables from the survey: barriers and readiness, participation, change between
//! waves. Each takes the threshold `k` and writes hidden figures as the localized marker.

use std::io::Write;

use parite_core::aggregate::{
    ByGroup, Difference, Estimate, IndexAggregate, ItemsCompared, Participation, Subgroup,
    WaveChange,
};
use parite_core::suppression::{Masked, MinCell, Reason};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::{HiddenLabels, group};

const GROUP_COLUMNS: [Column; 2] = [
    col("group", "reports-col-group"),
    col("group_label", "reports-col-group-label"),
];

const BARRIER_COLUMNS: [Column; 11] = [
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    col("index", "reports-col-index"),
    col("index_label", "reports-col-index-label"),
    GROUP_COLUMNS[0],
    GROUP_COLUMNS[1],
    col("n", "reports-col-n"),
    col("mean", "reports-col-mean"),
    col("ci_low", "reports-col-ci-low"),
    col("ci_high", "reports-col-ci-high"),
    col("major_barrier_pct", "reports-col-major-barrier-pct"),
];

/// The aggregate-table writers share this: a sheet, the reader's texts and the threshold.
pub(super) struct Table<'a, W: Write> {
    pub(super) sheet: Sheet<W>,
    pub(super) texts: &'a Texts,
    pub(super) k: MinCell,
    hidden: HiddenLabels,
}

impl<'a, W: Write> Table<'a, W> {
    pub(super) fn new(
        out: W,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
        columns: &[Column],
    ) -> Result<Self, ReportError> {
        let mut sheet = Sheet::new(out, options, texts, columns)?;
        sheet.end_row()?;
        Ok(Table {
            sheet,
            texts,
            k,
            hidden: HiddenLabels::new(texts, k),
        })
    }

    fn group(&mut self, subgroup: Subgroup) -> Result<(), ReportError> {
        self.sheet.text(subgroup.code())?;
        self.sheet.text(&group(self.texts, subgroup))
    }

    /// Why the figure is hidden, in each of `cells` columns.
    pub(super) fn hidden(&mut self, reason: Reason, cells: usize) -> Result<(), ReportError> {
        for _ in 0..cells {
            self.sheet.text(self.hidden.of(reason))?;
        }
        Ok(())
    }
}

macro_rules! finish {
    () => {
        /// Flushes and returns the output.
        pub fn finish(self) -> Result<W, ReportError> {
            self.table.sheet.finish()
        }
    };
}

/// Barrier and readiness indices by organization, wave and group: three rows per
/// [`IndexAggregate`] (everyone, peers, professionals) with n, mean, 95 % interval and the share
/// rating the index a major barrier (a percentage; empty for readiness).
pub struct BarrierTableWriter<'a, W: Write> {
    table: Table<'a, W>,
}

impl<'a, W: Write> BarrierTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let table = Table::new(out, texts, k, options, &BARRIER_COLUMNS)?;
        Ok(BarrierTableWriter { table })
    }

    /// Writes the three rows of one organization × wave × index.
    pub fn write(&mut self, aggregate: &IndexAggregate) -> Result<(), ReportError> {
        let masked = aggregate.masked(self.table.k);
        for subgroup in Subgroup::ALL {
            let t = &mut self.table;
            t.sheet.text(&aggregate.organization)?;
            t.sheet.text(&aggregate.wave)?;
            t.sheet.text(aggregate.index.as_str())?;
            t.sheet.text(&t.texts.t(aggregate.label.as_str()))?;
            t.group(subgroup)?;
            match masked.get(subgroup) {
                Masked::Shown(estimate) => write_estimate(&mut t.sheet, estimate)?,
                Masked::Suppressed { reason } => t.hidden(*reason, 5)?,
            }
            t.sheet.end_row()?;
        }
        Ok(())
    }

    finish!();
}

fn write_estimate<W: Write>(sheet: &mut Sheet<W>, estimate: &Estimate) -> Result<(), ReportError> {
    sheet.count(estimate.n)?;
    sheet.optional_number(estimate.mean, 2)?;
    sheet.optional_number(estimate.ci95.map(|ci| ci.low), 2)?;
    sheet.optional_number(estimate.ci95.map(|ci| ci.high), 2)?;
    sheet.optional_number(estimate.major_share.map(|share| share * 100.0), 1)
}

const PARTICIPATION_COLUMNS: [Column; 7] = [
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    GROUP_COLUMNS[0],
    GROUP_COLUMNS[1],
    col("responses", "reports-col-responses"),
    col("eligible", "reports-col-eligible"),
    col("response_rate_pct", "reports-col-response-rate-pct"),
];

/// Responses by organization, wave and group (everyone, peers, professionals).
pub struct ParticipationTableWriter<'a, W: Write> {
    table: Table<'a, W>,
}

impl<'a, W: Write> ParticipationTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let table = Table::new(out, texts, k, options, &PARTICIPATION_COLUMNS)?;
        Ok(ParticipationTableWriter { table })
    }

    /// Writes the three rows of one organization's wave. Without a recorded team, the
    /// eligible and rate cells are empty; a hidden count hides its rate too.
    pub fn write(&mut self, participation: &Participation) -> Result<(), ReportError> {
        let masked: ByGroup<Masked<u64>> = participation.masked(self.table.k);
        let rates = participation.rates(self.table.k);
        for subgroup in Subgroup::ALL {
            let t = &mut self.table;
            t.sheet.text(&participation.organization)?;
            t.sheet.text(&participation.wave)?;
            t.group(subgroup)?;
            match masked.get(subgroup) {
                Masked::Shown(n) => t.sheet.count(*n)?,
                Masked::Suppressed { reason } => t.hidden(*reason, 1)?,
            }
            match rates.as_ref().map(|r| r.get(subgroup)) {
                None => {
                    t.sheet.empty()?;
                    t.sheet.empty()?;
                }
                Some(Masked::Shown(rate)) => {
                    t.sheet.count(rate.eligible)?;
                    t.sheet
                        .optional_number(rate.ratio().map(|r| r * 100.0), 1)?;
                }
                Some(Masked::Suppressed { reason }) => {
                    // The eligible count is the administrator's, not a respondent's: shown.
                    let eligible = participation
                        .eligible
                        .as_ref()
                        .map_or(0, |e| *e.get(subgroup));
                    t.sheet.count(eligible)?;
                    t.hidden(*reason, 1)?;
                }
            }
            t.sheet.end_row()?;
        }
        Ok(())
    }

    finish!();
}

const CHANGE_COLUMNS: [Column; 11] = [
    col("organization", "reports-col-organization"),
    col("index", "reports-col-index"),
    col("index_label", "reports-col-index-label"),
    col("from_wave", "reports-col-from-wave"),
    col("to_wave", "reports-col-to-wave"),
    GROUP_COLUMNS[0],
    GROUP_COLUMNS[1],
    col("difference", "reports-col-difference"),
    col("ci_low", "reports-col-ci-low"),
    col("ci_high", "reports-col-ci-high"),
    col("shared_items", "reports-col-shared-items"),
];

/// Change of each index between consecutive waves (later − earlier) with its Welch 95 %
/// interval, by group. A change is hidden when either wave's figure is. Between waves given on
/// versions whose items differ for the index, `shared_items` says how many items both means
/// are over (empty when the index has the same items in both).
pub struct ChangeTableWriter<'a, W: Write> {
    table: Table<'a, W>,
}

impl<'a, W: Write> ChangeTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let table = Table::new(out, texts, k, options, &CHANGE_COLUMNS)?;
        Ok(ChangeTableWriter { table })
    }

    /// Writes the three rows of one change.
    pub fn write(&mut self, change: &WaveChange) -> Result<(), ReportError> {
        let masked: ByGroup<Masked<&Difference>> = change.masked(self.table.k);
        for subgroup in Subgroup::ALL {
            let t = &mut self.table;
            t.sheet.text(&change.organization)?;
            t.sheet.text(change.index.as_str())?;
            t.sheet.text(&t.texts.t(change.label.as_str()))?;
            t.sheet.text(&change.from_wave)?;
            t.sheet.text(&change.to_wave)?;
            t.group(subgroup)?;
            match masked.get(subgroup) {
                Masked::Shown(d) => {
                    t.sheet.number(d.estimate, 2)?;
                    t.sheet.optional_number(d.ci95.map(|ci| ci.low), 2)?;
                    t.sheet.optional_number(d.ci95.map(|ci| ci.high), 2)?;
                }
                Masked::Suppressed { reason } => t.hidden(*reason, 3)?,
            }
            match change.compared {
                ItemsCompared::Same => t.sheet.empty()?,
                ItemsCompared::Shared { shared, .. } => t.sheet.count(shared as u64)?,
            }
            t.sheet.end_row()?;
        }
        Ok(())
    }

    finish!();
}
