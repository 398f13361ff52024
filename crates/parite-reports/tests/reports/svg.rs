//! A chart's SVG read back as boxes: where each text, rectangle and line was drawn, so that a
//! layout can be checked the way a reader sees it (what overlaps what).

use parite_reports::chart::text_width;

/// plotters writes a font's size divided by 1.24 (`plotters-svg`, `draw_text`); the charts
/// lay out with the size before that division, so text is measured at that size here too.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// A drawn text's box in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub content: String,
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
    /// The size the chart laid the text out at.
    pub size: f64,
    pub bold: bool,
    /// `start`, `middle` or `end`.
    pub anchor: String,
}

impl Text {
    /// Whether the two boxes share any area.
    pub fn overlaps(&self, other: &Text) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A polyline's points and stroke colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub stroke: String,
    pub points: Vec<(f64, f64)>,
}

impl Line {
    /// The x of a vertical segment, `None` for any other line.
    pub fn vertical_x(&self) -> Option<f64> {
        match self.points.as_slice() {
            [(xa, ya), (xb, yb)] if xa == xb && ya != yb => Some(*xa),
            _ => None,
        }
    }

    pub fn y_range(&self) -> (f64, f64) {
        let ys = self.points.iter().map(|p| p.1);
        (
            ys.clone().fold(f64::INFINITY, f64::min),
            ys.fold(f64::NEG_INFINITY, f64::max),
        )
    }
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

fn number(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no number {name} in {tag}"))
}

/// Every `<text>` of the SVG with the box it occupies, measured as the chart measured it.
pub fn texts(svg: &str) -> Vec<Text> {
    svg.split("<text")
        .skip(1)
        .map(|element| {
            let (tag, rest) = element.split_once('>').expect("a text tag");
            let (content, _) = rest.split_once("</text>").expect("a closed text");
            let content = content
                .trim()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            let size = number(tag, "font-size") * PLOTTERS_FONT_SCALE;
            let bold = attr(tag, "font-weight") == Some("bold");
            let width = f64::from(text_width(&content, size, bold).expect("the chart font"));
            let (x, y) = (number(tag, "x"), number(tag, "y"));
            let anchor = attr(tag, "text-anchor").unwrap_or("start").to_owned();
            let x0 = match anchor.as_str() {
                "middle" => x - width / 2.0,
                "end" => x - width,
                _ => x,
            };
            // plotters' `dy` for VPos::Top, Center and Bottom.
            let y0 = match attr(tag, "dy") {
                Some("0.5ex") => y - size / 2.0,
                Some("-0.5ex") => y - size,
                _ => y,
            };
            Text {
                content,
                x0,
                x1: x0 + width,
                y0,
                y1: y0 + size,
                size,
                bold,
                anchor,
            }
        })
        .collect()
}

pub fn rects(svg: &str) -> Vec<Rect> {
    svg.split("<rect")
        .skip(1)
        .map(|element| {
            let tag = element.split_once('>').expect("a rect tag").0;
            Rect {
                x: number(tag, "x"),
                y: number(tag, "y"),
                width: number(tag, "width"),
                height: number(tag, "height"),
            }
        })
        .collect()
}

pub fn lines(svg: &str) -> Vec<Line> {
    svg.split("<polyline")
        .skip(1)
        .map(|element| {
            let tag = element.split_once('>').expect("a polyline tag").0;
            let points = attr(tag, "points")
                .expect("points")
                .split_whitespace()
                .map(|pair| {
                    let (x, y) = pair.split_once(',').expect("x,y");
                    (x.parse().expect("a number"), y.parse().expect("a number"))
                })
                .collect();
            Line {
                stroke: attr(tag, "stroke").unwrap_or_default().to_owned(),
                points,
            }
        })
        .collect()
}
