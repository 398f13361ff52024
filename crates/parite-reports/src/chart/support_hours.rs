//! For funders: the hours of support each organization received, one horizontal bar per
//! organization stacked by kind of support, with the sessions delivered of those due beside it
//! ("18 of 20 due (90 %)"), so that a bar of few hours can be told from a plan not kept.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::SupportKindId;
use parite_core::support::SupportKinds;
use parite_core::support::figures::{KindFigures, SupportFigures};
use parite_i18n::Texts;

use super::draw::{
    ALLOWED_HEADER, LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, Swatch, line_step, text_width,
    wrap,
};
use super::{DataTable, palette};
use crate::ReportError;
use crate::labels::kind_label;

const WIDTH: u32 = 960;
const ROW: i32 = 46;
const LABEL_AREA: i32 = 200;
const STATUS_AREA: i32 = 210;
/// The distance between two rows of legend.
const LEGEND_ROW: i32 = 32;
/// Below the bars: tick labels, the axis title and the bottom margin.
const AXIS_AREA: i32 = 70;

/// The data of a support-hours chart.
#[derive(Debug, Clone, Copy)]
pub struct SupportHours<'a> {
    /// The kinds of support, for their order, names and colours.
    pub kinds: &'a SupportKinds,
    /// One bar per organization of `figures.kinds`, in that order.
    pub figures: &'a SupportFigures,
}

/// Legend entries packed into rows no wider than the chart, measured as [`Pen::legend`] lays
/// them out: kind names are long, longer in French, and one row would run off the right edge.
pub(super) fn legend_rows<T: Clone>(items: &[(String, T)]) -> Vec<Vec<(String, T)>> {
    let max = WIDTH as i32 - 2 * MARGIN;
    let mut rows: Vec<Vec<(String, T)>> = Vec::new();
    let mut used = 0;
    for item in items {
        let width = 32 + text_width(&item.0, LABEL_SIZE, false) + 24;
        match rows.last_mut() {
            Some(row) if used + width - 24 <= max => {
                row.push(item.clone());
                used += width;
            }
            _ => {
                rows.push(vec![item.clone()]);
                used = width;
            }
        }
    }
    rows
}

/// "Figures to March 31, 2026." after a chart's note: team leads and funders read the schedule
/// as it stood at the end of the last quarter, and the chart must say so on its own. Evaluators
/// read it up to today, which needs no saying (and a chart that names today would differ from
/// one day to the next for the same schedule).
pub(super) fn with_as_of(note: String, figures: &SupportFigures, texts: &Texts) -> String {
    match figures.cutoff.filter(|_| figures.protected) {
        Some(cutoff) => {
            let date = texts.date(&cutoff.to_string());
            format!(
                "{note} {}",
                texts.t1("reports-chart-support-as-of", "date", date)
            )
        }
        None => note,
    }
}

/// A step of 1, 2 or 5 × 10ⁿ that cuts `0..max` into about five parts.
fn nice_step(max: f64) -> f64 {
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// One bar: an organization's name over lines, its height, and its figures by kind.
struct Bar<'a> {
    organization: &'a str,
    name: Vec<String>,
    height: i32,
    figures: Vec<&'a KindFigures>,
}

impl Bar<'_> {
    fn hours(&self) -> f64 {
        self.figures.iter().map(|k| k.hours_delivered()).sum()
    }

    /// "18 of 20 due (90 %)": sessions delivered of due across every kind.
    fn sessions(&self, texts: &Texts, id: &str) -> String {
        let delivered: u32 = self.figures.iter().map(|k| k.delivered).sum();
        let due: u32 = self.figures.iter().map(|k| k.due).sum();
        if due == 0 {
            return texts.t("reports-none-due");
        }
        let share = texts.percent(f64::from(delivered) / f64::from(due), 0);
        texts.with_args(
            id,
            vec![
                ("delivered", delivered.into()),
                ("due", due.into()),
                ("share", share.into()),
            ],
        )
    }
}

impl<'a> SupportHours<'a> {
    /// One bar per organization, in the order they first appear. A long name wraps and its
    /// row grows, as on the progress chart, so a name never reaches the next bar.
    fn bars(&self) -> Vec<Bar<'a>> {
        let mut bars: Vec<Bar<'a>> = Vec::new();
        for row in &self.figures.kinds {
            match bars.iter_mut().find(|b| b.organization == row.organization) {
                Some(bar) => bar.figures.push(row),
                None => {
                    let name = wrap(&row.organization, LABEL_SIZE, true, LABEL_AREA - 16);
                    let height = ROW.max(line_step(LABEL_SIZE) * name.len() as i32 + 12);
                    bars.push(Bar {
                        organization: &row.organization,
                        name,
                        height,
                        figures: vec![row],
                    });
                }
            }
        }
        bars
    }

    /// The kinds any organization has figures of, in the kinds file's order (a kind since
    /// removed from the file last), each with its colour. The colour follows the kind's place
    /// in the file, so that a kind keeps its colour from one report to the next.
    fn columns(&self) -> Vec<(&'a SupportKindId, usize)> {
        let occurs = |id: &SupportKindId| self.figures.kinds.iter().any(|k| k.kind == *id);
        let mut columns: Vec<(&SupportKindId, usize)> = self
            .kinds
            .iter()
            .enumerate()
            .filter(|(_, kind)| occurs(&kind.id))
            .map(|(i, kind)| (&kind.id, i))
            .collect();
        let known = self.kinds.iter().count();
        for row in &self.figures.kinds {
            if !columns.iter().any(|(id, _)| **id == row.kind) {
                columns.push((&row.kind, known + columns.len()));
            }
        }
        columns
    }

    fn legend(&self, texts: &Texts) -> Vec<Vec<(String, Swatch)>> {
        let items: Vec<(String, Swatch)> = self
            .columns()
            .into_iter()
            .map(|(id, colour)| {
                let swatch = Swatch::Fill(palette::support_kind(colour));
                (kind_label(self.kinds, id, texts), swatch)
            })
            .collect();
        legend_rows(&items)
    }

    /// The title and the note under it.
    pub(crate) fn header(&self, texts: &Texts) -> (String, String) {
        let note = texts.t("reports-chart-support-hours-note");
        (
            texts.t("reports-chart-support-hours-title"),
            with_as_of(note, self.figures, texts),
        )
    }

    /// Taller with each bar and with each row of legend (kind names are long in French).
    pub(crate) fn size(&self, texts: &Texts) -> (u32, u32) {
        let rows: i32 = self.bars().iter().map(|b| b.height).sum();
        let legend = LEGEND_ROW * self.legend(texts).len().max(1) as i32;
        let height = ALLOWED_HEADER + legend + 8 + rows.max(ROW) + AXIS_AREA;
        (WIDTH, u32::try_from(height).unwrap_or(0))
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let (title, note) = self.header(texts);
        let mut y = pen.header(&title, &note)?;
        for row in self.legend(texts) {
            pen.legend(&row, (MARGIN, y + 8))?;
            y += LEGEND_ROW;
        }
        y += 8;
        let bars = self.bars();
        let heights: i32 = bars.iter().map(|b| b.height).sum();
        let (top, bottom) = (y, y + heights.max(ROW));
        let (left, right) = (MARGIN + LABEL_AREA, WIDTH as i32 - MARGIN - STATUS_AREA);
        let most = bars.iter().map(Bar::hours).fold(0.0, f64::max).max(1.0);
        let step = nice_step(most);
        let ticks = (most / step).ceil() as usize;
        let x = Linear {
            from: (0.0, step * ticks as f64),
            to: (left, right),
        };
        // Whole hours unless the steps are finer (a chart of a few short sessions).
        let digits = u8::from(step < 1.0);
        let tick_labels: Vec<(f64, String)> = (0..=ticks)
            .map(|tick| {
                let value = step * tick as f64;
                (value, texts.decimal(value, digits))
            })
            .collect();
        pen.value_axis(
            &x,
            &tick_labels,
            (top, bottom),
            &texts.t("reports-col-support-hours"),
        )?;
        pen.text_styled(
            &texts.t("reports-col-support-delivered-of-due"),
            (right + 14, top - 4),
            SMALL_SIZE,
            palette::MUTED,
            true,
            HPos::Left,
            VPos::Bottom,
        )?;
        let columns = self.columns();
        let mut band_top = top;
        for bar in &bars {
            let centre = band_top + bar.height / 2;
            pen.lines(
                &bar.name,
                (left - 14, centre),
                LABEL_SIZE,
                true,
                HPos::Right,
            )?;
            // The bar keeps its thickness in a taller row, centred on the name.
            let (bar_top, bar_bottom) = (centre - ROW / 2 + 9, centre + ROW / 2 - 9);
            let mut offset = 0.0;
            for (id, colour) in &columns {
                let Some(kind) = bar.figures.iter().find(|k| k.kind == **id) else {
                    continue;
                };
                let hours = kind.hours_delivered();
                if hours <= 0.0 {
                    continue;
                }
                let (x0, x1) = (x.at(offset), x.at(offset + hours));
                let fill = palette::support_kind(*colour);
                pen.rect((x0, bar_top), (x1, bar_bottom), fill)?;
                // Outlined, so that two segments of like lightness stay apart in greyscale.
                pen.outline((x0, bar_top), (x1, bar_bottom), palette::AXIS, 1)?;
                let value = texts.decimal(hours, 1);
                if pen.width(&value, SMALL_SIZE, true) + 8 < x1 - x0 {
                    pen.text_styled(
                        &value,
                        ((x0 + x1) / 2, centre),
                        SMALL_SIZE,
                        palette::text_on(fill),
                        true,
                        HPos::Center,
                        VPos::Center,
                    )?;
                }
                offset += hours;
            }
            let sessions = bar.sessions(texts, "reports-chart-support-sessions");
            // Whole when it fits: [`wrap`] rejoins words with plain spaces, and the no-break
            // space of "71 %" would be lost.
            let lines = if pen.width(&sessions, SMALL_SIZE, false) <= STATUS_AREA - 20 {
                vec![sessions]
            } else {
                pen.wrap(&sessions, SMALL_SIZE, false, STATUS_AREA - 20)
            };
            pen.lines(&lines, (right + 14, centre), SMALL_SIZE, false, HPos::Left)?;
            band_top += bar.height;
        }
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts) -> DataTable {
        let columns = self.columns();
        let mut headers = vec![texts.t("reports-col-organization")];
        headers.extend(columns.iter().map(|(id, _)| {
            let kind = kind_label(self.kinds, id, texts);
            texts.t1("reports-col-support-kind-hours", "kind", kind)
        }));
        headers.push(texts.t("reports-col-support-delivered-of-due"));
        let rows = self
            .bars()
            .iter()
            .map(|bar| {
                let mut cells = vec![bar.organization.to_owned()];
                // A kind the organization had no session of is left empty, not 0: nothing
                // was planned, which is not the same as planned and not delivered.
                cells.extend(columns.iter().map(|(id, _)| {
                    bar.figures
                        .iter()
                        .find(|k| k.kind == **id)
                        .map(|k| texts.decimal(k.hours_delivered(), 1))
                        .unwrap_or_default()
                }));
                cells.push(bar.sessions(texts, "reports-delivered-of-due"));
                cells
            })
            .collect();
        DataTable {
            caption: texts.t("reports-chart-support-hours-title"),
            headers,
            rows,
        }
    }
}
