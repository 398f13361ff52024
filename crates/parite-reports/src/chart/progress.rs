//! Progress through the implementation stages across organizations: one horizontal bar per
//! organization, made of one slot per stage as wide as the stage's milestones and filled as far
//! as the milestones done — a stacked bar whose empty part shows what remains.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::Instrument;
use parite_core::aggregate::OrgProgress;
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, Swatch, line_step, wrap};
use super::{DataTable, palette};
use crate::ReportError;

const WIDTH: u32 = 960;
const ROW: i32 = 46;
const LABEL_AREA: i32 = 200;
const STATUS_AREA: i32 = 190;

/// The data of a progress chart.
#[derive(Debug, Clone, Copy)]
pub struct ProgressChart<'a> {
    /// The progress instrument, for stage names.
    pub instrument: &'a Instrument,
    /// One bar each, in this order.
    pub organizations: &'a [OrgProgress],
}

impl ProgressChart<'_> {
    fn stage_name(&self, texts: &Texts, id: &str) -> String {
        self.instrument
            .group(id)
            .map_or_else(|| id.to_owned(), |g| texts.t(g.title.as_str()))
    }

    fn current(&self, texts: &Texts, org: &OrgProgress) -> String {
        match &org.status.current_stage {
            Some(stage) => self.stage_name(texts, stage.as_str()),
            None => texts.t("reports-not-started"),
        }
    }

    /// Each organization's name over lines, and the height of its row: at least [`ROW`], and
    /// tall enough for every line of the name, so a long name never reaches the next bar.
    fn rows(&self) -> Vec<(Vec<String>, i32)> {
        self.organizations
            .iter()
            .map(|org| {
                let name = wrap(&org.organization, LABEL_SIZE, true, LABEL_AREA - 16);
                let height = ROW.max(line_step(LABEL_SIZE) * name.len() as i32 + 12);
                (name, height)
            })
            .collect()
    }

    /// The title and the note under it.
    pub(crate) fn header(texts: &Texts) -> (String, String) {
        (
            texts.t("reports-chart-progress-title"),
            texts.t("reports-chart-progress-note"),
        )
    }

    pub(crate) fn size(&self) -> (u32, u32) {
        let rows: i32 = self.rows().iter().map(|(_, h)| h).sum();
        (WIDTH, 190 + rows.max(ROW) as u32)
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let (title, note) = Self::header(texts);
        let mut y = pen.header(&title, &note)?;
        let legend: Vec<(String, Swatch)> = self
            .instrument
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (texts.t(g.title.as_str()), Swatch::Fill(palette::stage(i))))
            .collect();
        pen.legend(&legend, (MARGIN, y + 8))?;
        y += 40;
        let total: usize = self.instrument.groups.iter().map(|g| g.items.len()).sum();
        let rows = self.rows();
        let heights: i32 = rows.iter().map(|(_, h)| h).sum();
        let (top, bottom) = (y, y + heights.max(ROW));
        let (left, right) = (MARGIN + LABEL_AREA, WIDTH as i32 - MARGIN - STATUS_AREA);
        let x = Linear {
            from: (0.0, total.max(1) as f64),
            to: (left, right),
        };
        // Ticks every milestone would crowd; five or so steps read well.
        let step = (total / 5).max(1);
        let ticks: Vec<(f64, String)> = (0..=total)
            .step_by(step)
            .map(|tick| (tick as f64, texts.decimal(tick as f64, 0)))
            .collect();
        pen.value_axis(
            &x,
            &ticks,
            (top, bottom),
            &texts.t("reports-axis-milestones"),
        )?;
        pen.text_styled(
            &texts.t("reports-col-current-stage"),
            (right + 14, top - 10),
            SMALL_SIZE,
            palette::MUTED,
            true,
            HPos::Left,
            VPos::Bottom,
        )?;

        let mut band_top = top;
        for (org, (name, height)) in self.organizations.iter().zip(rows) {
            let centre = band_top + height / 2;
            pen.lines(&name, (left - 14, centre), LABEL_SIZE, true, HPos::Right)?;
            // The bar keeps its thickness in a taller row, centred on the name.
            let (bar_top, bar_bottom) = (centre - ROW / 2 + 9, centre + ROW / 2 - 9);
            let mut offset = 0usize;
            for (s, stage) in org.status.stages.iter().enumerate() {
                let (x0, x_done, x1) = (
                    x.at(offset as f64),
                    x.at((offset + stage.done) as f64),
                    x.at((offset + stage.total) as f64),
                );
                let color = palette::stage(s);
                if stage.done > 0 {
                    pen.rect((x0, bar_top), (x_done, bar_bottom), color)?;
                }
                pen.outline((x0, bar_top), (x1, bar_bottom), palette::AXIS, 1)?;
                let count = format!("{}/{}", stage.done, stage.total);
                let fits = |from: i32, to: i32| pen.width(&count, SMALL_SIZE, true) + 8 < to - from;
                // On the colour when the stage is complete; otherwise on the white remainder,
                // where one ink reads on every stage colour.
                let (from, ink) = if stage.done == stage.total && stage.total > 0 {
                    (x0, palette::text_on(color))
                } else if fits(x_done, x1) {
                    (x_done, palette::TEXT)
                } else {
                    (x0, palette::TEXT)
                };
                if fits(from, x1) {
                    let at = ((from + x1) / 2, centre);
                    pen.text_styled(
                        &count,
                        at,
                        SMALL_SIZE,
                        ink,
                        true,
                        HPos::Center,
                        VPos::Center,
                    )?;
                }
                offset += stage.total;
            }
            let current = self.current(texts, org);
            let lines = pen.wrap(&current, SMALL_SIZE, false, STATUS_AREA - 20);
            pen.lines(&lines, (right + 14, centre), SMALL_SIZE, false, HPos::Left)?;
            band_top += height;
        }
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts) -> DataTable {
        let mut headers = vec![texts.t("reports-col-organization")];
        headers.extend(
            self.instrument
                .groups
                .iter()
                .map(|g| texts.t(g.title.as_str())),
        );
        headers.push(texts.t("reports-col-current-stage"));
        let rows = self
            .organizations
            .iter()
            .map(|org| {
                let mut row = vec![org.organization.clone()];
                row.extend(org.status.stages.iter().map(|s| {
                    texts.t2(
                        "reports-done-of-total",
                        ("done", s.done),
                        ("total", s.total),
                    )
                }));
                row.push(self.current(texts, org));
                row
            })
            .collect();
        DataTable {
            caption: texts.t("reports-chart-progress-title"),
            headers,
            rows,
        }
    }
}
