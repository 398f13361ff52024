//! Drawing in pixels on a plotters area: text, boxes, lines, hatching, wrapping, the header and
//! legends. The charts lay themselves out with [`Linear`] scales rather than plotters' mesh,
//! which cannot place category labels, direct value labels and hidden-cell boxes exactly.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{DashedPathElement, PathElement, Rectangle};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontStyle, IntoFont, RGBColor, ShapeStyle, TextStyle};

use parite_core::suppression::Reason;

use super::palette;
use crate::ReportError;
use crate::labels::HiddenLabels;

/// The font family the charts draw with (DejaVu Sans, registered in `chart.rs`).
pub(crate) const FAMILY: &str = "sans-serif";

pub(crate) const TITLE_SIZE: f64 = 24.0;
pub(crate) const LABEL_SIZE: f64 = 16.0;
pub(crate) const SMALL_SIZE: f64 = 14.0;
/// Left and right page margin.
pub(crate) const MARGIN: i32 = 24;

type Point = (i32, i32);

/// A linear map from data values to pixels.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Linear {
    pub from: (f64, f64),
    pub to: (i32, i32),
}

impl Linear {
    pub(crate) fn at(&self, value: f64) -> i32 {
        let (d0, d1) = self.from;
        let (p0, p1) = self.to;
        let t = (value - d0) / (d1 - d0);
        (f64::from(p0) + t * f64::from(p1 - p0)).round() as i32
    }
}

/// What a legend entry shows.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    Fill(RGBColor),
    /// A hidden cell, drawn as [`Pen::hidden`] draws one for this reason.
    Hidden(Reason),
    Dashed(RGBColor),
    /// A point with its interval, as the change chart draws a mean.
    Point(RGBColor),
}

/// A pen on one drawing area, mapping plotters' errors to ours.
pub(crate) struct Pen<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
}

fn style(size: f64, color: RGBColor, bold: bool, h: HPos, v: VPos) -> TextStyle<'static> {
    let weight = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    (FAMILY, size, weight)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

impl<DB: DrawingBackend> Pen<'_, DB> {
    #[expect(
        clippy::too_many_arguments,
        reason = "a text call reads best with all its parts"
    )]
    pub(crate) fn text_styled(
        &self,
        text: &str,
        at: Point,
        size: f64,
        color: RGBColor,
        bold: bool,
        h: HPos,
        v: VPos,
    ) -> Result<(), ReportError> {
        self.area
            .draw_text(text, &style(size, color, bold, h, v), at)
            .map_err(ReportError::drawing)
    }

    /// Plain text in the text colour.
    pub(crate) fn text(
        &self,
        text: &str,
        at: Point,
        size: f64,
        h: HPos,
        v: VPos,
    ) -> Result<(), ReportError> {
        self.text_styled(text, at, size, palette::TEXT, false, h, v)
    }

    pub(crate) fn width(&self, text: &str, size: f64, bold: bool) -> i32 {
        text_width(text, size, bold)
    }

    /// Greedy word wrap to `max_width` pixels; a single word longer than that stays whole.
    pub(crate) fn wrap(&self, text: &str, size: f64, bold: bool, max_width: i32) -> Vec<String> {
        wrap(text, size, bold, max_width)
    }

    /// Wrapped lines centred vertically on `at.1`, aligned by `h`.
    pub(crate) fn lines(
        &self,
        lines: &[String],
        at: Point,
        size: f64,
        bold: bool,
        h: HPos,
    ) -> Result<(), ReportError> {
        let step = line_step(size);
        let top = at.1 - step * (lines.len() as i32 - 1) / 2;
        for (i, line) in lines.iter().enumerate() {
            self.text_styled(
                line,
                (at.0, top + step * i as i32),
                size,
                palette::TEXT,
                bold,
                h,
                VPos::Center,
            )?;
        }
        Ok(())
    }

    pub(crate) fn rect(&self, a: Point, b: Point, fill: RGBColor) -> Result<(), ReportError> {
        self.area
            .draw(&Rectangle::new([a, b], fill.filled()))
            .map_err(ReportError::drawing)
    }

    pub(crate) fn outline(
        &self,
        a: Point,
        b: Point,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ReportError> {
        let style = ShapeStyle::from(&color).stroke_width(width);
        self.area
            .draw(&Rectangle::new([a, b], style))
            .map_err(ReportError::drawing)
    }

    pub(crate) fn line(
        &self,
        a: Point,
        b: Point,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ReportError> {
        let style = ShapeStyle::from(&color).stroke_width(width);
        self.area
            .draw(&PathElement::new(vec![a, b], style))
            .map_err(ReportError::drawing)
    }

    pub(crate) fn polyline(
        &self,
        points: Vec<Point>,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ReportError> {
        let style = ShapeStyle::from(&color).stroke_width(width);
        self.area
            .draw(&PathElement::new(points, style))
            .map_err(ReportError::drawing)
    }

    pub(crate) fn dashed(
        &self,
        a: Point,
        b: Point,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ReportError> {
        let style = ShapeStyle::from(&color).stroke_width(width);
        self.area
            .draw(&DashedPathElement::new(vec![a, b], 6, 4, style))
            .map_err(ReportError::drawing)
    }

    /// A hidden cell: light grey, hatched at 45° (cross-hatched when hidden to protect another
    /// group, so the two reasons differ without the text too), outlined, with `marker`
    /// centred if it fits.
    pub(crate) fn hidden(
        &self,
        a: Point,
        b: Point,
        reason: Reason,
        marker: &str,
        size: f64,
    ) -> Result<(), ReportError> {
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        self.rect((x0, y0), (x1, y1), palette::HIDDEN_FILL)?;
        let (w, h) = (x1 - x0, y1 - y0);
        // Lines x − x0 + (y1 − y) = d for d every 7 px, clipped to the box.
        for d in (7..w + h).step_by(7) {
            let start = (d - h).max(0);
            let end = d.min(w);
            if start < end {
                let from = (x0 + start, y1 - (d - start));
                let to = (x0 + end, y1 - (d - end));
                self.line(from, to, palette::HIDDEN_HATCH, 1)?;
                if reason == Reason::Complementary {
                    // The mirror image: lines (x − x0) − (y − y0) = w − d.
                    let mirror = |(x, y): Point| (x0 + x1 - x, y);
                    self.line(mirror(from), mirror(to), palette::HIDDEN_HATCH, 1)?;
                }
            }
        }
        self.outline((x0, y0), (x1, y1), palette::HIDDEN_HATCH, 1)?;
        let text_width = self.width(marker, size, true);
        if text_width + 8 <= w && size as i32 + 4 <= h {
            let centre = ((x0 + x1) / 2, (y0 + y1) / 2);
            let pad = (text_width / 2 + 4, (size * 0.7) as i32);
            self.rect(
                (centre.0 - pad.0, centre.1 - pad.1),
                (centre.0 + pad.0, centre.1 + pad.1),
                palette::HIDDEN_FILL,
            )?;
            self.text_styled(
                marker,
                centre,
                size,
                palette::TEXT,
                true,
                HPos::Center,
                VPos::Center,
            )?;
        }
        Ok(())
    }

    /// A horizontal value axis under a band of bars from `top` to `bottom`: a grid line and a
    /// label under it at each tick, the axis line, and the axis name centred below.
    pub(crate) fn value_axis(
        &self,
        x: &Linear,
        ticks: &[(f64, String)],
        (top, bottom): (i32, i32),
        name: &str,
    ) -> Result<(), ReportError> {
        for (value, label) in ticks {
            let px = x.at(*value);
            self.line((px, top), (px, bottom), palette::GRID, 1)?;
            self.text(label, (px, bottom + 8), SMALL_SIZE, HPos::Center, VPos::Top)?;
        }
        let (left, right) = x.to;
        self.line((left, bottom), (right, bottom), palette::AXIS, 1)?;
        self.text(
            name,
            ((left + right) / 2, bottom + 30),
            LABEL_SIZE,
            HPos::Center,
            VPos::Top,
        )
    }

    /// The chart's title and the suppression note under it; returns the y below them, which
    /// is [`header_height`].
    pub(crate) fn header(&self, title: &str, note: &str) -> Result<i32, ReportError> {
        let (width, _) = self.area.dim_in_pixel();
        let max = i32::try_from(width).unwrap_or(i32::MAX) - 2 * MARGIN;
        let mut y = 18;
        for line in self.wrap(title, TITLE_SIZE, true, max) {
            self.text_styled(
                &line,
                (MARGIN, y),
                TITLE_SIZE,
                palette::TEXT,
                true,
                HPos::Left,
                VPos::Top,
            )?;
            y += (TITLE_SIZE * 1.3) as i32;
        }
        for line in self.wrap(note, SMALL_SIZE, false, max) {
            self.text_styled(
                &line,
                (MARGIN, y + 2),
                SMALL_SIZE,
                palette::MUTED,
                false,
                HPos::Left,
                VPos::Top,
            )?;
            y += (SMALL_SIZE * 1.35) as i32;
        }
        Ok(y + 10)
    }

    /// A horizontal legend starting at `at`; returns the x after the last entry.
    pub(crate) fn legend(&self, items: &[(String, Swatch)], at: Point) -> Result<i32, ReportError> {
        let mut x = at.0;
        for (label, swatch) in items {
            let (a, b) = ((x, at.1 - 8), (x + 26, at.1 + 8));
            match swatch {
                Swatch::Fill(color) => {
                    self.rect(a, b, *color)?;
                    self.outline(a, b, palette::AXIS, 1)?;
                }
                Swatch::Hidden(reason) => self.hidden(a, b, *reason, "", SMALL_SIZE)?,
                Swatch::Dashed(color) => self.dashed((x, at.1), (x + 26, at.1), *color, 2)?,
                Swatch::Point(color) => {
                    let mid = x + 13;
                    self.line((mid, at.1 - 9), (mid, at.1 + 9), *color, 2)?;
                    self.line((mid - 5, at.1 - 9), (mid + 5, at.1 - 9), *color, 2)?;
                    self.line((mid - 5, at.1 + 9), (mid + 5, at.1 + 9), *color, 2)?;
                    self.area
                        .draw(&plotters::element::Circle::new(
                            (mid, at.1),
                            5,
                            color.filled(),
                        ))
                        .map_err(ReportError::drawing)?;
                }
            }
            self.text(label, (x + 32, at.1), LABEL_SIZE, HPos::Left, VPos::Center)?;
            x += 32 + self.width(label, LABEL_SIZE, false) + 24;
        }
        Ok(x)
    }
}

/// The width in pixels of `text` as the charts draw it (the same measure on every backend,
/// so the SVG and the PNG are laid out alike).
pub(crate) fn text_width(text: &str, size: f64, bold: bool) -> i32 {
    let font = style(size, palette::TEXT, bold, HPos::Left, VPos::Top).font;
    match font.box_size(text) {
        Ok((w, _)) => i32::try_from(w).unwrap_or(i32::MAX),
        // A rough average glyph width if the font cannot measure: wrapping still works.
        Err(_) => (text.chars().count() as f64 * size * 0.55) as i32,
    }
}

/// The words of `text` for wrapping: split at spaces a line may break at, never at the
/// no-break spaces French typography puts before `:` `;` `%` and inside « » (U+00A0, U+202F)
/// or between a number's digit groups (U+2007), which stay inside their word.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}'))
        .filter(|word| !word.is_empty())
}

/// Greedy word wrap to `max_width` pixels; a single word longer than that stays whole.
pub(crate) fn wrap(text: &str, size: f64, bold: bool, max_width: i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in words(text) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size, bold) > max_width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Like [`wrap`], but a word wider than `max_width` is broken over lines with a hyphen, for
/// narrow columns whose headers must not run into each other.
pub(crate) fn wrap_breaking(text: &str, size: f64, bold: bool, max_width: i32) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    for word in words(text) {
        let mut rest: Vec<char> = word.chars().collect();
        while text_width(&rest.iter().collect::<String>(), size, bold) > max_width {
            // The longest head that fits with its hyphen; at least one letter, so it ends.
            let mut cut = rest.len() - 1;
            while cut > 1 {
                let head: String = rest[..cut].iter().chain(['-'].iter()).collect();
                if text_width(&head, size, bold) <= max_width {
                    break;
                }
                cut -= 1;
            }
            let head: String = rest[..cut].iter().chain(['-'].iter()).collect();
            pieces.push(head);
            rest.drain(..cut);
        }
        pieces.push(rest.into_iter().collect());
    }
    // Hyphenated heads stay alone on their line; whole words pack as [`wrap`] packs them.
    let mut lines: Vec<String> = Vec::new();
    let mut joinable = false;
    for piece in pieces {
        let hyphenated = piece.ends_with('-');
        match lines.last_mut() {
            Some(line)
                if joinable && text_width(&format!("{line} {piece}"), size, bold) <= max_width =>
            {
                line.push(' ');
                line.push_str(&piece);
            }
            _ => lines.push(piece),
        }
        joinable = !hyphenated;
    }
    lines
}

/// The distance between two wrapped lines at `size`, as [`Pen::lines`] spaces them.
pub(crate) fn line_step(size: f64) -> i32 {
    (size * 1.25).round() as i32
}

/// The legend entries of the two kinds of hidden cell.
pub(crate) fn hidden_legend(labels: &HiddenLabels) -> [(String, Swatch); 2] {
    [Reason::Primary, Reason::Complementary]
        .map(|reason| (labels.of(reason).to_owned(), Swatch::Hidden(reason)))
}

/// The height [`Pen::header`] takes for `title` and `note` on a chart `width` wide: its title
/// and note wrap, so a long organization name makes it taller.
pub(crate) fn header_height(width: u32, title: &str, note: &str) -> i32 {
    let max = i32::try_from(width).unwrap_or(i32::MAX) - 2 * MARGIN;
    let titles = wrap(title, TITLE_SIZE, true, max).len() as i32;
    let notes = wrap(note, SMALL_SIZE, false, max).len() as i32;
    18 + titles * (TITLE_SIZE * 1.3) as i32 + notes * (SMALL_SIZE * 1.35) as i32 + 10
}

/// The header each chart's own height allows for: one line of title, one of note. A taller
/// header makes the chart taller by the difference ([`crate::chart::Chart::size`]).
pub(crate) const ALLOWED_HEADER: i32 =
    18 + (TITLE_SIZE * 1.3) as i32 + (SMALL_SIZE * 1.35) as i32 + 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_french_line_keeps_its_no_break_spaces_and_never_breaks_at_them() {
        let text = "5 sur 7 prévues (71\u{202f}%) et l’équipe\u{a0}: 12\u{2007}000 heures";
        for width in [60, 120, 400] {
            let lines = wrap(text, SMALL_SIZE, false, width);
            let joined = lines.join(" ");
            assert_eq!(joined, text, "nothing lost at {width} px");
            for line in &lines {
                assert!(
                    !line.starts_with('%') && !line.starts_with(':'),
                    "{lines:?}"
                );
            }
        }
        let broken = wrap_breaking(text, SMALL_SIZE, false, 80);
        assert!(
            broken.iter().any(|l| l.contains("(71\u{202f}%)")),
            "{broken:?}"
        );
    }
}
