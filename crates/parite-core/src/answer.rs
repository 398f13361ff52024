//! Answers as the domain sees them: stable codes and values keyed by item.

use std::collections::BTreeMap;

use crate::ident::{ChoiceCode, ItemId};

/// One item's answer. Likert and single-choice items hold the chosen code; a Likert code's score
/// comes from its scale.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Choice(ChoiceCode),
    Choices(Vec<ChoiceCode>),
    Number(f64),
    Text(String),
}

impl Answer {
    /// True when `code` is the chosen code or one of the chosen codes.
    pub fn has_code(&self, code: &str) -> bool {
        match self {
            Answer::Choice(chosen) => chosen.as_str() == code,
            Answer::Choices(chosen) => chosen.iter().any(|c| c.as_str() == code),
            Answer::Number(_) | Answer::Text(_) => false,
        }
    }
}

/// A respondent's answers, by item.
pub type Answers = BTreeMap<ItemId, Answer>;

/// A fidelity rating: 0 not in place, 1 partly, 2 fully, or not applicable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rating {
    NotInPlace,
    Partly,
    Fully,
    NotApplicable,
}

impl Rating {
    /// The stored code: `0`, `1`, `2` or `na`.
    pub fn code(self) -> &'static str {
        match self {
            Rating::NotInPlace => "0",
            Rating::Partly => "1",
            Rating::Fully => "2",
            Rating::NotApplicable => "na",
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        match code {
            "0" => Some(Rating::NotInPlace),
            "1" => Some(Rating::Partly),
            "2" => Some(Rating::Fully),
            "na" => Some(Rating::NotApplicable),
            _ => None,
        }
    }

    /// Points toward the domain score; `None` for not applicable (left out of the maximum too).
    pub fn points(self) -> Option<u32> {
        match self {
            Rating::NotInPlace => Some(0),
            Rating::Partly => Some(1),
            Rating::Fully => Some(2),
            Rating::NotApplicable => None,
        }
    }

    /// The Fluent message naming this rating.
    pub fn message_id(self) -> &'static str {
        match self {
            Rating::NotInPlace => "rating-not-in-place",
            Rating::Partly => "rating-partly",
            Rating::Fully => "rating-fully",
            Rating::NotApplicable => "rating-not-applicable",
        }
    }
}

/// An evaluator's ratings of a checklist, by item.
pub type Ratings = BTreeMap<ItemId, Rating>;
