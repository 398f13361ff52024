//! A report's tables: each as CSV for its download, and as text for a page section that has
//! no chart to show it.

use std::io::Write;

use parite_core::aggregate::IndexAggregate;
use parite_core::report::{ReportData, ReportInstruments};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;

use crate::chart::DataTable;
use crate::definition::TableKind;
use crate::export::{
    BarrierTableWriter, ChangeTableWriter, CsvOptions, FidelityTableWriter, GroupColumns,
    ParticipationTableWriter, ProgressTableWriter, SupportTableWriter, SurveyIndexTableWriter,
    WrapTableWriter,
};
use crate::{ReportError, table};

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
        TableKind::Support => {
            let figures = &data.support;
            let mut writer =
                SupportTableWriter::new(out, figures, &which.support, texts, k, options)?;
            figures.kinds.iter().try_for_each(|row| writer.write(row))?;
            writer.finish()
        }
        TableKind::Wrap => {
            let figures = &data.support;
            let mut writer = WrapTableWriter::new(out, figures, texts, k, options)?;
            figures.wrap.iter().try_for_each(|row| writer.write(row))?;
            writer.finish()
        }
        TableKind::PeerValues | TableKind::PeerEngagement => {
            let mut writer = SurveyIndexTableWriter::new(out, texts, k, options, groups_of(kind))?;
            other_survey_indices(kind, data)
                .iter()
                .try_for_each(|a| writer.write(a))?;
            writer.finish()
        }
    }
}

/// The figures of another survey's table: none until the survey has a scored wave.
fn other_survey_indices(kind: TableKind, data: &ReportData) -> &[IndexAggregate] {
    kind.other_survey()
        .and_then(|id| data.other_surveys.get(id))
        .map_or(&[], |figures| figures.indices.as_slice())
}

/// Peer values compares peer workers with managers; peer engagement is answered by peers
/// only, and pooled over the wave.
fn groups_of(kind: TableKind) -> GroupColumns {
    match kind {
        TableKind::PeerValues => GroupColumns::PeersAndManagers,
        _ => GroupColumns::None,
    }
}

/// A table's figures for the page, for a section without a chart to show them; `None` when
/// there are no rows yet, or for a kind whose figures only a chart shows.
pub(super) fn page_table(
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
        TableKind::Support => table::support(caption, &data.support, &which.support, texts, k),
        TableKind::Wrap => table::wrap(caption, &data.support, texts, k),
        TableKind::PeerValues | TableKind::PeerEngagement => {
            let header = match kind {
                TableKind::PeerValues => "reports-col-value-name",
                _ => "reports-col-principle",
            };
            let indices = other_survey_indices(kind, data);
            table::survey_indices(caption, header, indices, groups_of(kind), texts, k)
        }
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
        TableKind::Support => "report-table-support",
        TableKind::Wrap => "report-table-wrap",
        TableKind::PeerValues => "report-table-peer-values",
        TableKind::PeerEngagement => "report-table-peer-engagement",
    })
}
