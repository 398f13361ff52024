//! Answers as the domain sees them: stable codes and values keyed by item.

use std::collections::BTreeMap;

use crate::ident::{ChoiceCode, ItemId};
use crate::instrument::Instrument;

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

/// Where the evidence for a fidelity rating comes from. Recorded with each rating so that
/// raters who disagree can see whether they looked at the same things.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EvidenceSource {
    Documents,
    PeerInterview,
    StaffInterview,
    Observation,
}

impl EvidenceSource {
    /// Every source, in the order forms list them and storage writes them.
    pub const ALL: [EvidenceSource; 4] = [
        EvidenceSource::Documents,
        EvidenceSource::PeerInterview,
        EvidenceSource::StaffInterview,
        EvidenceSource::Observation,
    ];

    /// The stored and posted code.
    pub fn code(self) -> &'static str {
        match self {
            EvidenceSource::Documents => "documents",
            EvidenceSource::PeerInterview => "peer_interview",
            EvidenceSource::StaffInterview => "staff_interview",
            EvidenceSource::Observation => "observation",
        }
    }

    pub fn from_code(code: &str) -> Option<EvidenceSource> {
        EvidenceSource::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The Fluent message naming this source.
    pub fn message_id(self) -> &'static str {
        match self {
            EvidenceSource::Documents => "rating-source-documents",
            EvidenceSource::PeerInterview => "rating-source-peer-interview",
            EvidenceSource::StaffInterview => "rating-source-staff-interview",
            EvidenceSource::Observation => "rating-source-observation",
        }
    }
}

impl Answer {
    /// The stored values of an answer: one per selected code for a multiple choice.
    pub fn to_values(&self) -> Vec<String> {
        match self {
            Answer::Choice(code) => vec![code.to_string()],
            Answer::Choices(codes) => codes.iter().map(ToString::to_string).collect(),
            // Rust's shortest round-trip form: "3", "3.5", "-0.25".
            Answer::Number(n) => vec![n.to_string()],
            Answer::Text(text) => vec![text.clone()],
        }
    }

    /// Reads stored values back for `item`; `None` when they do not fit its type (a value that
    /// an older code path stored and this one no longer accepts is left out, not guessed at).
    pub fn from_values(kind: &crate::instrument::ItemKind, values: &[String]) -> Option<Answer> {
        use crate::instrument::ItemKind;
        let first = values.first()?;
        match kind {
            ItemKind::Likert { .. } | ItemKind::Single { .. } => {
                ChoiceCode::parse(first).ok().map(Answer::Choice)
            }
            ItemKind::Multiple { .. } => {
                let codes: Option<Vec<ChoiceCode>> =
                    values.iter().map(|v| ChoiceCode::parse(v).ok()).collect();
                codes.map(Answer::Choices)
            }
            ItemKind::Number { .. } => first
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Answer::Number),
            ItemKind::Text { .. } => Some(Answer::Text(first.clone())),
            ItemKind::Rating { .. } | ItemKind::Milestone => None,
        }
    }
}

/// Stored `(item, value)` pairs, each item's values in position order, as the instrument's
/// answers. Values of items the instrument does not have, or that do not fit the item's type
/// (written by an older version of the code), are left out rather than guessed at.
pub fn answers_from_values<'a>(
    instrument: &Instrument,
    values: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Answers {
    let mut by_item: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (item, value) in values {
        by_item.entry(item).or_default().push(value.to_owned());
    }
    let mut answers = Answers::new();
    for item in instrument.items() {
        if let Some(answer) = by_item
            .get(item.id.as_str())
            .and_then(|values| Answer::from_values(&item.kind, values))
        {
            answers.insert(item.id.clone(), answer);
        }
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ident::MessageId;
    use crate::instrument::{Choice, ItemKind};

    #[test]
    fn answers_survive_being_stored_as_values() {
        let code = |s: &str| ChoiceCode::parse(s).unwrap();
        let choices: Vec<Choice> = ["fr", "en"]
            .iter()
            .map(|c| Choice {
                code: code(c),
                label: MessageId::parse("m-x").unwrap(),
                group: None,
            })
            .collect();
        let cases = [
            (
                ItemKind::Single {
                    choices: choices.clone(),
                },
                Answer::Choice(code("fr")),
            ),
            (
                ItemKind::Multiple {
                    choices,
                    min_selected: None,
                    max_selected: None,
                },
                Answer::Choices(vec![code("fr"), code("en")]),
            ),
            (
                ItemKind::Number {
                    min: -5.0,
                    max: 5.0,
                    integer: false,
                    unit: None,
                },
                Answer::Number(-0.25),
            ),
            (
                ItemKind::Text {
                    max_length: 10,
                    multiline: false,
                },
                Answer::Text("« oui »".into()),
            ),
        ];
        for (kind, answer) in cases {
            assert_eq!(
                Answer::from_values(&kind, &answer.to_values()),
                Some(answer)
            );
        }
        let number = ItemKind::Number {
            min: 0.0,
            max: 1.0,
            integer: true,
            unit: None,
        };
        assert_eq!(Answer::from_values(&number, &["NaN".into()]), None);
    }

    #[test]
    fn evidence_sources_read_back_from_their_codes() {
        for source in EvidenceSource::ALL {
            assert_eq!(EvidenceSource::from_code(source.code()), Some(source));
        }
        assert_eq!(EvidenceSource::from_code("Documents"), None);
        assert_eq!(EvidenceSource::from_code(""), None);
    }
}
