//! Pagination: the document placed on Letter pages as positioned items, with the logical
//! structure (for the PDF's tags) alongside. Coordinates are PDF points from the top left.

use super::table;
use super::text::{Fonts, wrap};
use super::{Block, Document, Section};

/// US Letter, 8.5 × 11 in.
pub(super) const PAGE_WIDTH: f32 = 612.0;
pub(super) const PAGE_HEIGHT: f32 = 792.0;
/// Three quarters of an inch each side.
pub(super) const MARGIN: f32 = 54.0;
pub(super) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where content stops, leaving room for the page number.
const BOTTOM: f32 = PAGE_HEIGHT - 66.0;
/// plotters draws in CSS pixels (96 per inch); a point is 1/72 in.
const POINTS_PER_PIXEL: f32 = 0.75;

pub(super) const TEXT: Colour = Colour(0x1a, 0x1a, 0x1a);
pub(super) const GREY: Colour = Colour(0x55, 0x55, 0x55);
pub(super) const RULE: Colour = Colour(0x99, 0x99, 0x99);
pub(super) const SHADE: Colour = Colour(0xee, 0xee, 0xee);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Colour(pub u8, pub u8, pub u8);

/// How a run of text looks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Style {
    pub size: f32,
    pub bold: bool,
    pub colour: Colour,
}

impl Style {
    pub const fn new(size: f32, bold: bool, colour: Colour) -> Style {
        Style { size, bold, colour }
    }

    pub fn line_height(self) -> f32 {
        self.size * 1.35
    }

    /// From the top of a line box to its baseline.
    pub fn ascent(self) -> f32 {
        self.size * 1.02
    }
}

const TITLE: Style = Style::new(24.0, true, TEXT);
const COVER: Style = Style::new(13.0, false, TEXT);
const HEADING: Style = Style::new(15.0, true, TEXT);
const BODY: Style = Style::new(10.5, false, TEXT);
const NOTE: Style = Style::new(9.0, false, GREY);

/// What content drawn on a page belongs to: one leaf of the logical structure, or nothing
/// (decoration, repeated headers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Leaf {
    Content(usize),
    Artifact,
}

/// Something drawn at a place on a page.
#[derive(Debug, Clone)]
pub(super) enum Item {
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        style: Style,
        text: String,
        leaf: Leaf,
    },
    /// A filled rectangle: table rules and shading, always an artifact.
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        colour: Colour,
    },
    /// The `chart`-th chart of the document, scaled into the box.
    Chart {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        chart: usize,
        leaf: Leaf,
    },
}

/// The logical structure, in reading order.
#[derive(Debug, Clone)]
pub(super) enum Node {
    Group(Kind, Vec<Node>),
    Content(usize),
}

#[derive(Debug, Clone)]
pub(super) enum Kind {
    Section,
    /// A heading with its text (PDF/UA wants the title on the tag).
    Heading(u16, String),
    Paragraph,
    List,
    ListItem,
    ListBody,
    /// A chart, with its text alternative.
    Figure(String),
    Table,
    Caption,
    Row,
    HeaderCell,
    Cell,
}

/// The laid-out document: items page by page, the structure, how many leaves it has, and
/// where each section starts (its heading, page index, top) for the PDF's bookmarks.
pub(super) struct Laid {
    pub pages: Vec<Vec<Item>>,
    pub structure: Vec<Node>,
    pub leaves: usize,
    pub outline: Vec<(String, usize, f32)>,
}

/// The cursor moving down the pages.
pub(super) struct Layout<'a> {
    pub fonts: &'a Fonts,
    pages: Vec<Vec<Item>>,
    /// The top of the free space on the current page.
    pub y: f32,
    leaves: usize,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts) -> Layout<'a> {
        Layout {
            fonts,
            pages: vec![Vec::new()],
            y: MARGIN,
            leaves: 0,
        }
    }

    pub fn leaf(&mut self) -> usize {
        self.leaves += 1;
        self.leaves - 1
    }

    /// The height left on the current page.
    pub fn room(&self) -> f32 {
        BOTTOM - self.y
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` fits on this one (or this one is still empty: what
    /// does not fit an empty page goes there anyway).
    pub fn keep(&mut self, height: f32) {
        if height > self.room() && self.y > MARGIN {
            self.new_page();
        }
    }

    pub fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    pub fn gap(&mut self, height: f32) {
        self.y += height;
    }

    /// `text` wrapped to `width` from `x`, its lines flowing onto the next page; the leaves
    /// of its lines.
    pub fn text(&mut self, text: &str, style: Style, x: f32, width: f32) -> Vec<Node> {
        let face = self.fonts.face(style.bold);
        let mut nodes = Vec::new();
        for line in wrap(text, face, style.size, width) {
            self.keep(style.line_height());
            let leaf = self.leaf();
            self.push(Item::Text {
                x,
                y: self.y + style.ascent(),
                style,
                text: line,
                leaf: Leaf::Content(leaf),
            });
            self.y += style.line_height();
            nodes.push(Node::Content(leaf));
        }
        nodes
    }

    /// The height `text` takes wrapped to `width`.
    pub fn height(&self, text: &str, style: Style, width: f32) -> f32 {
        let lines = wrap(text, self.fonts.face(style.bold), style.size, width).len();
        lines as f32 * style.line_height()
    }

    fn paragraph(&mut self, text: &str, style: Style) -> Node {
        let node = Node::Group(
            Kind::Paragraph,
            self.text(text, style, MARGIN, CONTENT_WIDTH),
        );
        self.gap(style.size * 0.6);
        node
    }
}

/// Places the cover, then every section, on pages. `charts` are the document's charts in
/// order, as parsed SVG.
pub(super) fn lay_out(document: &Document, fonts: &Fonts, charts: &[usvg::Tree]) -> Laid {
    let mut layout = Layout::new(fonts);
    let mut structure = cover(&mut layout, document);
    layout.new_page();
    let mut chart = 0;
    let mut outline = Vec::new();
    for section in &document.sections {
        // A heading is never left alone at the foot of a page.
        layout.keep(HEADING.line_height() + 4.0 * BODY.line_height());
        let page = layout.pages.len() - 1;
        outline.push((section.heading.clone(), page, layout.y));
        structure.push(self::section(&mut layout, section, charts, &mut chart));
    }
    Laid {
        pages: layout.pages,
        structure,
        leaves: layout.leaves,
        outline,
    }
}

fn cover(layout: &mut Layout, document: &Document) -> Vec<Node> {
    layout.y = PAGE_HEIGHT * 0.28;
    let title = layout.text(&document.title, TITLE, MARGIN, CONTENT_WIDTH);
    layout.gap(TITLE.size * 0.5);
    layout.push(Item::Rect {
        x: MARGIN,
        y: layout.y,
        width: CONTENT_WIDTH * 0.3,
        height: 2.0,
        colour: TEXT,
    });
    layout.gap(TITLE.size);
    let mut nodes = vec![Node::Group(Kind::Heading(1, document.title.clone()), title)];
    nodes.extend(document.cover.iter().map(|l| layout.paragraph(l, COVER)));
    layout.gap(COVER.size * 2.0);
    nodes.extend(document.notes.iter().map(|n| layout.paragraph(n, NOTE)));
    nodes
}

fn section(
    layout: &mut Layout,
    section: &Section,
    charts: &[usvg::Tree],
    chart: &mut usize,
) -> Node {
    // A heading is never left alone at the foot of a page.
    layout.keep(HEADING.line_height() + 4.0 * BODY.line_height());
    let heading = layout.text(&section.heading, HEADING, MARGIN, CONTENT_WIDTH);
    layout.gap(HEADING.size * 0.5);
    let mut children = vec![Node::Group(
        Kind::Heading(2, section.heading.clone()),
        heading,
    )];
    for block in &section.blocks {
        children.push(match block {
            Block::Paragraph(text) => layout.paragraph(text, BODY),
            Block::Note(text) => layout.paragraph(text, NOTE),
            Block::List(items) => list(layout, items),
            Block::Table(t) => table::lay_out(layout, t),
            Block::Chart { description, .. } => {
                let node = figure(layout, charts.get(*chart), *chart, description);
                *chart += 1;
                node
            }
        });
    }
    layout.gap(BODY.size);
    Node::Group(Kind::Section, children)
}

fn list(layout: &mut Layout, items: &[String]) -> Node {
    let indent = 14.0;
    let mut children = Vec::new();
    for item in items {
        layout.keep(BODY.line_height());
        layout.push(Item::Text {
            x: MARGIN + 2.0,
            y: layout.y + BODY.ascent(),
            style: BODY,
            text: "•".to_owned(),
            leaf: Leaf::Artifact,
        });
        let body = layout.text(item, BODY, MARGIN + indent, CONTENT_WIDTH - indent);
        layout.gap(BODY.size * 0.3);
        children.push(Node::Group(
            Kind::ListItem,
            vec![Node::Group(Kind::ListBody, body)],
        ));
    }
    layout.gap(BODY.size * 0.5);
    Node::Group(Kind::List, children)
}

/// A chart at the page's width (never enlarged), smaller if it would not fit a page.
fn figure(layout: &mut Layout, tree: Option<&usvg::Tree>, chart: usize, description: &str) -> Node {
    let Some(tree) = tree else {
        return Node::Group(Kind::Figure(description.to_owned()), Vec::new());
    };
    let size = tree.size();
    let mut width = (size.width() * POINTS_PER_PIXEL).min(CONTENT_WIDTH);
    let mut height = width * size.height() / size.width();
    let page = BOTTOM - MARGIN;
    if height > page {
        width *= page / height;
        height = page;
    }
    layout.keep(height);
    let leaf = layout.leaf();
    layout.push(Item::Chart {
        x: MARGIN + (CONTENT_WIDTH - width) / 2.0,
        y: layout.y,
        width,
        height,
        chart,
        leaf: Leaf::Content(leaf),
    });
    layout.gap(height + BODY.size);
    Node::Group(
        Kind::Figure(description.to_owned()),
        vec![Node::Content(leaf)],
    )
}
