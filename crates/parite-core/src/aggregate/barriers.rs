//! The streaming accumulator behind the barrier and readiness aggregates.

use std::collections::BTreeMap;

use super::stats::{RunningStats, t_quantile};
use super::{
    Aggregates, ByGroup, Estimate, IndexAggregate, Interval, Participation, ResponseAnswers,
};
use crate::instrument::{IndexKind, Instrument, RoleGroup};
use crate::scoring::{index_scores, is_major_barrier};

/// Running sums for one organization's wave: a few numbers per index and group.
#[derive(Debug)]
struct WaveCells {
    wave: String,
    order: i64,
    responses: ByGroup<u64>,
    no_group: u64,
    indices: Vec<ByGroup<RunningStats>>,
}

/// Feeds on responses one at a time ([`add`](Self::add)) and gives the aggregates at the end
/// ([`finish`](Self::finish)). Memory is proportional to organizations × waves × indices.
///
/// Index values come from [`index_scores`] (reverse coding, `min_items`, hidden items), and
/// the major-barrier rule from [`is_major_barrier`], so reports and scoring cannot disagree.
#[derive(Debug)]
pub struct BarrierAccumulator<'a> {
    instrument: &'a Instrument,
    // Few waves per organization: a short vector searched linearly, which also spares
    // allocating a key for every response.
    organizations: BTreeMap<String, Vec<WaveCells>>,
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
        let index_count = self.instrument.indices.len();
        let waves = match self.organizations.get_mut(response.organization.as_str()) {
            Some(waves) => waves,
            None => self
                .organizations
                .entry(response.organization.clone())
                .or_default(),
        };
        let position = waves
            .iter()
            .position(|w| w.order == response.wave_order && w.wave == response.wave);
        let cells = match position {
            Some(i) => &mut waves[i],
            None => {
                waves.push(WaveCells {
                    wave: response.wave.clone(),
                    order: response.wave_order,
                    responses: ByGroup::default(),
                    no_group: 0,
                    indices: vec![ByGroup::default(); index_count],
                });
                let last = waves.len() - 1;
                &mut waves[last]
            }
        };

        cells.responses.all += 1;
        match response.role_group {
            Some(RoleGroup::Peer) => cells.responses.peer += 1,
            Some(RoleGroup::Professional) => cells.responses.professional += 1,
            None => cells.no_group += 1,
        }

        let scores = index_scores(self.instrument, &response.answers);
        for ((score, index), stats) in scores
            .iter()
            .zip(&self.instrument.indices)
            .zip(cells.indices.iter_mut())
        {
            let Some(value) = score.value else { continue };
            let major =
                index.kind == IndexKind::Barrier && is_major_barrier(self.instrument, value);
            stats.all.push(value, major);
            match response.role_group {
                Some(RoleGroup::Peer) => stats.peer.push(value, major),
                Some(RoleGroup::Professional) => stats.professional.push(value, major),
                None => {}
            }
        }
    }

    /// The aggregates, sorted by organization, wave order and wave, indices in the
    /// instrument's order.
    pub fn finish(self) -> Aggregates {
        let mut aggregates = Aggregates::default();
        for (organization, mut waves) in self.organizations {
            waves.sort_by(|a, b| (a.order, &a.wave).cmp(&(b.order, &b.wave)));
            for cells in waves {
                for (index, stats) in self.instrument.indices.iter().zip(&cells.indices) {
                    let counts_major = index.kind == IndexKind::Barrier
                        && self.instrument.scoring.major_barrier_at.is_some();
                    aggregates.indices.push(IndexAggregate {
                        organization: organization.clone(),
                        wave: cells.wave.clone(),
                        wave_order: cells.order,
                        index: index.id.clone(),
                        kind: index.kind,
                        label: index.label.clone(),
                        estimates: stats.map(|s| estimate(&s, counts_major)),
                    });
                }
                aggregates.participation.push(Participation {
                    organization: organization.clone(),
                    wave: cells.wave,
                    wave_order: cells.order,
                    responses: cells.responses,
                    no_group: cells.no_group,
                });
            }
        }
        aggregates
    }
}

fn estimate(stats: &RunningStats, counts_major: bool) -> Estimate {
    let n = stats.n();
    let mean = stats.mean();
    let sd = stats.sd();
    Estimate {
        n,
        mean,
        sd,
        ci95: mean
            .zip(sd)
            .and_then(|(mean, sd)| confidence_interval(mean, sd, n)),
        major_share: (counts_major && n > 0).then(|| stats.major() as f64 / n as f64),
    }
}

/// The t-based 95 % interval of a mean: mean ± t(0.975, n − 1) · s / √n.
pub(super) fn confidence_interval(mean: f64, sd: f64, n: u64) -> Option<Interval> {
    if n < 2 {
        return None;
    }
    let t = t_quantile(0.975, (n - 1) as f64)?;
    let half = t * sd / (n as f64).sqrt();
    Some(Interval {
        low: mean - half,
        high: mean + half,
    })
}
