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

use std::sync::OnceLock;

use image::ImageEncoder;
use plotters::backend::{BitMapBackend, DrawingBackend, SVGBackend};
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
        }
    }

    /// Width and height in pixels (SVG user units), which grow with the number of rows.
    pub fn size(&self) -> (u32, u32) {
        match self {
            Chart::BarrierProfile(c) => c.size(),
            Chart::BarrierChange(c) => c.size(),
            Chart::Fidelity(c) => c.size(),
            Chart::Progress(c) => c.size(),
            Chart::Heatmap(c) => c.size(),
        }
    }

    /// The chart as an SVG document.
    pub fn render_svg(&self, texts: &Texts, k: MinCell) -> Result<String, ReportError> {
        register_font()?;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, self.size()).into_drawing_area();
            self.draw(&root, texts, k)?;
            root.present().map_err(ReportError::drawing)?;
        }
        Ok(svg)
    }

    /// The chart as PNG bytes (RGB, 8 bits). CPU-bound: run it off the async executor.
    pub fn render_png(&self, texts: &Texts, k: MinCell) -> Result<Vec<u8>, ReportError> {
        register_font()?;
        let (width, height) = self.size();
        let mut pixels = vec![0_u8; width as usize * height as usize * 3];
        {
            let root = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
            self.draw(&root, texts, k)?;
            root.present().map_err(ReportError::drawing)?;
        }
        let mut png = Vec::new();
        image::codecs::png::PngEncoder::new(&mut png).write_image(
            &pixels,
            width,
            height,
            image::ColorType::Rgb8,
        )?;
        Ok(png)
    }

    /// The chart's figures as text, hidden ones as the reason they are hidden.
    pub fn data_table(&self, texts: &Texts, k: MinCell) -> DataTable {
        match self {
            Chart::BarrierProfile(c) => c.data_table(texts, k),
            Chart::BarrierChange(c) => c.data_table(texts, k),
            Chart::Fidelity(c) => c.data_table(texts),
            Chart::Progress(c) => c.data_table(texts),
            Chart::Heatmap(c) => c.data_table(texts, k),
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
