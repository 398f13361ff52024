//! Text as the three tools' comments and labels can hold it.

/// `text` broken into lines of at most `width` characters at ordinary spaces (never at the
/// no-break spaces French puts before `:` and `;`), and at its own line breaks.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let length = line.chars().count();
            if length > 0 && length + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// A comment's text without what would end or extend a comment in Stata (`*/`, `/*`, `///`);
/// the same in every script, so that a comment reads alike in all three.
pub(super) fn commentable(text: &str) -> String {
    text.replace("///", "//")
        .replace("/*", "/ *")
        .replace("*/", "* /")
}

/// A label on one line: SPSS and Stata labels cannot hold a line break, so each run of line
/// breaks, tabs and other control characters becomes one space.
pub(super) fn one_line(label: &str) -> String {
    let mut line = String::with_capacity(label.len());
    let mut space = false;
    for c in label.trim().chars() {
        if c.is_control() {
            space = !line.ends_with(' ');
            continue;
        }
        if space && c == ' ' {
            continue;
        }
        if space {
            line.push(' ');
            space = false;
        }
        line.push(c);
    }
    line
}

/// `label` cut to at most `most` bytes at a character boundary, ending with `…` when cut: SPSS
/// counts its limits in bytes.
pub(super) fn cut_bytes(label: &str, most: usize) -> String {
    if label.len() <= most {
        return label.to_owned();
    }
    let room = most.saturating_sub('…'.len_utf8());
    let end = (0..=room)
        .rev()
        .find(|i| label.is_char_boundary(*i))
        .unwrap_or(0);
    format!("{}…", label[..end].trim_end())
}

/// `label` cut to at most `most` characters, ending with `…` when cut: Stata counts its limits
/// in characters.
pub(super) fn cut_chars(label: &str, most: usize) -> String {
    if label.chars().count() <= most {
        return label.to_owned();
    }
    let kept: String = label.chars().take(most.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_put_on_one_line_and_cut_at_character_boundaries() {
        assert_eq!(one_line(" a\r\nb\n\n c\td "), "a b c d");
        assert_eq!(cut_bytes("éééé", 8), "éééé");
        assert_eq!(cut_bytes("éééé", 7), "éé…");
        assert_eq!(cut_bytes("ééééé", 9), "ééé…");
        assert_eq!(cut_bytes("abc", 3), "abc");
        assert_eq!(cut_chars("abcdef", 4), "abc…");
        assert_eq!(cut_chars("abc", 3), "abc");
    }

    #[test]
    fn comments_wrap_at_spaces_only() {
        let text = "Le fichier a 37\u{a0}colonnes\u{202f}; elles sont nommées\nselon leur position";
        assert_eq!(
            wrap(text, 20),
            [
                "Le fichier a",
                "37\u{a0}colonnes\u{202f}; elles",
                "sont nommées",
                "selon leur position"
            ]
        );
    }
}
