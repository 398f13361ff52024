//! One organization's barriers across its waves: one small panel per barrier, each a line of
//! the mean (everyone) with its 95 % interval per wave. Panels rather than one crowded plot,
//! so six lines never depend on colour to be told apart.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::Circle;
use plotters::prelude::DrawingBackend;
use plotters::style::Color;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::aggregate::{IndexAggregate, Subgroup, WaveChange};
use parite_core::suppression::{Masked, MinCell};
use parite_core::{IndexKind, ItemId};
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, Swatch, hidden_legend};
use super::{DataTable, palette};
use crate::ReportError;
use crate::labels::{HiddenLabels, group, interval, signed, suppression_note};

const WIDTH: u32 = 960;
const COLUMNS: usize = 3;
const PANEL_HEIGHT: i32 = 250;

/// The data of a change chart: the barrier aggregates of `organization` in every wave found in
/// `aggregates`, waves ordered by their order then label.
#[derive(Debug, Clone, Copy)]
pub struct BarrierChange<'a> {
    /// The organization, as in the aggregates (also shown in the title).
    pub organization: &'a str,
    /// Aggregates to pick from; every wave of the organization is drawn.
    pub aggregates: &'a [IndexAggregate],
    /// The report's changes between waves (computed once, across versions included: a change
    /// between two versions is over their shared items, or absent).
    pub changes: &'a [WaveChange],
}

impl<'a> BarrierChange<'a> {
    fn selected(&self) -> impl Iterator<Item = &'a IndexAggregate> + '_ {
        self.aggregates
            .iter()
            .filter(|a| a.kind == IndexKind::Barrier && a.organization == self.organization)
    }

    /// The waves, ordered.
    fn waves(&self) -> Vec<(i64, &'a str)> {
        let mut waves: Vec<(i64, &str)> = self
            .selected()
            .map(|a| (a.wave_order, a.wave.as_str()))
            .collect();
        waves.sort();
        waves.dedup();
        waves
    }

    /// The barriers in the order first met (the instrument's order in core's output).
    fn indices(&self) -> Vec<&'a IndexAggregate> {
        let mut seen: Vec<&ItemId> = Vec::new();
        let mut first = Vec::new();
        for a in self.selected() {
            if !seen.contains(&&a.index) {
                seen.push(&a.index);
                first.push(a);
            }
        }
        first
    }

    fn find(&self, index: &ItemId, wave: (i64, &str)) -> Option<&'a IndexAggregate> {
        self.selected()
            .find(|a| a.index == *index && a.wave_order == wave.0 && a.wave == wave.1)
    }

    /// The title and the note under it.
    pub(crate) fn header(&self, texts: &Texts, k: MinCell) -> (String, String) {
        (self.title(texts), suppression_note(texts, k))
    }

    fn title(&self, texts: &Texts) -> String {
        texts.t1(
            "reports-chart-change-title",
            "organization",
            self.organization,
        )
    }

    pub(crate) fn size(&self) -> (u32, u32) {
        let panels = self.indices().len().max(1);
        let rows = panels.div_ceil(COLUMNS) as u32;
        (WIDTH, 186 + rows * PANEL_HEIGHT as u32)
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
        k: MinCell,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let hidden = HiddenLabels::new(texts, k);
        let (title, note) = self.header(texts, k);
        let mut y = pen.header(&title, &note)?;
        // Two rows, as on the barrier profile: in French the three entries are wider than the
        // chart, and the last one ran off its right edge.
        let legend = [(
            texts.t("reports-legend-mean-ci"),
            Swatch::Point(palette::ALL),
        )];
        pen.legend(&legend, (MARGIN, y + 8))?;
        pen.legend(&hidden_legend(&hidden), (MARGIN, y + 44))?;
        y += 76;
        let waves = self.waves();
        let panel_width = (WIDTH as i32 - 2 * MARGIN) / COLUMNS as i32;
        for (i, index) in self.indices().into_iter().enumerate() {
            let left = MARGIN + panel_width * (i % COLUMNS) as i32;
            let top = y + PANEL_HEIGHT * (i / COLUMNS) as i32;
            self.panel(
                &pen,
                texts,
                k,
                &hidden,
                index,
                &waves,
                (left, top, panel_width),
            )?;
        }
        Ok(())
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "one panel needs all of these; a struct would only rename them"
    )]
    fn panel<DB: DrawingBackend>(
        &self,
        pen: &Pen<'_, DB>,
        texts: &Texts,
        k: MinCell,
        hidden: &HiddenLabels,
        index: &IndexAggregate,
        waves: &[(i64, &str)],
        (left, top, width): (i32, i32, i32),
    ) -> Result<(), ReportError> {
        let title = pen.wrap(&texts.t(index.label.as_str()), LABEL_SIZE, true, width - 20);
        pen.lines(&title, (left + 8, top + 18), LABEL_SIZE, true, HPos::Left)?;
        let (plot_left, plot_right) = (left + 34, left + width - 18);
        let (plot_top, plot_bottom) = (top + 50, top + PANEL_HEIGHT - 56);
        let y = Linear {
            from: (1.0, 5.0),
            to: (plot_bottom, plot_top),
        };
        for tick in 1..=5 {
            let py = y.at(f64::from(tick));
            pen.line((plot_left, py), (plot_right, py), palette::GRID, 1)?;
            pen.text(
                &texts.decimal(f64::from(tick), 0),
                (plot_left - 8, py),
                SMALL_SIZE,
                HPos::Right,
                VPos::Center,
            )?;
        }
        let slot = (plot_right - plot_left) / waves.len().max(1) as i32;
        let x_of = |w: usize| plot_left + slot * w as i32 + slot / 2;
        let mut segment: Vec<(i32, i32)> = Vec::new();
        let mut points = Vec::new();
        for (w, wave) in waves.iter().enumerate() {
            let px = x_of(w);
            let name = pen.wrap(wave.1, SMALL_SIZE, false, slot - 4);
            pen.lines(
                &name,
                (px, plot_bottom + 16),
                SMALL_SIZE,
                false,
                HPos::Center,
            )?;
            let shown = self
                .find(&index.index, *wave)
                .map(|a| a.masked(k).all.map(|e| *e));
            match shown {
                Some(Masked::Shown(estimate)) if estimate.mean.is_some() => {
                    let mean = estimate.mean.unwrap_or(f64::NAN).clamp(1.0, 5.0);
                    if let Some(ci) = estimate.ci95 {
                        let (low, high) = (y.at(ci.low.max(1.0)), y.at(ci.high.min(5.0)));
                        pen.line((px, low), (px, high), palette::ALL, 2)?;
                        pen.line((px - 6, low), (px + 6, low), palette::ALL, 2)?;
                        pen.line((px - 6, high), (px + 6, high), palette::ALL, 2)?;
                    }
                    segment.push((px, y.at(mean)));
                    points.push(((px, y.at(mean)), texts.decimal(mean, 1)));
                }
                Some(Masked::Suppressed { reason }) => {
                    // A hidden wave breaks the line: no value may be suggested by a slope.
                    if segment.len() > 1 {
                        pen.polyline(std::mem::take(&mut segment), palette::ALL, 2)?;
                    }
                    segment.clear();
                    let half = (slot / 2 - 2).min(34);
                    let mid = y.at(3.0);
                    pen.hidden(
                        (px - half, mid - 14),
                        (px + half, mid + 14),
                        reason,
                        hidden.of(reason),
                        SMALL_SIZE - 1.0,
                    )?;
                }
                Some(Masked::Shown(_)) | None => {
                    if segment.len() > 1 {
                        pen.polyline(std::mem::take(&mut segment), palette::ALL, 2)?;
                    }
                    segment.clear();
                }
            }
        }
        if segment.len() > 1 {
            pen.polyline(segment, palette::ALL, 2)?;
        }
        for ((px, py), label) in points {
            pen.area
                .draw(&Circle::new((px, py), 5, palette::ALL.filled()))
                .map_err(ReportError::drawing)?;
            pen.text_styled(
                &label,
                (px + 9, py - 9),
                SMALL_SIZE,
                palette::TEXT,
                true,
                HPos::Left,
                VPos::Bottom,
            )?;
        }
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts, k: MinCell) -> DataTable {
        let hidden = HiddenLabels::new(texts, k);
        let mut rows = Vec::new();
        for index in self.indices() {
            for wave in self.waves() {
                let Some(aggregate) = self.find(&index.index, wave) else {
                    continue;
                };
                let mut row = vec![texts.t(index.label.as_str()), wave.1.to_owned()];
                match aggregate.masked(k).all {
                    Masked::Shown(e) => {
                        row.extend(super::profile::estimate_cells(texts, e).into_iter().take(3))
                    }
                    Masked::Suppressed { reason } => {
                        row.extend(std::iter::repeat_n(hidden.of(reason).to_owned(), 3))
                    }
                }
                let change = self.changes.iter().find(|c| {
                    c.organization == self.organization
                        && c.index == index.index
                        && c.to_order == wave.0
                        && c.to_wave == wave.1
                });
                row.push(match change.map(|c| c.masked(k).all) {
                    None => String::new(),
                    Some(Masked::Suppressed { reason }) => hidden.of(reason).to_owned(),
                    Some(Masked::Shown(d)) => {
                        let ci = d
                            .ci95
                            .map(|ci| interval(texts, ci.low, ci.high, 2))
                            .unwrap_or_default();
                        format!("{} {ci}", signed(texts, d.estimate, 2))
                    }
                });
                rows.push(row);
            }
        }
        let headers = [
            "reports-table-barrier",
            "reports-col-wave",
            "reports-col-n",
            "reports-col-mean",
            "reports-table-ci",
            "reports-table-change",
        ];
        DataTable {
            caption: format!("{} ({})", self.title(texts), group(texts, Subgroup::All)),
            headers: headers.iter().map(|id| texts.t(id)).collect(),
            rows,
        }
    }
}
