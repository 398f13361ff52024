//! A report composed from its figures ([`ReportData`]): each chart and table of a report
//! definition, its sections as the page, the file and the PDF show them, the plain-language
//! summary, and the whole report as one HTML file or a PDF document — the same composition for
//! the web and for `parite report`.
//!
//! [`ReportData`]: parite_core::report::ReportData

mod charts;
mod file;
mod pdf;
mod sections;
mod summary;
mod tables;

use parite_core::report::ReportData;
use parite_i18n::Texts;

pub use charts::chart;
pub use file::ReportFile;
pub use pdf::{PdfCover, pdf};
pub use sections::{ChartView, SectionView, TableView, sections};
pub use summary::{CommunityBar, CommunityView, SummaryView, community, summary};
pub use tables::{table_label, write_table};

/// Everything a report is composed from: which report, its figures, the instruments they were
/// scored with, what it is about, the reader's language and the smallest group shown. Sections,
/// summary, community part and PDF are all made from one of these.
#[derive(Clone, Copy)]
pub struct Composition<'a> {
    pub definition: &'a crate::definition::ReportDefinition,
    pub data: &'a ReportData,
    pub which: &'a parite_core::report::ReportInstruments,
    pub subject: Subject<'a>,
    pub texts: &'a Texts,
    pub k: parite_core::suppression::MinCell,
}

/// What a report is about: one organization (by its display name) or all in scope.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    pub organization: Option<&'a str>,
}

/// What a report says about the waves behind its survey figures.
pub struct WaveNotes {
    /// Some figures come from a wave still open.
    pub provisional: Option<String>,
    /// Open waves were left out until they close.
    pub withheld: Option<String>,
    /// What change between waves given on different survey versions is over, per index.
    pub across_versions: Vec<String>,
}

impl WaveNotes {
    pub fn of(data: &ReportData, texts: &Texts) -> WaveNotes {
        WaveNotes {
            provisional: data.provisional.then(|| texts.t("report-provisional")),
            withheld: data
                .withheld_open
                .then(|| texts.t("report-open-waves-withheld")),
            across_versions: data
                .across_versions
                .iter()
                .map(|comparison| {
                    let id = if comparison.comparable {
                        "report-across-versions-shared"
                    } else {
                        "report-across-versions-none"
                    };
                    texts.with_args(
                        id,
                        vec![
                            ("index", texts.t(comparison.label.as_str()).into()),
                            ("from", comparison.from_version.into()),
                            ("to", comparison.to_version.into()),
                            ("shared", comparison.shared.into()),
                            ("from_items", comparison.from_items.into()),
                            ("to_items", comparison.to_items.into()),
                        ],
                    )
                })
                .collect(),
        }
    }
}
