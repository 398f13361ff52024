//! The plain-language parts of a report: the summary box at the top of every report, and what
//! the community report shows besides it. Both said from masked figures only
//! ([`crate::summary`]).

use parite_core::report::{ReportData, ReportInstruments};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;

use super::Composition;
use crate::summary::{Figures, OrgFigures, Voice, overview, render_all, summarize};

/// The plain-language summary box at the top of a report: part of the composed report, so
/// every output (page, file, print) says the same sentences.
pub struct SummaryView {
    pub title: String,
    pub lines: Vec<String>,
}

/// The figures a summary is said from, borrowed from the report's data.
fn summary_figures<'a>(data: &'a ReportData, which: &'a ReportInstruments) -> Figures<'a> {
    Figures {
        aggregates: &data.aggregates,
        changes: &data.changes,
        fidelity: &data.fidelity,
        progress: &data.progress,
        checklist: &which.checklist,
        progress_instrument: &which.progress,
    }
}

/// One organization's summary, or the funders' overview across the organizations in scope, in
/// the report's voice.
pub fn summary(composition: &Composition<'_>) -> SummaryView {
    let Composition {
        definition,
        data,
        which,
        subject,
        texts,
        k,
    } = *composition;
    let figures = summary_figures(data, which);
    let statements = match subject.organization {
        Some(organization) => summarize(&OrgFigures::of(figures, organization, k)),
        None => {
            let stages: Vec<String> = which
                .progress
                .groups
                .iter()
                .map(|g| g.title.as_str().to_owned())
                .collect();
            overview(&OrgFigures::all(figures, k), &stages)
        }
    };
    let voice = definition.voice;
    SummaryView {
        title: texts.t(&format!("{}-title", voice.prefix())),
        lines: render_all(&statements, texts, voice),
    }
}

/// One barrier of the community report: Everyone's figure as a bar, or why it is not shown.
pub struct CommunityBar {
    pub label: String,
    /// "3.4 out of 5", when shown.
    pub value: Option<String>,
    /// The bar's length in % of the 1–5 scale.
    pub width: u32,
}

/// What the community report shows besides its summary.
pub struct CommunityView {
    pub barriers_heading: String,
    pub barriers_intro: String,
    pub hidden: String,
    pub bars: Vec<CommunityBar>,
    pub privacy_heading: String,
    pub privacy: String,
}

impl CommunityView {
    /// Everyone's barriers of the latest wave, masked like every figure of a report.
    pub fn of(
        data: &ReportData,
        which: &ReportInstruments,
        organization: &str,
        texts: &Texts,
        k: MinCell,
    ) -> CommunityView {
        let figures = OrgFigures::of(summary_figures(data, which), organization, k);
        let bars = figures
            .barriers
            .iter()
            .map(|b| {
                let mean = b.everyone.shown();
                CommunityBar {
                    label: texts.t(&b.label),
                    value: mean
                        .map(|m| texts.t1("community-barrier-value", "value", texts.decimal(m, 1))),
                    width: mean.map_or(0, |m| ((m.clamp(1.0, 5.0) - 1.0) / 4.0 * 100.0) as u32),
                }
            })
            .collect();
        CommunityView {
            barriers_heading: texts.t("community-barriers-heading"),
            barriers_intro: texts.t("community-barriers-intro"),
            hidden: texts.t("community-barrier-hidden"),
            bars,
            privacy_heading: texts.t("community-privacy-heading"),
            privacy: texts.t1("community-privacy", "k", k.get()),
        }
    }
}

/// The community part of a report of the community voice about one organization.
pub fn community(composition: &Composition<'_>) -> Option<CommunityView> {
    let Composition {
        definition,
        data,
        which,
        subject,
        texts,
        k,
    } = *composition;
    let organization = subject.organization?;
    (definition.voice == Voice::Community)
        .then(|| CommunityView::of(data, which, organization, texts, k))
}
