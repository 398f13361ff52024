//! For funders: organizations × barriers, each cell the organization's mean in its latest
//! wave, shaded light (1, no barrier) to dark (5, major barrier) and labelled with the value.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::aggregate::IndexAggregate;
use parite_core::suppression::{Masked, MinCell};
use parite_core::{IndexKind, ItemId};
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, MARGIN, Pen, SMALL_SIZE, hidden_legend, line_step, wrap_breaking};
use super::{DataTable, palette};
use crate::ReportError;
use crate::labels::{HiddenLabels, suppression_note};

const WIDTH: u32 = 960;
const ROW: i32 = 64;
const LABEL_AREA: i32 = 260;
/// Room for four lines of column header above the grid.
const HEADER_AREA: i32 = 86;
const HEADER_LINES: usize = 4;

/// A column header over lines no wider than `width`, and its size: the usual size if every
/// word fits in [`HEADER_LINES`] lines, else smaller; only at the smallest size is a word too
/// wide for the column broken with a hyphen.
fn header_lines(label: &str, width: i32) -> (Vec<String>, f64) {
    let mut size = SMALL_SIZE;
    loop {
        let lines = wrap_breaking(label, size, true, width);
        let whole = lines.iter().all(|line| !line.ends_with('-'));
        if (whole && lines.len() <= HEADER_LINES) || size <= 10.0 {
            return (lines, size);
        }
        size -= 1.0;
    }
}

/// The data of a heatmap: every organization found in `aggregates`, each at its latest wave
/// (highest wave order), and every barrier index (readiness is left out).
#[derive(Debug, Clone, Copy)]
pub struct BarrierHeatmap<'a> {
    /// Aggregates of the organizations in the funder's scope.
    pub aggregates: &'a [IndexAggregate],
}

/// One row of the heatmap: an organization at its latest wave. Ids tell rows apart (two
/// organizations may share a name); the name and label are what is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Row<'a> {
    organization: &'a str,
    organization_id: &'a str,
    order: i64,
    wave: &'a str,
    wave_id: &'a str,
}

impl<'a> BarrierHeatmap<'a> {
    /// One row per organization at its latest wave, sorted by organization.
    fn rows(&self) -> Vec<Row<'a>> {
        let mut latest: Vec<Row<'a>> = Vec::new();
        for a in self
            .aggregates
            .iter()
            .filter(|a| a.kind == IndexKind::Barrier)
        {
            let candidate = Row {
                organization: &a.organization,
                organization_id: &a.organization_id,
                order: a.wave_order,
                wave: &a.wave,
                wave_id: &a.wave_id,
            };
            match latest
                .iter_mut()
                .find(|row| row.organization_id == candidate.organization_id)
            {
                Some(row) if (row.order, row.wave) < (candidate.order, candidate.wave) => {
                    *row = candidate
                }
                Some(_) => {}
                None => latest.push(candidate),
            }
        }
        latest.sort();
        latest
    }

    fn columns(&self) -> Vec<&'a IndexAggregate> {
        let mut seen: Vec<&ItemId> = Vec::new();
        let mut first = Vec::new();
        for a in self
            .aggregates
            .iter()
            .filter(|a| a.kind == IndexKind::Barrier)
        {
            if !seen.contains(&&a.index) {
                seen.push(&a.index);
                first.push(a);
            }
        }
        first
    }

    fn cell(&self, row: Row<'_>, index: &ItemId) -> Option<&'a IndexAggregate> {
        self.aggregates.iter().find(|a| {
            a.index == *index
                && a.organization_id == row.organization_id
                && a.wave_id == row.wave_id
        })
    }

    /// The title and the note under it.
    pub(crate) fn header(texts: &Texts, k: MinCell) -> (String, String) {
        (
            texts.t("reports-chart-heatmap-title"),
            suppression_note(texts, k),
        )
    }

    pub(crate) fn size(&self) -> (u32, u32) {
        let rows = self.rows().len().max(1) as u32;
        (WIDTH, 236 + HEADER_AREA as u32 + rows * ROW as u32)
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
        k: MinCell,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let hidden = HiddenLabels::new(texts, k);
        let (title, note) = Self::header(texts, k);
        let y = pen.header(&title, &note)?;
        let columns = self.columns();
        let rows = self.rows();
        let left = MARGIN + LABEL_AREA;
        let cell_width = (WIDTH as i32 - MARGIN - left) / columns.len().max(1) as i32;
        let top = y + HEADER_AREA;
        for (c, column) in columns.iter().enumerate() {
            let x0 = left + cell_width * c as i32;
            let (lines, size) = header_lines(&texts.t(column.label.as_str()), cell_width - 8);
            let step = line_step(size);
            let centre_y = top - 10 - step * (lines.len() as i32 - 1) / 2 - step / 2;
            pen.lines(
                &lines,
                (x0 + cell_width / 2, centre_y),
                size,
                true,
                HPos::Center,
            )?;
        }
        for (r, row) in rows.iter().enumerate() {
            let y0 = top + ROW * r as i32;
            // Long names wrap rather than being cut: a truncated name can match two
            // organizations. The wave goes under the name.
            let mut size = LABEL_SIZE;
            let mut name = pen.wrap(row.organization, size, true, LABEL_AREA - 16);
            if name.len() > 2 {
                size = SMALL_SIZE;
                name = pen.wrap(row.organization, size, true, LABEL_AREA - 16);
            }
            let step = (size * 1.25).round() as i32;
            let block = step * name.len() as i32 + 18;
            let name_centre = y0 + (ROW - block) / 2 + step * name.len() as i32 / 2;
            pen.lines(&name, (left - 12, name_centre), size, true, HPos::Right)?;
            pen.text_styled(
                row.wave,
                (left - 12, name_centre + step * name.len() as i32 / 2 + 9),
                SMALL_SIZE,
                palette::MUTED,
                false,
                HPos::Right,
                VPos::Center,
            )?;
            for (c, column) in columns.iter().enumerate() {
                let x0 = left + cell_width * c as i32;
                let (a, b) = ((x0 + 2, y0 + 2), (x0 + cell_width - 2, y0 + ROW - 2));
                let shown = self
                    .cell(*row, &column.index)
                    .map(|agg| agg.masked(k).all.map(|e| e.mean));
                match shown {
                    Some(Masked::Shown(Some(mean))) => {
                        let fill = palette::ramp(mean, 1.0, 5.0);
                        pen.rect(a, b, fill)?;
                        let at = (x0 + cell_width / 2, y0 + ROW / 2);
                        pen.text_styled(
                            &texts.decimal(mean, 1),
                            at,
                            LABEL_SIZE,
                            palette::text_on(fill),
                            true,
                            HPos::Center,
                            VPos::Center,
                        )?;
                    }
                    Some(Masked::Suppressed { reason }) => {
                        pen.hidden(a, b, reason, hidden.of(reason), SMALL_SIZE)?
                    }
                    // Shown but without a mean (no answers to the index): an empty cell.
                    Some(Masked::Shown(None)) => pen.outline(a, b, palette::GRID, 1)?,
                    None => pen.outline(a, b, palette::GRID, 1)?,
                }
            }
        }
        let bottom = top + ROW * rows.len().max(1) as i32;
        self.scale(&pen, texts, &hidden, (left, bottom + 46))
    }

    /// The colour scale under the grid: a ramp from 1 to 5 and the hidden-cell swatch.
    fn scale<DB: DrawingBackend>(
        &self,
        pen: &Pen<'_, DB>,
        texts: &Texts,
        hidden: &HiddenLabels,
        (left, y): (i32, i32),
    ) -> Result<(), ReportError> {
        let label = texts.t("reports-axis-mean-score");
        pen.text(&label, (left, y - 14), SMALL_SIZE, HPos::Left, VPos::Bottom)?;
        let width = 300;
        for i in 0..width {
            let value = 1.0 + 4.0 * f64::from(i) / f64::from(width);
            pen.rect(
                (left + i, y),
                (left + i + 1, y + 16),
                palette::ramp(value, 1.0, 5.0),
            )?;
        }
        pen.outline((left, y), (left + width, y + 16), palette::AXIS, 1)?;
        for tick in 1..=5 {
            let px = left + width * (tick - 1) / 4;
            pen.line((px, y + 16), (px, y + 21), palette::AXIS, 1)?;
            pen.text(
                &texts.decimal(f64::from(tick), 0),
                (px, y + 24),
                SMALL_SIZE,
                HPos::Center,
                VPos::Top,
            )?;
        }
        pen.legend(&hidden_legend(hidden), (left, y + 64))?;
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts, k: MinCell) -> DataTable {
        let hidden = HiddenLabels::new(texts, k);
        let columns = self.columns();
        let mut headers = vec![
            texts.t("reports-col-organization"),
            texts.t("reports-col-wave"),
        ];
        headers.extend(columns.iter().map(|c| texts.t(c.label.as_str())));
        let rows = self
            .rows()
            .into_iter()
            .map(|row| {
                let mut cells = vec![row.organization.to_owned(), row.wave.to_owned()];
                cells.extend(columns.iter().map(|column| {
                    match self.cell(row, &column.index).map(|a| a.masked(k).all) {
                        Some(Masked::Shown(e)) => {
                            e.mean.map(|m| texts.decimal(m, 1)).unwrap_or_default()
                        }
                        Some(Masked::Suppressed { reason }) => hidden.of(reason).to_owned(),
                        None => String::new(),
                    }
                }));
                cells
            })
            .collect();
        DataTable {
            caption: texts.t("reports-chart-heatmap-title"),
            headers,
            rows,
        }
    }
}
