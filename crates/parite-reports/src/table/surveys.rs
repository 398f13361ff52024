//! The page tables of the survey instruments other than the team survey: the same figures as
//! their CSV ([`crate::export::SurveyIndexTableWriter`]), one row per organization, wave and
//! index, hidden cells saying why.

use parite_core::aggregate::{Estimate, IndexAggregate};
use parite_core::suppression::{Masked, MinCell};
use parite_i18n::Texts;

use crate::chart::DataTable;
use crate::export::GroupColumns;
use crate::labels::{HiddenLabels, interval, signed};

/// "3,8 (n = 12)", or why it is hidden.
fn estimate_cell(texts: &Texts, hidden: &HiddenLabels, estimate: Masked<&Estimate>) -> String {
    match estimate {
        Masked::Shown(estimate) => match estimate.mean {
            Some(mean) => texts.t2(
                "reports-value-n",
                ("value", texts.decimal(mean, 1)),
                ("n", estimate.n),
            ),
            None => String::new(),
        },
        Masked::Suppressed { reason } => hidden.of(reason).to_owned(),
    }
}

/// One row per index: everyone's mean, and with groups the peer workers', the managers' and
/// the gap between them with its 95 % interval (peers − managers).
pub fn survey_indices(
    caption: String,
    index_header: &str,
    indices: &[IndexAggregate],
    groups: GroupColumns,
    texts: &Texts,
    k: MinCell,
) -> DataTable {
    let hidden = HiddenLabels::new(texts, k);
    let mut headers = vec![
        texts.t("reports-col-organization"),
        texts.t("reports-col-wave"),
        texts.t(index_header),
        texts.t("reports-group-all"),
    ];
    if groups == GroupColumns::PeersAndManagers {
        headers.extend(
            [
                "reports-group-peer-workers",
                "reports-group-managers",
                "reports-table-gap",
            ]
            .map(|id| texts.t(id)),
        );
    }
    let rows = indices
        .iter()
        .map(|aggregate| {
            let masked = aggregate.masked(k);
            let mut row = vec![
                aggregate.organization.clone(),
                aggregate.wave.clone(),
                texts.t(aggregate.label.as_str()),
                estimate_cell(texts, &hidden, masked.all),
            ];
            if groups == GroupColumns::PeersAndManagers {
                row.push(estimate_cell(texts, &hidden, masked.peer));
                row.push(estimate_cell(texts, &hidden, masked.professional));
                row.push(match aggregate.group_gap(k) {
                    Masked::Shown(gap) => {
                        let value = signed(texts, gap.estimate, 1);
                        match gap.ci95 {
                            Some(ci) => format!("{value} {}", interval(texts, ci.low, ci.high, 1)),
                            None => value,
                        }
                    }
                    Masked::Suppressed { reason } => hidden.of(reason).to_owned(),
                });
            }
            row
        })
        .collect();
    DataTable {
        caption,
        headers,
        rows,
    }
}
