//! The laid-out pages drawn with krilla, each piece of content marked with its place in the
//! logical structure, and the page numbers at the foot.

use std::num::NonZeroU16;

use krilla::SerializeSettings;
use krilla::color::rgb;
use krilla::configure::{Accessibility, Configuration, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla_svg::{SurfaceExt, SvgSettings};

use super::Document;
use super::layout::{
    Colour, GREY, Item, Kind, Laid, Leaf, MARGIN, Node, PAGE_HEIGHT, PAGE_WIDTH, Style,
};
use super::text::Fonts;
use crate::ReportError;

const FOOTER: Style = Style::new(8.5, false, GREY);

/// The PDF, checked against PDF/UA-1 as it is written; should a text break it (a name with a
/// character DejaVu Sans cannot draw), the same tagged PDF without the claim rather than none.
pub(super) fn draw(
    document: &Document,
    laid: &Laid,
    fonts: &Fonts,
    charts: &[usvg::Tree],
    page_label: &dyn Fn(usize, usize) -> String,
) -> Result<Vec<u8>, ReportError> {
    let ua = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| ReportError::Pdf(format!("{e:?}")))?;
    let letter = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| ReportError::Pdf("page size".to_owned()))?;
    let pages = Pages {
        document,
        laid,
        fonts,
        charts,
        page_label,
        letter,
    };
    match pages.write(ua) {
        Err(KrillaError::Validation(_)) => pages.write(Configuration::default()),
        written => written,
    }
    .map_err(|e| ReportError::Pdf(e.to_string()))
}

struct Pages<'a> {
    document: &'a Document,
    laid: &'a Laid,
    fonts: &'a Fonts,
    charts: &'a [usvg::Tree],
    page_label: &'a dyn Fn(usize, usize) -> String,
    letter: PageSettings,
}

impl Pages<'_> {
    fn write(&self, configuration: Configuration) -> Result<Vec<u8>, KrillaError> {
        let Pages {
            document,
            laid,
            fonts,
            charts,
            page_label,
            ..
        } = *self;
        let mut pdf = krilla::Document::new_with(SerializeSettings {
            configuration,
            ..SerializeSettings::default()
        });
        let mut ids: Vec<Option<Identifier>> = vec![None; laid.leaves];
        let pages = laid.pages.len();
        for (index, items) in laid.pages.iter().enumerate() {
            let mut page = pdf.start_page_with(self.letter.clone());
            let mut surface = page.surface();
            for item in items {
                draw_item(&mut surface, item, fonts, charts, &mut ids);
            }
            footer(&mut surface, fonts, document, &page_label(index + 1, pages));
            surface.finish();
            page.finish();
        }
        let mut tree = TagTree::new().with_lang(Some(document.lang.clone()));
        for node in &laid.structure {
            if let Some(node) = tag(node, &mut ids) {
                tree.push(node);
            }
        }
        pdf.set_tag_tree(tree);
        // Bookmarks, one per section: PDF/UA asks for them, and a long report is easier to move in.
        let mut outline = Outline::new();
        for (heading, page, y) in &laid.outline {
            let destination = XyzDestination::new(*page, Point::from_xy(MARGIN, *y));
            outline.push_child(OutlineNode::new(heading.clone(), destination));
        }
        pdf.set_outline(outline);
        pdf.set_metadata(
            Metadata::new()
                .title(document.title.clone())
                .language(document.lang.clone())
                .creator("Parité".to_owned()),
        );
        pdf.finish()
    }
}

fn fill(surface: &mut Surface, colour: Colour) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
}

fn draw_item(
    surface: &mut Surface,
    item: &Item,
    fonts: &Fonts,
    charts: &[usvg::Tree],
    ids: &mut [Option<Identifier>],
) {
    match item {
        Item::Text {
            x,
            y,
            style,
            text,
            leaf,
        } => {
            let id = match leaf {
                Leaf::Content(_) => surface.start_tagged(ContentTag::Span(SpanTag::empty())),
                Leaf::Artifact => surface.start_tagged(artifact(ArtifactType::Layout)),
            };
            fill(surface, style.colour);
            surface.draw_text(
                Point::from_xy(*x, *y),
                fonts.face(style.bold).font.clone(),
                style.size,
                text,
                false,
                TextDirection::Auto,
            );
            surface.end_tagged();
            keep(ids, *leaf, id);
        }
        Item::Rect {
            x,
            y,
            width,
            height,
            colour,
        } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.start_tagged(artifact(ArtifactType::Layout));
                fill(surface, *colour);
                surface.draw_path(&path);
                surface.end_tagged();
            }
        }
        Item::Chart {
            x,
            y,
            width,
            height,
            chart,
            leaf,
        } => {
            let (Some(tree), Some(size)) = (charts.get(*chart), Size::from_wh(*width, *height))
            else {
                return;
            };
            let id = surface.start_tagged(ContentTag::Other);
            surface.push_transform(&Transform::from_translate(*x, *y));
            surface.draw_svg(tree, size, SvgSettings::default());
            surface.pop();
            surface.end_tagged();
            keep(ids, *leaf, id);
        }
    }
}

fn artifact(kind: ArtifactType) -> ContentTag<'static> {
    ContentTag::Artifact(Artifact::new(kind, None))
}

/// Remembers the identifier of a leaf's content for the structure tree.
fn keep(ids: &mut [Option<Identifier>], leaf: Leaf, id: Identifier) {
    if let Leaf::Content(index) = leaf
        && let Some(slot) = ids.get_mut(index)
    {
        *slot = Some(id);
    }
}

/// The report's title at the left of the foot of each page, the page number at the right.
fn footer(surface: &mut Surface, fonts: &Fonts, document: &Document, label: &str) {
    let y = PAGE_HEIGHT - 36.0;
    let face = fonts.face(FOOTER.bold);
    fill(surface, FOOTER.colour);
    surface.start_tagged(artifact(ArtifactType::PaginationOther));
    let width = face.width(label, FOOTER.size);
    let title_room = PAGE_WIDTH - 2.0 * MARGIN - width - 24.0;
    let title = super::text::wrap(&document.title, face, FOOTER.size, title_room);
    if let Some(first) = title.first() {
        surface.draw_text(
            Point::from_xy(MARGIN, y),
            face.font.clone(),
            FOOTER.size,
            first,
            false,
            TextDirection::Auto,
        );
    }
    surface.end_tagged();
    surface.start_tagged(artifact(ArtifactType::PageNumber));
    surface.draw_text(
        Point::from_xy(PAGE_WIDTH - MARGIN - width, y),
        face.font.clone(),
        FOOTER.size,
        label,
        false,
        TextDirection::Auto,
    );
    surface.end_tagged();
}

/// The structure node as a krilla tag, its leaves replaced by the content drawn for them;
/// `None` for a group left with nothing in it.
fn tag(node: &Node, ids: &mut [Option<Identifier>]) -> Option<krilla::tagging::Node> {
    match node {
        Node::Content(index) => ids.get_mut(*index)?.take().map(Into::into),
        Node::Group(kind, children) => {
            let children: Vec<_> = children.iter().filter_map(|c| tag(c, ids)).collect();
            (!children.is_empty()).then(|| TagGroup::with_children(kind_tag(kind), children).into())
        }
    }
}

fn kind_tag(kind: &Kind) -> TagKind {
    match kind {
        Kind::Section => Tag::Section.into(),
        Kind::Heading(level, title) => Tag::Hn(
            NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        Kind::Paragraph => Tag::P.into(),
        Kind::List => Tag::L(ListNumbering::Disc).into(),
        Kind::ListItem => Tag::LI.into(),
        Kind::ListBody => Tag::LBody.into(),
        Kind::Figure(alt) => Tag::Figure(Some(alt.clone())).into(),
        Kind::Table => Tag::Table.into(),
        Kind::Caption => Tag::Caption.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Kind::Cell => Tag::TD.into(),
    }
}
