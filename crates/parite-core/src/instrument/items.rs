//! Validation of one item: its type and type-specific keys, its choices, and its condition
//! against the items before it.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::file::{ChoiceFile, ItemFile};
use super::model::{Choice, Index, InstrumentKind, Item, ItemKind, RoleGroup, Scale};
use super::problem::ProblemKind;
use super::validate::Checker;
use crate::condition::{Condition, Test};
use crate::ident::ItemId;

/// What a condition may ask of an earlier item.
pub(crate) struct SeenItem {
    line: usize,
    /// `None` when the item itself is broken: its own problem is reported, not a cascade.
    shape: Option<(Vec<String>, bool)>,
}

pub(crate) struct ItemBuilder<'a> {
    pub kind: InstrumentKind,
    pub scales: &'a BTreeMap<ItemId, Scale>,
    pub indices: Vec<&'a Index>,
    /// Every item id in the file, to tell a later item from an unknown one.
    pub later: HashSet<String>,
    pub earlier: HashMap<String, SeenItem>,
}

const ITEM_TYPES: [&str; 7] = [
    "likert",
    "single",
    "multiple",
    "number",
    "text",
    "rating",
    "milestone",
];

impl ItemBuilder<'_> {
    pub fn item(&mut self, checker: &mut Checker<'_>, file: &ItemFile) -> Option<Item> {
        let raw_id = file.id.get_ref().clone();
        let owner = raw_id.as_str();
        let id = checker.identifier(&file.id, owner);
        let line = checker.line(&file.id);
        if let Some(seen) = self.earlier.get(owner) {
            let first_line = seen.line;
            checker.report(&file.id, owner, ProblemKind::DuplicateId { first_line });
        }
        let text = checker.message(&file.text, owner);
        let help = checker.optional_message(&file.help, owner);
        let show_if = self.condition(checker, file, owner);
        let kind = self.kind_of(checker, file, owner);
        let shape = kind.as_ref().map(|kind| self.answer_shape(kind));
        self.earlier
            .entry(raw_id.clone())
            .or_insert(SeenItem { line, shape });
        Some(Item {
            id: id?,
            text: text?,
            help: help?,
            required: file.required.unwrap_or(false),
            show_if: show_if?,
            kind: kind?,
        })
    }

    fn answer_shape(&self, kind: &ItemKind) -> (Vec<String>, bool) {
        match kind {
            ItemKind::Likert { scale, .. } => {
                let codes = self.scales.get(scale).map_or_else(Vec::new, |s| {
                    s.points
                        .iter()
                        .map(|p| p.code.as_str().to_owned())
                        .collect()
                });
                (codes, true)
            }
            ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => (
                choices.iter().map(|c| c.code.as_str().to_owned()).collect(),
                false,
            ),
            ItemKind::Number { .. } => (Vec::new(), true),
            ItemKind::Rating { .. } => (["0", "1", "2", "na"].map(String::from).to_vec(), true),
            ItemKind::Text { .. } | ItemKind::Milestone => (Vec::new(), false),
        }
    }

    fn condition(
        &self,
        checker: &mut Checker<'_>,
        file: &ItemFile,
        owner: &str,
    ) -> Option<Option<Condition>> {
        let Some(text) = &file.show_if else {
            return Some(None);
        };
        let condition = match Condition::parse(text.get_ref()) {
            Ok(condition) => condition,
            Err(error) => {
                checker.report(
                    text,
                    owner,
                    ProblemKind::ConditionSyntax {
                        detail: error.to_string(),
                    },
                );
                return None;
            }
        };
        let mut ok = true;
        for (item, test) in condition.tests() {
            let name = item.as_str().to_owned();
            let Some(seen) = self.earlier.get(item.as_str()) else {
                let kind = if self.later.contains(item.as_str()) {
                    ProblemKind::ConditionLaterItem { item: name }
                } else {
                    ProblemKind::ConditionUnknownItem { item: name }
                };
                checker.report(text, owner, kind);
                ok = false;
                continue;
            };
            let Some((known_codes, numeric)) = &seen.shape else {
                continue;
            };
            let codes: Vec<&str> = match test {
                Test::Equals(code) | Test::NotEquals(code) => vec![code.as_str()],
                Test::In(codes) => codes.iter().map(|c| c.as_str()).collect(),
                Test::Compare(..) | Test::Answered => Vec::new(),
            };
            for code in codes {
                if !known_codes.iter().any(|c| c == code) {
                    let kind = ProblemKind::ConditionUnknownCode {
                        item: name.clone(),
                        code: code.to_owned(),
                    };
                    checker.report(text, owner, kind);
                    ok = false;
                }
            }
            if matches!(test, Test::Compare(..)) && !numeric {
                checker.report(text, owner, ProblemKind::ConditionNotNumeric { item: name });
                ok = false;
            }
        }
        ok.then_some(Some(condition))
    }

    fn kind_of(&self, checker: &mut Checker<'_>, file: &ItemFile, owner: &str) -> Option<ItemKind> {
        let item_type = file.item_type.get_ref().as_str();
        if !ITEM_TYPES.contains(&item_type) {
            let value = item_type.to_owned();
            checker.report(
                &file.item_type,
                owner,
                ProblemKind::UnknownItemType { value },
            );
            return None;
        }
        let mut ok = true;
        for (key, types) in file.type_specific_keys() {
            if !types.contains(&item_type) {
                let kind = ProblemKind::KeyNotForType {
                    key: key.to_owned(),
                    item_type: item_type.to_owned(),
                };
                checker.report(&file.id, owner, kind);
                ok = false;
            }
        }
        let kind = match item_type {
            "likert" => self.likert(checker, file, owner),
            "single" => choices(checker, file, owner).map(|choices| ItemKind::Single { choices }),
            "multiple" => multiple(checker, file, owner),
            "number" => number(checker, file, owner),
            "text" => match file.max_length {
                None => missing(checker, file, owner, "max_length"),
                Some(0) => {
                    checker.report(&file.id, owner, ProblemKind::ZeroLength);
                    None
                }
                Some(max_length) => Some(ItemKind::Text {
                    max_length,
                    multiline: file.multiline.unwrap_or(false),
                }),
            },
            "rating" => Some(ItemKind::Rating {
                allow_na: file.allow_na.unwrap_or(false),
            }),
            _ => Some(ItemKind::Milestone),
        }?;
        if kind.belongs_to() != self.kind {
            let problem = ProblemKind::ItemTypeNotForKind {
                item_type: item_type.to_owned(),
                kind: self.kind.code().to_owned(),
            };
            checker.report(&file.item_type, owner, problem);
            return None;
        }
        ok.then_some(kind)
    }

    fn likert(&self, checker: &mut Checker<'_>, file: &ItemFile, owner: &str) -> Option<ItemKind> {
        let Some(scale_text) = &file.scale else {
            return missing(checker, file, owner, "scale");
        };
        let scale = checker.identifier(scale_text, owner)?;
        if !self.scales.contains_key(&scale) {
            checker.report(
                scale_text,
                owner,
                ProblemKind::UnknownScale {
                    scale: scale.to_string(),
                },
            );
            return None;
        }
        let index = match &file.index {
            None => None,
            Some(index_text) => {
                let index = checker.identifier(index_text, owner)?;
                if !self.indices.iter().any(|i| i.id == index) {
                    checker.report(
                        index_text,
                        owner,
                        ProblemKind::UnknownIndex {
                            index: index.to_string(),
                        },
                    );
                    return None;
                }
                Some(index)
            }
        };
        Some(ItemKind::Likert {
            scale,
            index,
            reverse: file.reverse.unwrap_or(false),
        })
    }
}

fn missing(checker: &mut Checker<'_>, file: &ItemFile, owner: &str, key: &str) -> Option<ItemKind> {
    checker.report(
        &file.id,
        owner,
        ProblemKind::MissingKey {
            key: key.to_owned(),
        },
    );
    None
}

fn choices(checker: &mut Checker<'_>, file: &ItemFile, owner: &str) -> Option<Vec<Choice>> {
    let list: &[ChoiceFile] = file.choices.as_deref().unwrap_or_default();
    if list.is_empty() {
        checker.report(&file.id, owner, ProblemKind::NoChoices);
        return None;
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut ok = true;
    for choice in list {
        if !seen.insert(choice.code.get_ref().as_str()) {
            let code = choice.code.get_ref().clone();
            checker.report(
                &choice.code,
                owner,
                ProblemKind::DuplicateChoiceCode { code },
            );
            ok = false;
        }
        let code = checker.code(&choice.code, owner);
        let label = checker.message(&choice.label, owner);
        let group = match &choice.group {
            None => Some(None),
            Some(text) => match RoleGroup::from_code(text.get_ref()) {
                Some(group) => Some(Some(group)),
                None => {
                    let value = text.get_ref().clone();
                    checker.report(text, owner, ProblemKind::UnknownRoleGroup { value });
                    None
                }
            },
        };
        match (code, label, group) {
            (Some(code), Some(label), Some(group)) => out.push(Choice { code, label, group }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn multiple(checker: &mut Checker<'_>, file: &ItemFile, owner: &str) -> Option<ItemKind> {
    let choices = choices(checker, file, owner)?;
    let (min_selected, max_selected) = (file.min_selected, file.max_selected);
    let too_many = |n: Option<u32>| n.is_some_and(|n| n as usize > choices.len());
    let crossed = matches!((min_selected, max_selected), (Some(lo), Some(hi)) if lo > hi);
    if too_many(min_selected) || too_many(max_selected) || crossed || max_selected == Some(0) {
        checker.report(&file.id, owner, ProblemKind::BadSelectionBounds);
        return None;
    }
    Some(ItemKind::Multiple {
        choices,
        min_selected,
        max_selected,
    })
}

fn number(checker: &mut Checker<'_>, file: &ItemFile, owner: &str) -> Option<ItemKind> {
    let Some(min) = file.min else {
        return missing(checker, file, owner, "min");
    };
    let Some(max) = file.max else {
        return missing(checker, file, owner, "max");
    };
    if !(min.is_finite() && max.is_finite() && min <= max) {
        checker.report(&file.id, owner, ProblemKind::BadRange);
        return None;
    }
    let unit = checker.optional_message(&file.unit, owner)?;
    Some(ItemKind::Number {
        min,
        max,
        integer: file.integer.unwrap_or(true),
        unit,
    })
}
