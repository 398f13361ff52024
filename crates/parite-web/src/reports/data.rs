//! Everything a report shows, read from the store: barrier aggregates from streamed answers
//! (memory grows with organizations × waves, not with responses), consensus fidelity and
//! milestones.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use futures_util::StreamExt;
use parite_core::aggregate::{
    Aggregates, Assessment, BarrierAccumulator, FidelityAggregate, Milestones, OrgProgress,
    ResponseAnswers, WaveChange,
};
use parite_core::{Answer, Answers, Instrument, InstrumentSet, ItemId, Rating, Ratings};
use parite_store::{
    AnswerFilter, AnswerRow, AssessmentKind, Organization, Status, Store, StoreError, WaveId,
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

/// The figures of one report.
pub struct ReportData {
    pub aggregates: Aggregates,
    pub changes: Vec<WaveChange>,
    pub fidelity: Vec<FidelityAggregate>,
    pub progress: Vec<OrgProgress>,
}

struct WaveInfo {
    label: String,
    order: i64,
}

/// Scores each response with the instrument version it was given on: one accumulator a version.
struct Accumulators<'a> {
    instruments: &'a InstrumentSet,
    by_version: BTreeMap<(String, u32), BarrierAccumulator<'a>>,
}

impl<'a> Accumulators<'a> {
    fn add(&mut self, rows: &[AnswerRow], org_name: &str, waves: &HashMap<WaveId, WaveInfo>) {
        let Some(first) = rows.first() else { return };
        let Some(instrument) = self
            .instruments
            .get(&first.instrument_id, first.instrument_version)
        else {
            return;
        };
        let mut values: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for row in rows {
            values
                .entry(row.item_id.as_str())
                .or_default()
                .push(row.value.clone());
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
        let wave = waves.get(&first.wave_id);
        let response = ResponseAnswers {
            organization: org_name.to_owned(),
            wave: wave.map_or_else(|| first.wave_label.clone(), |w| w.label.clone()),
            wave_order: wave.map_or(0, |w| w.order),
            role_group: ResponseAnswers::role_group_of(instrument, &answers),
            answers,
        };
        let key = (first.instrument_id.clone(), first.instrument_version);
        self.by_version
            .entry(key)
            .or_insert_with(|| BarrierAccumulator::new(instrument))
            .add(&response);
    }

    fn finish(self) -> Aggregates {
        let mut all = Aggregates {
            indices: Vec::new(),
            participation: Vec::new(),
        };
        for accumulator in self.by_version.into_values() {
            let part = accumulator.finish();
            all.indices.extend(part.indices);
            all.participation.extend(part.participation);
        }
        all
    }
}

/// Reads every figure of the organizations given.
pub async fn load(
    store: &Store,
    instruments: &InstrumentSet,
    which: &ReportInstruments,
    orgs: &[Organization],
) -> Result<ReportData, StoreError> {
    let mut accumulators = Accumulators {
        instruments,
        by_version: BTreeMap::new(),
    };
    let mut assessments = Vec::new();
    let mut milestones = Vec::new();
    for org in orgs {
        let waves: HashMap<WaveId, WaveInfo> = store
            .waves_of(&org.id)
            .await?
            .into_iter()
            .map(|w| {
                (
                    w.id,
                    WaveInfo {
                        label: w.label,
                        order: w.opens_at.unix(),
                    },
                )
            })
            .collect();
        let filter = AnswerFilter {
            organization: Some(org.id.clone()),
            wave: None,
            submitted_only: true,
        };
        let mut stream = std::pin::pin!(store.stream_answers(&filter));
        let mut current: Vec<AnswerRow> = Vec::new();
        while let Some(row) = stream.next().await {
            let row = row?;
            if current
                .first()
                .is_some_and(|r| r.response_id != row.response_id)
            {
                accumulators.add(&current, &org.name, &waves);
                current.clear();
            }
            current.push(row);
        }
        accumulators.add(&current, &org.name, &waves);
        for (wave_id, wave) in &waves {
            if let Some(ratings) = consensus_ratings(store, &org.id, wave_id).await? {
                assessments.push(Assessment {
                    organization: org.name.clone(),
                    wave: wave.label.clone(),
                    wave_order: wave.order,
                    ratings,
                });
            }
        }
        let done: BTreeSet<ItemId> = store
            .milestones_done(&org.id, which.progress.id.as_str())
            .await?
            .into_iter()
            .filter_map(|m| ItemId::parse(&m.item_id).ok())
            .collect();
        milestones.push(Milestones {
            organization: org.name.clone(),
            done,
        });
    }
    let aggregates = accumulators.finish();
    let changes = parite_core::aggregate::wave_changes(&aggregates.indices);
    Ok(ReportData {
        changes,
        fidelity: parite_core::aggregate::fidelity_by_org(&which.checklist, assessments),
        progress: parite_core::aggregate::progress_by_org(&which.progress, milestones),
        aggregates,
    })
}

/// The latest submitted consensus ratings of a wave, which is what reports use.
async fn consensus_ratings(
    store: &Store,
    org: &parite_store::OrgId,
    wave: &WaveId,
) -> Result<Option<Ratings>, StoreError> {
    let consensus = store
        .assessments_of(org, wave)
        .await?
        .into_iter()
        .rfind(|a| a.kind == AssessmentKind::Consensus && a.status == Status::Submitted);
    let Some(assessment) = consensus else {
        return Ok(None);
    };
    let ratings = store
        .ratings(&assessment.id)
        .await?
        .into_iter()
        .filter_map(|r| {
            Some((
                ItemId::parse(&r.item_id).ok()?,
                Rating::from_code(r.value.as_str())?,
            ))
        })
        .collect();
    Ok(Some(ratings))
}
