//! Answers from a submitted page: every field decoded and checked against its item, so that a
//! wrong answer comes back beside its field and nothing invalid is ever stored.

use std::collections::BTreeMap;

use crate::answer::{Answer, Answers};
use crate::ident::{ChoiceCode, ItemId};
use crate::instrument::{Group, Instrument, ItemKind};
use crate::scoring::is_shown;

/// What is wrong with one field; the page shows it beside the field, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldError {
    Required,
    /// Not one of the item's codes (a forged or stale form).
    NotAChoice,
    NotANumber,
    NotAWholeNumber,
    OutOfRange {
        min: f64,
        max: f64,
    },
    TooLong {
        max: u32,
        length: usize,
    },
    TooFewSelected {
        min: u32,
    },
    TooManySelected {
        max: u32,
    },
}

impl FieldError {
    /// The Fluent message explaining the error.
    pub fn message_id(&self) -> &'static str {
        match self {
            FieldError::Required => "field-required",
            FieldError::NotAChoice => "field-not-a-choice",
            FieldError::NotANumber => "field-not-a-number",
            FieldError::NotAWholeNumber => "field-not-a-whole-number",
            FieldError::OutOfRange { .. } => "field-out-of-range",
            FieldError::TooLong { .. } => "field-too-long",
            FieldError::TooFewSelected { .. } => "field-too-few-selected",
            FieldError::TooManySelected { .. } => "field-too-many-selected",
        }
    }
}

/// A request that no honest form produces: the caller answers it with a 4xx, not a page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormRejection {
    #[error("the field {0:?} is not an item of this page")]
    UnknownField(String),
    #[error("the field {0:?} was sent more than once")]
    DuplicateField(String),
}

/// A page's answers after decoding: what is valid is kept, even beside errors, so the page can
/// be shown again with everything the person typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageAnswers {
    pub answers: Answers,
    /// The text typed for each field, as typed, to show again when the page has errors.
    pub typed: BTreeMap<ItemId, Vec<String>>,
    pub errors: BTreeMap<ItemId, FieldError>,
}

/// Field names that belong to the page itself (CSRF token, the button pressed), not to items.
pub const RESERVED_FIELD_PREFIX: char = '_';

/// Decodes the fields submitted for `group`. `earlier` holds the answers of previous pages, so
/// that conditions on earlier items decide which items of this page are shown.
pub fn decode_page(
    instrument: &Instrument,
    group: &Group,
    earlier: &Answers,
    fields: &[(String, String)],
) -> Result<PageAnswers, FormRejection> {
    let mut by_item: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, value) in fields {
        if name.starts_with(RESERVED_FIELD_PREFIX) {
            continue;
        }
        let Some(item) = group.items.iter().find(|i| i.id.as_str() == name) else {
            return Err(FormRejection::UnknownField(name.clone()));
        };
        let values = by_item.entry(item.id.as_str()).or_default();
        if !values.is_empty() && !matches!(item.kind, ItemKind::Multiple { .. }) {
            return Err(FormRejection::DuplicateField(name.clone()));
        }
        values.push(value.as_str());
    }
    let mut page = PageAnswers::default();
    let mut seen = earlier.clone();
    for item in &group.items {
        let values: Vec<&str> = by_item.get(item.id.as_str()).cloned().unwrap_or_default();
        let values: Vec<&str> = values
            .into_iter()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect();
        if !is_shown(instrument, item.show_if.as_ref(), &seen) {
            continue;
        }
        if !values.is_empty() {
            page.typed.insert(
                item.id.clone(),
                values.iter().map(|v| (*v).to_owned()).collect(),
            );
        }
        match decode_item(instrument, &item.kind, &values) {
            Ok(Some(answer)) => {
                seen.insert(item.id.clone(), answer.clone());
                page.answers.insert(item.id.clone(), answer);
            }
            Ok(None) if item.required => {
                page.errors.insert(item.id.clone(), FieldError::Required);
            }
            Ok(None) => {}
            Err(error) => {
                page.errors.insert(item.id.clone(), error);
            }
        }
    }
    Ok(page)
}

fn choice(values: &[&str], allowed: &[&str]) -> Result<Option<ChoiceCode>, FieldError> {
    let Some(value) = values.first() else {
        return Ok(None);
    };
    if !allowed.contains(value) {
        return Err(FieldError::NotAChoice);
    }
    ChoiceCode::parse(value)
        .map(Some)
        .map_err(|_| FieldError::NotAChoice)
}

fn decode_item(
    instrument: &Instrument,
    kind: &ItemKind,
    values: &[&str],
) -> Result<Option<Answer>, FieldError> {
    match kind {
        ItemKind::Likert { scale, .. } => {
            let allowed: Vec<&str> = instrument
                .scales
                .get(scale)
                .map(|s| s.points.iter().map(|p| p.code.as_str()).collect())
                .unwrap_or_default();
            Ok(choice(values, &allowed)?.map(Answer::Choice))
        }
        ItemKind::Single { choices } => {
            let allowed: Vec<&str> = choices.iter().map(|c| c.code.as_str()).collect();
            Ok(choice(values, &allowed)?.map(Answer::Choice))
        }
        ItemKind::Multiple {
            choices,
            min_selected,
            max_selected,
        } => {
            // Kept in the instrument's order, each code once, whatever order the form sent.
            let mut chosen = Vec::new();
            for value in values {
                if !choices.iter().any(|c| c.code.as_str() == *value) {
                    return Err(FieldError::NotAChoice);
                }
            }
            for c in choices {
                if values.contains(&c.code.as_str()) {
                    chosen.push(c.code.clone());
                }
            }
            if chosen.is_empty() {
                return Ok(None);
            }
            if let Some(min) = min_selected.filter(|min| chosen.len() < *min as usize) {
                return Err(FieldError::TooFewSelected { min });
            }
            if let Some(max) = max_selected.filter(|max| chosen.len() > *max as usize) {
                return Err(FieldError::TooManySelected { max });
            }
            Ok(Some(Answer::Choices(chosen)))
        }
        ItemKind::Number {
            min, max, integer, ..
        } => {
            let Some(value) = values.first() else {
                return Ok(None);
            };
            let number = parse_number(value).ok_or(FieldError::NotANumber)?;
            if *integer && number.fract() != 0.0 {
                return Err(FieldError::NotAWholeNumber);
            }
            if number < *min || number > *max {
                return Err(FieldError::OutOfRange {
                    min: *min,
                    max: *max,
                });
            }
            Ok(Some(Answer::Number(number)))
        }
        ItemKind::Text { max_length, .. } => {
            let Some(value) = values.first() else {
                return Ok(None);
            };
            // Browsers count a line break as one character against `maxlength` but send it as
            // CR LF: counted as sent, a comment the browser let through would be refused.
            let value = value.replace("\r\n", "\n");
            let length = value.chars().count();
            if length > *max_length as usize {
                return Err(FieldError::TooLong {
                    max: *max_length,
                    length,
                });
            }
            Ok(Some(Answer::Text(value)))
        }
        ItemKind::Rating { .. } | ItemKind::Milestone => Err(FieldError::NotAChoice),
    }
}

/// Reads a number as people type it in either language: `3,5`, `3.5`, `1 234`, `-2`.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let valid = !cleaned.is_empty()
        && cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && cleaned.matches('.').count() <= 1
        && cleaned.rfind('-').is_none_or(|at| at == 0);
    if !valid {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
