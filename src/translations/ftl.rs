//! Where each message's value and attributes sit in an `.ftl` file's text, the text a translator
//! sees for each of them, and the splice that writes a new one in place.
//!
//! Everything outside the spliced bytes is left as it was (comments, blank lines, other
//! messages, the line endings), so a file whose translations did not change is not rewritten.

use std::ops::Range;

use parite_i18n::catalog;

/// Where one translatable text sits: the bytes after its `=`, up to the end of its last
/// non-blank line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub bytes: Range<usize>,
    /// 1-based line of the `id =` or `.attr =`.
    pub line: usize,
}

/// One message of a file, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// `None` for a message that has only attributes.
    pub value: Option<Slot>,
    pub attributes: Vec<(String, Slot)>,
    /// Where the entry's last non-blank line ends (a missing attribute is added there).
    pub end: usize,
    /// 1-based line of the id.
    pub line: usize,
    /// The byte after the id's `=` (a missing value is written there).
    pub after_equals: usize,
}

impl Entry {
    /// The slot of the unit `name` (`None`: the value, `Some(attr)`: that attribute).
    pub fn slot(&self, attribute: Option<&str>) -> Option<&Slot> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self
                .attributes
                .iter()
                .find(|(attr, _)| attr == name)
                .map(|(_, slot)| slot),
        }
    }
}

/// A file that cannot be read as messages: Fluent's own complaint, or a layout the line reader
/// does not understand (which a file that parses cleanly should never have).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub detail: String,
}

/// The messages of a file, in file order. Terms (`-brand`) are not translated here.
///
/// The file must parse without error: then a line that starts in column 0 with `id =` can only
/// be a new entry (a value's text lines are indented, and `=` has no place inside a
/// placeable). The result is compared with what Fluent's parser found, so a misreading is an
/// error rather than a wrong splice.
pub fn entries(text: &str) -> Result<Vec<Entry>, SyntaxError> {
    let scanned = catalog::scan_file("".into(), text);
    if let Some(problem) = scanned.syntax_errors.first() {
        return Err(SyntaxError {
            line: problem.line,
            detail: problem.message.clone(),
        });
    }
    let lines = line_ranges(text);
    let mut found: Vec<Entry> = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = &text[lines[index].clone()];
        let Some(equals) = assignment(line, false) else {
            index += 1;
            continue;
        };
        let mut last = index + 1;
        while last < lines.len() && continues_entry(&text[lines[last].clone()]) {
            last += 1;
        }
        // Lines index..last are the entry, trailing blank lines included.
        found.push(read_entry(text, &lines, index, last, equals));
        index = last;
    }
    let expected: Vec<(&str, usize, Vec<&str>)> = scanned
        .messages
        .iter()
        .map(|m| {
            let attributes = m.attributes.iter().map(String::as_str).collect();
            (m.id.as_str(), m.line, attributes)
        })
        .collect();
    let read: Vec<(&str, usize, Vec<&str>)> = found
        .iter()
        .map(|e| {
            let attributes = e.attributes.iter().map(|(name, _)| name.as_str()).collect();
            (e.id.as_str(), e.line, attributes)
        })
        .collect();
    if expected != read {
        let line = expected
            .iter()
            .zip(&read)
            .find(|(a, b)| a != b)
            .map_or(1, |(a, _)| a.1);
        return Err(SyntaxError {
            line,
            detail: "unusual layout of the entry (one line per attribute, please)".to_owned(),
        });
    }
    Ok(found)
}

fn read_entry(
    text: &str,
    lines: &[Range<usize>],
    first: usize,
    end: usize,
    equals: usize,
) -> Entry {
    let id_line = &text[lines[first].clone()];
    let id = id_line[..equals].trim().to_owned();
    let mut starts: Vec<(Option<String>, usize, usize)> =
        vec![(None, first, lines[first].start + equals + 1)];
    for index in first + 1..end {
        let line = &text[lines[index].clone()];
        if let Some(equals) = assignment(line, true) {
            let name = line[..equals].trim().trim_start_matches('.').to_owned();
            starts.push((Some(name), index, lines[index].start + equals + 1));
        }
    }
    let mut value = None;
    let mut attributes = Vec::new();
    for (position, (name, line_index, start)) in starts.iter().enumerate() {
        let next_line = starts.get(position + 1).map_or(end, |next| next.1);
        let stop = last_content_end(text, lines, *line_index, next_line).max(*start);
        let slot = Slot {
            bytes: *start..stop,
            line: line_index + 1,
        };
        match name {
            None if !text[slot.bytes.clone()].trim().is_empty() => value = Some(slot),
            None => {}
            Some(name) => attributes.push((name.clone(), slot)),
        }
    }
    Entry {
        id,
        value,
        attributes,
        end: last_content_end(text, lines, first, end),
        line: first + 1,
        after_equals: lines[first].start + equals + 1,
    }
}

/// The byte where the last non-blank line of `lines[from..to]` ends (before its line break).
fn last_content_end(text: &str, lines: &[Range<usize>], from: usize, to: usize) -> usize {
    (from..to)
        .rev()
        .find(|&i| !text[lines[i].clone()].trim().is_empty())
        .map_or(lines[from].end, |i| {
            let range = &lines[i];
            range.start + text[range.clone()].trim_end_matches('\r').len()
        })
}

/// Each line's bytes, without its `\n`.
fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (position, _) in text.match_indices('\n') {
        ranges.push(start..position);
        start = position + 1;
    }
    if start < text.len() {
        ranges.push(start..text.len());
    }
    ranges
}

/// Whether a line belongs to the entry above it: anything but the start of the next entry (a
/// comment, a message, a term), since in a file that parses, a line in column 0 inside an
/// entry (`}`, a variant, a placeable spread over lines) never has that shape.
fn continues_entry(line: &str) -> bool {
    let term = line.strip_prefix('-').unwrap_or(line);
    !(line.starts_with('#') || assignment(term, false).is_some())
}

/// The position of `=` in `id =` (a message, in column 0) or `.attr =` (an attribute, after
/// any indentation).
fn assignment(line: &str, attribute: bool) -> Option<usize> {
    let body = if attribute {
        line.trim_start().strip_prefix('.')?
    } else {
        line
    };
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let after = &body[name_len..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    after[spaces..]
        .starts_with('=')
        .then(|| line.len() - after.len() + spaces)
}

/// The text a translator reads and writes for a slot: the first line after `=`, then the
/// continuation lines without their common indentation, joined by `\n`. For plain text this
/// is the value Fluent itself produces; a select expression is shown as its source.
pub fn unit_text(text: &str, slot: &Slot) -> String {
    let raw = &text[slot.bytes.clone()];
    let mut lines = raw.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let first = lines.next().unwrap_or("").trim_start();
    let rest: Vec<&str> = lines.collect();
    let indent = common_indent(&rest);
    let mut out: Vec<&str> = Vec::with_capacity(rest.len() + 1);
    if !first.trim().is_empty() {
        out.push(first);
    }
    for line in rest {
        out.push(if line.trim().is_empty() {
            ""
        } else {
            line.get(indent..).unwrap_or(line)
        });
    }
    normalize(&out.join("\n"))
}

/// A translation as compared and written: no `\r`, no blank lines before or trailing space after.
pub fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    text.trim_end().trim_start_matches(['\n', ' ']).to_owned()
}

fn common_indent(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0)
}

/// How the slot's text was laid out, so that a new translation is written the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The text starts on the `id =` line (rather than on the next one).
    pub inline: bool,
    /// Spaces before each continuation line.
    pub indent: usize,
}

impl Layout {
    pub fn of(text: &str, slot: &Slot, base_indent: usize) -> Layout {
        let raw = &text[slot.bytes.clone()];
        let mut lines = raw.split('\n');
        let inline = lines.next().is_some_and(|first| !first.trim().is_empty());
        let rest: Vec<&str> = lines.collect();
        let indent = if rest.iter().any(|l| !l.trim().is_empty()) {
            common_indent(&rest)
        } else {
            base_indent + 4
        };
        Layout { inline, indent }
    }

    /// The bytes that go after `=`: ` text`, or a line break and indented lines.
    pub fn render(self, translation: &str) -> String {
        let lines: Vec<&str> = translation.split('\n').collect();
        let pad = " ".repeat(self.indent);
        let mut out = String::new();
        let rest = if self.inline {
            out.push(' ');
            out.push_str(lines[0]);
            &lines[1..]
        } else {
            &lines[..]
        };
        for line in rest {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
        }
        out
    }
}

/// Every unit's translator text, by unit id (`message` or `message.attribute`).
pub fn texts(text: &str, entries: &[Entry]) -> std::collections::BTreeMap<String, String> {
    let mut all = std::collections::BTreeMap::new();
    for entry in entries {
        if let Some(slot) = &entry.value {
            all.insert(entry.id.clone(), unit_text(text, slot));
        }
        for (name, slot) in &entry.attributes {
            all.insert(format!("{}.{name}", entry.id), unit_text(text, slot));
        }
    }
    all
}

/// `id =` followed by the rendered translation, for a message the file does not have yet.
pub fn new_message(id: &str, value: Option<&str>) -> String {
    let layout = Layout {
        inline: true,
        indent: 4,
    };
    match value {
        Some(value) => format!("{id} ={}", layout.render(value)),
        None => format!("{id} ="),
    }
}

/// `.attr =` and its text, on a line of its own, for an attribute an entry does not have yet.
pub fn new_attribute(name: &str, value: &str) -> String {
    let layout = Layout {
        inline: true,
        indent: 8,
    };
    format!("\n    .{name} ={}", layout.render(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str) -> Entry {
        let mut all = entries(text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn a_select_expression_reads_as_its_source_without_the_common_indent() {
        let text =
            "# note\nn = { $count ->\n        [one] one\n       *[other] many\n    }\n\nnext = x\n";
        let entry = &entries(text).unwrap_or_default()[0];
        let slot = entry.value.as_ref().unwrap_or_else(|| panic!("no value"));
        assert_eq!(
            unit_text(text, slot),
            "{ $count ->\n    [one] one\n   *[other] many\n}"
        );
        let layout = Layout::of(text, slot, 0);
        assert_eq!(
            layout.render(&unit_text(text, slot)),
            &text[slot.bytes.clone()]
        );
    }

    #[test]
    fn multiline_values_and_attributes_are_separate_slots() {
        let text =
            "m =\n    First line\n      indented\n\n    after blank\n    .help = Help { $x }\n";
        let entry = only(text);
        let value = entry.value.as_ref().unwrap_or_else(|| panic!("no value"));
        assert_eq!(
            unit_text(text, value),
            "First line\n  indented\n\nafter blank"
        );
        let help = entry
            .slot(Some("help"))
            .unwrap_or_else(|| panic!("no help"));
        assert_eq!(unit_text(text, help), "Help { $x }");
        assert_eq!(help.line, 6);
    }

    #[test]
    fn column_zero_lines_inside_an_entry_stay_in_it() {
        let text = "a = { $n ->\n    [one] x\n   *[other] y\n}\nb = { $x ->\n*[other] { \nc }\n}\n# c\nc = z\n";
        let all = entries(text).unwrap_or_default();
        assert_eq!(all.len(), 3);
        assert_eq!(&text[all[0].end - 1..all[0].end], "}");
        let b = all[1].value.as_ref().unwrap_or_else(|| panic!("no value"));
        assert_eq!(unit_text(text, b), "{ $x ->\n*[other] { \nc }\n}");
    }
}
