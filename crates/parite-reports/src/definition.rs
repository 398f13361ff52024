//! The standard reports, defined as data in `reports/*.toml`: which sections each holds, and in
//! each section which charts and tables. The web and `parite report` render them the same way.

use serde::Deserialize;

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/reports.rs"));
}

/// Whose data a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportScope {
    /// One organization.
    Organization,
    /// Every organization in the reader's scope.
    All,
}

/// The charts a report may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// The latest wave's barriers, peers and professionals side by side.
    BarrierProfile,
    /// Barriers across waves.
    BarrierChange,
    /// The latest fidelity assessment by domain, against the target.
    FidelityDomains,
    /// Progress through the stages, one bar per organization.
    StageProgress,
    /// Organizations × barriers.
    BarrierHeatmap,
    /// One organization's sessions of support on a time axis, between its survey waves.
    SupportTimeline,
    /// Hours of support delivered, one bar per organization stacked by kind.
    SupportHours,
}

/// The tables a report may show and export as CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TableKind {
    Barriers,
    Change,
    Participation,
    Fidelity,
    Progress,
    /// The schedule of support by organization and kind.
    Support,
    /// WRAP training by organization and quarter.
    Wrap,
    /// The peer-values questionnaire by value: everyone, peer workers, managers, and the gap.
    PeerValues,
    /// The peer-engagement questionnaire by principle, pooled per organization and wave.
    PeerEngagement,
}

impl ChartKind {
    /// The name in addresses and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            ChartKind::BarrierProfile => "barrier-profile",
            ChartKind::BarrierChange => "barrier-change",
            ChartKind::FidelityDomains => "fidelity-domains",
            ChartKind::StageProgress => "stage-progress",
            ChartKind::BarrierHeatmap => "barrier-heatmap",
            ChartKind::SupportTimeline => "support-timeline",
            ChartKind::SupportHours => "support-hours",
        }
    }

    pub const ALL: [ChartKind; 7] = [
        ChartKind::BarrierProfile,
        ChartKind::BarrierChange,
        ChartKind::FidelityDomains,
        ChartKind::StageProgress,
        ChartKind::BarrierHeatmap,
        ChartKind::SupportTimeline,
        ChartKind::SupportHours,
    ];

    pub fn from_code(code: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Whether this chart's figures table already shows the table's figures, so that a page
    /// section need not show them twice. The support charts show none whole: the hours chart
    /// has no cancelled, not-recorded or attendance figures, the timeline lists sessions.
    pub fn shows(self, table: TableKind) -> bool {
        matches!(
            (self, table),
            (ChartKind::BarrierProfile, TableKind::Barriers)
                | (ChartKind::BarrierHeatmap, TableKind::Barriers)
                | (ChartKind::BarrierChange, TableKind::Change)
                | (ChartKind::FidelityDomains, TableKind::Fidelity)
                | (ChartKind::StageProgress, TableKind::Progress)
        )
    }
}

impl TableKind {
    pub fn code(self) -> &'static str {
        match self {
            TableKind::Barriers => "barriers",
            TableKind::Change => "change",
            TableKind::Participation => "participation",
            TableKind::Fidelity => "fidelity",
            TableKind::Progress => "progress",
            TableKind::Support => "support",
            TableKind::Wrap => "wrap",
            TableKind::PeerValues => "peer-values",
            TableKind::PeerEngagement => "peer-engagement",
        }
    }

    /// The survey instrument whose figures the table shows, for the tables of a survey other
    /// than the team survey: a section holding only such tables is left out of a report
    /// until that instrument has figures.
    pub fn other_survey(self) -> Option<&'static str> {
        match self {
            TableKind::PeerValues => Some("peer-values"),
            TableKind::PeerEngagement => Some("peer-engagement"),
            _ => None,
        }
    }

    pub const ALL: [TableKind; 9] = [
        TableKind::Barriers,
        TableKind::Change,
        TableKind::Participation,
        TableKind::Fidelity,
        TableKind::Progress,
        TableKind::Support,
        TableKind::Wrap,
        TableKind::PeerValues,
        TableKind::PeerEngagement,
    ];

    pub fn from_code(code: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// One section of a report.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    /// Fluent message ids.
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    #[serde(default)]
    pub charts: Vec<ChartKind>,
    #[serde(default)]
    pub tables: Vec<TableKind>,
}

impl Section {
    /// Whether the section has something to show in a report with these figures: a section
    /// made only of another survey's tables waits until that survey has figures.
    pub fn has_figures(&self, data: &parite_core::report::ReportData) -> bool {
        let mut instruments = self.tables.iter().map(|t| t.other_survey());
        if !self.charts.is_empty() || self.tables.is_empty() {
            return true;
        }
        !instruments.all(|instrument| {
            instrument.is_some_and(|id| {
                data.other_surveys
                    .get(id)
                    .is_none_or(|figures| figures.indices.is_empty())
            })
        })
    }
}

/// A report: its id (in addresses), title (a message id), scope and sections.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportDefinition {
    pub id: String,
    pub title: String,
    pub scope: ReportScope,
    /// Whose words the report speaks in: the report's (default) or, for the team and
    /// community, plain ones.
    #[serde(default)]
    pub voice: crate::summary::Voice,
    pub sections: Vec<Section>,
}

impl ReportDefinition {
    /// Every chart of the report, in order; the first is the default download.
    pub fn charts(&self) -> impl Iterator<Item = ChartKind> + '_ {
        self.sections.iter().flat_map(|s| s.charts.iter().copied())
    }

    pub fn tables(&self) -> impl Iterator<Item = TableKind> + '_ {
        self.sections.iter().flat_map(|s| s.tables.iter().copied())
    }
}

/// A report file that does not read, with the file named.
#[derive(Debug, thiserror::Error)]
#[error("reports/{file}: {message}")]
pub struct DefinitionError {
    pub file: String,
    pub message: String,
}

/// Parses one report file.
pub fn parse(file: &str, text: &str) -> Result<ReportDefinition, DefinitionError> {
    toml::from_str(text).map_err(|e| DefinitionError {
        file: file.to_owned(),
        message: e.to_string(),
    })
}

/// The reports compiled into this program.
pub fn shipped() -> Result<Vec<ReportDefinition>, DefinitionError> {
    shipped::REPORTS
        .iter()
        .map(|(file, text)| parse(file, text))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_reports_read_and_the_organization_report_opens_with_the_barrier_profile() {
        let reports = shipped().expect("shipped reports parse");
        let organization = reports
            .iter()
            .find(|r| r.id == "organization")
            .expect("organization report");
        assert_eq!(
            organization.charts().next(),
            Some(ChartKind::BarrierProfile)
        );
        assert!(organization.tables().any(|t| t == TableKind::Fidelity));
        assert!(organization.tables().any(|t| t == TableKind::Progress));
        let funder = reports
            .iter()
            .find(|r| r.id == "funder-overview")
            .expect("funder report");
        assert_eq!(funder.scope, ReportScope::All);
    }

    #[test]
    fn a_wrong_report_file_names_the_file_and_the_key() {
        let error = parse("x.toml", "id = \"x\"\ntitle = \"t\"\nscope = \"organization\"\n[[sections]]\nid = \"s\"\ntitle = \"t\"\ncharts = [\"pie\"]\n")
            .expect_err("unknown chart");
        let text = error.to_string();
        assert!(text.starts_with("reports/x.toml:"), "{text}");
        assert!(text.contains("pie"), "{text}");
    }
}
