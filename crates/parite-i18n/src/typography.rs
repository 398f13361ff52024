//! French spacing before high punctuation, for `parite check`: in Canadian French a colon
//! takes a no-break space (U+00A0) before it, and `;`, `?` and `!` a narrow no-break space
//! (U+202F), so that the mark never starts a line and reads apart from its word.
//!
//! Only the text of messages and terms is French: what sits inside placeables (variables,
//! selectors, function arguments) is not looked at, nor a mark followed by a letter, digit or
//! slash (`https://`, `127.0.0.1:9000`, `?lang=fr`), nor a mark quoted on its own (`« ; »`).

use fluent_syntax::ast;

use crate::catalog::{line_of, offset_of};

/// A mark of punctuation without the space French requires before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpacingProblem {
    /// The message or term (with its leading `-`).
    pub id: String,
    /// 1-based line of the mark.
    pub line: usize,
    pub mark: char,
    /// What comes before the mark instead.
    pub found: Before,
    /// The space required: U+00A0 before `:`, U+202F before `;`, `?`, `!`.
    pub needed: char,
}

/// What precedes a mark of punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Before {
    /// A letter, a placeable or the start of the text: no space at all.
    Nothing,
    /// An ordinary space (or a line break).
    PlainSpace,
    /// Another kind of space than the one required (U+00A0 where U+202F is needed…).
    OtherSpace(char),
}

/// The space French requires before `mark`, if it is one of the marks checked.
fn required_space(mark: char) -> Option<char> {
    match mark {
        ':' => Some('\u{a0}'),
        ';' | '?' | '!' => Some('\u{202f}'),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// An abbreviated doublet written with median points (`professionnel·le·s`): the OQLF does not
/// retain the median point, and screen readers spell it out. Running text takes the full doublet
/// or an epicene wording; tables and charts, short of room, a form in parentheses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedianPointForm {
    /// The message or term (with its leading `-`).
    pub id: String,
    /// 1-based line of the form.
    pub line: usize,
    /// The word as written, e.g. `intervenant·e·s`.
    pub form: String,
}

/// Every median-point form in the messages and terms of one `.ftl` file, once per word.
pub fn median_point_forms(contents: &str) -> Vec<MedianPointForm> {
    let mut forms = Vec::new();
    for_each_text(contents, &mut |id, text, _| {
        let in_word = |c: char| c.is_alphabetic() || c == '\u{b7}';
        let mut rest = text;
        while let Some(at) = rest.find('\u{b7}') {
            let start = rest[..at].rfind(|c: char| !in_word(c)).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(0, char::len_utf8)
            });
            let end = rest[at..]
                .find(|c: char| !in_word(c))
                .map_or(rest.len(), |i| at + i);
            let word = &rest[start..end];
            // A point between letters: `·` on its own or after a space is a separator.
            let letters = word.split('\u{b7}').filter(|part| !part.is_empty()).count();
            if letters >= 2 {
                forms.push(MedianPointForm {
                    id: id.to_owned(),
                    line: line_of(
                        contents,
                        offset_of(contents, text) + (text.len() - rest.len()) + start,
                    ),
                    form: word.to_owned(),
                });
            }
            rest = &rest[end.max(at + '\u{b7}'.len_utf8())..];
        }
    });
    forms
}

/// Every mark in the messages and terms of one `.ftl` file's text that lacks its space.
/// Entries the parser rejects are skipped (the syntax check reports them).
pub fn french_spacing(contents: &str) -> Vec<SpacingProblem> {
    let mut problems = Vec::new();
    for_each_text(contents, &mut |id, text, before| {
        spacing_in(contents, id, text, before, &mut problems);
    });
    problems
}

/// Calls `visit(id, text, before)` for every text element of every message and term of one
/// `.ftl` file (attributes and the variants of selections included), `before` being what the
/// text before it in the same pattern ends with — `None` after a placeable or at the start,
/// where no space was written. What sits inside placeables is not text.
pub(crate) fn for_each_text<'c>(
    contents: &'c str,
    visit: &mut dyn FnMut(&str, &'c str, Option<char>),
) {
    let resource = match fluent_syntax::parser::parse(contents) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            walk_pattern(&id, pattern, visit);
        }
    }
}

fn walk_pattern<'c>(
    id: &str,
    pattern: &ast::Pattern<&'c str>,
    visit: &mut dyn FnMut(&str, &'c str, Option<char>),
) {
    let mut before: Option<char> = None;
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                visit(id, value, before);
                before = value.chars().next_back().or(before);
            }
            ast::PatternElement::Placeable { expression } => {
                walk_expression(id, expression, visit);
                before = None;
            }
        }
    }
}

fn walk_expression<'c>(
    id: &str,
    expression: &ast::Expression<&'c str>,
    visit: &mut dyn FnMut(&str, &'c str, Option<char>),
) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                walk_pattern(id, &variant.value, visit);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            walk_expression(id, expression, visit);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// The marks of one text element that lack their space.
fn spacing_in(
    contents: &str,
    id: &str,
    text: &str,
    before_text: Option<char>,
    problems: &mut Vec<SpacingProblem>,
) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, mark)) in chars.iter().enumerate() {
        let Some(needed) = required_space(mark) else {
            continue;
        };
        let before = if i == 0 {
            before_text
        } else {
            Some(chars[i - 1].1)
        };
        let after = chars.get(i + 1).map(|&(_, c)| c);
        if before == Some(needed) || !is_punctuation(&chars, i, before, after) {
            continue;
        }
        let found = match before {
            Some(c) if c == ' ' || c == '\n' || c == '\t' => Before::PlainSpace,
            Some(c) if is_space(c) => Before::OtherSpace(c),
            _ => Before::Nothing,
        };
        problems.push(SpacingProblem {
            id: id.to_owned(),
            line: line_of(contents, offset_of(contents, text) + at),
            mark,
            found,
            needed,
        });
    }
}

/// Whether the mark at `chars[i]` punctuates French text, rather than being part of an
/// address or a number, doubled (`?!`), or quoted as a character of its own.
fn is_punctuation(
    chars: &[(usize, char)],
    i: usize,
    before: Option<char>,
    after: Option<char>,
) -> bool {
    if after.is_some_and(|c| c.is_alphanumeric() || c == '/') {
        return false;
    }
    if matches!(before, Some('?' | '!')) {
        return false;
    }
    let previous = chars[..i]
        .iter()
        .rev()
        .map(|&(_, c)| c)
        .find(|&c| !is_space(c));
    let next = chars[i + 1..]
        .iter()
        .map(|&(_, c)| c)
        .find(|&c| !is_space(c));
    !(previous == Some('«') && next == Some('»'))
}
