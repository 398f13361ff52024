//! What a summary may be said from: one organization's figures, masked. Building them is the
//! only step that reads the aggregates; everything after sees shown values or hidden reasons.

use parite_core::aggregate::{Aggregates, FidelityAggregate, OrgProgress, WaveChange};
use parite_core::suppression::{Masked, MinCell};
use parite_core::{IndexKind, Instrument};

/// One barrier of the latest wave: its label and the Everyone mean, if shown.
#[derive(Debug, Clone, PartialEq)]
pub struct MaskedBarrier {
    /// The barrier's Fluent message.
    pub label: String,
    pub everyone: Masked<f64>,
}

/// A change that may be shown, and whether its interval leaves no doubt about the direction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShownChange {
    /// Later − earlier mean (positive: the barrier grew).
    pub estimate: f64,
    /// The 95 % interval is all on one side of zero.
    pub clear: bool,
}

/// One barrier's change for Everyone from the previous wave to the latest.
#[derive(Debug, Clone, PartialEq)]
pub struct MaskedChange {
    pub label: String,
    pub everyone: Masked<ShownChange>,
}

/// The latest fidelity band.
#[derive(Debug, Clone, PartialEq)]
pub struct FidelityBand {
    /// The band's id in the checklist (`high`, `moderate`, `low`).
    pub id: String,
    /// The band's Fluent message.
    pub label: String,
    /// The lowest overall score (in %) of the band; 0 for the lowest band.
    pub min: f64,
}

/// One organization's figures as a summary may use them.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgFigures {
    /// The latest wave with survey figures, by its label.
    pub wave: Option<String>,
    /// The wave before it, if any.
    pub previous_wave: Option<String>,
    /// The barriers of the latest wave, in the survey's order.
    pub barriers: Vec<MaskedBarrier>,
    /// Change since the previous wave, in the survey's order.
    pub changes: Vec<MaskedChange>,
    /// How many people answered the latest wave.
    pub answered: Option<Masked<u64>>,
    /// How many people that wave surveyed, when the team was recorded.
    pub eligible: Option<u64>,
    /// The band of the latest consensus, if one is recorded and scored.
    pub fidelity: Option<FidelityBand>,
    /// The current stage's Fluent message; `None` before the first stage is reached.
    pub stage: Option<String>,
}

/// The report's figures, as [`OrgFigures::of`] reads them.
#[derive(Debug, Clone, Copy)]
pub struct Figures<'a> {
    pub aggregates: &'a Aggregates,
    pub changes: &'a [WaveChange],
    pub fidelity: &'a [FidelityAggregate],
    pub progress: &'a [OrgProgress],
    pub checklist: &'a Instrument,
    pub progress_instrument: &'a Instrument,
}

impl OrgFigures {
    /// The masked figures of `organization` (by its name, as in the aggregates) under `k`.
    pub fn of(figures: Figures<'_>, organization: &str, k: MinCell) -> OrgFigures {
        OrgFigures::select(figures, organization, None, k)
    }

    /// [`OrgFigures::of`], the survey figures narrowed to one organization id when given (two
    /// organizations may share a name; fidelity and progress records carry names only).
    fn select(
        figures: Figures<'_>,
        organization: &str,
        id: Option<&str>,
        k: MinCell,
    ) -> OrgFigures {
        let this =
            |name: &str, org_id: &str| name == organization && id.is_none_or(|i| i == org_id);
        let indices = &figures.aggregates.indices;
        let latest = indices
            .iter()
            .filter(|a| this(&a.organization, &a.organization_id))
            .max_by(|a, b| (a.wave_order, &a.wave).cmp(&(b.wave_order, &b.wave)));
        let (wave, order) = match latest {
            Some(a) => (Some(a.wave.clone()), Some(a.wave_order)),
            None => (None, None),
        };
        let barriers = indices
            .iter()
            .filter(|a| {
                this(&a.organization, &a.organization_id)
                    && a.kind == IndexKind::Barrier
                    && Some(a.wave_order) == order
                    && Some(&a.wave) == wave.as_ref()
            })
            .map(|a| MaskedBarrier {
                label: a.label.as_str().to_owned(),
                everyone: a.masked(k).all.map(|e| e.mean.unwrap_or(f64::NAN)),
            })
            .filter(|b| !matches!(b.everyone, Masked::Shown(mean) if mean.is_nan()))
            .collect::<Vec<_>>();
        let barrier_labels: Vec<&str> = barriers.iter().map(|b| b.label.as_str()).collect();
        let into_latest: Vec<&WaveChange> = figures
            .changes
            .iter()
            .filter(|c| {
                this(&c.organization, &c.organization_id)
                    && Some(c.to_order) == order
                    && Some(&c.to_wave) == wave.as_ref()
                    && barrier_labels.contains(&c.label.as_str())
            })
            .collect();
        let previous_wave = into_latest.first().map(|c| c.from_wave.clone());
        let changes = into_latest
            .iter()
            .map(|c| MaskedChange {
                label: c.label.as_str().to_owned(),
                everyone: c.masked(k).all.map(|d| ShownChange {
                    estimate: d.estimate,
                    clear: d.ci95.is_some_and(|ci| ci.low > 0.0 || ci.high < 0.0),
                }),
            })
            .collect();
        let participation = figures.aggregates.participation.iter().find(|p| {
            this(&p.organization, &p.organization_id)
                && Some(p.wave_order) == order
                && Some(&p.wave) == wave.as_ref()
        });
        let answered = participation.map(|p| p.masked(k).all);
        let eligible = participation.and_then(|p| p.eligible.map(|e| e.all));
        let fidelity = figures
            .fidelity
            .iter()
            .filter(|f| f.organization == organization)
            .max_by(|a, b| (a.wave_order, &a.wave).cmp(&(b.wave_order, &b.wave)))
            .and_then(|f| f.band.as_ref())
            .and_then(|id| figures.checklist.scoring.bands.iter().find(|b| &b.id == id))
            .map(|band| FidelityBand {
                id: band.id.as_str().to_owned(),
                label: band.label.as_str().to_owned(),
                min: band.min,
            });
        let stage = figures
            .progress
            .iter()
            .find(|p| p.organization == organization)
            .and_then(|p| p.status.current_stage.as_ref())
            .and_then(|id| {
                figures
                    .progress_instrument
                    .groups
                    .iter()
                    .find(|g| &g.id == id)
            })
            .map(|g| g.title.as_str().to_owned());
        OrgFigures {
            wave,
            previous_wave,
            barriers,
            changes,
            answered,
            eligible,
            fidelity,
            stage,
        }
    }

    /// The masked figures of every organization with a progress record (every organization a
    /// report covers has one), in the report's order. Organizations that share a name get
    /// their own survey figures each, by id.
    pub fn all(figures: Figures<'_>, k: MinCell) -> Vec<OrgFigures> {
        let mut ids: Vec<(&str, &str)> = Vec::new();
        for a in &figures.aggregates.indices {
            let key = (a.organization.as_str(), a.organization_id.as_str());
            if !ids.contains(&key) {
                ids.push(key);
            }
        }
        let mut taken = vec![false; ids.len()];
        figures
            .progress
            .iter()
            .map(|p| {
                let next = ids
                    .iter()
                    .zip(taken.iter_mut())
                    .find(|((name, _), taken)| *name == p.organization && !**taken);
                let id = next.map(|((_, id), taken)| {
                    *taken = true;
                    *id
                });
                // Without survey figures of its own (no id left), it must not borrow a
                // namesake's: an id no figure has.
                OrgFigures::select(figures, &p.organization, Some(id.unwrap_or("")), k)
            })
            .collect()
    }
}
