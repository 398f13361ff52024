//! Fidelity and progress per organization: few records (one per organization and wave), so
//! plain functions over an iterator rather than an accumulator.

use std::collections::BTreeSet;

use crate::answer::Ratings;
use crate::ident::ItemId;
use crate::instrument::Instrument;
use crate::scoring::{FidelityScore, ProgressStatus, band, fidelity_score, progress_status};

/// The consensus ratings of the fidelity checklist for one organization and wave.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub organization: String,
    pub wave: String,
    pub wave_order: i64,
    pub ratings: Ratings,
}

/// Fidelity scores of one organization's wave.
#[derive(Debug, Clone, PartialEq)]
pub struct FidelityAggregate {
    pub organization: String,
    pub wave: String,
    pub wave_order: i64,
    /// Per domain and overall, from [`fidelity_score`].
    pub score: FidelityScore,
    /// The band of the overall score, if there is one.
    pub band: Option<ItemId>,
}

/// Scores every assessment with the checklist `instrument`, sorted by organization and wave.
/// Not suppressed: these are an evaluator's ratings, not counts of respondents.
pub fn fidelity_by_org(
    instrument: &Instrument,
    assessments: impl IntoIterator<Item = Assessment>,
) -> Vec<FidelityAggregate> {
    let mut rows: Vec<FidelityAggregate> = assessments
        .into_iter()
        .map(|assessment| {
            let score = fidelity_score(instrument, &assessment.ratings);
            let band = score
                .overall
                .and_then(|overall| band(instrument, overall))
                .map(|band| band.id.clone());
            FidelityAggregate {
                organization: assessment.organization,
                wave: assessment.wave,
                wave_order: assessment.wave_order,
                score,
                band,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.organization, a.wave_order, &a.wave).cmp(&(&b.organization, b.wave_order, &b.wave))
    });
    rows
}

/// The milestones an organization has marked done.
#[derive(Debug, Clone, PartialEq)]
pub struct Milestones {
    pub organization: String,
    pub done: BTreeSet<ItemId>,
}

/// One organization's progress through the stages.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgProgress {
    pub organization: String,
    pub status: ProgressStatus,
}

/// Stage completion of every organization with the progress `instrument`, sorted by
/// organization.
pub fn progress_by_org(
    instrument: &Instrument,
    milestones: impl IntoIterator<Item = Milestones>,
) -> Vec<OrgProgress> {
    let mut rows: Vec<OrgProgress> = milestones
        .into_iter()
        .map(|m| OrgProgress {
            status: progress_status(instrument, &m.done),
            organization: m.organization,
        })
        .collect();
    rows.sort_by(|a, b| a.organization.cmp(&b.organization));
    rows
}
