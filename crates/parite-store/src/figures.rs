//! Report figures: everything a report shows, read from the store — barrier aggregates from
//! per-wave summaries kept fresh on read, consensus fidelity and milestones — each read for all
//! the organizations at once, since one query per wave or organization cost more than the rows
//! they returned. Reports get them as one [`ReportData`] from [`load`].
//!
//! # Summaries, kept fresh on read
//!
//! Re-scoring every answer of every response for each page view grows with responses (a
//! funder view of 230,000 responses read 6 million answer rows). Instead each wave's running
//! sums are stored (`wave_summaries`) with the tally of submitted responses they count. The
//! store does not know what a summary holds (parite-core encodes it); it keeps the text with
//! that tally ([`cache`]). On read, a wave whose tally has not moved is taken as stored; one
//! that only gained later submissions (the count up to the stored latest submission still
//! gives the stored count) has just those read and merged; anything else (a removed response,
//! a submission dated at or before the stored latest one, an edited instrument definition) is
//! read again in full. Each wave is scored with the instrument version it was given on.
//! Submissions are untouched: summaries are brought up to date when a report reads them, and
//! saved in the background.

pub mod cache;
mod fresh;
mod scoring;
mod support;
mod versions;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use parite_core::aggregate::{Assessment, Milestones};
use parite_core::report::{ReportData, ReportInstruments, WaveVisibility};
use parite_core::support::figures::WaveMark;
use parite_core::{InstrumentSet, ItemId};

use crate::{Consensus, OrgId, Organization, Role, Store, StoreError, WaveId, WaveStatus};
use cache::{StoredSummary, WaveTally};
use scoring::{Accumulators, fidelity_by_version, rated};

/// What a signed-in person of this role may see.
pub fn visibility_of(role: Role) -> WaveVisibility {
    match role {
        Role::Admin | Role::Evaluator => WaveVisibility::Live,
        Role::TeamLead | Role::Funder => WaveVisibility::ClosedOnly,
    }
}

/// Reads every figure of the organizations given, the survey results of the waves `visibility`
/// allows.
pub async fn load(
    store: &Store,
    instruments: &InstrumentSet,
    which: &ReportInstruments,
    orgs: &[Organization],
    visibility: WaveVisibility,
) -> Result<ReportData, StoreError> {
    // One organization: its waves only. Several: every wave in two reads, not two per org.
    let scope = match orgs {
        [one] => Some(&one.id),
        _ => None,
    };
    let mut tallies: HashMap<_, Vec<WaveTally>> = HashMap::new();
    for tally in store.wave_tallies(scope).await? {
        tallies
            .entry(tally.organization_id.clone())
            .or_default()
            .push(tally);
    }
    let mut stored: HashMap<WaveId, StoredSummary> = store
        .wave_summaries(scope)
        .await?
        .into_iter()
        .map(|s| (s.wave_id.clone(), s))
        .collect();
    let org_ids: Vec<OrgId> = orgs.iter().map(|org| org.id.clone()).collect();
    let mut consensus: HashMap<WaveId, Consensus> = store
        .latest_consensus(&org_ids, &which.checklist.id)
        .await?
        .into_iter()
        .map(|c| (c.assessment.wave_id.clone(), c))
        .collect();
    let mut done: HashMap<OrgId, BTreeSet<ItemId>> = HashMap::new();
    for milestone in store
        .milestones_done_of(&org_ids, &which.progress.id)
        .await?
    {
        done.entry(milestone.organization_id)
            .or_default()
            .insert(milestone.event.milestone);
    }
    let mut accumulators = Accumulators {
        by_version: BTreeMap::new(),
    };
    let mut saves = Vec::new();
    let mut assessments = Vec::new();
    let mut milestones = Vec::new();
    let mut waves = Vec::new();
    let mut across_versions = Vec::new();
    let (mut provisional, mut withheld_open) = (false, false);
    for org in orgs {
        let mut scored: Vec<(&parite_core::Instrument, WaveTally)> = Vec::new();
        for wave in tallies.remove(&org.id).unwrap_or_default() {
            let Some(instrument) =
                instruments.get(wave.instrument_id.as_str(), wave.instrument_version)
            else {
                continue;
            };
            // The support timeline marks the team survey's waves: the change it is read beside.
            let team_survey = instrument.id == which.survey.id;
            if let (true, Some(opens)) = (team_survey, wave.opens_at.date()) {
                waves.push(WaveMark {
                    organization: org.name.clone(),
                    label: wave.label.clone(),
                    opens,
                });
            }
            let open = wave.status != WaveStatus::Closed;
            // The checklist consensus below is the evaluators' own rating, not respondents'
            // answers: only the survey results wait for the wave to close.
            if open && visibility == WaveVisibility::ClosedOnly {
                withheld_open |= wave.submitted > 0;
            } else {
                let (sums, changed) =
                    fresh::current_summary(store, instrument, &wave, stored.remove(&wave.wave_id))
                        .await?;
                if let Some(save) = changed {
                    // Saved in the background: the writer commits them together.
                    let store = store.clone();
                    saves.push(tokio::spawn(
                        async move { store.save_wave_summary(save).await },
                    ));
                }
                // A wave nobody answered has no figures, as when responses were counted one
                // by one.
                if sums.responses() > 0 {
                    accumulators.add(instrument, org, &wave, &sums);
                    provisional |= open;
                    scored.push((instrument, wave.clone()));
                }
            }
            if let Some((version, ratings)) = consensus.remove(&wave.wave_id).map(rated) {
                assessments.push((
                    version,
                    Assessment {
                        organization: org.name.clone(),
                        wave: wave.label.clone(),
                        wave_order: wave.opens_at.unix(),
                        ratings,
                    },
                ));
            }
        }
        // Change over waves is the team survey's: another instrument's wave between two of its
        // waves must not break the pair.
        scored.retain(|(instrument, _)| instrument.id == which.survey.id);
        across_versions.extend(versions::shared_item_figures(store, org, &mut scored).await?);
        milestones.push(Milestones {
            organization: org.name.clone(),
            done: done.get(&org.id).cloned().unwrap_or_default(),
        });
    }
    for save in saves {
        // A summary that could not be saved is computed again next time; the report stands.
        match save.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(%error, "report summary not saved"),
            Err(error) => tracing::warn!(%error, "report summary not saved"),
        }
    }
    let support = support::support_figures(store, which, orgs, waves, visibility).await?;
    let mut other_surveys = accumulators.finish();
    let aggregates = other_surveys
        .remove(which.survey.id.as_str())
        .unwrap_or_default();
    let changes = parite_core::aggregate::wave_changes(&aggregates.indices, &across_versions);
    Ok(ReportData {
        changes,
        across_versions: parite_core::aggregate::version_comparisons(&across_versions),
        fidelity: fidelity_by_version(instruments, which, assessments),
        progress: parite_core::aggregate::progress_by_org(&which.progress, milestones),
        aggregates,
        other_surveys,
        support,
        provisional,
        withheld_open,
    })
}
