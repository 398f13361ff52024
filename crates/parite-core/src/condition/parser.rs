//! The parser of the condition language: tokens, then recursive descent.

use super::{Comparison, Condition, ConditionError, Test};
use crate::ident::{ChoiceCode, ItemId};

pub(super) const KEYWORDS: [&str; 5] = ["and", "or", "not", "in", "answered"];

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

/// Parses a condition's text.
pub(super) fn parse_condition(text: &str) -> Result<Condition, ConditionError> {
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
