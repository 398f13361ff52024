//! Tables across pages: columns sized to their text, cells wrapped, a row never cut in two,
//! and the header row repeated at the top of each page the table continues on.

use super::Table;
use super::layout::{
    CONTENT_WIDTH, Colour, GREY, Item, Kind, Layout, Leaf, MARGIN, Node, RULE, SHADE, Style, TEXT,
};

const CELL: Style = Style::new(8.5, false, TEXT);
const HEADER: Style = Style::new(8.5, true, TEXT);
const CAPTION: Style = Style::new(10.0, true, GREY);
/// Inside each cell, left and right; half of it above and below.
const PADDING: f32 = 4.0;

pub(super) fn lay_out(layout: &mut Layout, table: &Table) -> Node {
    let columns = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([table.headers.len()])
        .max()
        .unwrap_or(0);
    let widths = widths(layout, table, columns);
    let header_height = if table.headers.is_empty() {
        0.0
    } else {
        row_height(layout, &table.headers, &widths, HEADER)
    };
    let first_row = table
        .rows
        .first()
        .map_or(0.0, |r| row_height(layout, r, &widths, CELL));
    let caption_height = layout.height(&table.caption, CAPTION, CONTENT_WIDTH);
    // The caption goes with the header and the first row.
    layout.keep(caption_height + CAPTION.size * 0.4 + header_height + first_row);
    let caption = layout.text(&table.caption, CAPTION, MARGIN, CONTENT_WIDTH);
    layout.gap(CAPTION.size * 0.4);
    let mut children = vec![Node::Group(Kind::Caption, caption)];
    let headed = !table.headers.is_empty();
    if headed {
        children.push(row(layout, &table.headers, &widths, HEADER, Cells::Header));
    }
    for (index, cells) in table.rows.iter().enumerate() {
        let height = row_height(layout, cells, &widths, CELL);
        if height > layout.room() {
            layout.new_page();
            if headed {
                row(layout, &table.headers, &widths, HEADER, Cells::Repeated);
            }
        }
        if index % 2 == 1 {
            rect(layout, layout.y, height, SHADE);
        }
        children.push(row(layout, cells, &widths, CELL, Cells::Data));
    }
    rect(layout, layout.y, 0.75, RULE);
    layout.gap(CELL.size * 1.5);
    Node::Group(Kind::Table, children)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cells {
    Header,
    /// The header again on a following page: drawn, but not read twice.
    Repeated,
    Data,
}

/// Column widths that fill the text width: each column's natural width when all fit;
/// otherwise the narrow columns keep theirs and the wide ones share what is left in
/// proportion to their text.
fn widths(layout: &Layout, table: &Table, columns: usize) -> Vec<f32> {
    let natural: Vec<f32> = (0..columns)
        .map(|c| {
            let header = table.headers.get(c).map_or(0.0, |h| {
                widest_word(layout, h, HEADER).max(width(layout, h, HEADER) * 0.6)
            });
            table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| width(layout, cell, CELL))
                .fold(header, f32::max)
                + 2.0 * PADDING
        })
        .collect();
    let total: f32 = natural.iter().sum();
    if total <= CONTENT_WIDTH || columns == 0 {
        let extra = (CONTENT_WIDTH - total).max(0.0) / columns.max(1) as f32;
        return natural.iter().map(|w| w + extra).collect();
    }
    let fair = CONTENT_WIDTH / columns as f32;
    let narrow: f32 = natural.iter().filter(|w| **w <= fair).sum();
    let wide: f32 = natural.iter().filter(|w| **w > fair).sum();
    let left = CONTENT_WIDTH - narrow;
    natural
        .iter()
        .map(|w| if *w <= fair { *w } else { w / wide * left })
        .collect()
}

fn width(layout: &Layout, text: &str, style: Style) -> f32 {
    layout.fonts.face(style.bold).width(text, style.size)
}

fn widest_word(layout: &Layout, text: &str, style: Style) -> f32 {
    text.split(' ')
        .map(|w| width(layout, w, style))
        .fold(0.0, f32::max)
}

fn row_height(layout: &Layout, cells: &[String], widths: &[f32], style: Style) -> f32 {
    let tallest = cells
        .iter()
        .zip(widths)
        .map(|(cell, w)| layout.height(cell, style, w - 2.0 * PADDING))
        .fold(style.line_height(), f32::max);
    tallest + PADDING
}

fn rect(layout: &mut Layout, y: f32, height: f32, colour: Colour) {
    layout.push(Item::Rect {
        x: MARGIN,
        y,
        width: CONTENT_WIDTH,
        height,
        colour,
    });
}

/// Draws one row at the cursor and moves past it.
fn row(layout: &mut Layout, cells: &[String], widths: &[f32], style: Style, kind: Cells) -> Node {
    let top = layout.y;
    let height = row_height(layout, cells, widths, style);
    if kind != Cells::Data {
        rect(layout, top, height, SHADE);
    }
    let mut x = MARGIN;
    let mut nodes = Vec::new();
    for (cell, width) in cells.iter().zip(widths) {
        layout.y = top + PADDING / 2.0;
        let leaves = if kind == Cells::Repeated {
            repeated(layout, cell, style, x + PADDING, width - 2.0 * PADDING);
            Vec::new()
        } else {
            layout.text(cell, style, x + PADDING, width - 2.0 * PADDING)
        };
        let tag = if kind == Cells::Data {
            Kind::Cell
        } else {
            Kind::HeaderCell
        };
        nodes.push(Node::Group(tag, leaves));
        x += width;
    }
    layout.y = top + height;
    if kind != Cells::Data {
        rect(layout, layout.y - 0.75, 0.75, RULE);
    }
    Node::Group(Kind::Row, nodes)
}

/// A repeated header cell's lines, drawn as artifacts.
fn repeated(layout: &mut Layout, text: &str, style: Style, x: f32, width: f32) {
    let lines = super::text::wrap(text, layout.fonts.face(style.bold), style.size, width);
    for line in lines {
        layout.push(Item::Text {
            x,
            y: layout.y + style.ascent(),
            style,
            text: line,
            leaf: Leaf::Artifact,
        });
        layout.gap(style.line_height());
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::{Item, Leaf, lay_out};
    use super::super::text::Fonts;
    use super::super::{Block, Document, Section, Table};

    fn long_table(rows: usize) -> Document {
        Document {
            lang: "fr-CA".to_owned(),
            title: "Rapport".to_owned(),
            cover: vec!["Centre Horizon".to_owned()],
            notes: Vec::new(),
            sections: vec![Section {
                heading: "Participation".to_owned(),
                blocks: vec![Block::Table(Table {
                    caption: "Participation par vague".to_owned(),
                    headers: vec!["Vague".to_owned(), "Répondant·e·s (n)".to_owned()],
                    rows: (0..rows)
                        .map(|i| vec![format!("Vague {i}"), format!("{}", i % 9)])
                        .collect(),
                })],
            }],
        }
    }

    fn texts(page: &[Item]) -> Vec<(&str, Leaf)> {
        page.iter()
            .filter_map(|item| match item {
                Item::Text { text, leaf, .. } => Some((text.as_str(), *leaf)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_long_table_continues_on_the_next_pages_under_its_header_and_keeps_every_row() {
        let fonts = Fonts::load().expect("fonts");
        let laid = lay_out(&long_table(150), &fonts, &[]);
        assert!(
            laid.pages.len() >= 4,
            "cover and 3+ pages: {}",
            laid.pages.len()
        );
        for page in &laid.pages[2..] {
            let lines = texts(page);
            assert_eq!(
                lines[..2],
                [
                    ("Vague", Leaf::Artifact),
                    ("Répondant·e·s (n)", Leaf::Artifact)
                ],
                "the header again, not read twice"
            );
        }
        let rows: Vec<&str> = laid.pages[1..]
            .iter()
            .flat_map(|p| texts(p))
            .filter(|(t, _)| t.starts_with("Vague "))
            .map(|(t, _)| t)
            .collect();
        let expected: Vec<String> = (0..150).map(|i| format!("Vague {i}")).collect();
        assert_eq!(rows, expected, "each row once, in order");
    }

    #[test]
    fn a_short_table_stays_on_one_page_without_a_repeated_header() {
        let fonts = Fonts::load().expect("fonts");
        let laid = lay_out(&long_table(5), &fonts, &[]);
        assert_eq!(laid.pages.len(), 2, "the cover and one page");
        let artifacts = texts(&laid.pages[1])
            .iter()
            .filter(|(_, leaf)| *leaf == Leaf::Artifact)
            .count();
        assert_eq!(artifacts, 0);
    }

    #[test]
    fn the_document_renders_as_a_pdf_with_a_chart() {
        let mut document = long_table(60);
        document.sections[0].blocks.insert(
            0,
            Block::Chart {
                svg: r##"<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300"><rect width="400" height="100" fill="#0072B2"/><text x="10" y="150" font-family="sans-serif" font-size="20">Profil des obstacles : 75 %</text></svg>"##.to_owned(),
                description: "Profil des obstacles".to_owned(),
            },
        );
        let pdf = super::super::render(&document, &|page, pages| format!("Page {page} de {pages}"))
            .expect("a PDF");
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() > 10_000, "fonts embedded: {} bytes", pdf.len());
    }

    #[test]
    fn a_name_the_font_cannot_draw_still_gives_a_pdf() {
        let mut document = long_table(3);
        document.cover = vec!["Centre 和平 Horizon".to_owned()];
        let pdf = super::super::render(&document, &|page, pages| format!("{page}/{pages}"))
            .expect("a PDF all the same");
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
