//! The streaming accumulator behind the barrier and readiness aggregates.

use std::collections::{BTreeMap, HashMap};

use super::stats::{RunningStats, t_quantile};
use super::summary::WaveSummary;
use super::{
    Aggregates, ByGroup, Estimate, IndexAggregate, Interval, Participation, ResponseAnswers,
    WaveRef,
};
use crate::instrument::{IndexKind, Instrument};

/// Running sums for one organization's wave: a few numbers per index and group.
#[derive(Debug)]
struct WaveCells {
    wave_id: String,
    wave: String,
    order: i64,
    eligible: Option<ByGroup<u64>>,
    sums: WaveSummary,
}

/// Feeds on responses one at a time ([`add`](Self::add)) and gives the aggregates at the end
/// ([`finish`](Self::finish)). Memory is proportional to organizations × waves × indices.
///
/// Index values come from [`crate::scoring::index_scores`] (reverse coding, `min_items`, hidden
/// items), and the major-barrier rule from [`crate::scoring::is_major_barrier`], so reports and
/// scoring cannot disagree.
#[derive(Debug)]
pub struct BarrierAccumulator<'a> {
    instrument: &'a Instrument,
    // Keyed by (name, id): ordered by name as reports list them, and two organizations that
    // share a name kept apart. Few waves per organization: a short vector searched linearly,
    // which also spares allocating a key for every response.
    organizations: BTreeMap<(String, String), Vec<WaveCells>>,
}

impl<'a> BarrierAccumulator<'a> {
    /// An empty accumulator for responses to `instrument` (one version of a survey).
    pub fn new(instrument: &'a Instrument) -> Self {
        BarrierAccumulator {
            instrument,
            organizations: BTreeMap::new(),
        }
    }

    /// Counts one response.
    pub fn add(&mut self, response: &ResponseAnswers) {
        let wave = WaveRef {
            organization_id: &response.organization_id,
            organization: &response.organization,
            wave_id: &response.wave_id,
            wave: &response.wave,
            wave_order: response.wave_order,
            // A response knows its wave, not the team: reports read that with the summaries.
            eligible: None,
        };
        self.with_cells(wave, |instrument, cells| {
            cells
                .sums
                .add(instrument, response.role_group, &response.answers);
        });
    }

    /// Counts every response behind `summary`, a summary of one wave of this instrument
    /// version: the same figures as adding those responses one by one.
    pub fn add_summary(&mut self, wave: WaveRef<'_>, summary: &WaveSummary) {
        self.with_cells(wave, |_, cells| {
            cells.sums.merge(summary);
        });
    }

    /// Runs `f` on the cells of one organization's wave (by ids), created empty on first use.
    fn with_cells(&mut self, wave: WaveRef<'_>, f: impl FnOnce(&Instrument, &mut WaveCells)) {
        let key = (
            wave.organization.to_owned(),
            wave.organization_id.to_owned(),
        );
        let waves = self.organizations.entry(key).or_default();
        match waves.iter_mut().find(|w| w.wave_id == wave.wave_id) {
            Some(cells) => f(self.instrument, cells),
            None => {
                let mut cells = WaveCells {
                    wave_id: wave.wave_id.to_owned(),
                    wave: wave.wave.to_owned(),
                    order: wave.wave_order,
                    eligible: wave.eligible,
                    sums: WaveSummary::new(self.instrument),
                };
                f(self.instrument, &mut cells);
                waves.push(cells);
            }
        }
    }

    /// The aggregates, sorted by organization, wave order and wave, indices in the
    /// instrument's order.
    pub fn finish(self) -> Aggregates {
        let mut aggregates = Aggregates::default();
        let mut t_values = TValues::new();
        for ((organization, organization_id), mut waves) in self.organizations {
            waves.sort_by(|a, b| {
                (a.order, &a.wave, &a.wave_id).cmp(&(b.order, &b.wave, &b.wave_id))
            });
            for cells in waves {
                for (index, stats) in self.instrument.indices.iter().zip(&cells.sums.indices) {
                    let counts_major = index.kind == IndexKind::Barrier
                        && self.instrument.scoring.major_barrier_at.is_some();
                    aggregates.indices.push(IndexAggregate {
                        organization_id: organization_id.clone(),
                        organization: organization.clone(),
                        wave_id: cells.wave_id.clone(),
                        wave: cells.wave.clone(),
                        wave_order: cells.order,
                        instrument_version: self.instrument.version,
                        index: index.id.clone(),
                        kind: index.kind,
                        label: index.label.clone(),
                        estimates: stats.map(|s| estimate(&s, counts_major, &mut t_values)),
                    });
                }
                aggregates.participation.push(Participation {
                    organization_id: organization_id.clone(),
                    organization: organization.clone(),
                    wave_id: cells.wave_id,
                    wave: cells.wave,
                    wave_order: cells.order,
                    responses: cells.sums.responses,
                    no_group: cells.sums.no_group,
                    eligible: cells.eligible,
                });
            }
        }
        aggregates
    }
}

/// t(0.975, n − 1) by n: computing a quantile is the slowest step of a report, and a funder
/// overview has thousands of cells but far fewer distinct sizes.
type TValues = HashMap<u64, Option<f64>>;

fn estimate(stats: &RunningStats, counts_major: bool, t_values: &mut TValues) -> Estimate {
    let n = stats.n();
    let mean = stats.mean();
    let sd = stats.sd();
    Estimate {
        n,
        mean,
        sd,
        ci95: mean.zip(sd).and_then(|(mean, sd)| {
            let t = *t_values
                .entry(n)
                .or_insert_with(|| t_quantile(0.975, n.saturating_sub(1) as f64));
            interval(mean, sd, n, t?)
        }),
        major_share: (counts_major && n > 0).then(|| stats.major() as f64 / n as f64),
    }
}

/// The t-based 95 % interval of a mean: mean ± t · s / √n with t = t(0.975, n − 1); none for
/// n < 2.
fn interval(mean: f64, sd: f64, n: u64, t: f64) -> Option<Interval> {
    if n < 2 {
        return None;
    }
    let half = t * sd / (n as f64).sqrt();
    Some(Interval {
        low: mean - half,
        high: mean + half,
    })
}
