//! Which chart a report draws for a chart kind, from the report's figures.

use parite_core::report::{ReportData, ReportInstruments};

use super::Subject;
use crate::chart::{
    BarrierChange, BarrierHeatmap, BarrierProfile, Chart, FidelityChart, ProgressChart,
    SupportHours, SupportTimeline,
};
use crate::definition::ChartKind;

/// The fidelity target drawn on the chart: the "high fidelity" band of the checklist.
const FIDELITY_TARGET: f64 = 80.0;

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
                    changes: &data.changes,
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
        ChartKind::SupportTimeline => {
            let organization = subject.organization?;
            let support = &data.support;
            support
                .activities
                .iter()
                .any(|a| a.organization == organization)
                .then_some(Chart::SupportTimeline(SupportTimeline {
                    kinds: &which.support,
                    organization,
                    figures: support,
                }))
        }
        ChartKind::SupportHours => {
            (!data.support.kinds.is_empty()).then_some(Chart::SupportHours(SupportHours {
                kinds: &which.support,
                figures: &data.support,
            }))
        }
    }
}
