//! Everything a report shows, read from the store: barrier aggregates from per-wave summaries
//! (kept current on read, see below), consensus fidelity and milestones — each read for all
//! the organizations at once, since one query per wave or organization cost more than the
//! rows they returned.
//!
//! Re-scoring every answer of every response for each page view grows with responses (a
//! funder view of 230,000 responses read 6 million answer rows). Instead each wave's running
//! sums are stored (`wave_summaries`) with the tally of submitted responses they count. On
//! read, a wave whose tally has not moved is taken as stored; one that only gained later
//! submissions has just those read and merged; anything else (a removed response, a
//! submission dated at or before the stored latest one, an edited instrument definition) is
//! read again in full. Each wave is scored with the instrument version it was given on.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use futures_util::StreamExt;
use parite_core::aggregate::{
    Aggregates, Assessment, BarrierAccumulator, ByGroup, FidelityAggregate, Milestones,
    OrgProgress, ResponseAnswers, WaveChange, WaveRef, WaveSummary,
};
use parite_core::{Answer, Answers, Instrument, InstrumentSet, ItemId, Ratings};
use parite_store::{
    Consensus, OrgId, Organization, Role, Store, StoreError, StoredSummary, WaveId, WaveResponse,
    WaveStatus, WaveTally,
};

/// The instruments a report reads, at their latest versions.
pub struct ReportInstruments {
    pub survey: Arc<Instrument>,
    pub checklist: Arc<Instrument>,
    pub progress: Arc<Instrument>,
}

impl ReportInstruments {
    pub fn latest(instruments: &InstrumentSet) -> Option<ReportInstruments> {
        Some(ReportInstruments {
            survey: instruments.latest("team-survey")?.clone(),
            checklist: instruments.latest("fidelity")?.clone(),
            progress: instruments.latest("progress")?.clone(),
        })
    }
}

/// Which waves' survey results a reader may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaveVisibility {
    /// Every wave, open ones live (evaluators, administrators, the command line).
    Live,
    /// Closed waves only (team leads, funders): an open wave's figures change with each
    /// submission, and two downloads a response apart would give that response away.
    ClosedOnly,
}

impl WaveVisibility {
    /// What a signed-in person of this role may see.
    pub fn of(role: Role) -> WaveVisibility {
        match role {
            Role::Admin | Role::Evaluator => WaveVisibility::Live,
            Role::TeamLead | Role::Funder => WaveVisibility::ClosedOnly,
        }
    }
}

/// The figures of one report.
pub struct ReportData {
    pub aggregates: Aggregates,
    pub changes: Vec<WaveChange>,
    pub fidelity: Vec<FidelityAggregate>,
    pub progress: Vec<OrgProgress>,
    /// Some survey figures shown come from a wave still open: they are provisional.
    pub provisional: bool,
    /// Some open wave with responses is left out until it closes ([`WaveVisibility::ClosedOnly`]).
    pub withheld_open: bool,
}

/// One accumulator per instrument version, so each wave is scored with its own version.
struct Accumulators<'a> {
    by_version: BTreeMap<(String, u32), BarrierAccumulator<'a>>,
}

impl<'a> Accumulators<'a> {
    fn add(
        &mut self,
        instrument: &'a Instrument,
        org: &Organization,
        wave: &WaveTally,
        sums: &WaveSummary,
    ) {
        let key = (instrument.id.as_str().to_owned(), instrument.version);
        // Keyed by ids: two organizations may share a name, never their figures.
        let wave = WaveRef {
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
        };
        self.by_version
            .entry(key)
            .or_insert_with(|| BarrierAccumulator::new(instrument))
            .add_summary(wave, sums);
    }

    fn finish(self) -> Aggregates {
        let mut all = Aggregates::default();
        for accumulator in self.by_version.into_values() {
            let part = accumulator.finish();
            all.indices.extend(part.indices);
            all.participation.extend(part.participation);
        }
        all
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
        .latest_consensus(&org_ids, crate::checklists::CHECKLIST)
        .await?
        .into_iter()
        .map(|c| (c.assessment.wave_id.clone(), c))
        .collect();
    let mut done: HashMap<OrgId, BTreeSet<ItemId>> = HashMap::new();
    for milestone in store
        .milestones_done_of(&org_ids, which.progress.id.as_str())
        .await?
    {
        if let Ok(item) = ItemId::parse(&milestone.item_id) {
            done.entry(milestone.organization_id)
                .or_default()
                .insert(item);
        }
    }
    let mut accumulators = Accumulators {
        by_version: BTreeMap::new(),
    };
    let mut saves = Vec::new();
    let mut assessments = Vec::new();
    let mut milestones = Vec::new();
    let (mut provisional, mut withheld_open) = (false, false);
    for org in orgs {
        for wave in tallies.remove(&org.id).unwrap_or_default() {
            let Some(instrument) = instruments.get(&wave.instrument_id, wave.instrument_version)
            else {
                continue;
            };
            let open = wave.status != WaveStatus::Closed;
            // The checklist consensus below is the evaluators' own rating, not respondents'
            // answers: only the survey results wait for the wave to close.
            if open && visibility == WaveVisibility::ClosedOnly {
                withheld_open |= wave.submitted > 0;
            } else {
                let (sums, changed) =
                    current_summary(store, instrument, &wave, stored.remove(&wave.wave_id)).await?;
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
    let aggregates = accumulators.finish();
    let changes = parite_core::aggregate::wave_changes(&aggregates.indices);
    Ok(ReportData {
        changes,
        fidelity: fidelity_by_version(instruments, which, assessments),
        progress: parite_core::aggregate::progress_by_org(&which.progress, milestones),
        aggregates,
        provisional,
        withheld_open,
    })
}

/// A wave's summary brought up to date, and what to store when it changed.
async fn current_summary(
    store: &Store,
    instrument: &Instrument,
    wave: &WaveTally,
    stored: Option<StoredSummary>,
) -> Result<(WaveSummary, Option<StoredSummary>), StoreError> {
    let decoded = stored.and_then(|s| WaveSummary::decode(instrument, &s.body).map(|d| (s, d)));
    let (mut sums, counted, after) = match decoded {
        Some((s, sums))
            if s.submitted == wave.submitted && s.last_submitted_at == wave.last_submitted_at =>
        {
            return Ok((sums, None));
        }
        // Only later submissions were added when the count up to the stored latest one holds.
        Some((
            StoredSummary {
                submitted,
                last_submitted_at: Some(at),
                ..
            },
            sums,
        )) if submitted <= wave.submitted
            && store.submitted_up_to(&wave.wave_id, at).await? == submitted =>
        {
            (sums, submitted, Some(at))
        }
        _ if wave.submitted == 0 => return Ok((WaveSummary::new(instrument), None)),
        _ => (WaveSummary::new(instrument), 0, None),
    };
    let mut added = WaveSummary::new(instrument);
    let mut latest = after;
    let mut responses = std::pin::pin!(store.stream_wave_responses(&wave.wave_id, after));
    while let Some(response) = responses.next().await {
        let response = response?;
        latest = latest.max(Some(response.submitted_at));
        let answers = answers_of(instrument, &response);
        added.add(
            instrument,
            ResponseAnswers::role_group_of(instrument, &answers),
            &answers,
        );
    }
    sums.merge(&added);
    // The tally saved is the one of the responses read, which is what the sums count.
    let save = StoredSummary {
        wave_id: wave.wave_id.clone(),
        submitted: counted + added.responses(),
        last_submitted_at: latest,
        body: sums.encode(instrument),
    };
    Ok((sums, Some(save)))
}

/// A stored response's values as the instrument's answers; values of unknown items are ignored.
fn answers_of(instrument: &Instrument, response: &WaveResponse) -> Answers {
    let mut values: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (item, value) in &response.answers {
        values.entry(item.as_str()).or_default().push(value.clone());
    }
    let mut answers = Answers::new();
    for item in instrument.items() {
        if let Some(answer) = values
            .get(item.id.as_str())
            .and_then(|v| Answer::from_values(&item.kind, v))
        {
            answers.insert(item.id.clone(), answer);
        }
    }
    answers
}

/// Fidelity scored with the checklist version each consensus was rated on (a later version
/// never changes an earlier score), in the order `fidelity_by_org` gives.
fn fidelity_by_version(
    instruments: &InstrumentSet,
    which: &ReportInstruments,
    assessments: Vec<(u32, Assessment)>,
) -> Vec<parite_core::aggregate::FidelityAggregate> {
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
fn rated(consensus: Consensus) -> (u32, Ratings) {
    let ratings = consensus
        .ratings
        .into_iter()
        .filter_map(|r| Some((ItemId::parse(&r.item_id).ok()?, r.value)))
        .collect();
    (consensus.assessment.instrument_version, ratings)
}
