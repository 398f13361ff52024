//! No sentence of a summary gives a hidden figure away: over random small teams (0 to 20
//! respondents, random peer / professional / other splits, two waves, k = 5), every number a
//! statement carries is a shown figure, every barrier it names has a shown Everyone figure, and
//! changing the hidden figures (keeping the counts that decide what is hidden) changes no
//! statement, so two downloads cannot be compared to read one.

use parite_core::aggregate::{Aggregates, Estimate, Interval, Subgroup, wave_changes};
use parite_core::suppression::{Masked, MinCell};
use parite_reports::summary::{Arg, Figures, OrgFigures, Statement, summarize};
use proptest::prelude::*;

use crate::summary::{accumulate, response};
use crate::{checklist, progress, survey};

const BARRIERS: [&str; 6] = [
    "precedent",
    "culture",
    "language",
    "leadership",
    "stigma_privacy",
    "divide",
];

/// One respondent: a role (peer, provider, other) and a level per barrier.
type Respondent = (u8, [i32; 6]);

fn team() -> impl Strategy<Value = Vec<Respondent>> {
    prop::collection::vec((0u8..3, prop::array::uniform6(1i32..=5)), 0..=20)
}

fn aggregates(waves: &[Vec<Respondent>; 2]) -> Aggregates {
    let instrument = survey();
    let mut responses = Vec::new();
    for (w, team) in waves.iter().enumerate() {
        let wave = (if w == 0 { "T1" } else { "T2" }, w as i64 + 1);
        for (role, levels) in team {
            let role = ["peer", "provider", "other"][usize::from(*role)];
            responses.push(response(&instrument, wave, role, |index| {
                BARRIERS
                    .iter()
                    .position(|b| *b == index)
                    .map_or(3, |i| levels[i])
            }));
        }
    }
    accumulate(&instrument, &responses)
}

fn statements(aggregates: &Aggregates) -> Vec<Statement> {
    let (checklist, progress) = (checklist(), progress());
    let changes = wave_changes(&aggregates.indices, &[]);
    let figures = Figures {
        aggregates,
        changes: &changes,
        fidelity: &[],
        progress: &[],
        checklist: &checklist,
        progress_instrument: &progress,
    };
    summarize(&OrgFigures::of(figures, "Maison Alpha", MinCell::DEFAULT))
}

/// Every hidden estimate replaced by other values from `seed`; counts (which decide what is
/// hidden) kept.
fn with_hidden_values_changed(aggregates: &Aggregates, seed: u64) -> Aggregates {
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        1.0 + (state % 4000) as f64 / 1000.0
    };
    let mut changed = aggregates.clone();
    for aggregate in &mut changed.indices {
        let masked = aggregate.masked(MinCell::DEFAULT);
        let hidden: Vec<Subgroup> = Subgroup::ALL
            .into_iter()
            .filter(|g| matches!(masked.get(*g), Masked::Suppressed { .. }))
            .collect();
        for group in hidden {
            let estimate: &mut Estimate = match group {
                Subgroup::All => &mut aggregate.estimates.all,
                Subgroup::Peer => &mut aggregate.estimates.peer,
                Subgroup::Professional => &mut aggregate.estimates.professional,
            };
            if estimate.n == 0 {
                continue;
            }
            let mean = next();
            estimate.mean = Some(mean);
            estimate.sd = (estimate.n > 1).then(|| next() - 1.0);
            estimate.ci95 = estimate.sd.map(|sd| Interval {
                low: mean - sd,
                high: mean + sd,
            });
            estimate.major_share = Some((next() - 1.0) / 4.0);
        }
    }
    changed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn statements_carry_only_shown_figures(first in team(), second in team()) {
        let aggregates = aggregates(&[first, second]);
        let k = MinCell::DEFAULT;
        let latest = aggregates.indices.iter().map(|a| a.wave_order).max();
        let shown_count = aggregates
            .participation
            .iter()
            .filter(|p| Some(p.wave_order) == latest)
            .find_map(|p| p.masked(k).all.shown());
        let shown_changes: Vec<f64> = wave_changes(&aggregates.indices, &[])
            .iter()
            .filter(|c| Some(c.to_order) == latest)
            .filter_map(|c| c.masked(k).all.shown().map(|d| d.estimate.abs()))
            .collect();
        let shown_barrier = |label: &str| {
            aggregates.indices.iter().any(|a| {
                Some(a.wave_order) == latest
                    && a.label.as_str() == label
                    && a.masked(k).all.shown().is_some()
            })
        };
        for statement in statements(&aggregates) {
            for (name, arg) in &statement.args {
                match arg {
                    Arg::Count(count) => prop_assert_eq!(
                        Some(*count), shown_count,
                        "{} {}: a count that is not the shown participation", statement.key, name
                    ),
                    Arg::Decimal(by) => prop_assert!(
                        shown_changes.contains(by),
                        "{} {}: {} is not a shown change", statement.key, name, by
                    ),
                    Arg::Percent(_) => prop_assert!(false, "no fidelity recorded here"),
                    Arg::Message(label) if statement.key.starts_with("barriers")
                        || statement.key.starts_with("change-") => prop_assert!(
                        shown_barrier(label),
                        "{} names {} whose Everyone figure is hidden", statement.key, label
                    ),
                    Arg::Message(_) | Arg::Text(_) => {}
                }
            }
        }
    }

    #[test]
    fn changing_hidden_figures_changes_no_statement(
        first in team(),
        second in team(),
        seed in any::<u64>(),
    ) {
        let aggregates = aggregates(&[first, second]);
        let changed = with_hidden_values_changed(&aggregates, seed);
        prop_assert_eq!(statements(&aggregates), statements(&changed));
    }
}

#[test]
fn the_perturbation_does_change_hidden_figures() {
    // Without this the property above could pass by changing nothing: 3 peers and 9
    // professionals hide both groups.
    let team: Vec<Respondent> = (0..12)
        .map(|i| (u8::from(i >= 3), [5, 4, 3, 2, 1, 2]))
        .collect();
    let aggregates = aggregates(&[team.clone(), team]);
    let changed = with_hidden_values_changed(&aggregates, 99);
    assert_ne!(aggregates, changed);
    assert_eq!(
        aggregates
            .indices
            .iter()
            .map(|a| a.estimates.all)
            .collect::<Vec<_>>(),
        changed
            .indices
            .iter()
            .map(|a| a.estimates.all)
            .collect::<Vec<_>>(),
        "Everyone is shown at 12 and stays as it was"
    );
}
