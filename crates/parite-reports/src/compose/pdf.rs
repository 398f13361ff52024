//! A report as PDF: the same composed report as the page (summary, sections, charts, tables,
//! notes), put into parite-reports' document model, for the web's download and `parite report
//! --format pdf` alike.

use parite_core::report::ReportData;

use super::{
    CommunityView, Composition, SectionView, Subject, SummaryView, WaveNotes, community, sections,
    summary,
};
use crate::ReportError;
use crate::chart::DataTable;
use crate::pdf::{Block, Document, Section, Table, render};

/// Who and when a PDF is about, besides its figures.
pub struct PdfCover {
    /// The organization's name, or how many organizations the overview covers.
    pub subtitle: String,
    /// The day it is produced, `YYYY-MM-DD` (the caller reads the clock).
    pub today: String,
}

/// The report as PDF bytes, in `texts`' language. CPU-bound: run it off the async executor.
pub fn pdf(composition: &Composition<'_>, cover: &PdfCover) -> Result<Vec<u8>, ReportError> {
    let Composition {
        definition,
        data,
        which: _,
        subject,
        texts,
        k,
    } = *composition;
    let sections = sections(composition)?;
    let summary = summary(composition);
    let community = community(composition);
    let mut lines = vec![cover.subtitle.clone()];
    if let Some(wave) = latest_wave(data, subject) {
        lines.push(texts.t1("pdf-cover-wave", "wave", wave));
    }
    lines.push(texts.t1("pdf-cover-date", "date", texts.date(&cover.today)));
    let suppression = texts.t1("reports-chart-suppressed-note", "k", k.get());
    let WaveNotes {
        provisional,
        withheld,
        across_versions,
    } = WaveNotes::of(data, texts);
    // As on the page: the community report says how figures are hidden in its own section.
    let notes = community
        .is_none()
        .then(|| suppression.clone())
        .into_iter()
        .chain(provisional)
        .chain(withheld)
        .chain(across_versions)
        .collect();
    let mut all = vec![summary_section(summary)];
    if let Some(community) = community {
        all.extend(community_sections(community));
    }
    all.extend(sections.into_iter().map(|s| section(s, &suppression)));
    let document = Document {
        lang: texts.lang().to_owned(),
        title: texts.t(&definition.title),
        cover: lines,
        notes,
        sections: all,
    };
    render(&document, &|page, pages| {
        texts.t2("pdf-page", ("page", page), ("pages", pages))
    })
}

/// The wave the figures of one organization's report come from: its latest.
fn latest_wave(data: &ReportData, subject: Subject<'_>) -> Option<String> {
    let organization = subject.organization?;
    data.aggregates
        .participation
        .iter()
        .filter(|p| p.organization == organization)
        .max_by_key(|p| p.wave_order)
        .map(|p| p.wave.clone())
}

fn table(data: DataTable) -> Table {
    Table {
        caption: data.caption,
        headers: data.headers,
        rows: data.rows,
    }
}

fn summary_section(summary: SummaryView) -> Section {
    Section {
        heading: summary.title,
        blocks: vec![Block::List(summary.lines)],
    }
}

fn community_sections(community: CommunityView) -> Vec<Section> {
    let mut out = Vec::new();
    if !community.bars.is_empty() {
        let rows = community
            .bars
            .into_iter()
            .map(|b| vec![b.label, b.value.unwrap_or_else(|| community.hidden.clone())])
            .collect();
        out.push(Section {
            heading: community.barriers_heading.clone(),
            blocks: vec![
                Block::Paragraph(community.barriers_intro),
                Block::Table(Table {
                    caption: community.barriers_heading,
                    headers: Vec::new(),
                    rows,
                }),
            ],
        });
    }
    out.push(Section {
        heading: community.privacy_heading,
        blocks: vec![Block::Paragraph(community.privacy)],
    });
    out
}

fn section(view: SectionView, suppression: &str) -> Section {
    let mut blocks = Vec::new();
    blocks.extend(view.intro.map(Block::Paragraph));
    blocks.extend(view.empty.map(Block::Paragraph));
    for chart in view.charts {
        blocks.push(Block::Chart {
            svg: chart.svg,
            description: chart.table.caption.clone(),
        });
        blocks.push(Block::Table(table(chart.table)));
        blocks.push(Block::Note(suppression.to_owned()));
    }
    blocks.extend(
        view.tables
            .into_iter()
            .filter_map(|t| t.table)
            .map(|t| Block::Table(table(t))),
    );
    Section {
        heading: view.title,
        blocks,
    }
}
