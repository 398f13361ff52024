//! Summaries and consensus ratings turned into a report's aggregates, each with the
//! instrument version it was given on.

use std::collections::BTreeMap;

use parite_core::aggregate::{
    Aggregates, Assessment, BarrierAccumulator, ByGroup, FidelityAggregate, WaveRef, WaveSummary,
};
use parite_core::report::ReportInstruments;
use parite_core::{Instrument, InstrumentSet, ItemId, Ratings};

use super::cache::WaveTally;
use crate::{Consensus, Organization};

/// One accumulator per instrument version, so each wave is scored with its own version.
pub(super) struct Accumulators<'a> {
    pub(super) by_version: BTreeMap<(String, u32), BarrierAccumulator<'a>>,
}

impl<'a> Accumulators<'a> {
    pub(super) fn add(
        &mut self,
        instrument: &'a Instrument,
        org: &Organization,
        wave: &WaveTally,
        sums: &WaveSummary,
    ) {
        let key = (instrument.id.as_str().to_owned(), instrument.version);
        self.by_version
            .entry(key)
            .or_insert_with(|| BarrierAccumulator::new(instrument))
            .add_summary(wave_ref(org, wave), sums);
    }

    /// Every survey instrument's aggregates, by instrument id: the versions of one instrument
    /// together, two instruments never (their indices mean different things).
    pub(super) fn finish(self) -> BTreeMap<String, Aggregates> {
        let mut all: BTreeMap<String, Aggregates> = BTreeMap::new();
        for ((id, _version), accumulator) in self.by_version {
            let part = accumulator.finish();
            let figures = all.entry(id).or_default();
            figures.indices.extend(part.indices);
            figures.participation.extend(part.participation);
        }
        all
    }
}

/// A wave as the aggregates know it. Keyed by ids: two organizations may share a name, never
/// their figures.
pub(super) fn wave_ref<'a>(org: &'a Organization, wave: &'a WaveTally) -> WaveRef<'a> {
    WaveRef {
        organization_id: org.id.as_str(),
        organization: &org.name,
        wave_id: wave.wave_id.as_str(),
        wave: &wave.label,
        wave_order: wave.opens_at.unix(),
        // Non-peers count as the professionals: the team's two role groups.
        eligible: wave.team.map(|team| ByGroup {
            all: u64::from(team.members),
            peer: u64::from(team.peers),
            professional: u64::from(team.others()),
        }),
    }
}

/// Fidelity scored with the checklist version each consensus was rated on (a later version
/// never changes an earlier score), in the order `fidelity_by_org` gives.
pub(super) fn fidelity_by_version(
    instruments: &InstrumentSet,
    which: &ReportInstruments,
    assessments: Vec<(u32, Assessment)>,
) -> Vec<FidelityAggregate> {
    let mut by_version: BTreeMap<u32, Vec<Assessment>> = BTreeMap::new();
    for (version, assessment) in assessments {
        by_version.entry(version).or_default().push(assessment);
    }
    let mut rows: Vec<_> = by_version
        .into_iter()
        .flat_map(|(version, group)| {
            let checklist = instruments
                .get(which.checklist.id.as_str(), version)
                .unwrap_or(&which.checklist);
            parite_core::aggregate::fidelity_by_org(checklist, group)
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.organization, a.wave_order, &a.wave).cmp(&(&b.organization, b.wave_order, &b.wave))
    });
    rows
}

/// A wave's consensus ratings with the checklist version they were given on; ratings of
/// unknown items or values are left out.
pub(super) fn rated(consensus: Consensus) -> (u32, Ratings) {
    let ratings = consensus
        .ratings
        .into_iter()
        .filter_map(|r| Some((ItemId::parse(&r.item_id).ok()?, r.value)))
        .collect();
    (consensus.assessment.instrument_version, ratings)
}
