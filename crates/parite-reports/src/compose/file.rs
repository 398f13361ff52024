//! A whole report as one HTML file, for `parite report`.

use parite_core::suppression::MinCell;
use parite_i18n::Texts;

use super::{CommunityView, SectionView, SummaryView, WaveNotes};
use crate::definition::ReportDefinition;

/// A whole report as one HTML file with its styles and charts inside, for `parite report`.
#[derive(askama::Template)]
#[template(path = "report_file.html")]
pub struct ReportFile {
    pub lang: String,
    /// The site's stylesheet, inlined: the file stands alone.
    pub stylesheet: &'static str,
    pub heading: String,
    pub subtitle: String,
    pub suppression_note: String,
    pub notes: WaveNotes,
    pub summary: SummaryView,
    pub community: Option<CommunityView>,
    /// Files link to nothing outside themselves.
    pub community_link: Option<String>,
    pub community_text: String,
    pub sections: Vec<SectionView>,
    /// Links in a file point next to it: `barrier-profile.svg`, `barriers.csv`.
    pub base: String,
    pub exports: String,
    pub download_svg: String,
    pub download_png: String,
    /// A file has no PDF next to it to link to.
    pub pdf_link: Option<String>,
    pub download_pdf: String,
}

impl ReportFile {
    #[allow(clippy::too_many_arguments)] // each part of the file, composed by the caller
    pub fn new(
        stylesheet: &'static str,
        definition: &ReportDefinition,
        (summary, community): (SummaryView, Option<CommunityView>),
        sections: Vec<SectionView>,
        notes: WaveNotes,
        subtitle: String,
        texts: &Texts,
        k: MinCell,
    ) -> ReportFile {
        ReportFile {
            lang: texts.lang().to_owned(),
            stylesheet,
            heading: texts.t(&definition.title),
            subtitle,
            suppression_note: texts.t1("reports-chart-suppressed-note", "k", k.get()),
            notes,
            summary,
            community,
            community_link: None,
            community_text: String::new(),
            sections,
            base: ".".to_owned(),
            exports: ".".to_owned(),
            download_svg: texts.t("report-download-svg"),
            download_png: texts.t("report-download-png"),
            pdf_link: None,
            download_pdf: String::new(),
        }
    }
}
