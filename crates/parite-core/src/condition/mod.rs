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

mod parser;

use parser::KEYWORDS;

impl Condition {
    /// Parses a condition's text.
    pub fn parse(text: &str) -> Result<Condition, ConditionError> {
        parser::parse_condition(text)
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
mod tests;
