//! How the support timeline marks a session, and its legend: a state is told by its shape as
//! well as its colour (filled circle, hollow circle, dashed ring, ×), so that a reader who
//! does not see colours, or a greyscale print, still tells them apart.

use plotters::element::Circle;
use plotters::prelude::DrawingBackend;
use plotters::style::Color;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::support::figures::StateThen;
use parite_i18n::Texts;

use super::draw::{LABEL_SIZE, MARGIN, Pen, Swatch};
use super::palette;
use super::support_hours::legend_rows;
use crate::ReportError;

const RADIUS: i32 = 7;
/// The distance between two rows of legend.
const LEGEND_ROW: i32 = 32;

/// How a session is marked, by its state.
#[derive(Debug, Clone, Copy)]
pub(super) enum Mark {
    Delivered,
    NotRecorded,
    Upcoming,
    Cancelled,
}

impl From<StateThen> for Mark {
    fn from(state: StateThen) -> Mark {
        match state {
            StateThen::Delivered(_) => Mark::Delivered,
            StateThen::NotRecorded(_) => Mark::NotRecorded,
            StateThen::Upcoming(_) => Mark::Upcoming,
            StateThen::Cancelled(_) => Mark::Cancelled,
        }
    }
}

/// What a legend entry of the timeline shows: a mark, or a wave's dashed line.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Mark(Mark),
    Wave,
}

/// The state's name in the data table.
pub(super) fn state_name(texts: &Texts, mark: Mark) -> String {
    texts.t(match mark {
        Mark::Delivered => "reports-support-state-delivered",
        Mark::NotRecorded => "reports-support-state-not-recorded",
        Mark::Upcoming => "reports-support-state-upcoming",
        Mark::Cancelled => "reports-support-state-cancelled",
    })
}

/// A session's mark centred on `at`: filled circle (delivered), hollow circle (day passed,
/// not recorded), dashed grey ring (planned), × (cancelled).
pub(super) fn marker<DB: DrawingBackend>(
    pen: &Pen<'_, DB>,
    mark: Mark,
    (x, y): (i32, i32),
) -> Result<(), ReportError> {
    let circle = |radius: i32, style| {
        pen.area
            .draw(&Circle::new((x, y), radius, style))
            .map_err(ReportError::drawing)
    };
    match mark {
        Mark::Delivered => circle(RADIUS, palette::DELIVERED.filled()),
        Mark::NotRecorded => {
            // White inside, so the row's guide line does not run through the ring.
            circle(RADIUS, palette::BACKGROUND.filled())?;
            circle(RADIUS - 1, palette::NOT_RECORDED.stroke_width(2))
        }
        Mark::Upcoming => {
            circle(RADIUS, palette::BACKGROUND.filled())?;
            // Twelve dashes of 20° with gaps of 10°: a ring that reads as "not yet".
            let r = f64::from(RADIUS - 1);
            for dash in 0..12 {
                let points = (0..=4)
                    .map(|step| {
                        let angle = f64::from(dash * 30 + step * 5).to_radians();
                        let px = f64::from(x) + r * angle.cos();
                        let py = f64::from(y) + r * angle.sin();
                        (px.round() as i32, py.round() as i32)
                    })
                    .collect();
                pen.polyline(points, palette::UPCOMING, 2)?;
            }
            Ok(())
        }
        Mark::Cancelled => {
            let d = RADIUS - 1;
            pen.line((x - d, y - d), (x + d, y + d), palette::CANCELLED, 3)?;
            pen.line((x - d, y + d), (x + d, y - d), palette::CANCELLED, 3)
        }
    }
}

/// The legend's entries over rows: the four states and the wave line.
fn legend(texts: &Texts) -> Vec<Vec<(String, Entry)>> {
    let items = [
        (
            "reports-legend-support-delivered",
            Entry::Mark(Mark::Delivered),
        ),
        (
            "reports-legend-support-not-recorded",
            Entry::Mark(Mark::NotRecorded),
        ),
        (
            "reports-legend-support-upcoming",
            Entry::Mark(Mark::Upcoming),
        ),
        (
            "reports-legend-support-cancelled",
            Entry::Mark(Mark::Cancelled),
        ),
        ("reports-legend-wave-opens", Entry::Wave),
    ]
    .map(|(id, entry)| (texts.t(id), entry));
    legend_rows(&items)
}

/// The height the legend takes, with the gap under it.
pub(super) fn legend_height(texts: &Texts) -> i32 {
    LEGEND_ROW * legend(texts).len() as i32 + 8
}

/// Draws the legend from `y` down; returns the y under it.
pub(super) fn draw_legend<DB: DrawingBackend>(
    pen: &Pen<'_, DB>,
    texts: &Texts,
    mut y: i32,
) -> Result<i32, ReportError> {
    for row in legend(texts) {
        let mut x = MARGIN;
        for (label, entry) in row {
            // As [`Pen::legend`] lays an entry out: swatch, label, then a gap.
            x = match entry {
                Entry::Mark(mark) => {
                    marker(pen, mark, (x + 13, y + 8))?;
                    pen.text(
                        &label,
                        (x + 32, y + 8),
                        LABEL_SIZE,
                        HPos::Left,
                        VPos::Center,
                    )?;
                    x + 32 + pen.width(&label, LABEL_SIZE, false) + 24
                }
                Entry::Wave => pen.legend(&[(label, Swatch::Dashed(palette::WAVE))], (x, y + 8))?,
            };
        }
        y += LEGEND_ROW;
    }
    y += 8;
    Ok(y)
}
