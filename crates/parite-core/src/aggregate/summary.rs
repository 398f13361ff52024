//! One wave's barrier figures as running sums that can be stored, merged and read back, so a
//! report need not re-score every response of every wave each time it is shown.
//!
//! A [`WaveSummary`] holds exactly what [`BarrierAccumulator`](super::BarrierAccumulator) keeps
//! per wave (counts by group, and per index and group n, mean, M2 and the major-barrier count),
//! so feeding the accumulator a summary gives the same aggregates as feeding it the responses.
//! Small-cell suppression is not involved: it applies later, to the finished aggregates.

use super::ByGroup;
use super::stats::RunningStats;
use crate::answer::Answers;
use crate::instrument::{IndexKind, Instrument, RoleGroup};
use crate::scoring::{index_scores, is_major_barrier};

/// The first line of an encoded summary; the number changes with the format.
const HEADER: &str = "parite-wave-summary 1";

/// Running sums for one wave of one survey version.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveSummary {
    pub(super) responses: ByGroup<u64>,
    pub(super) no_group: u64,
    /// One entry per index of the instrument, in its order.
    pub(super) indices: Vec<ByGroup<RunningStats>>,
}

impl WaveSummary {
    /// No responses yet.
    pub fn new(instrument: &Instrument) -> WaveSummary {
        WaveSummary {
            responses: ByGroup::default(),
            no_group: 0,
            indices: vec![ByGroup::default(); instrument.indices.len()],
        }
    }

    /// Submitted responses counted, with or without a role group.
    pub fn responses(&self) -> u64 {
        self.responses.all
    }

    /// Counts one response given on `instrument` (the version the wave used).
    pub fn add(
        &mut self,
        instrument: &Instrument,
        role_group: Option<RoleGroup>,
        answers: &Answers,
    ) {
        self.responses.all += 1;
        match role_group {
            Some(RoleGroup::Peer) => self.responses.peer += 1,
            Some(RoleGroup::Professional) => self.responses.professional += 1,
            None => self.no_group += 1,
        }
        let scores = index_scores(instrument, answers);
        for ((score, index), stats) in scores
            .iter()
            .zip(&instrument.indices)
            .zip(self.indices.iter_mut())
        {
            let Some(value) = score.value else { continue };
            let major = index.kind == IndexKind::Barrier && is_major_barrier(instrument, value);
            stats.all.push(value, major);
            match role_group {
                Some(RoleGroup::Peer) => stats.peer.push(value, major),
                Some(RoleGroup::Professional) => stats.professional.push(value, major),
                None => {}
            }
        }
    }

    /// Adds another summary of the same instrument version (e.g. responses submitted since
    /// this one was stored).
    pub fn merge(&mut self, other: &WaveSummary) {
        self.responses.all += other.responses.all;
        self.responses.peer += other.responses.peer;
        self.responses.professional += other.responses.professional;
        self.no_group += other.no_group;
        for (mine, theirs) in self.indices.iter_mut().zip(&other.indices) {
            mine.all.merge(&theirs.all);
            mine.peer.merge(&theirs.peer);
            mine.professional.merge(&theirs.professional);
        }
    }

    /// A line-based text form for storage. Floats are written in their shortest exact form, so
    /// [`decode`](Self::decode) gives back the very same numbers.
    pub fn encode(&self, instrument: &Instrument) -> String {
        let r = &self.responses;
        let mut text = format!(
            "{HEADER}\n{}\nresponses {} {} {} {}\n",
            fingerprint(instrument),
            r.all,
            r.peer,
            r.professional,
            self.no_group
        );
        for (index, stats) in instrument.indices.iter().zip(&self.indices) {
            text.push_str("index ");
            text.push_str(index.id.as_str());
            for group in [&stats.all, &stats.peer, &stats.professional] {
                let (n, mean, m2, major) = group.parts();
                text.push_str(&format!(" {n} {mean} {m2} {major}"));
            }
            text.push('\n');
        }
        text
    }

    /// Reads back what [`encode`](Self::encode) wrote for this very instrument definition;
    /// `None` for anything else (another format, another version or an edited definition),
    /// which callers treat as "recompute".
    pub fn decode(instrument: &Instrument, text: &str) -> Option<WaveSummary> {
        let mut lines = text.lines();
        if lines.next()? != HEADER || lines.next()? != fingerprint(instrument) {
            return None;
        }
        let counts = numbers(lines.next()?.strip_prefix("responses ")?)?;
        let [all, peer, professional, no_group] = counts[..] else {
            return None;
        };
        if peer.checked_add(professional)?.checked_add(no_group)? != all {
            return None;
        }
        let mut summary = WaveSummary {
            responses: ByGroup {
                all,
                peer,
                professional,
            },
            no_group,
            indices: Vec::with_capacity(instrument.indices.len()),
        };
        for index in &instrument.indices {
            let mut fields = lines.next()?.strip_prefix("index ")?.split(' ');
            if fields.next()? != index.id.as_str() {
                return None;
            }
            let mut group = || -> Option<RunningStats> {
                let n = fields.next()?.parse().ok()?;
                let mean = fields.next()?.parse().ok()?;
                let m2 = fields.next()?.parse().ok()?;
                let major = fields.next()?.parse().ok()?;
                RunningStats::from_parts(n, mean, m2, major)
            };
            let stats = ByGroup {
                all: group()?,
                peer: group()?,
                professional: group()?,
            };
            let fits = stats.all.n() <= all
                && stats.peer.n() <= peer
                && stats.professional.n() <= professional;
            if fields.next().is_some() || !fits {
                return None;
            }
            summary.indices.push(stats);
        }
        lines.next().is_none().then_some(summary)
    }
}

fn numbers(text: &str) -> Option<Vec<u64>> {
    text.split(' ').map(|n| n.parse().ok()).collect()
}

/// Identifies an instrument definition: the id, the version and a 64-bit FNV-1a hash of
/// everything that scoring reads. Versions are meant never to change once used; should a
/// definition be edited in place anyway, stored summaries stop matching and are recomputed.
pub fn fingerprint(instrument: &Instrument) -> String {
    // FNV-1a rather than std's hasher: its output is the same on every build and platform.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{instrument:?}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!(
        "{}@{} {hash:016x}",
        instrument.id.as_str(),
        instrument.version
    )
}

#[cfg(test)]
#[path = "summary_tests.rs"]
mod tests;
