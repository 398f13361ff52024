//! One organization's sessions of support on a time axis, one row per kind, with its survey
//! waves as dashed lines: a reader sees what support came between two waves, and reads it
//! beside the change in barriers between them. A session's state is told by its shape (filled,
//! hollow, dashed ring, ×) as well as its colour, so a greyscale print keeps it.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, VPos};

use parite_core::SupportKindId;
use parite_core::stages::Date;
use parite_core::support::SupportKinds;
use parite_core::support::figures::{StateThen, SupportFigures, SupportRecord, WaveMark};
use parite_i18n::Texts;

use super::draw::{
    ALLOWED_HEADER, LABEL_SIZE, Linear, MARGIN, Pen, SMALL_SIZE, line_step, text_width, wrap,
};
use super::support_hours::with_as_of;
use super::support_marks::{draw_legend, legend_height, marker, state_name};
use super::{DataTable, palette};
use crate::ReportError;
use crate::labels::kind_label;

const WIDTH: u32 = 960;
const ROW: i32 = 46;
const LABEL_AREA: i32 = 220;
/// Room right of the axis for the last month's label.
const RIGHT_PAD: i32 = 24;
const LEFT: i32 = MARGIN + LABEL_AREA;
const RIGHT: i32 = WIDTH as i32 - MARGIN - RIGHT_PAD;
/// One level of wave labels above the rows.
const WAVE_LEVEL: i32 = 22;
/// Below the rows: month and year labels and the bottom margin.
const AXIS_AREA: i32 = 70;
/// The month abbreviations, January first. Written out so that `parite check` sees them used.
const MONTHS: [&str; 12] = [
    "reports-month-1",
    "reports-month-2",
    "reports-month-3",
    "reports-month-4",
    "reports-month-5",
    "reports-month-6",
    "reports-month-7",
    "reports-month-8",
    "reports-month-9",
    "reports-month-10",
    "reports-month-11",
    "reports-month-12",
];

/// The data of a support timeline.
#[derive(Debug, Clone, Copy)]
pub struct SupportTimeline<'a> {
    /// The kinds of support, for the rows' order and names.
    pub kinds: &'a SupportKinds,
    /// The organization, as in the figures (also shown in the title).
    pub organization: &'a str,
    /// Its activities and waves are drawn; other organizations' are left out.
    pub figures: &'a SupportFigures,
}

/// A wave's label above the rows: where its line is, the span of its text and its level.
struct WaveLabel<'a> {
    x: i32,
    span: (i32, i32),
    level: i32,
    text: &'a str,
}

/// A month as a count of months, so that months add and compare.
fn month_number(date: Date) -> i32 {
    date.year() * 12 + i32::from(date.month()) - 1
}

fn month_start(number: i32) -> Option<Date> {
    let month = u8::try_from(number.rem_euclid(12) + 1).ok()?;
    Date::new(number.div_euclid(12), month, 1)
}

impl<'a> SupportTimeline<'a> {
    fn activities(&self) -> impl Iterator<Item = &'a SupportRecord> + '_ {
        let organization = self.organization;
        self.figures
            .activities
            .iter()
            .filter(move |r| r.organization == organization)
    }

    /// Where an activity stood on the figures' last day; planned when the figures have none.
    fn state(&self, record: &SupportRecord) -> StateThen {
        self.figures
            .state_of(record)
            .unwrap_or(StateThen::Upcoming(record.planned_on))
    }

    /// The organization's waves by opening day.
    fn waves(&self) -> Vec<&'a WaveMark> {
        let mut waves: Vec<&WaveMark> = self
            .figures
            .waves
            .iter()
            .filter(|w| w.organization == self.organization)
            .collect();
        waves.sort_by_key(|w| w.opens);
        waves
    }

    /// The kinds the organization has activities of, in the kinds file's order (a kind since
    /// removed from the file last), each with its name over lines and its row's height.
    fn rows(&self, texts: &Texts) -> Vec<(&'a SupportKindId, Vec<String>, i32)> {
        let mut ids: Vec<&SupportKindId> = self
            .kinds
            .iter()
            .map(|k| &k.id)
            .filter(|id| self.activities().any(|r| r.kind == **id))
            .collect();
        for record in self.activities() {
            if !ids.contains(&&record.kind) {
                ids.push(&record.kind);
            }
        }
        ids.into_iter()
            .map(|id| {
                let name = kind_label(self.kinds, id, texts);
                let lines = wrap(&name, LABEL_SIZE, false, LABEL_AREA - 16);
                let height = ROW.max(line_step(LABEL_SIZE) * lines.len() as i32 + 12);
                (id, lines, height)
            })
            .collect()
    }

    /// The first and last month starts of the axis: from the month of the first activity or
    /// wave to the start of the month after the last activity or wave — or, for team leads and
    /// funders, the figures' last day, so they see up to when the schedule is counted.
    fn range(&self) -> (i32, i32) {
        let days: Vec<Date> = self
            .activities()
            .map(|r| self.state(r).date())
            .chain(self.waves().iter().map(|w| w.opens))
            .collect();
        let first = days.iter().min().copied();
        let protected_cutoff = self.figures.cutoff.filter(|_| self.figures.protected);
        let last = days.into_iter().chain(protected_cutoff).max();
        match first.zip(last) {
            Some((first, last)) => (month_number(first), month_number(last) + 1),
            // Nothing to draw: a year-long empty axis rather than a division by zero.
            None => (0, 12),
        }
    }

    /// The time axis in pixels, by days since 1970.
    fn scale(&self) -> Linear {
        let (first, last) = self.range();
        let day = |number| month_start(number).map_or(0.0, |d| d.days_since_epoch() as f64);
        Linear {
            from: (day(first), day(last).max(day(first) + 1.0)),
            to: (LEFT, RIGHT),
        }
    }

    /// Each wave's label, right of its line (left of it near the right edge), on the lowest
    /// level where it overlaps no other label and crosses no other wave's line. Placed from
    /// the last wave back: a line runs down from its label, past the levels under it, where
    /// the labels of later waves start right of it.
    fn wave_labels(&self) -> Vec<WaveLabel<'a>> {
        let x = self.scale();
        let mut placed: Vec<WaveLabel<'a>> = Vec::new();
        for wave in self.waves().into_iter().rev() {
            let at = x.at(wave.opens.days_since_epoch() as f64);
            let width = text_width(&wave.label, SMALL_SIZE, true);
            let span = if at + 4 + width <= WIDTH as i32 - MARGIN {
                (at + 4, at + 4 + width)
            } else {
                (at - 4 - width, at - 4)
            };
            let clear = |level: i32| {
                placed.iter().all(|other| {
                    let apart = span.1 + 8 <= other.span.0 || other.span.1 + 8 <= span.0;
                    let inside = |x: i32, (a, b): (i32, i32)| a - 2 <= x && x <= b + 2;
                    match other.level.cmp(&level) {
                        std::cmp::Ordering::Equal => apart,
                        // Its line passes through this level: this label must not cover it.
                        std::cmp::Ordering::Greater => !inside(other.x, span),
                        // This line passes through its level: it must not cross the label.
                        std::cmp::Ordering::Less => !inside(at, other.span),
                    }
                })
            };
            let top = placed.iter().map(|w| w.level + 1).max().unwrap_or(0);
            let level = (0..=top).find(|l| clear(*l)).unwrap_or(top);
            placed.push(WaveLabel {
                x: at,
                span,
                level,
                text: &wave.label,
            });
        }
        placed
    }

    /// The height of the wave labels above the rows.
    fn waves_height(&self) -> i32 {
        let levels = self.wave_labels().iter().map(|w| w.level + 1).max();
        levels.map_or(0, |n| n * WAVE_LEVEL + 6)
    }

    /// The title and the note under it.
    pub(crate) fn header(&self, texts: &Texts) -> (String, String) {
        let title = texts.t1(
            "reports-chart-support-timeline-title",
            "organization",
            self.organization,
        );
        let note = texts.t("reports-chart-support-timeline-note");
        (title, with_as_of(note, self.figures, texts))
    }

    /// Taller with each kind's row (a long kind name makes its row taller), each row of
    /// legend and each level of wave labels.
    pub(crate) fn size(&self, texts: &Texts) -> (u32, u32) {
        let rows: i32 = self.rows(texts).iter().map(|(_, _, h)| h).sum();
        let legend = legend_height(texts);
        let height = ALLOWED_HEADER + legend + self.waves_height() + rows.max(ROW) + AXIS_AREA;
        (WIDTH, u32::try_from(height).unwrap_or(0))
    }

    pub(crate) fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
    ) -> Result<(), ReportError> {
        let pen = Pen { area: root };
        let (title, note) = self.header(texts);
        let y = pen.header(&title, &note)?;
        let y = draw_legend(&pen, texts, y)?;
        let top = y + self.waves_height();
        let rows = self.rows(texts);
        let heights: i32 = rows.iter().map(|(_, _, h)| h).sum();
        let bottom = top + heights.max(ROW);
        let x = self.scale();
        self.months(&pen, texts, &x, (top, bottom))?;
        for wave in self.wave_labels() {
            let label_bottom = top - 6 - wave.level * WAVE_LEVEL;
            pen.text_styled(
                wave.text,
                (wave.span.0, label_bottom),
                SMALL_SIZE,
                palette::WAVE,
                true,
                HPos::Left,
                VPos::Bottom,
            )?;
            pen.dashed(
                (wave.x, label_bottom + 2),
                (wave.x, bottom),
                palette::WAVE,
                2,
            )?;
        }
        let mut band_top = top;
        for (id, name, height) in &rows {
            let centre = band_top + height / 2;
            pen.lines(name, (LEFT - 14, centre), LABEL_SIZE, false, HPos::Right)?;
            pen.line((LEFT, band_top), (RIGHT, band_top), palette::GRID, 1)?;
            for record in self.activities().filter(|r| r.kind == **id) {
                let state = self.state(record);
                let at = x.at(state.date().days_since_epoch() as f64);
                marker(&pen, state.into(), (at, centre))?;
            }
            band_top += height;
        }
        pen.line((LEFT, bottom), (RIGHT, bottom), palette::AXIS, 1)?;
        Ok(())
    }

    /// The month grid and labels: every month when they fit, else every 2, 3, 6 or 12 months
    /// from a quarter's or year's start; the year under January and under the first label.
    fn months<DB: DrawingBackend>(
        &self,
        pen: &Pen<'_, DB>,
        texts: &Texts,
        x: &Linear,
        (top, bottom): (i32, i32),
    ) -> Result<(), ReportError> {
        let (first, last) = self.range();
        let step = [1, 2, 3, 6, 12]
            .into_iter()
            .find(|step| (last - first) / step <= 12)
            .unwrap_or(12);
        let mut number = first + (step - first.rem_euclid(step)) % step;
        let mut labelled_year = false;
        while number <= last {
            let Some(start) = month_start(number) else {
                break;
            };
            let px = x.at(start.days_since_epoch() as f64);
            pen.line((px, top), (px, bottom), palette::GRID, 1)?;
            let month = texts.t(MONTHS[usize::from(start.month() - 1)]);
            pen.text(
                &month,
                (px, bottom + 8),
                SMALL_SIZE,
                HPos::Center,
                VPos::Top,
            )?;
            if start.month() == 1 || !labelled_year {
                // Written as text: a year is not a quantity to group ("2 026").
                let year = start.year().to_string();
                pen.text_styled(
                    &year,
                    (px, bottom + 28),
                    SMALL_SIZE,
                    palette::MUTED,
                    true,
                    HPos::Center,
                    VPos::Top,
                )?;
                labelled_year = true;
            }
            number += step;
        }
        Ok(())
    }

    pub(crate) fn data_table(&self, texts: &Texts) -> DataTable {
        let headers = [
            "reports-col-date",
            "reports-col-support-kind",
            "reports-col-support-state",
            "reports-col-support-duration",
        ]
        .map(|id| texts.t(id))
        .to_vec();
        let rows = self
            .activities()
            .map(|record| {
                let state = self.state(record);
                vec![
                    texts.date(&state.date().to_string()),
                    kind_label(self.kinds, &record.kind, texts),
                    state_name(texts, state.into()),
                    texts.decimal(f64::from(record.duration_minutes) / 60.0, 1),
                ]
            })
            .collect();
        DataTable {
            caption: self.header(texts).0,
            headers,
            rows,
        }
    }
}
