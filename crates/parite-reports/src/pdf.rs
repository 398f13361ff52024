//! A report as a PDF a funder or a board can read on paper: US Letter pages, a cover, the
//! sections with their charts as vector graphics and every table, page numbers, DejaVu Sans
//! embedded (subset) so that French typography — the no-break spaces before `:` and `%`, the
//! narrow ones before `;` `?` `!` — prints as the page shows it.
//!
//! The caller composes a [`Document`] from strings already formatted in the reader's language
//! (the same Fluent messages the HTML page uses); nothing here knows what a report is about.
//! The PDF is tagged (headings, paragraphs, lists, figures with their description, tables with
//! header cells) so that a screen reader can follow it; page numbers, rules and repeated table
//! headers are marked as artifacts.
//!
//! Laying out and drawing are two passes: the page count is known before the first page is
//! drawn, so every page can say "Page 1 of 5".

mod draw;
mod layout;
mod table;
mod text;

use crate::ReportError;

/// A whole report, its text in one language.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The language of every text (`fr-CA`), for the PDF's metadata and its tags.
    pub lang: String,
    /// The report's title: on the cover, in the metadata and at the foot of every page.
    pub title: String,
    /// The cover's lines under the title: organization, wave, date.
    pub cover: Vec<String>,
    /// Notes on the cover, under its lines: what is hidden and why, provisional figures.
    pub notes: Vec<String>,
    /// The sections, each starting where the previous one ends.
    pub sections: Vec<Section>,
}

/// A headed part of the report.
#[derive(Debug, Clone, Default)]
pub struct Section {
    pub heading: String,
    /// What the section shows, in reading order.
    pub blocks: Vec<Block>,
}

/// One piece of a section.
#[derive(Debug, Clone)]
pub enum Block {
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A chart as an SVG document, scaled to the page's width; `description` is its text
    /// alternative (the chart's title; its figures follow as a table).
    Chart {
        svg: String,
        description: String,
    },
    Table(Table),
    /// A smaller, grey paragraph: how figures are hidden, where they come from.
    Note(String),
}

/// A table: its caption, column names and rows of text.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The document as PDF bytes. `page_label(page, pages)` writes each page's number in the
/// reader's language ("Page 1 de 5"). CPU-bound: run it off the async executor.
pub fn render(
    document: &Document,
    page_label: &dyn Fn(usize, usize) -> String,
) -> Result<Vec<u8>, ReportError> {
    let fonts = text::Fonts::load()?;
    let charts = charts(document)?;
    let laid = layout::lay_out(document, &fonts, &charts);
    draw::draw(document, &laid, &fonts, &charts, page_label)
}

/// Every chart of the document parsed once, in order, with DejaVu Sans as the only font: the
/// charts name `sans-serif`, which is then DejaVu whatever the server has installed.
fn charts(document: &Document) -> Result<Vec<usvg::Tree>, ReportError> {
    let options = crate::chart::svg_options();
    document
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Chart { svg, .. } => Some(svg),
            _ => None,
        })
        .map(|svg| usvg::Tree::from_str(svg, &options).map_err(|e| ReportError::Svg(e.to_string())))
        .collect()
}
