//! Report tables for the page, as text: the tables a report defines that no chart stands for
//! (participation, fidelity across organizations), with the same figures as their CSV and
//! hidden cells saying why they are hidden.

mod surveys;

pub use surveys::survey_indices;

use parite_core::Instrument;
use parite_core::aggregate::{FidelityAggregate, Participation, ResponseRate, Subgroup};
use parite_core::support::SupportKinds;
use parite_core::support::figures::SupportFigures;
use parite_core::suppression::{Masked, MinCell};
use parite_i18n::Texts;

use crate::chart::{DataTable, FidelityChart};
use crate::labels::{HiddenLabels, few_peers, group, kind_label, quarter_label};

/// Responses by organization and wave: one row each, the team recorded for the wave, then a
/// column per group — "14 of 18 (78 %)" once the team is known, the count alone before.
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
        texts.t("reports-col-team"),
    ];
    headers.extend(Subgroup::ALL.map(|g| group(texts, g)));
    let rows = participation
        .iter()
        .map(|p| {
            let masked = p.masked(k);
            let rates = p.rates(k);
            let team = match &p.eligible {
                Some(eligible) => texts.t2(
                    "reports-team-size",
                    ("members", eligible.all),
                    ("peers", eligible.peer),
                ),
                None => texts.t("reports-team-not-recorded"),
            };
            let mut row = vec![p.organization.clone(), p.wave.clone(), team];
            row.extend(Subgroup::ALL.map(|g| {
                let rate = rates.as_ref().map(|r| r.get(g));
                match (masked.get(g), rate) {
                    (Masked::Suppressed { reason }, _) => hidden.of(*reason).to_owned(),
                    (Masked::Shown(_), Some(Masked::Shown(rate))) => rate_cell(texts, rate),
                    (Masked::Shown(n), _) => texts.decimal(*n as f64, 0),
                }
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

/// "14 of 18 (78 %)"; the count alone when no one was eligible (a team without peers).
pub fn rate_cell(texts: &Texts, rate: &ResponseRate) -> String {
    match rate.ratio() {
        Some(ratio) => texts.with_args(
            "reports-rate-cell",
            vec![
                ("answered", rate.answered.into()),
                ("eligible", rate.eligible.into()),
                ("rate", texts.percent(ratio, 0).into()),
            ],
        ),
        None => texts.decimal(rate.answered as f64, 0),
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

/// A count of peers as the reader may see it: the marker saying why when hidden.
fn peer_cell(
    figures: &SupportFigures,
    count: u64,
    texts: &Texts,
    hidden: &str,
    k: MinCell,
) -> String {
    match figures.peers(count, k) {
        Masked::Shown(count) => texts.decimal(count as f64, 0),
        Masked::Suppressed { .. } => hidden.to_owned(),
    }
}

/// The schedule of support by organization and kind: "9 of 10 (90 %)" delivered of those due,
/// cancelled, not recorded, still ahead, hours delivered and attendances.
pub fn support(
    caption: String,
    figures: &SupportFigures,
    kinds: &SupportKinds,
    texts: &Texts,
    k: MinCell,
) -> DataTable {
    let hidden = few_peers(texts, k);
    let headers = [
        "reports-col-organization",
        "reports-col-support-kind-label",
        "reports-col-support-delivered-of-due",
        "reports-col-support-cancelled",
        "reports-col-support-not-recorded",
        "reports-col-support-upcoming",
        "reports-col-support-hours",
        "reports-col-support-peers",
        "reports-col-support-staff",
    ]
    .map(|id| texts.t(id))
    .to_vec();
    let rows = figures
        .kinds
        .iter()
        .map(|row| {
            let delivered = match row.delivered_share() {
                Some(share) => texts.with_args(
                    "reports-delivered-of-due",
                    vec![
                        ("delivered", row.delivered.into()),
                        ("due", row.due.into()),
                        ("share", texts.percent(share, 0).into()),
                    ],
                ),
                None => texts.t("reports-none-due"),
            };
            vec![
                row.organization.clone(),
                kind_label(kinds, &row.kind, texts),
                delivered,
                texts.decimal(f64::from(row.cancelled), 0),
                texts.decimal(f64::from(row.not_recorded()), 0),
                texts.decimal(f64::from(row.upcoming), 0),
                texts.decimal(row.hours_delivered(), 1),
                peer_cell(figures, row.peers, texts, &hidden, k),
                texts.decimal(row.staff as f64, 0),
            ]
        })
        .collect();
    DataTable {
        caption,
        headers,
        rows,
    }
}

/// WRAP training by organization and quarter: sessions, attendances of peers, completions.
pub fn wrap(caption: String, figures: &SupportFigures, texts: &Texts, k: MinCell) -> DataTable {
    let hidden = few_peers(texts, k);
    let headers = [
        "reports-col-organization",
        "reports-col-quarter-label",
        "reports-col-wrap-sessions",
        "reports-col-support-peers",
        "reports-col-wrap-completed",
    ]
    .map(|id| texts.t(id))
    .to_vec();
    let rows = figures
        .wrap
        .iter()
        .map(|row| {
            vec![
                row.organization.clone(),
                quarter_label(texts, row.quarter),
                texts.decimal(f64::from(row.sessions), 0),
                peer_cell(figures, row.peers, texts, &hidden, k),
                peer_cell(figures, row.completed, texts, &hidden, k),
            ]
        })
        .collect();
    DataTable {
        caption,
        headers,
        rows,
    }
}
