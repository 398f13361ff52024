//! Report tables for the page, as text: the tables a report defines that no chart stands for
//! (participation, fidelity across organizations), with the same figures as their CSV and
//! hidden cells saying why they are hidden.

use parite_core::Instrument;
use parite_core::aggregate::{FidelityAggregate, Participation, Subgroup};
use parite_core::suppression::{Masked, MinCell};
use parite_i18n::Texts;

use crate::chart::{DataTable, FidelityChart};
use crate::labels::{HiddenLabels, group};

/// Responses by organization and wave: one row each, a column per group.
pub fn participation(
    caption: String,
    participation: &[Participation],
    texts: &Texts,
    k: MinCell,
) -> DataTable {
    let hidden = HiddenLabels::new(texts, k);
    let mut headers = vec![
        texts.t("reports-col-organization"),
        texts.t("reports-col-wave"),
    ];
    headers.extend(Subgroup::ALL.map(|g| group(texts, g)));
    let rows = participation
        .iter()
        .map(|p| {
            let masked = p.masked(k);
            let mut row = vec![p.organization.clone(), p.wave.clone()];
            row.extend(Subgroup::ALL.map(|g| match masked.get(g) {
                Masked::Shown(n) => texts.decimal(*n as f64, 0),
                Masked::Suppressed { reason } => hidden.of(*reason).to_owned(),
            }));
            row
        })
        .collect();
    DataTable {
        caption,
        headers,
        rows,
    }
}

/// Fidelity by organization and wave: the rows of each assessment's chart table (domains and
/// overall), after the organization and the wave.
pub fn fidelity(
    caption: String,
    instrument: &Instrument,
    fidelity: &[FidelityAggregate],
    texts: &Texts,
) -> DataTable {
    let mut headers = vec![
        texts.t("reports-col-organization"),
        texts.t("reports-col-wave"),
    ];
    let mut rows = Vec::new();
    for aggregate in fidelity {
        let chart = FidelityChart {
            instrument,
            organization: &aggregate.organization,
            wave: &aggregate.wave,
            score: &aggregate.score,
            target: 0.0,
        };
        let table = chart.data_table(texts);
        if headers.len() == 2 {
            headers.extend(table.headers);
        }
        rows.extend(table.rows.into_iter().map(|cells| {
            [aggregate.organization.clone(), aggregate.wave.clone()]
                .into_iter()
                .chain(cells)
                .collect()
        }));
    }
    DataTable {
        caption,
        headers,
        rows,
    }
}
