//! A report's sections as every output shows them: their charts drawn as SVG with their
//! figures as tables, and their tables' downloads.

use super::Composition;
use super::charts::chart;
use super::tables::{page_table, table_label};
use crate::ReportError;
use crate::chart::DataTable;

/// A chart drawn for the page, with its figures as a table.
pub struct ChartView {
    pub code: &'static str,
    pub svg: String,
    pub table: DataTable,
}

/// A table of the section: its CSV download, and its figures on the page unless a chart of
/// the section already shows them ([`ChartKind::shows`]).
///
/// [`ChartKind::shows`]: crate::definition::ChartKind::shows
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
pub fn sections(composition: &Composition<'_>) -> Result<Vec<SectionView>, ReportError> {
    let Composition {
        definition,
        data,
        which,
        subject,
        texts,
        k,
    } = *composition;
    let mut out = Vec::new();
    for section in definition.sections.iter().filter(|s| s.has_figures(data)) {
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
                table: if section.charts.iter().any(|c| c.shows(*t)) {
                    None
                } else {
                    page_table(*t, data, which, texts, k)
                },
            })
            .collect();
        let mut intro = section.intro.as_ref().map(|i| texts.t(i));
        if let Some(note) = support_note(section, data, texts, k) {
            intro = Some(match intro {
                Some(intro) => format!("{intro} {note}"),
                None => note,
            });
        }
        out.push(SectionView {
            title: texts.t(&section.title),
            intro,
            charts,
            empty,
            tables,
        });
    }
    Ok(out)
}

/// What a section with the schedule of support says about the figures it counts: for team leads
/// and funders, that they stop at the end of the last quarter ended and that small counts of
/// peers are hidden (`parite_core::support::figures`).
fn support_note(
    section: &crate::definition::Section,
    data: &parite_core::report::ReportData,
    texts: &parite_i18n::Texts,
    k: parite_core::suppression::MinCell,
) -> Option<String> {
    use crate::definition::TableKind;
    let support = &data.support;
    let shows_support = section
        .tables
        .iter()
        .any(|t| matches!(t, TableKind::Support | TableKind::Wrap));
    if !shows_support || !support.protected {
        return None;
    }
    let cutoff = support.cutoff?;
    Some(texts.t2(
        "report-support-as-of",
        ("date", texts.date(&cutoff.to_string())),
        ("k", k.get()),
    ))
}
