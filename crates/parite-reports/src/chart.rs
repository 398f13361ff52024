//! Charts drawn with plotters, to SVG text or PNG bytes, in the reader's language.
//!
//! Every chart:
//! - takes its title, axis labels and legend from `reports.ftl` through [`Texts`], and writes
//!   numbers in the reader's format (`3,8` / `3.8`, `80 %` / `80%`);
//! - uses the Okabe–Ito colour-blind-safe palette, choosing colours of clearly different
//!   lightness so that a greyscale print still separates them, and labels values directly;
//! - draws a hidden figure as a hatched grey box saying why it is hidden (cross-hatched when
//!   it protects another group), never as a bar, a point or a number;
//! - has a [`DataTable`] with the same figures as text, to put under it (and for screen readers).
//!
//! Text is drawn with DejaVu Sans, embedded and registered once, so a server without fonts
//! draws the same PNG; SVG keeps text as text.

mod change;
mod draw;
mod fidelity;
mod heatmap;
mod palette;
mod profile;
mod progress;
mod support_hours;
mod support_marks;
mod support_timeline;

use std::sync::OnceLock;

use std::sync::Arc;

use plotters::backend::{DrawingBackend, SVGBackend};
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::style::FontStyle;

use parite_core::suppression::MinCell;
use parite_i18n::Texts;

pub use change::BarrierChange;
pub use fidelity::FidelityChart;
pub use heatmap::BarrierHeatmap;
pub use profile::BarrierProfile;
pub use progress::ProgressChart;
pub use support_hours::SupportHours;
pub use support_timeline::SupportTimeline;

use crate::ReportError;

/// The width in pixels of `text` at `size` as the charts measure it when they lay out, so that
/// a layout can be checked from the SVG alone.
pub fn text_width(text: &str, size: f64, bold: bool) -> Result<i32, ReportError> {
    register_font()?;
    Ok(draw::text_width(text, size, bold))
}

/// One of the report charts, with its data.
#[derive(Debug, Clone, Copy)]
pub enum Chart<'a> {
    /// One organization's barriers in one wave, peers and professionals side by side.
    BarrierProfile(BarrierProfile<'a>),
    /// One organization's barriers across its waves.
    BarrierChange(BarrierChange<'a>),
    /// Fidelity by domain against the target.
    Fidelity(FidelityChart<'a>),
    /// Stage progress across organizations.
    Progress(ProgressChart<'a>),
    /// Organizations × barriers, for funders.
    Heatmap(BarrierHeatmap<'a>),
    /// One organization's sessions of support between its survey waves.
    SupportTimeline(SupportTimeline<'a>),
    /// Hours of support by organization and kind, for funders.
    SupportHours(SupportHours<'a>),
}

/// A chart's figures as localized text: a header row and data rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    /// What the table shows (the chart's title).
    pub caption: String,
    /// Column names.
    pub headers: Vec<String>,
    /// One row of cells per line, each as long as `headers`.
    pub rows: Vec<Vec<String>>,
}

impl Chart<'_> {
    /// The kind of chart this is; its [`ChartKind::code`] is the name in addresses and on the
    /// command line (`barrier-profile.svg`).
    pub fn kind(&self) -> crate::definition::ChartKind {
        use crate::definition::ChartKind;
        match self {
            Chart::BarrierProfile(_) => ChartKind::BarrierProfile,
            Chart::BarrierChange(_) => ChartKind::BarrierChange,
            Chart::Fidelity(_) => ChartKind::FidelityDomains,
            Chart::Progress(_) => ChartKind::StageProgress,
            Chart::Heatmap(_) => ChartKind::BarrierHeatmap,
            Chart::SupportTimeline(_) => ChartKind::SupportTimeline,
            Chart::SupportHours(_) => ChartKind::SupportHours,
        }
    }

    /// Width and height in pixels (SVG user units), which grow with the number of rows and
    /// with a title or note that wraps past one line (a long organization name).
    pub fn size(&self, texts: &Texts, k: MinCell) -> (u32, u32) {
        let ((width, height), (title, note)) = match self {
            Chart::BarrierProfile(c) => (c.size(), c.header(texts, k)),
            Chart::BarrierChange(c) => (c.size(), c.header(texts, k)),
            Chart::Fidelity(c) => (c.size(), c.header(texts)),
            Chart::Progress(c) => (c.size(), ProgressChart::header(texts)),
            Chart::Heatmap(c) => (c.size(), BarrierHeatmap::header(texts, k)),
            Chart::SupportTimeline(c) => (c.size(texts), c.header(texts)),
            Chart::SupportHours(c) => (c.size(texts), c.header(texts)),
        };
        let taller = draw::header_height(width, &title, &note) - draw::ALLOWED_HEADER;
        (width, height + u32::try_from(taller).unwrap_or(0))
    }

    /// The chart as an SVG document.
    pub fn render_svg(&self, texts: &Texts, k: MinCell) -> Result<String, ReportError> {
        register_font()?;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, self.size(texts, k)).into_drawing_area();
            self.draw(&root, texts, k)?;
            root.present().map_err(ReportError::drawing)?;
        }
        Ok(svg)
    }

    /// The chart as PNG bytes (RGB, 8 bits). CPU-bound: run it off the async executor.
    ///
    /// The PNG is the chart's SVG rasterized (resvg), on white: one drawing for both formats,
    /// and text shaped as in the SVG and the PDF.
    pub fn render_png(&self, texts: &Texts, k: MinCell) -> Result<Vec<u8>, ReportError> {
        let svg = self.render_svg(texts, k)?;
        let tree = usvg::Tree::from_str(&svg, &svg_options())
            .map_err(|e| ReportError::Png(e.to_string()))?;
        let (width, height) = self.size(texts, k);
        let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
            .ok_or_else(|| ReportError::Png(format!("{width} × {height} pixels")))?;
        pixmap.fill(resvg::tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|e| ReportError::Png(e.to_string()))
    }

    /// The chart's figures as text, hidden ones as the reason they are hidden.
    pub fn data_table(&self, texts: &Texts, k: MinCell) -> DataTable {
        match self {
            Chart::BarrierProfile(c) => c.data_table(texts, k),
            Chart::BarrierChange(c) => c.data_table(texts, k),
            Chart::Fidelity(c) => c.data_table(texts),
            Chart::Progress(c) => c.data_table(texts),
            Chart::Heatmap(c) => c.data_table(texts, k),
            Chart::SupportTimeline(c) => c.data_table(texts),
            Chart::SupportHours(c) => c.data_table(texts),
        }
    }

    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        texts: &Texts,
        k: MinCell,
    ) -> Result<(), ReportError> {
        root.fill(&palette::BACKGROUND)
            .map_err(ReportError::drawing)?;
        match self {
            Chart::BarrierProfile(c) => c.draw(root, texts, k),
            Chart::BarrierChange(c) => c.draw(root, texts, k),
            Chart::Fidelity(c) => c.draw(root, texts),
            Chart::Progress(c) => c.draw(root, texts),
            Chart::Heatmap(c) => c.draw(root, texts, k),
            Chart::SupportTimeline(c) => c.draw(root, texts),
            Chart::SupportHours(c) => c.draw(root, texts),
        }
    }
}

/// Registers DejaVu Sans as plotters' `sans-serif`, once per process.
fn register_font() -> Result<(), ReportError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        let regular = plotters::style::register_font(
            draw::FAMILY,
            FontStyle::Normal,
            dejavu::sans::regular(),
        );
        let bold =
            plotters::style::register_font(draw::FAMILY, FontStyle::Bold, dejavu::sans::bold());
        regular.is_ok() && bold.is_ok()
    });
    if ok { Ok(()) } else { Err(ReportError::Font) }
}

/// How a chart's SVG is read back (for its PNG and for the PDF): DejaVu Sans, the font it was
/// laid out with, as the only font, whatever the server has installed. Loaded once.
pub fn svg_options() -> usvg::Options<'static> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut fonts = usvg::fontdb::Database::new();
        fonts.load_font_source(usvg::fontdb::Source::Binary(Arc::new(
            dejavu::sans::regular(),
        )));
        fonts.load_font_source(usvg::fontdb::Source::Binary(Arc::new(dejavu::sans::bold())));
        fonts.set_sans_serif_family("DejaVu Sans");
        Arc::new(fonts)
    });
    usvg::Options {
        fontdb: Arc::clone(fonts),
        ..usvg::Options::default()
    }
}
