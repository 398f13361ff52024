//! From the file format to a valid `Instrument`, collecting every problem with its line.

use std::collections::{BTreeMap, HashMap};

use super::file::{GroupFile, InstrumentFile, ItemFile, Text};
use super::items::{ItemBuilder, SeenItem};
use super::model::{
    Band, Group, Index, IndexKind, Instrument, InstrumentKind, Scale, ScalePoint, Scoring,
};
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

fn scales(
    checker: &mut Checker<'_>,
    file: &InstrumentFile,
    kind: InstrumentKind,
    owner: &str,
) -> BTreeMap<ItemId, Scale> {
    let mut out = BTreeMap::new();
    if kind != InstrumentKind::Survey {
        if let Some((key, _)) = file.scales.iter().next() {
            let kind = kind.code().to_owned();
            checker.report(
                key,
                owner,
                ProblemKind::KeyNotForKind {
                    key: "scales".into(),
                    kind,
                },
            );
        }
        return out;
    }
    for (key, scale) in &file.scales {
        let Some(scale_id) = checker.identifier(key, owner) else {
            continue;
        };
        let mut points = Vec::new();
        let mut seen: HashMap<&str, ()> = HashMap::new();
        for point in &scale.points {
            if seen.insert(point.code.get_ref(), ()).is_some() {
                let code = point.code.get_ref().clone();
                checker.report(
                    &point.code,
                    scale_id.as_str(),
                    ProblemKind::DuplicateChoiceCode { code },
                );
            }
            let code = checker.code(&point.code, scale_id.as_str());
            let label = checker.message(&point.label, scale_id.as_str());
            if let (Some(code), Some(label)) = (code, label) {
                points.push(ScalePoint {
                    code,
                    label,
                    score: point.score,
                });
            }
        }
        if scale.points.iter().filter(|p| p.score.is_some()).count() < 2 {
            checker.report(key, scale_id.as_str(), ProblemKind::ScaleTooFewScored);
        }
        out.insert(scale_id, Scale { points });
    }
    out
}

fn indices(
    checker: &mut Checker<'_>,
    file: &InstrumentFile,
    kind: InstrumentKind,
    owner: &str,
) -> Vec<(Text, Index)> {
    if kind != InstrumentKind::Survey {
        if let Some(first) = file.indices.first() {
            let kind = kind.code().to_owned();
            checker.report(
                &first.id,
                owner,
                ProblemKind::KeyNotForKind {
                    key: "indices".into(),
                    kind,
                },
            );
        }
        return Vec::new();
    }
    let mut out: Vec<(Text, Index)> = Vec::new();
    for index in &file.indices {
        let Some(id) = checker.identifier(&index.id, owner) else {
            continue;
        };
        if let Some((first, _)) = out.iter().find(|(_, i)| i.id == id) {
            let first_line = checker.line(first);
            checker.report(
                &index.id,
                id.as_str(),
                ProblemKind::DuplicateId { first_line },
            );
        }
        let index_kind = match index.kind.get_ref().as_str() {
            "barrier" => Some(IndexKind::Barrier),
            "readiness" => Some(IndexKind::Readiness),
            other => {
                let value = other.to_owned();
                checker.report(
                    &index.kind,
                    id.as_str(),
                    ProblemKind::UnknownIndexKind { value },
                );
                None
            }
        };
        if index.min_items == 0 {
            checker.report(&index.id, id.as_str(), ProblemKind::MinItemsZero);
        }
        let label = checker.message(&index.label, id.as_str());
        if let (Some(kind), Some(label)) = (index_kind, label) {
            out.push((
                index.id.clone(),
                Index {
                    id,
                    kind,
                    label,
                    min_items: index.min_items,
                },
            ));
        }
    }
    out
}

fn scoring(
    checker: &mut Checker<'_>,
    file: &InstrumentFile,
    kind: InstrumentKind,
    owner: &str,
) -> Option<Scoring> {
    let Some(scoring) = &file.scoring else {
        if kind == InstrumentKind::Checklist {
            checker.report(
                &file.kind,
                owner,
                ProblemKind::MissingKey {
                    key: "scoring.bands".into(),
                },
            );
        }
        return Some(Scoring::default());
    };
    let kind_code = kind.code().to_owned();
    if scoring.major_barrier_at.is_some() && kind != InstrumentKind::Survey {
        let key = "scoring.major_barrier_at".into();
        checker.report(
            &file.kind,
            owner,
            ProblemKind::KeyNotForKind {
                key,
                kind: kind_code.clone(),
            },
        );
    }
    if !scoring.bands.is_empty() && kind != InstrumentKind::Checklist {
        let key = "scoring.bands".into();
        checker.report(
            &file.kind,
            owner,
            ProblemKind::KeyNotForKind {
                key,
                kind: kind_code,
            },
        );
    }
    if scoring.bands.is_empty() && kind == InstrumentKind::Checklist {
        checker.report(
            &file.kind,
            owner,
            ProblemKind::MissingKey {
                key: "scoring.bands".into(),
            },
        );
    }
    let mut bands = Vec::new();
    let mut ok = true;
    for (i, band) in scoring.bands.iter().enumerate() {
        let id = checker.identifier(&band.id, owner);
        let label = checker.message(&band.label, owner);
        let descending = i == 0 || scoring.bands[i - 1].min > band.min;
        let last_is_zero = i + 1 < scoring.bands.len() || band.min == 0.0;
        if !descending || !last_is_zero || !(0.0..=100.0).contains(&band.min) {
            checker.report(&band.id, band.id.get_ref(), ProblemKind::BandsOutOfOrder);
            ok = false;
        }
        match (id, label) {
            (Some(id), Some(label)) => bands.push(Band {
                id,
                min: band.min,
                label,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(Scoring {
        major_barrier_at: scoring.major_barrier_at,
        bands,
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
