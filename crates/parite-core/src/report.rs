//! The figures one report is composed from, as plain values: the store fills them
//! (`parite_store::figures`), `parite-reports` composes the report from them.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::aggregate::{Aggregates, FidelityAggregate, OrgProgress, VersionComparison, WaveChange};
use crate::instrument::InstrumentKind;
use crate::support::SupportKinds;
use crate::support::figures::SupportFigures;
use crate::{Instrument, InstrumentSet};

/// The survey whose barriers, readiness, participation and change the main sections show.
pub const TEAM_SURVEY: &str = "team-survey";

/// The instruments a report reads, at their latest versions, and the kinds of support its
/// schedule is counted by.
pub struct ReportInstruments {
    /// The team survey.
    pub survey: Arc<Instrument>,
    /// Every other survey instrument (peer values, peer engagement, any a deployment loads),
    /// by id: each has a section of its own and never enters the team survey's figures.
    pub other_surveys: Vec<Arc<Instrument>>,
    pub checklist: Arc<Instrument>,
    pub progress: Arc<Instrument>,
    pub support: Arc<SupportKinds>,
}

impl ReportInstruments {
    pub fn latest(
        instruments: &InstrumentSet,
        support: Arc<SupportKinds>,
    ) -> Option<ReportInstruments> {
        Some(ReportInstruments {
            survey: instruments.latest(TEAM_SURVEY)?.clone(),
            other_surveys: instruments
                .latest_of_kind(InstrumentKind::Survey)
                .into_iter()
                .filter(|survey| survey.id.as_str() != TEAM_SURVEY)
                .cloned()
                .collect(),
            checklist: instruments.latest("fidelity")?.clone(),
            progress: instruments.latest("progress")?.clone(),
            support,
        })
    }

    /// The latest version of another survey instrument.
    pub fn other_survey(&self, id: &str) -> Option<&Arc<Instrument>> {
        self.other_surveys.iter().find(|s| s.id.as_str() == id)
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

/// The figures of one report.
pub struct ReportData {
    /// The team survey's.
    pub aggregates: Aggregates,
    /// Every other survey instrument's, by instrument id; an instrument without a scored
    /// wave has no entry (its section is left out).
    pub other_surveys: BTreeMap<String, Aggregates>,
    pub changes: Vec<WaveChange>,
    /// The indices whose items differ between the survey versions of two compared waves: what
    /// their change is over (reports say so).
    pub across_versions: Vec<VersionComparison>,
    pub fidelity: Vec<FidelityAggregate>,
    pub progress: Vec<OrgProgress>,
    /// The schedule of support, as this reader may see it.
    pub support: SupportFigures,
    /// Some survey figures shown come from a wave still open: they are provisional.
    pub provisional: bool,
    /// Some open wave with responses is left out until it closes ([`WaveVisibility::ClosedOnly`]).
    pub withheld_open: bool,
}
