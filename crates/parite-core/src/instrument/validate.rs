//! From the file format to a valid `Instrument`, collecting every problem with its line.

use std::collections::{BTreeMap, HashMap};

use super::definitions::{indices, scales, scoring};
use super::file::{GroupFile, InstrumentFile, ItemFile, Text};
use super::items::{ItemBuilder, SeenItem};
use super::model::{Group, Index, Instrument, InstrumentKind, Scale};
use super::problem::{ParseFailure, Problem, ProblemKind, line_at};
use crate::ident::{ChoiceCode, InstrumentId, ItemId, MessageId};

/// Collects problems while reading one file.
pub(crate) struct Checker<'s> {
    source: &'s str,
    pub problems: Vec<Problem>,
}

impl<'s> Checker<'s> {
    pub fn line(&self, text: &Text) -> usize {
        line_at(self.source, text.span().start)
    }

    pub fn report(&mut self, at: &Text, id: &str, kind: ProblemKind) {
        let line = self.line(at);
        self.problems.push(Problem {
            line,
            id: id.to_owned(),
            kind,
        });
    }

    pub fn identifier(&mut self, text: &Text, owner: &str) -> Option<ItemId> {
        match ItemId::parse(text.get_ref()) {
            Ok(id) => Some(id),
            Err(_) => {
                let value = text.get_ref().clone();
                self.report(text, owner, ProblemKind::BadIdentifier { value });
                None
            }
        }
    }

    pub fn code(&mut self, text: &Text, owner: &str) -> Option<ChoiceCode> {
        self.identifier(text, owner)
            .and_then(|id| ChoiceCode::parse(id.as_str()).ok())
    }

    pub fn message(&mut self, text: &Text, owner: &str) -> Option<MessageId> {
        match MessageId::parse(text.get_ref()) {
            Ok(id) => Some(id),
            Err(_) => {
                let value = text.get_ref().clone();
                self.report(text, owner, ProblemKind::BadMessageId { value });
                None
            }
        }
    }

    pub fn optional_message(
        &mut self,
        text: &Option<Text>,
        owner: &str,
    ) -> Option<Option<MessageId>> {
        match text {
            None => Some(None),
            Some(text) => self.message(text, owner).map(Some),
        }
    }
}

pub(crate) fn validate(source: &str, file: InstrumentFile) -> Result<Instrument, ParseFailure> {
    let mut checker = Checker {
        source,
        problems: Vec::new(),
    };
    let instrument = build(&mut checker, &file);
    match instrument {
        Some(instrument) if checker.problems.is_empty() => Ok(instrument),
        _ => {
            checker.problems.sort_by_key(|p| p.line);
            Err(ParseFailure {
                problems: checker.problems,
            })
        }
    }
}

fn build(checker: &mut Checker<'_>, file: &InstrumentFile) -> Option<Instrument> {
    let owner = file.id.get_ref().clone();
    let id = match InstrumentId::parse(file.id.get_ref()) {
        Ok(id) => Some(id),
        Err(_) => {
            checker.report(
                &file.id,
                &owner,
                ProblemKind::BadIdentifier {
                    value: owner.clone(),
                },
            );
            None
        }
    };
    let Some(kind) = InstrumentKind::from_code(file.kind.get_ref()) else {
        let value = file.kind.get_ref().clone();
        checker.report(&file.kind, &owner, ProblemKind::UnknownKind { value });
        return None;
    };
    let title = checker.message(&file.title, &owner);
    let description = checker.optional_message(&file.description, &owner);
    let scales = scales(checker, file, kind, &owner);
    let indices = indices(checker, file, kind, &owner);
    let scoring = scoring(checker, file, kind, &owner);
    let groups = groups(checker, file, kind, &owner, &scales, &indices);
    check_index_coverage(checker, file);
    let role_item = role_item(checker, file, kind, &owner, &groups);
    Some(Instrument {
        id: id?,
        version: file.version,
        kind,
        title: title?,
        description: description?,
        role_item: role_item?,
        scales,
        indices: indices.into_iter().map(|(_, index)| index).collect(),
        scoring: scoring?,
        groups,
    })
}

fn groups(
    checker: &mut Checker<'_>,
    file: &InstrumentFile,
    kind: InstrumentKind,
    owner: &str,
    scales: &BTreeMap<ItemId, Scale>,
    indices: &[(Text, Index)],
) -> Vec<Group> {
    let by_key = [
        ("sections", &file.sections),
        ("domains", &file.domains),
        ("stages", &file.stages),
    ];
    let mut chosen: &[GroupFile] = &[];
    for (key, groups) in by_key {
        let Some(groups) = groups else { continue };
        if key == kind.group_key() {
            chosen = groups;
        } else {
            let kind = kind.code().to_owned();
            let at = groups.first().map_or(&file.kind, |g| &g.id);
            checker.report(
                at,
                owner,
                ProblemKind::KeyNotForKind {
                    key: key.to_owned(),
                    kind,
                },
            );
        }
    }
    if chosen.is_empty() {
        let key = kind.group_key().to_owned();
        checker.report(&file.kind, owner, ProblemKind::MissingGroups { key });
        return Vec::new();
    }
    // First pass: every item id and where it first stands, for duplicates and for conditions
    // that name a later item.
    let all_items: Vec<&ItemFile> = chosen.iter().flat_map(|g| g.items.iter()).collect();
    let mut builder = ItemBuilder {
        kind,
        scales,
        indices: indices.iter().map(|(_, i)| i).collect(),
        later: all_items.iter().map(|i| i.id.get_ref().clone()).collect(),
        earlier: HashMap::<String, SeenItem>::new(),
    };
    let mut out = Vec::new();
    let mut group_lines: HashMap<String, usize> = HashMap::new();
    for group in chosen {
        let id = checker.identifier(&group.id, owner);
        let line = checker.line(&group.id);
        if let Some(first_line) = group_lines.get(group.id.get_ref()) {
            let first_line = *first_line;
            checker.report(
                &group.id,
                group.id.get_ref(),
                ProblemKind::DuplicateId { first_line },
            );
        } else {
            group_lines.insert(group.id.get_ref().clone(), line);
        }
        let title = checker.message(&group.title, group.id.get_ref());
        let intro = checker.optional_message(&group.intro, group.id.get_ref());
        if group.items.is_empty() {
            checker.report(&group.id, group.id.get_ref(), ProblemKind::EmptyGroup);
        }
        let items: Vec<_> = group
            .items
            .iter()
            .filter_map(|item| builder.item(checker, item))
            .collect();
        if let (Some(id), Some(title), Some(intro)) = (id, title, intro) {
            out.push(Group {
                id,
                title,
                intro,
                items,
            });
        }
    }
    out
}

fn check_index_coverage(checker: &mut Checker<'_>, file: &InstrumentFile) {
    // Counted from the file, not the built items, so a broken item does not also break its index.
    let items: Vec<&ItemFile> = [&file.sections, &file.domains, &file.stages]
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|g| g.items.iter())
        .collect();
    for index in &file.indices {
        let feeding = items
            .iter()
            .filter(|item| item.item_type.get_ref() == "likert")
            .filter(|item| {
                item.index
                    .as_ref()
                    .is_some_and(|i| i.get_ref() == index.id.get_ref())
            })
            .count();
        if feeding == 0 {
            checker.report(
                &index.id,
                index.id.get_ref(),
                ProblemKind::IndexWithoutItems,
            );
        } else if index.min_items as usize > feeding {
            let kind = ProblemKind::IndexMinItemsTooHigh {
                min_items: index.min_items,
                items: feeding,
            };
            checker.report(&index.id, index.id.get_ref(), kind);
        }
    }
}

fn role_item(
    checker: &mut Checker<'_>,
    file: &InstrumentFile,
    kind: InstrumentKind,
    owner: &str,
    groups: &[Group],
) -> Option<Option<ItemId>> {
    let Some(text) = &file.role_item else {
        return Some(None);
    };
    if kind != InstrumentKind::Survey {
        let kind = kind.code().to_owned();
        checker.report(
            text,
            owner,
            ProblemKind::KeyNotForKind {
                key: "role_item".into(),
                kind,
            },
        );
        return None;
    }
    let found = groups
        .iter()
        .flat_map(|g| g.items.iter())
        .find(|i| i.id.as_str() == text.get_ref());
    match found {
        None => {
            let item = text.get_ref().clone();
            checker.report(text, owner, ProblemKind::UnknownRoleItem { item });
            None
        }
        Some(item) if !matches!(item.kind, super::model::ItemKind::Single { .. }) => {
            checker.report(text, text.get_ref(), ProblemKind::RoleItemNotSingle);
            None
        }
        Some(item) => Some(Some(item.id.clone())),
    }
}
