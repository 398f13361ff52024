//! Aggregates for reports, computed from a stream of responses: per organization × wave × index,
//! the number of respondents, mean, 95 % confidence interval and share rating the index a major
//! barrier — for everyone and by role group — plus participation, change between consecutive
//! waves, fidelity and stage progress.
//!
//! [`BarrierAccumulator`] takes responses one at a time and keeps only running sums per cell,
//! so a caller can feed it a database stream of any length: memory grows with organizations ×
//! waves × indices, never with responses.
//!
//! Nothing here hides small cells: every figure carries its `n`, and
//! [`crate::suppression`] decides what may be shown (see the `masked` methods).

mod assessments;
mod barriers;
mod change;
mod stats;
mod summary;
mod versions;

pub use assessments::{
    Assessment, FidelityAggregate, Milestones, OrgProgress, fidelity_by_org, progress_by_org,
};
pub use barriers::BarrierAccumulator;
pub use change::{Difference, ItemsCompared, WaveChange, wave_changes};
pub use stats::t_quantile;
pub use summary::{WaveSummary, fingerprint};
pub use versions::{
    SharedIndex, SharedItemFigures, VersionComparison, indices_with_different_items,
    restricted_to_shared, version_comparisons,
};

use crate::answer::{Answer, Answers};
use crate::ident::{ItemId, MessageId};
use crate::instrument::{IndexKind, Instrument, RoleGroup};
use crate::suppression::{Masked, MinCell, suppress_groups};

/// One submitted response, as the aggregates need it: where and when it was given, the
/// respondent's role group, and the answers.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseAnswers {
    /// The organization's id: what tells organizations apart.
    pub organization_id: String,
    /// Its display name, only printed (two organizations may share one).
    pub organization: String,
    /// The wave's id: what tells waves apart.
    pub wave_id: String,
    /// The wave's label or id, as reports should name it.
    pub wave: String,
    /// Orders the waves of an organization (e.g. the wave's opening date as a number).
    pub wave_order: i64,
    /// `None` for roles that belong to no group ("other", "prefer not to say"): such respondents
    /// count in the totals only.
    pub role_group: Option<RoleGroup>,
    pub answers: Answers,
}

impl ResponseAnswers {
    /// The group of the choice given to the instrument's role item, if any.
    pub fn role_group_of(instrument: &Instrument, answers: &Answers) -> Option<RoleGroup> {
        let role_item = instrument.role_item.as_ref()?;
        let Some(Answer::Choice(code)) = answers.get(role_item) else {
            return None;
        };
        let item = instrument.item(role_item.as_str())?;
        item.kind
            .choices()
            .iter()
            .find(|choice| choice.code == *code)
            .and_then(|choice| choice.group)
    }
}

/// Which organization's wave a figure is about: the ids tell them apart, the name and label
/// are only printed (two organizations may share a name, and their figures must not merge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaveRef<'a> {
    pub organization_id: &'a str,
    pub organization: &'a str,
    pub wave_id: &'a str,
    pub wave: &'a str,
    /// Orders the waves of an organization.
    pub wave_order: i64,
    /// How many people the wave surveys, by group, once recorded ([`Participation::eligible`]).
    pub eligible: Option<ByGroup<u64>>,
}

/// Which respondents a figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subgroup {
    /// Every respondent, with or without a role group.
    All,
    /// Respondents whose role is in the `peer` group.
    Peer,
    /// Respondents whose role is in the `professional` group.
    Professional,
}

impl Subgroup {
    /// In report order: everyone, then peers, then professionals.
    pub const ALL: [Subgroup; 3] = [Subgroup::All, Subgroup::Peer, Subgroup::Professional];

    /// The stable code used in exports: `all`, `peer`, `professional`.
    pub fn code(self) -> &'static str {
        match self {
            Subgroup::All => "all",
            Subgroup::Peer => "peer",
            Subgroup::Professional => "professional",
        }
    }
}

/// The same figure for everyone, peers and professionals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByGroup<T> {
    pub all: T,
    pub peer: T,
    pub professional: T,
}

impl<T> ByGroup<T> {
    /// The figure of one group.
    pub fn get(&self, group: Subgroup) -> &T {
        match group {
            Subgroup::All => &self.all,
            Subgroup::Peer => &self.peer,
            Subgroup::Professional => &self.professional,
        }
    }

    /// Borrows each figure.
    pub fn as_ref(&self) -> ByGroup<&T> {
        ByGroup {
            all: &self.all,
            peer: &self.peer,
            professional: &self.professional,
        }
    }

    /// Applies `f` to each figure.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> ByGroup<U> {
        ByGroup {
            all: f(self.all),
            peer: f(self.peer),
            professional: f(self.professional),
        }
    }
}

/// A closed interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

/// One index's summary for one group of respondents.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Estimate {
    /// Respondents with a value for the index.
    pub n: u64,
    /// Mean index value (1–5, reverse coding applied); `None` when n = 0.
    pub mean: Option<f64>,
    /// Sample standard deviation; `None` when n < 2.
    pub sd: Option<f64>,
    /// `mean ± t(0.975, n − 1) · sd / √n`; `None` when n < 2. Not clipped to the scale: with
    /// few respondents it may reach past 1 or 5, which is what the data say.
    pub ci95: Option<Interval>,
    /// Share (0–1) of respondents whose index is a major barrier; `None` for readiness, for an
    /// instrument without `major_barrier_at`, or when n = 0.
    pub major_share: Option<f64>,
}

/// One index for one organization and wave.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexAggregate {
    /// Tells organizations apart; `organization` is the name printed.
    pub organization_id: String,
    pub organization: String,
    /// Tells waves apart; `wave` is the label printed.
    pub wave_id: String,
    pub wave: String,
    pub wave_order: i64,
    /// The survey version the wave was given on: what the index's items are.
    pub instrument_version: u32,
    pub index: ItemId,
    pub kind: IndexKind,
    /// The index's Fluent message, for labels.
    pub label: MessageId,
    pub estimates: ByGroup<Estimate>,
}

impl IndexAggregate {
    /// The estimates that may be shown under threshold `k`, with complementary suppression
    /// between the two groups and the total.
    pub fn masked(&self, k: MinCell) -> ByGroup<Masked<&Estimate>> {
        let n = self.estimates.as_ref().map(|e| e.n);
        let status = suppress_groups(&n, k);
        ByGroup {
            all: status.all.mask(&self.estimates.all),
            peer: status.peer.mask(&self.estimates.peer),
            professional: status.professional.mask(&self.estimates.professional),
        }
    }

    /// Peers' mean − professionals' mean, with Welch's interval: shown only when both groups'
    /// figures are under threshold `k`. The peer-values questionnaire reports it per value as
    /// information (self-ratings tend to run higher than supervisors'), never as a verdict.
    pub fn group_gap(&self, k: MinCell) -> Masked<Difference> {
        let n = self.estimates.as_ref().map(|e| e.n);
        let status = suppress_groups(&n, k);
        let gap = change::difference(&self.estimates.professional, &self.estimates.peer);
        change::combine(status.professional, status.peer, &gap).map(|d| *d)
    }
}

/// How many responses an organization's wave received.
#[derive(Debug, Clone, PartialEq)]
pub struct Participation {
    pub organization_id: String,
    pub organization: String,
    pub wave_id: String,
    pub wave: String,
    pub wave_order: i64,
    /// `all` counts every response, including those without a role group.
    pub responses: ByGroup<u64>,
    /// Responses whose role belongs to no group.
    pub no_group: u64,
    /// How many people the wave surveys — the team's size, its peers and its other members —
    /// when an administrator recorded it; what a response rate is out of.
    pub eligible: Option<ByGroup<u64>>,
}

/// A group's responses out of the people eligible to answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ResponseRate {
    pub answered: u64,
    pub eligible: u64,
}

impl ResponseRate {
    /// `answered / eligible`; `None` when no one was eligible.
    pub fn ratio(&self) -> Option<f64> {
        (self.eligible > 0).then(|| self.answered as f64 / self.eligible as f64)
    }
}

impl Participation {
    /// The response rate of each group under threshold `k`, `None` without a recorded team. A
    /// rate is shown exactly where its count is: the rate times the eligible count (which is
    /// not secret) gives the count back, so it is hidden for the same reason.
    pub fn rates(&self, k: MinCell) -> Option<ByGroup<Masked<ResponseRate>>> {
        let eligible = self.eligible.as_ref()?;
        let masked = self.masked(k);
        Some(ByGroup {
            all: rate(masked.all, eligible.all),
            peer: rate(masked.peer, eligible.peer),
            professional: rate(masked.professional, eligible.professional),
        })
    }

    /// The counts that may be shown under threshold `k`.
    pub fn masked(&self, k: MinCell) -> ByGroup<Masked<u64>> {
        let status = suppress_groups(&self.responses, k);
        ByGroup {
            all: status.all.mask(self.responses.all),
            peer: status.peer.mask(self.responses.peer),
            professional: status.professional.mask(self.responses.professional),
        }
    }
}

fn rate(answered: Masked<u64>, eligible: u64) -> Masked<ResponseRate> {
    match answered {
        Masked::Shown(answered) => Masked::Shown(ResponseRate { answered, eligible }),
        Masked::Suppressed { reason } => Masked::Suppressed { reason },
    }
}

/// Everything [`BarrierAccumulator::finish`] computes, sorted by organization, wave order,
/// wave and (for indices) the instrument's index order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Aggregates {
    pub indices: Vec<IndexAggregate>,
    pub participation: Vec<Participation>,
}

#[cfg(test)]
#[path = "aggregate_tests.rs"]
mod tests;
