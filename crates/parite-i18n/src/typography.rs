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

/// Every mark in the messages and terms of one `.ftl` file's text that lacks its space.
/// Entries the parser rejects are skipped (the syntax check reports them).
pub fn french_spacing(contents: &str) -> Vec<SpacingProblem> {
    let resource = match fluent_syntax::parser::parse(contents) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut problems = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut scan = Scan {
            contents,
            id: &id,
            problems: &mut problems,
        };
        for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
            scan.pattern(pattern);
        }
    }
    problems
}

struct Scan<'a> {
    contents: &'a str,
    id: &'a str,
    problems: &'a mut Vec<SpacingProblem>,
}

impl Scan<'_> {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        // What the text before the current element ends with; `None` after a placeable or at
        // the start, where no space was written.
        let mut before: Option<char> = None;
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    self.text(value, before);
                    before = value.chars().next_back().or(before);
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression);
                    before = None;
                }
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { variants, .. } => {
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                self.expression(expression);
            }
            ast::Expression::Inline(_) => {}
        }
    }

    fn text(&mut self, text: &str, before_text: Option<char>) {
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
            self.problems.push(SpacingProblem {
                id: self.id.to_owned(),
                line: line_of(self.contents, offset_of(self.contents, text) + at),
                mark,
                found,
                needed,
            });
        }
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
