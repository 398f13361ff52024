//! Fidelity by domain for one organization's wave, against the target (80 %, the "high
//! fidelity" band): one horizontal bar per domain and one for the overall score.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::RGBColor;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::Instrument;
use parite_core::scoring::{FidelityScore, band};
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, Swatch};
use super::{DataTable, palette};
use crate::ReportError;

const WIDTH: u32 = 960;
const ROW: i32 = 52;
const LABEL_AREA: i32 = 300;

/// The data of a fidelity chart.
#[derive(Debug, Clone, Copy)]
pub struct FidelityChart<'a> {
    /// The fidelity checklist, for domain and band names.
    pub instrument: &'a Instrument,
    /// Shown in the title.
    pub organization: &'a str,
    /// Shown in the title.
    pub wave: &'a str,
    /// From [`parite_core::aggregate::FidelityAggregate::score`].
    pub score: &'a FidelityScore,
    /// The target line, in percent (80 in Parité's reports).
    pub target: f64,
}

impl FidelityChart<'_> {
    /// The title and the note under it.
    pub(crate) fn header(&self, texts: &Texts) -> (String, String) {
        (self.title(texts), texts.t("reports-chart-fidelity-note"))
    }

    fn title(&self, texts: &Texts) -> String {
        texts.t2(
            "reports-chart-fidelity-title",
            ("organization", self.organization),
            ("wave", self.wave),
        )
    }

    /// `(label, percent, is_overall)` for each bar.
    fn bars(&self, texts: &Texts) -> Vec<(String, Option<f64>, bool)> {
        let mut bars: Vec<_> = self
            .score
            .domains
            .iter()
            .map(|d| {
                let label = self
                    .instrument
                    .group(d.domain.as_str())
                    .map_or_else(|| d.domain.to_string(), |g| texts.t(g.title.as_str()));
                (label, d.percent, false)
            })
            .collect();
        bars.push((
            texts.t("reports-fidelity-overall"),
            self.score.overall,
            true,
        ));
        bars
    }

    pub(crate) fn size(&self) -> (u32, u32) {
        let rows = self.score.domains.len() as u32 + 1;
        (WIDTH, 200 + rows * ROW as u32)
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let (title, note) = self.header(texts);
        let mut y = pen.header(&title, &note)?;
        let target_label = texts.t1(
            "reports-target",
            "target",
            texts.percent(self.target / 100.0, 0),
        );
        let legend = [
            (
                texts.t("reports-legend-domain"),
                Swatch::Fill(palette::PROFESSIONAL),
            ),
            (
                texts.t("reports-fidelity-overall"),
                Swatch::Fill(palette::ALL),
            ),
            (target_label, Swatch::Dashed(palette::REFERENCE)),
        ];
        pen.legend(&legend, (MARGIN, y + 8))?;
        y += 40;
        let bars = self.bars(texts);
        let (top, bottom) = (y, y + ROW * bars.len() as i32 + 8);
        let (left, right) = (MARGIN + LABEL_AREA, WIDTH as i32 - MARGIN - 70);
        let x = Linear {
            from: (0.0, 100.0),
            to: (left, right),
        };
        for tick in (0..=100).step_by(20) {
            let px = x.at(f64::from(tick));
            pen.line((px, top), (px, bottom), palette::GRID, 1)?;
            let label = texts.percent(f64::from(tick) / 100.0, 0);
            pen.text(
                &label,
                (px, bottom + 8),
                SMALL_SIZE,
                HPos::Center,
                VPos::Top,
            )?;
        }
        pen.line((left, bottom), (right, bottom), palette::AXIS, 1)?;
        pen.text(
            &texts.t("reports-axis-fidelity"),
            ((left + right) / 2, bottom + 30),
            LABEL_SIZE,
            HPos::Center,
            VPos::Top,
        )?;

        let target = x.at(self.target.clamp(0.0, 100.0));
        for (i, (label, percent, overall)) in bars.iter().enumerate() {
            // The overall bar sits a little apart from the domains.
            let band_top = top + ROW * i as i32 + if *overall { 8 } else { 0 };
            let centre = band_top + ROW / 2;
            if *overall {
                pen.line(
                    (MARGIN, band_top - 4),
                    (right, band_top - 4),
                    palette::AXIS,
                    1,
                )?;
            }
            let lines = pen.wrap(label, LABEL_SIZE, *overall, LABEL_AREA - 16);
            pen.lines(
                &lines,
                (left - 14, centre),
                LABEL_SIZE,
                *overall,
                HPos::Right,
            )?;
            let (bar_top, bar_bottom) = (band_top + 12, band_top + ROW - 12);
            match percent {
                Some(p) => {
                    let color = if *overall {
                        palette::ALL
                    } else {
                        palette::PROFESSIONAL
                    };
                    pen.rect(
                        (left, bar_top),
                        (x.at(p.clamp(0.0, 100.0)).max(left + 2), bar_bottom),
                        color,
                    )?;
                    let value = texts.percent(p / 100.0, 0);
                    let end = x.at(p.clamp(0.0, 100.0));
                    let (at, h, ink) = self.value_place(&pen, &value, end, left, target, color);
                    pen.text_styled(&value, (at, centre), SMALL_SIZE, ink, true, h, VPos::Center)?;
                }
                None => {
                    let text = texts.t("reports-not-rated");
                    pen.text_styled(
                        &text,
                        (left + 8, centre),
                        SMALL_SIZE,
                        palette::MUTED,
                        false,
                        HPos::Left,
                        VPos::Center,
                    )?;
                }
            }
        }
        pen.dashed((target, top - 4), (target, bottom), palette::REFERENCE, 2)?;
        Ok(())
    }

    /// Where a bar's value label goes: after the bar's end, unless the target line would run
    /// through it (a bar just short of the target); then inside the bar's end, or else just
    /// past the line. Returns the anchor x, its alignment and the ink.
    fn value_place<DB: DrawingBackend>(
        &self,
        pen: &Pen<'_, DB>,
        value: &str,
        end: i32,
        left: i32,
        target: i32,
        bar: RGBColor,
    ) -> (i32, HPos, RGBColor) {
        const GAP: i32 = 8;
        let width = pen.width(value, SMALL_SIZE, true);
        let clear = |from: i32| target < from - 3 || target > from + width + 3;
        if clear(end + GAP) {
            (end + GAP, HPos::Left, palette::TEXT)
        } else if end - left >= width + 2 * GAP && clear(end - GAP - width) {
            (end - GAP, HPos::Right, palette::text_on(bar))
        } else {
            (target.max(end) + GAP, HPos::Left, palette::TEXT)
        }
    }

    pub(crate) fn data_table(&self, texts: &Texts) -> DataTable {
        let mut rows: Vec<Vec<String>> = self
            .score
            .domains
            .iter()
            .zip(self.bars(texts))
            .map(|(d, (label, percent, _))| {
                vec![
                    label,
                    texts.decimal(f64::from(d.points), 0),
                    texts.decimal(f64::from(d.max_points), 0),
                    self.percent_text(texts, percent),
                    self.band_text(texts, percent),
                ]
            })
            .collect();
        let overall = self.score.overall;
        rows.push(vec![
            texts.t("reports-fidelity-overall"),
            String::new(),
            String::new(),
            self.percent_text(texts, overall),
            self.band_text(texts, overall),
        ]);
        let headers = [
            "reports-col-domain",
            "reports-col-points",
            "reports-col-max-points",
            "reports-table-score",
            "reports-col-band",
        ];
        DataTable {
            caption: self.title(texts),
            headers: headers.iter().map(|id| texts.t(id)).collect(),
            rows,
        }
    }

    fn percent_text(&self, texts: &Texts, percent: Option<f64>) -> String {
        percent.map_or_else(
            || texts.t("reports-not-rated"),
            |p| texts.percent(p / 100.0, 0),
        )
    }

    fn band_text(&self, texts: &Texts, percent: Option<f64>) -> String {
        percent
            .and_then(|p| band(self.instrument, p))
            .map(|b| texts.t(b.label.as_str()))
            .unwrap_or_default()
    }
}
