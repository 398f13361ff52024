//! The `show_if` condition language: a small grammar, parsed once and checked against the
//! instrument, evaluated on the server so no page needs JavaScript. See docs/instruments.md.

use std::fmt;

use crate::answer::{Answer, Answers};
use crate::ident::{ChoiceCode, ItemId};

/// A parsed condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    Or(Vec<Condition>),
    And(Vec<Condition>),
    Not(Box<Condition>),
    Test { item: ItemId, test: Test },
}

/// What a test asks of one item's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Equals(ChoiceCode),
    NotEquals(ChoiceCode),
    Compare(Comparison, f64),
    In(Vec<ChoiceCode>),
    Answered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

impl Comparison {
    fn symbol(self) -> &'static str {
        match self {
            Comparison::Less => "<",
            Comparison::LessOrEqual => "<=",
            Comparison::Greater => ">",
            Comparison::GreaterOrEqual => ">=",
        }
    }

    fn holds(self, left: f64, right: f64) -> bool {
        match self {
            Comparison::Less => left < right,
            Comparison::LessOrEqual => left <= right,
            Comparison::Greater => left > right,
            Comparison::GreaterOrEqual => left >= right,
        }
    }
}

/// Why a condition does not parse; `at` is the character offset in the condition text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} at character {at}")]
pub struct ConditionError {
    pub at: usize,
    pub what: String,
}

const KEYWORDS: [&str; 5] = ["and", "or", "not", "in", "answered"];

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
    Symbol(&'static str),
}

fn tokenize(text: &str) -> Result<Vec<(usize, Token)>, ConditionError> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | '-' | '.'))
            {
                i += 1;
            }
            tokens.push((start, Token::Word(chars[start..i].iter().collect())));
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += 1;
            }
            if i == chars.len() {
                return Err(ConditionError {
                    at: start,
                    what: "unclosed quote".into(),
                });
            }
            tokens.push((start, Token::Quoted(chars[start + 1..i].iter().collect())));
            i += 1;
        } else {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            let symbol = match two.as_str() {
                "<=" => Some("<="),
                ">=" => Some(">="),
                "!=" => Some("!="),
                _ => None,
            };
            if let Some(symbol) = symbol {
                tokens.push((start, Token::Symbol(symbol)));
                i += 2;
                continue;
            }
            let symbol = match c {
                '=' => "=",
                '<' => "<",
                '>' => ">",
                '(' => "(",
                ')' => ")",
                '[' => "[",
                ']' => "]",
                ',' => ",",
                _ => {
                    return Err(ConditionError {
                        at: start,
                        what: format!("unexpected character {c:?}"),
                    });
                }
            };
            tokens.push((start, Token::Symbol(symbol)));
            i += 1;
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn offset(&self) -> usize {
        self.tokens.get(self.pos).map_or(self.end, |(at, _)| *at)
    }

    fn error<T>(&self, what: impl Into<String>) -> Result<T, ConditionError> {
        Err(ConditionError {
            at: self.offset(),
            what: what.into(),
        })
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).map(|(_, t)| t.clone());
        self.pos += 1;
        token
    }

    fn is_keyword(&self, keyword: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(w)) if w == keyword)
    }

    fn is_symbol(&self, symbol: &str) -> bool {
        matches!(self.peek(), Some(Token::Symbol(s)) if *s == symbol)
    }

    fn expect_symbol(&mut self, symbol: &str) -> Result<(), ConditionError> {
        if self.is_symbol(symbol) {
            self.pos += 1;
            Ok(())
        } else {
            self.error(format!("expected '{symbol}'"))
        }
    }

    fn or(&mut self) -> Result<Condition, ConditionError> {
        let mut parts = vec![self.and()?];
        while self.is_keyword("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Condition, ConditionError> {
        let mut parts = vec![self.unary()?];
        while self.is_keyword("and") {
            self.pos += 1;
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Condition::And(parts)
        })
    }

    fn unary(&mut self) -> Result<Condition, ConditionError> {
        if self.is_keyword("not") {
            self.pos += 1;
            return Ok(Condition::Not(Box::new(self.unary()?)));
        }
        if self.is_symbol("(") {
            self.pos += 1;
            let inner = self.or()?;
            self.expect_symbol(")")?;
            return Ok(inner);
        }
        self.test()
    }

    fn item(&mut self) -> Result<ItemId, ConditionError> {
        match self.peek() {
            Some(Token::Word(word)) if !KEYWORDS.contains(&word.as_str()) => {
                let parsed = ItemId::parse(word);
                match parsed {
                    Ok(item) => {
                        self.pos += 1;
                        Ok(item)
                    }
                    Err(e) => self.error(format!("item id {e}")),
                }
            }
            _ => self.error("expected an item id"),
        }
    }

    fn code(&mut self) -> Result<ChoiceCode, ConditionError> {
        let text = match self.peek() {
            Some(Token::Word(word)) if !KEYWORDS.contains(&word.as_str()) => word.clone(),
            Some(Token::Quoted(text)) => text.clone(),
            _ => return self.error("expected a choice code"),
        };
        match ChoiceCode::parse(&text) {
            Ok(code) => {
                self.pos += 1;
                Ok(code)
            }
            Err(e) => self.error(format!("choice code {e}")),
        }
    }

    fn number(&mut self) -> Result<f64, ConditionError> {
        match self.peek() {
            Some(Token::Word(word)) => match word.parse::<f64>() {
                Ok(n) if n.is_finite() => {
                    self.pos += 1;
                    Ok(n)
                }
                _ => self.error("expected a number"),
            },
            _ => self.error("expected a number"),
        }
    }

    fn test(&mut self) -> Result<Condition, ConditionError> {
        let item = self.item()?;
        let test = match self.next() {
            Some(Token::Symbol("=")) => Test::Equals(self.code()?),
            Some(Token::Symbol("!=")) => Test::NotEquals(self.code()?),
            Some(Token::Symbol(op @ ("<" | "<=" | ">" | ">="))) => {
                let comparison = match op {
                    "<" => Comparison::Less,
                    "<=" => Comparison::LessOrEqual,
                    ">" => Comparison::Greater,
                    _ => Comparison::GreaterOrEqual,
                };
                Test::Compare(comparison, self.number()?)
            }
            Some(Token::Word(w)) if w == "answered" => Test::Answered,
            Some(Token::Word(w)) if w == "in" => {
                self.expect_symbol("[")?;
                let mut codes = vec![self.code()?];
                while self.is_symbol(",") {
                    self.pos += 1;
                    codes.push(self.code()?);
                }
                self.expect_symbol("]")?;
                Test::In(codes)
            }
            _ => {
                self.pos -= 1;
                return self.error("expected =, !=, <, <=, >, >=, in or answered");
            }
        };
        Ok(Condition::Test { item, test })
    }
}

impl Condition {
    /// Parses a condition's text.
    pub fn parse(text: &str) -> Result<Condition, ConditionError> {
        let tokens = tokenize(text)?;
        let mut parser = Parser {
            tokens,
            pos: 0,
            end: text.chars().count(),
        };
        if parser.peek().is_none() {
            return parser.error("empty condition");
        }
        let condition = parser.or()?;
        if parser.peek().is_some() {
            return parser.error("unexpected text after the condition");
        }
        Ok(condition)
    }

    /// Every item test in the condition, in order, for validation against the instrument.
    pub fn tests(&self) -> Vec<(&ItemId, &Test)> {
        let mut out = Vec::new();
        self.collect_tests(&mut out);
        out
    }

    fn collect_tests<'a>(&'a self, out: &mut Vec<(&'a ItemId, &'a Test)>) {
        match self {
            Condition::Or(parts) | Condition::And(parts) => {
                parts.iter().for_each(|p| p.collect_tests(out));
            }
            Condition::Not(inner) => inner.collect_tests(out),
            Condition::Test { item, test } => out.push((item, test)),
        }
    }

    /// Evaluates the condition. `score` gives a numeric value for an item's answer (a Likert
    /// score, a number), or `None` when the answer has none (such as "don't know").
    pub fn holds(
        &self,
        answers: &Answers,
        score: &dyn Fn(&ItemId, &Answer) -> Option<f64>,
    ) -> bool {
        match self {
            Condition::Or(parts) => parts.iter().any(|p| p.holds(answers, score)),
            Condition::And(parts) => parts.iter().all(|p| p.holds(answers, score)),
            Condition::Not(inner) => !inner.holds(answers, score),
            Condition::Test { item, test } => {
                let Some(answer) = answers.get(item) else {
                    return false;
                };
                match test {
                    Test::Answered => true,
                    Test::Equals(code) => answer.has_code(code.as_str()),
                    Test::NotEquals(code) => !answer.has_code(code.as_str()),
                    Test::In(codes) => codes.iter().any(|c| answer.has_code(c.as_str())),
                    Test::Compare(op, right) => {
                        score(item, answer).is_some_and(|left| op.holds(left, *right))
                    }
                }
            }
        }
    }
}

fn write_code(f: &mut fmt::Formatter<'_>, code: &ChoiceCode) -> fmt::Result {
    if KEYWORDS.contains(&code.as_str()) {
        write!(f, "\"{code}\"")
    } else {
        write!(f, "{code}")
    }
}

fn write_operand(f: &mut fmt::Formatter<'_>, part: &Condition) -> fmt::Result {
    match part {
        Condition::Or(_) | Condition::And(_) => write!(f, "({part})"),
        Condition::Not(_) | Condition::Test { .. } => write!(f, "{part}"),
    }
}

/// The canonical text, which parses back to the same condition.
impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Condition::Or(parts) | Condition::And(parts) => {
                let joiner = if matches!(self, Condition::Or(_)) {
                    " or "
                } else {
                    " and "
                };
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(joiner)?;
                    }
                    write_operand(f, part)?;
                }
                Ok(())
            }
            // A negated test keeps its parentheses: `not (q <= 2)` reads unambiguously.
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Not(_) => write!(f, "not {inner}"),
                _ => write!(f, "not ({inner})"),
            },
            Condition::Test { item, test } => {
                write!(f, "{item} ")?;
                match test {
                    Test::Equals(code) => {
                        f.write_str("= ")?;
                        write_code(f, code)
                    }
                    Test::NotEquals(code) => {
                        f.write_str("!= ")?;
                        write_code(f, code)
                    }
                    Test::Compare(op, n) => write!(f, "{} {n}", op.symbol()),
                    Test::In(codes) => {
                        f.write_str("in [")?;
                        for (i, code) in codes.iter().enumerate() {
                            if i > 0 {
                                f.write_str(", ")?;
                            }
                            write_code(f, code)?;
                        }
                        f.write_str("]")
                    }
                    Test::Answered => f.write_str("answered"),
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "condition_tests.rs"]
mod tests;
