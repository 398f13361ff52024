//! Change between an organization's consecutive waves.

use super::stats::{t_quantile, welch};
use super::versions::SharedItemFigures;
use super::{ByGroup, Estimate, IndexAggregate, Interval};
use crate::ident::{ItemId, MessageId};
use crate::suppression::{CellStatus, Masked, MinCell, Reason, suppress_groups};

/// A difference of two means (later wave − earlier wave) with its Welch 95 % interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Difference {
    /// Later mean − earlier mean.
    pub estimate: f64,
    /// `d ± t(0.975, df) · se` with Welch's se and df; `None` unless both waves have n ≥ 2.
    /// When both waves have no spread at all the interval is the single point `d`.
    pub ci95: Option<Interval>,
    /// Welch–Satterthwaite degrees of freedom; `None` with the interval or without spread.
    pub df: Option<f64>,
}

/// One index's change for one organization from one wave to the next.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveChange {
    /// Tells organizations apart; `organization` is the name printed.
    pub organization_id: String,
    pub organization: String,
    pub index: ItemId,
    /// The index's Fluent message, for labels.
    pub label: MessageId,
    pub from_wave: String,
    pub from_order: i64,
    pub to_wave: String,
    pub to_order: i64,
    /// Respondents with a value in the earlier wave, by group (for suppression).
    pub from_n: ByGroup<u64>,
    /// Respondents with a value in the later wave, by group.
    pub to_n: ByGroup<u64>,
    /// `None` where either wave has no mean for the group.
    pub difference: ByGroup<Option<Difference>>,
    /// Which items the two means are over.
    pub compared: ItemsCompared,
}

/// The items a change compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemsCompared {
    /// The index has the same items in both waves (one version, or versions that agree on it).
    Same,
    /// The waves were given on versions whose items for this index differ: both means are
    /// over the `shared` items the two versions score the same way.
    Shared {
        from_version: u32,
        to_version: u32,
        shared: usize,
    },
}

impl WaveChange {
    /// The differences that may be shown under threshold `k`: a difference is hidden when
    /// either of the two figures it comes from is (for the same reason, primary first).
    pub fn masked(&self, k: MinCell) -> ByGroup<Masked<&Difference>> {
        let from = suppress_groups(&self.from_n, k);
        let to = suppress_groups(&self.to_n, k);
        ByGroup {
            all: combine(from.all, to.all, &self.difference.all),
            peer: combine(from.peer, to.peer, &self.difference.peer),
            professional: combine(
                from.professional,
                to.professional,
                &self.difference.professional,
            ),
        }
    }
}

/// A difference is shown only when both figures it comes from are; primary reasons first.
pub(super) fn combine(
    from: CellStatus,
    to: CellStatus,
    difference: &Option<Difference>,
) -> Masked<&Difference> {
    let primary = Masked::Suppressed {
        reason: Reason::Primary,
    };
    match (from, to, difference) {
        (CellStatus::Shown, CellStatus::Shown, Some(d)) => Masked::Shown(d),
        // Shown on both sides means n ≥ 3 on both, so a difference exists; kept total.
        (CellStatus::Shown, CellStatus::Shown, None) => primary,
        (
            CellStatus::Suppressed {
                reason: Reason::Primary,
            },
            _,
            _,
        )
        | (
            _,
            CellStatus::Suppressed {
                reason: Reason::Primary,
            },
            _,
        ) => primary,
        _ => Masked::Suppressed {
            reason: Reason::Complementary,
        },
    }
}

/// The change of every index between each pair of consecutive waves of each organization.
/// Waves are independent samples (responses are anonymous and cannot be paired), hence Welch's
/// unequal-variance interval rather than a paired one. Input in any order.
///
/// Between waves given on different versions, an index whose items differ is compared with the
/// figures of `across` (over the shared items), or not at all when they share too few or
/// `across` has no figures for the pair: a change of instrument is never shown as a change of
/// the organization (module [`super::versions`]).
pub fn wave_changes(indices: &[IndexAggregate], across: &[SharedItemFigures]) -> Vec<WaveChange> {
    let mut sorted: Vec<&IndexAggregate> = indices.iter().collect();
    sorted.sort_by(|a, b| {
        (
            &a.organization,
            &a.organization_id,
            &a.index,
            a.wave_order,
            &a.wave,
        )
            .cmp(&(
                &b.organization,
                &b.organization_id,
                &b.index,
                b.wave_order,
                &b.wave,
            ))
    });
    let mut changes: Vec<WaveChange> = sorted
        .windows(2)
        .filter(|pair| {
            pair[0].organization_id == pair[1].organization_id && pair[0].index == pair[1].index
        })
        .filter_map(|pair| {
            let (mut from, mut to) = (pair[0], pair[1]);
            let mut compared = ItemsCompared::Same;
            if from.instrument_version != to.instrument_version {
                let figures = across
                    .iter()
                    .find(|f| f.from_wave_id == from.wave_id && f.to_wave_id == to.wave_id)?;
                if let Some(shared) = figures.index(&from.index) {
                    if !shared.comparable() {
                        return None;
                    }
                    from = figures.aggregate(&from.wave_id, &from.index)?;
                    to = figures.aggregate(&to.wave_id, &to.index)?;
                    compared = ItemsCompared::Shared {
                        from_version: figures.from_version,
                        to_version: figures.to_version,
                        shared: shared.shared,
                    };
                }
            }
            let difference = ByGroup {
                all: difference(&from.estimates.all, &to.estimates.all),
                peer: difference(&from.estimates.peer, &to.estimates.peer),
                professional: difference(&from.estimates.professional, &to.estimates.professional),
            };
            Some(WaveChange {
                organization_id: from.organization_id.clone(),
                organization: from.organization.clone(),
                index: from.index.clone(),
                label: from.label.clone(),
                from_wave: from.wave.clone(),
                from_order: from.wave_order,
                to_wave: to.wave.clone(),
                to_order: to.wave_order,
                from_n: from.estimates.as_ref().map(|e| e.n),
                to_n: to.estimates.as_ref().map(|e| e.n),
                difference,
                compared,
            })
        })
        .collect();
    // Reports read change wave by wave, indices in a stable order within a wave pair.
    changes.sort_by(|a, b| {
        (&a.organization, &a.organization_id, a.to_order, &a.to_wave).cmp(&(
            &b.organization,
            &b.organization_id,
            b.to_order,
            &b.to_wave,
        ))
    });
    changes
}

/// Later − earlier, with Welch's interval when both sides have a standard deviation.
pub(super) fn difference(from: &Estimate, to: &Estimate) -> Option<Difference> {
    let estimate = to.mean? - from.mean?;
    let welch = from
        .sd
        .zip(to.sd)
        .and_then(|(sd_from, sd_to)| welch(sd_from, from.n, sd_to, to.n));
    let (ci95, df) = match welch {
        Some((se, Some(df))) => {
            let half = t_quantile(0.975, df).map(|t| t * se);
            (
                half.map(|half| Interval {
                    low: estimate - half,
                    high: estimate + half,
                }),
                Some(df),
            )
        }
        Some((_, None)) => (
            Some(Interval {
                low: estimate,
                high: estimate,
            }),
            None,
        ),
        None => (None, None),
    };
    Some(Difference { estimate, ci95, df })
}
