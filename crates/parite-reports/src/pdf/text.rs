//! Text measured and wrapped with the faces the PDF embeds, so that a wrapped line fits the
//! width it was measured for.

use krilla::text::Font;
use rustybuzz::{Face, UnicodeBuffer};

use crate::ReportError;

/// One face: krilla's handle to embed and draw it, rustybuzz's to measure with the same
/// shaping krilla applies when it draws.
pub(super) struct Typeface {
    pub font: Font,
    face: Face<'static>,
}

impl Typeface {
    fn new(data: &'static [u8]) -> Result<Typeface, ReportError> {
        Ok(Typeface {
            font: Font::new(data.into(), 0).ok_or(ReportError::Font)?,
            face: Face::from_slice(data, 0).ok_or(ReportError::Font)?,
        })
    }

    /// The advance of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.face.units_per_em() as f32
    }
}

/// DejaVu Sans, regular and bold: the faces of the HTML charts too.
pub(super) struct Fonts {
    pub regular: Typeface,
    pub bold: Typeface,
}

impl Fonts {
    pub fn load() -> Result<Fonts, ReportError> {
        Ok(Fonts {
            regular: Typeface::new(dejavu::sans::regular())?,
            bold: Typeface::new(dejavu::sans::bold())?,
        })
    }

    pub fn face(&self, bold: bool) -> &Typeface {
        if bold { &self.bold } else { &self.regular }
    }
}

/// `text` as lines no wider than `width`, broken at ordinary spaces only: the no-break spaces
/// of French typography keep `75 %` and `obstacles :` together. A word wider than a line is
/// cut where it must.
pub(super) fn wrap(text: &str, face: &Typeface, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if face.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = cut(word, face, size, width, &mut lines);
        }
        lines.push(line);
    }
    lines
}

/// Pushes the full-width pieces of `word` onto `lines` and returns the rest.
fn cut(word: &str, face: &Typeface, size: f32, width: f32, lines: &mut Vec<String>) -> String {
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if face.width(&piece, size) > width && piece.chars().count() > 1 {
            piece.pop();
            lines.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("DejaVu loads")
    }

    #[test]
    fn lines_fit_their_width_and_keep_every_word() {
        let fonts = fonts();
        let text = "Les résultats fondés sur moins de 5 répondant·e·s sont masqués, de même que ceux qui permettraient de les retrouver.";
        let lines = wrap(text, &fonts.regular, 10.0, 150.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(fonts.regular.width(line, 10.0) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_figure_stays_with_its_percent_sign_and_a_word_with_its_colon() {
        let fonts = fonts();
        let text = "Fidélité\u{a0}: 75\u{a0}% Réponses\u{202f}? oui";
        // Narrow enough that breaking at the no-break spaces would be tempting.
        for width in [60.0, 70.0, 80.0] {
            let lines = wrap(text, &fonts.regular, 10.0, width);
            assert!(
                lines.iter().any(|l| l.contains("75\u{a0}%")),
                "{width}: {lines:?}"
            );
            assert!(
                lines.iter().all(|l| !l.starts_with(['%', ':', '?'])),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn bold_text_is_wider_than_regular() {
        let fonts = fonts();
        let regular = fonts.regular.width("Profil des obstacles", 12.0);
        assert!(regular > 60.0 && regular < 200.0, "{regular}");
        assert!(fonts.bold.width("Profil des obstacles", 12.0) > regular);
    }
}
