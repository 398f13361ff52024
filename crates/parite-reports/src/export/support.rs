//! The schedule of support as tables: sessions and hours by organization and kind, and WRAP
//! training by organization and quarter. Counts of peers are hidden below `k` for the readers
//! [`SupportFigures::peers`] protects, written as the localized marker.

use std::io::Write;

use parite_core::support::SupportKinds;
use parite_core::support::figures::{KindFigures, SupportFigures, WrapFigures};
use parite_core::suppression::{Masked, MinCell};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::{few_peers, kind_label, quarter_label};

const SUPPORT_COLUMNS: [Column; 12] = [
    col("organization", "reports-col-organization"),
    col("kind", "reports-col-support-kind"),
    col("kind_label", "reports-col-support-kind-label"),
    col("due", "reports-col-support-due"),
    col("delivered", "reports-col-support-delivered"),
    col("cancelled", "reports-col-support-cancelled"),
    col("not_recorded", "reports-col-support-not-recorded"),
    col("upcoming", "reports-col-support-upcoming"),
    col("delivered_pct", "reports-col-support-delivered-pct"),
    col("hours_delivered", "reports-col-support-hours"),
    col("peer_attendances", "reports-col-support-peers"),
    col("staff_attendances", "reports-col-support-staff"),
];

const WRAP_COLUMNS: [Column; 6] = [
    col("organization", "reports-col-organization"),
    col("quarter", "reports-col-quarter"),
    col("quarter_label", "reports-col-quarter-label"),
    col("sessions", "reports-col-wrap-sessions"),
    col("peer_attendances", "reports-col-support-peers"),
    col("completed", "reports-col-wrap-completed"),
];

/// What both support tables write with.
struct SupportSheet<'a, W: Write> {
    sheet: Sheet<W>,
    figures: &'a SupportFigures,
    texts: &'a Texts,
    k: MinCell,
    /// What stands in for a hidden count of peers.
    hidden: String,
}

impl<'a, W: Write> SupportSheet<'a, W> {
    fn new(
        out: W,
        figures: &'a SupportFigures,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
        columns: &[Column],
    ) -> Result<Self, ReportError> {
        let mut sheet = Sheet::new(out, options, texts, columns)?;
        sheet.end_row()?;
        Ok(SupportSheet {
            sheet,
            figures,
            texts,
            k,
            hidden: few_peers(texts, k),
        })
    }

    fn peers(&mut self, count: u64) -> Result<(), ReportError> {
        match self.figures.peers(count, self.k) {
            Masked::Shown(count) => self.sheet.count(count),
            Masked::Suppressed { .. } => self.sheet.text(&self.hidden),
        }
    }
}

/// Sessions by organization and kind of support: due, delivered, cancelled, not recorded and
/// still ahead, the share of those due that were delivered, hours delivered and attendances.
pub struct SupportTableWriter<'a, W: Write> {
    table: SupportSheet<'a, W>,
    kinds: &'a SupportKinds,
}

impl<'a, W: Write> SupportTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        figures: &'a SupportFigures,
        kinds: &'a SupportKinds,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let table = SupportSheet::new(out, figures, texts, k, options, &SUPPORT_COLUMNS)?;
        Ok(SupportTableWriter { table, kinds })
    }

    pub fn write(&mut self, row: &KindFigures) -> Result<(), ReportError> {
        let t = &mut self.table;
        t.sheet.text(&row.organization)?;
        t.sheet.text(row.kind.as_str())?;
        t.sheet.text(&kind_label(self.kinds, &row.kind, t.texts))?;
        t.sheet.count(row.due)?;
        t.sheet.count(row.delivered)?;
        t.sheet.count(row.cancelled)?;
        t.sheet.count(row.not_recorded())?;
        t.sheet.count(row.upcoming)?;
        t.sheet
            .optional_number(row.delivered_share().map(|s| s * 100.0), 1)?;
        t.sheet.number(row.hours_delivered(), 1)?;
        t.peers(row.peers)?;
        t.sheet.count(row.staff)?;
        t.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.table.sheet.finish()
    }
}

/// WRAP training by organization and quarter: sessions delivered, attendances of peers and
/// peers who completed it.
pub struct WrapTableWriter<'a, W: Write> {
    table: SupportSheet<'a, W>,
}

impl<'a, W: Write> WrapTableWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        figures: &'a SupportFigures,
        texts: &'a Texts,
        k: MinCell,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let table = SupportSheet::new(out, figures, texts, k, options, &WRAP_COLUMNS)?;
        Ok(WrapTableWriter { table })
    }

    pub fn write(&mut self, row: &WrapFigures) -> Result<(), ReportError> {
        let t = &mut self.table;
        t.sheet.text(&row.organization)?;
        t.sheet
            .text(&format!("{}-Q{}", row.quarter.year, row.quarter.quarter))?;
        t.sheet.text(&quarter_label(t.texts, row.quarter))?;
        t.sheet.count(row.sessions)?;
        t.peers(row.peers)?;
        t.peers(row.completed)?;
        t.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.table.sheet.finish()
    }
}
