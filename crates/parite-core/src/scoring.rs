//! Scoring rules, as the instrument files state them: barrier and readiness indices, fidelity
//! domains and bands, and the implementation stage reached.

use std::collections::BTreeSet;

use crate::answer::{Answers, Ratings};
use crate::ident::ItemId;
use crate::instrument::{Band, Instrument, ItemKind};

/// One index for one respondent.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexScore {
    pub index: ItemId,
    /// Mean of the scored items after reverse coding; `None` when fewer than `min_items` were
    /// answered with a score ("don't know" has none).
    pub value: Option<f64>,
    pub answered: usize,
}

/// Every index of a survey for one respondent's answers, in the instrument's order. Items hidden
/// by their condition are not counted even if an answer is present.
pub fn index_scores(instrument: &Instrument, answers: &Answers) -> Vec<IndexScore> {
    instrument
        .indices
        .iter()
        .map(|index| {
            let scores: Vec<f64> = instrument
                .items()
                .filter(|item| is_shown(instrument, item.show_if.as_ref(), answers))
                .filter_map(|item| match &item.kind {
                    ItemKind::Likert {
                        scale,
                        index: Some(feeds),
                        reverse,
                    } if *feeds == index.id => {
                        let answer = answers.get(&item.id)?;
                        let score = instrument.score_of(&item.id, answer)?;
                        let (min, max) = instrument.scales.get(scale)?.score_range()?;
                        Some(if *reverse {
                            f64::from(min + max) - score
                        } else {
                            score
                        })
                    }
                    _ => None,
                })
                .collect();
            let answered = scores.len();
            let value = (answered >= index.min_items as usize && answered > 0)
                .then(|| scores.iter().sum::<f64>() / answered as f64);
            IndexScore {
                index: index.id.clone(),
                value,
                answered,
            }
        })
        .collect()
}

/// Whether an item with this condition is shown, given the answers so far.
pub fn is_shown(
    instrument: &Instrument,
    show_if: Option<&crate::Condition>,
    answers: &Answers,
) -> bool {
    show_if.is_none_or(|condition| {
        condition.holds(answers, &|item, answer| instrument.score_of(item, answer))
    })
}

/// Whether a barrier index value counts as a major barrier under the instrument's rule.
pub fn is_major_barrier(instrument: &Instrument, value: f64) -> bool {
    instrument
        .scoring
        .major_barrier_at
        .is_some_and(|at| value >= at)
}

/// One fidelity domain's score.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainScore {
    pub domain: ItemId,
    pub points: u32,
    /// 2 × the applicable rated items.
    pub max_points: u32,
    /// points / max_points × 100; `None` when no item is applicable and rated.
    pub percent: Option<f64>,
    pub not_applicable: usize,
    pub unrated: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FidelityScore {
    pub domains: Vec<DomainScore>,
    /// Mean of the domain percentages that exist.
    pub overall: Option<f64>,
    /// True when every item is rated.
    pub complete: bool,
}

/// Domain scores and overall fidelity from an evaluator's ratings.
pub fn fidelity_score(instrument: &Instrument, ratings: &Ratings) -> FidelityScore {
    let domains: Vec<DomainScore> = instrument
        .groups
        .iter()
        .map(|group| {
            let (mut points, mut max_points, mut not_applicable, mut unrated) = (0, 0, 0, 0);
            for item in &group.items {
                match ratings.get(&item.id).map(|r| r.points()) {
                    None => unrated += 1,
                    Some(None) => not_applicable += 1,
                    Some(Some(p)) => {
                        points += p;
                        max_points += 2;
                    }
                }
            }
            let percent =
                (max_points > 0).then(|| f64::from(points) / f64::from(max_points) * 100.0);
            DomainScore {
                domain: group.id.clone(),
                points,
                max_points,
                percent,
                not_applicable,
                unrated,
            }
        })
        .collect();
    let percents: Vec<f64> = domains.iter().filter_map(|d| d.percent).collect();
    let overall =
        (!percents.is_empty()).then(|| percents.iter().sum::<f64>() / percents.len() as f64);
    let complete = domains.iter().all(|d| d.unrated == 0);
    FidelityScore {
        domains,
        overall,
        complete,
    }
}

/// The band a percentage falls in: the first, highest first, whose minimum it reaches.
pub fn band(instrument: &Instrument, percent: f64) -> Option<&Band> {
    instrument
        .scoring
        .bands
        .iter()
        .find(|band| percent >= band.min)
}

#[derive(Debug, Clone, PartialEq)]
pub struct StageCompletion {
    pub stage: ItemId,
    pub done: usize,
    pub total: usize,
    pub required_done: usize,
    pub required_total: usize,
    /// Every required milestone of the stage is done.
    pub reached: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProgressStatus {
    pub stages: Vec<StageCompletion>,
    /// The furthest stage whose required milestones are all done; `None` means not started.
    pub current_stage: Option<ItemId>,
}

impl StageCompletion {
    /// NIRN's "strength of stage": the share of the stage's milestones done, required or not,
    /// in percent; `None` for a stage without milestones.
    pub fn strength_percent(&self) -> Option<f64> {
        (self.total > 0).then(|| self.done as f64 * 100.0 / self.total as f64)
    }
}

impl ProgressStatus {
    /// The stages before the current one that still have required milestones not done: the
    /// current stage counts as reached, but the work of an earlier stage was skipped or is
    /// unfinished, which a reader should be told rather than left to infer.
    pub fn unmet_before_current(&self) -> Vec<&StageCompletion> {
        let Some(current) = &self.current_stage else {
            return Vec::new();
        };
        self.stages
            .iter()
            .take_while(|stage| &stage.stage != current)
            .filter(|stage| !stage.reached)
            .collect()
    }
}

/// Per-stage completion and the current stage from the milestones marked done.
pub fn progress_status(instrument: &Instrument, done: &BTreeSet<ItemId>) -> ProgressStatus {
    let stages: Vec<StageCompletion> = instrument
        .groups
        .iter()
        .map(|stage| {
            let required: Vec<_> = stage.items.iter().filter(|m| m.required).collect();
            let required_done = required.iter().filter(|m| done.contains(&m.id)).count();
            StageCompletion {
                stage: stage.id.clone(),
                done: stage.items.iter().filter(|m| done.contains(&m.id)).count(),
                total: stage.items.len(),
                required_done,
                required_total: required.len(),
                reached: required_done == required.len(),
            }
        })
        .collect();
    let current_stage = stages
        .iter()
        .rev()
        .find(|s| s.reached)
        .map(|s| s.stage.clone());
    ProgressStatus {
        stages,
        current_stage,
    }
}

#[cfg(test)]
#[path = "scoring_tests.rs"]
mod tests;
