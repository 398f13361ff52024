//! The definitions an instrument's items refer to: scales, indices and scoring rules.

use std::collections::{BTreeMap, HashMap};

use super::file::{InstrumentFile, Text};
use super::model::{Band, Index, IndexKind, InstrumentKind, Scale, ScalePoint, Scoring};
use super::problem::ProblemKind;
use super::validate::Checker;
use crate::ident::ItemId;

pub(crate) fn scales(
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

pub(crate) fn indices(
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

pub(crate) fn scoring(
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
