//! One renderer for every output of a report: the charts (SVG, PNG), the tables (CSV) and the
//! HTML page, used alike by the web and by `parite report`.

use std::io::Write;

use parite_core::suppression::MinCell;
use parite_i18n::Texts;
use parite_reports::chart::{
    BarrierChange, BarrierHeatmap, BarrierProfile, Chart, DataTable, FidelityChart, ProgressChart,
};
use parite_reports::definition::{ChartKind, ReportDefinition, TableKind};
use parite_reports::export::{
    BarrierTableWriter, ChangeTableWriter, CsvOptions, FidelityTableWriter,
    ParticipationTableWriter, ProgressTableWriter,
};
use parite_reports::{ReportError, table};

use super::data::{ReportData, ReportInstruments};
pub use super::summary::{CommunityView, SummaryView, community, summary};

/// The fidelity target drawn on the chart: the "high fidelity" band of the checklist.
const FIDELITY_TARGET: f64 = 80.0;

/// What a report is about: one organization (by its display name) or all in scope.
#[derive(Clone, Copy)]
pub struct Subject<'a> {
    pub organization: Option<&'a str>,
}

/// The chart of this kind for the subject, or `None` when there is nothing to draw yet.
pub fn chart<'a>(
    kind: ChartKind,
    data: &'a ReportData,
    which: &'a ReportInstruments,
    subject: Subject<'a>,
) -> Option<Chart<'a>> {
    let indices = &data.aggregates.indices;
    match kind {
        ChartKind::BarrierProfile => {
            let organization = subject.organization?;
            let latest = indices
                .iter()
                .filter(|a| a.organization == organization)
                .max_by_key(|a| (a.wave_order, a.wave.clone()))?;
            Some(Chart::BarrierProfile(BarrierProfile {
                instrument: &which.survey,
                organization,
                wave: &latest.wave,
                aggregates: indices,
            }))
        }
        ChartKind::BarrierChange => {
            let organization = subject.organization?;
            indices
                .iter()
                .any(|a| a.organization == organization)
                .then_some(Chart::BarrierChange(BarrierChange {
                    organization,
                    aggregates: indices,
                }))
        }
        ChartKind::FidelityDomains => {
            let organization = subject.organization?;
            let latest = data
                .fidelity
                .iter()
                .filter(|f| f.organization == organization)
                .max_by_key(|f| f.wave_order)?;
            Some(Chart::Fidelity(FidelityChart {
                instrument: &which.checklist,
                organization,
                wave: &latest.wave,
                score: &latest.score,
                target: FIDELITY_TARGET,
            }))
        }
        ChartKind::StageProgress => {
            (!data.progress.is_empty()).then_some(Chart::Progress(ProgressChart {
                instrument: &which.progress,
                organizations: &data.progress,
            }))
        }
        ChartKind::BarrierHeatmap => {
            (!indices.is_empty()).then_some(Chart::Heatmap(BarrierHeatmap {
                aggregates: indices,
            }))
        }
    }
}

/// Writes one table as CSV, row by row.
pub fn write_table<W: Write>(
    kind: TableKind,
    data: &ReportData,
    which: &ReportInstruments,
    texts: &Texts,
    k: MinCell,
    options: &CsvOptions,
    out: W,
) -> Result<W, ReportError> {
    match kind {
        TableKind::Barriers => {
            let mut writer = BarrierTableWriter::new(out, texts, k, options)?;
            data.aggregates
                .indices
                .iter()
                .try_for_each(|a| writer.write(a))?;
            writer.finish()
        }
        TableKind::Change => {
            let mut writer = ChangeTableWriter::new(out, texts, k, options)?;
            data.changes.iter().try_for_each(|c| writer.write(c))?;
            writer.finish()
        }
        TableKind::Participation => {
            let mut writer = ParticipationTableWriter::new(out, texts, k, options)?;
            data.aggregates
                .participation
                .iter()
                .try_for_each(|p| writer.write(p))?;
            writer.finish()
        }
        TableKind::Fidelity => {
            let mut writer = FidelityTableWriter::new(out, &which.checklist, texts, options)?;
            data.fidelity.iter().try_for_each(|f| writer.write(f))?;
            writer.finish()
        }
        TableKind::Progress => {
            let mut writer = ProgressTableWriter::new(out, &which.progress, texts, options)?;
            data.progress.iter().try_for_each(|p| writer.write(p))?;
            writer.finish()
        }
    }
}

/// What a report says about the waves behind its survey figures.
pub struct WaveNotes {
    /// Some figures come from a wave still open.
    pub provisional: Option<String>,
    /// Open waves were left out until they close.
    pub withheld: Option<String>,
}

impl WaveNotes {
    pub fn of(data: &ReportData, texts: &Texts) -> WaveNotes {
        WaveNotes {
            provisional: data.provisional.then(|| texts.t("report-provisional")),
            withheld: data
                .withheld_open
                .then(|| texts.t("report-open-waves-withheld")),
        }
    }
}

/// A chart drawn for the page, with its figures as a table.
pub struct ChartView {
    pub code: &'static str,
    pub svg: String,
    pub table: DataTable,
}

/// A table of the section: its CSV download, and its figures on the page unless a chart of
/// the section already shows them.
pub struct TableView {
    pub code: &'static str,
    pub label: String,
    pub table: Option<DataTable>,
}

pub struct SectionView {
    pub title: String,
    pub intro: Option<String>,
    pub charts: Vec<ChartView>,
    pub empty: Option<String>,
    pub tables: Vec<TableView>,
}

/// Every section of a report, its charts drawn as SVG.
pub fn sections(
    definition: &ReportDefinition,
    data: &ReportData,
    which: &ReportInstruments,
    subject: Subject<'_>,
    texts: &Texts,
    k: MinCell,
) -> Result<Vec<SectionView>, ReportError> {
    let mut out = Vec::new();
    for section in &definition.sections {
        let mut charts = Vec::new();
        for kind in &section.charts {
            if let Some(chart) = chart(*kind, data, which, subject) {
                charts.push(ChartView {
                    code: kind.code(),
                    svg: chart.render_svg(texts, k)?,
                    table: chart.data_table(texts, k),
                });
            }
        }
        let empty =
            (charts.is_empty() && !section.charts.is_empty()).then(|| texts.t("report-no-data"));
        let tables = section
            .tables
            .iter()
            .map(|t| TableView {
                code: t.code(),
                label: table_label(*t, texts),
                table: if section.charts.is_empty() {
                    page_table(*t, data, which, texts, k)
                } else {
                    None
                },
            })
            .collect();
        out.push(SectionView {
            title: texts.t(&section.title),
            intro: section.intro.as_ref().map(|i| texts.t(i)),
            charts,
            empty,
            tables,
        });
    }
    Ok(out)
}

/// A table's figures for the page, for a section without a chart to show them; `None` when
/// there are no rows yet, or for a kind whose figures only a chart shows.
fn page_table(
    kind: TableKind,
    data: &ReportData,
    which: &ReportInstruments,
    texts: &Texts,
    k: MinCell,
) -> Option<DataTable> {
    let caption = table_label(kind, texts);
    let table = match kind {
        TableKind::Participation => {
            table::participation(caption, &data.aggregates.participation, texts, k)
        }
        TableKind::Fidelity => table::fidelity(caption, &which.checklist, &data.fidelity, texts),
        TableKind::Barriers | TableKind::Change | TableKind::Progress => return None,
    };
    (!table.rows.is_empty()).then_some(table)
}

/// The name of a table's download.
pub fn table_label(kind: TableKind, texts: &Texts) -> String {
    texts.t(match kind {
        TableKind::Barriers => "report-table-barriers",
        TableKind::Change => "report-table-change",
        TableKind::Participation => "report-table-participation",
        TableKind::Fidelity => "report-table-fidelity",
        TableKind::Progress => "report-table-progress",
    })
}

/// A whole report as one HTML file with its styles and charts inside, for `parite report`.
#[derive(askama::Template)]
#[template(path = "report_file.html")]
pub struct ReportFile {
    pub lang: String,
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
    pub fn new(
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
            stylesheet: crate::assets::STYLESHEET,
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
