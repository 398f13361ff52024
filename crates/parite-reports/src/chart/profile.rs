//! One organization's barrier profile in one wave: a horizontal bar per barrier and group
//! (everyone, peers, professionals) with its 95 % interval, on the 1–5 scale. Everyone comes
//! first: in a team of 5 to 20 the split is often hidden, and the chart must still say
//! something; a hidden bar says why it is hidden.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::aggregate::{Estimate, IndexAggregate, Subgroup};
use parite_core::suppression::{Masked, MinCell};
use parite_core::{IndexKind, Instrument};
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, Swatch, hidden_legend};
use super::{DataTable, palette};
use crate::ReportError;
use crate::labels::{HiddenLabels, group, interval, suppression_note};

const WIDTH: u32 = 960;
const ROW: i32 = 96;
const BAR: i32 = 22;
const LABEL_AREA: i32 = 250;
const VALUE_AREA: i32 = 120;

/// The data of a barrier profile: the barrier aggregates of `organization`'s `wave`, taken from
/// `aggregates` (other organizations, waves and the readiness index are left out).
#[derive(Debug, Clone, Copy)]
pub struct BarrierProfile<'a> {
    /// The survey, for its major-barrier threshold.
    pub instrument: &'a Instrument,
    /// The organization, as in the aggregates (also shown in the title).
    pub organization: &'a str,
    /// The wave, as in the aggregates (also shown in the title).
    pub wave: &'a str,
    /// Aggregates to pick from, e.g. all of [`parite_core::aggregate::Aggregates::indices`].
    pub aggregates: &'a [IndexAggregate],
}

impl BarrierProfile<'_> {
    fn rows(&self) -> impl Iterator<Item = &IndexAggregate> {
        self.aggregates.iter().filter(|a| {
            a.kind == IndexKind::Barrier
                && a.organization == self.organization
                && a.wave == self.wave
        })
    }

    /// The title and the note under it.
    pub(crate) fn header(&self, texts: &Texts, k: MinCell) -> (String, String) {
        (self.title(texts), suppression_note(texts, k))
    }

    fn title(&self, texts: &Texts) -> String {
        texts.t2(
            "reports-chart-profile-title",
            ("organization", self.organization),
            ("wave", self.wave),
        )
    }

    pub(crate) fn size(&self) -> (u32, u32) {
        let rows = self.rows().count().max(1) as u32;
        (WIDTH, 226 + rows * ROW as u32)
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
        let major_at = self.instrument.scoring.major_barrier_at;
        let mut legend: Vec<(String, Swatch)> = Subgroup::ALL
            .into_iter()
            .map(|g| (group(texts, g), Swatch::Fill(colour(g))))
            .collect();
        if let Some(at) = major_at {
            let label = texts.t1("reports-major-barrier", "at", texts.decimal(at, 0));
            legend.push((label, Swatch::Dashed(palette::REFERENCE)));
        }
        pen.legend(&legend, (MARGIN, y + 8))?;
        pen.legend(&hidden_legend(&hidden), (MARGIN, y + 44))?;
        y += 72;

        let rows: Vec<&IndexAggregate> = self.rows().collect();
        let (top, bottom) = (y, y + ROW * rows.len().max(1) as i32);
        let (left, right) = (MARGIN + LABEL_AREA, WIDTH as i32 - MARGIN - VALUE_AREA);
        let x = Linear {
            from: (1.0, 5.0),
            to: (left, right),
        };
        for tick in 1..=5 {
            let px = x.at(f64::from(tick));
            pen.line((px, top), (px, bottom), palette::GRID, 1)?;
            pen.text(
                &texts.decimal(f64::from(tick), 0),
                (px, bottom + 8),
                SMALL_SIZE,
                HPos::Center,
                VPos::Top,
            )?;
        }
        pen.line((left, bottom), (right, bottom), palette::AXIS, 1)?;
        let axis = texts.t("reports-axis-mean-score");
        pen.text(
            &axis,
            ((left + right) / 2, bottom + 30),
            LABEL_SIZE,
            HPos::Center,
            VPos::Top,
        )?;

        for (i, row) in rows.iter().enumerate() {
            let band = top + ROW * i as i32;
            if i > 0 {
                pen.line((MARGIN, band), (right, band), palette::GRID, 1)?;
            }
            let label = texts.t(row.label.as_str());
            let lines = pen.wrap(&label, LABEL_SIZE, true, LABEL_AREA - 16);
            pen.lines(
                &lines,
                (left - 14, band + ROW / 2),
                LABEL_SIZE,
                true,
                HPos::Right,
            )?;
            let masked = row.masked(k);
            for (slot, subgroup) in Subgroup::ALL.into_iter().enumerate() {
                let bar_top = band + 11 + (BAR + 4) * slot as i32;
                let centre = bar_top + BAR / 2;
                match masked.get(subgroup) {
                    Masked::Shown(e) => {
                        bar(&pen, &x, e, colour(subgroup), bar_top)?;
                        let value = texts.t2(
                            "reports-value-n",
                            ("value", texts.decimal(e.mean.unwrap_or(f64::NAN), 1)),
                            ("n", e.n as f64),
                        );
                        pen.text_styled(
                            &value,
                            (right + 12, centre),
                            SMALL_SIZE,
                            palette::TEXT,
                            true,
                            HPos::Left,
                            VPos::Center,
                        )?;
                    }
                    Masked::Suppressed { reason } => {
                        // The reason is written inside the box, which is wide enough for it.
                        pen.hidden(
                            (left, bar_top),
                            (right, bar_top + BAR),
                            *reason,
                            hidden.of(*reason),
                            SMALL_SIZE,
                        )?;
                    }
                }
            }
        }
        if let Some(at) = major_at.filter(|at| (1.0..=5.0).contains(at)) {
            pen.dashed(
                (x.at(at), top - 4),
                (x.at(at), bottom),
                palette::REFERENCE,
                2,
            )?;
        }
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts, k: MinCell) -> DataTable {
        let hidden = HiddenLabels::new(texts, k);
        let headers = [
            "reports-table-barrier",
            "reports-col-group",
            "reports-col-n",
            "reports-col-mean",
            "reports-table-ci",
            "reports-table-major",
        ];
        let mut rows = Vec::new();
        for aggregate in self.rows() {
            let masked = aggregate.masked(k);
            for subgroup in Subgroup::ALL {
                let mut row = vec![texts.t(aggregate.label.as_str()), group(texts, subgroup)];
                match masked.get(subgroup) {
                    Masked::Shown(e) => row.extend(estimate_cells(texts, e)),
                    Masked::Suppressed { reason } => {
                        row.extend(std::iter::repeat_n(hidden.of(*reason).to_owned(), 4))
                    }
                }
                rows.push(row);
            }
        }
        DataTable {
            caption: self.title(texts),
            headers: headers.iter().map(|id| texts.t(id)).collect(),
            rows,
        }
    }
}

/// The bar colour of a group.
fn colour(subgroup: Subgroup) -> plotters::style::RGBColor {
    match subgroup {
        Subgroup::All => palette::ALL,
        Subgroup::Peer => palette::PEER,
        Subgroup::Professional => palette::PROFESSIONAL,
    }
}

/// n, mean, interval and major share of a shown estimate, as text.
pub(crate) fn estimate_cells(texts: &Texts, e: &Estimate) -> [String; 4] {
    [
        texts.decimal(e.n as f64, 0),
        e.mean.map(|m| texts.decimal(m, 2)).unwrap_or_default(),
        e.ci95
            .map(|ci| interval(texts, ci.low, ci.high, 2))
            .unwrap_or_default(),
        e.major_share
            .map(|s| texts.percent(s, 0))
            .unwrap_or_default(),
    ]
}

/// A bar from 1 to the mean with the interval as a whisker, clipped to the scale.
fn bar<DB: DrawingBackend>(
    pen: &Pen<'_, DB>,
    x: &Linear,
    e: &Estimate,
    color: plotters::style::RGBColor,
    top: i32,
) -> Result<(), ReportError> {
    let Some(mean) = e.mean else { return Ok(()) };
    let mean = mean.clamp(1.0, 5.0);
    pen.rect(
        (x.at(1.0), top),
        (x.at(mean).max(x.at(1.0) + 2), top + BAR),
        color,
    )?;
    if let Some(ci) = e.ci95 {
        let centre = top + BAR / 2;
        let (low, high) = (ci.low.max(1.0), ci.high.min(5.0));
        pen.line((x.at(low), centre), (x.at(high), centre), palette::TEXT, 2)?;
        // Caps only where the interval really ends, not where the scale cuts it.
        for (end, real) in [(low, ci.low >= 1.0), (high, ci.high <= 5.0)] {
            if real {
                pen.line(
                    (x.at(end), centre - 7),
                    (x.at(end), centre + 7),
                    palette::TEXT,
                    2,
                )?;
            }
        }
    }
    Ok(())
}
