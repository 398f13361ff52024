//! The sentences of a summary, from masked figures only.

use std::collections::BTreeMap;

use parite_core::suppression::Masked;

use super::{Arg, LARGEST, OrgFigures, Statement, shown};

/// One organization's summary: the largest barriers of the latest wave, change since the
/// previous wave, how many people answered, the fidelity band and the current stage.
pub fn summarize(figures: &OrgFigures) -> Vec<Statement> {
    let mut out = Vec::new();
    match &figures.wave {
        None => out.push(Statement::new("no-wave", vec![])),
        Some(wave) => {
            out.push(largest_barriers(figures, wave));
            out.extend(change(figures));
            if let Some(answered) = &figures.answered {
                out.push(participation_statement(answered, figures.eligible, wave));
            }
        }
    }
    out.push(match &figures.fidelity {
        Some(band) if band.min > 0.0 => Statement::new(
            "fidelity",
            vec![
                ("band", Arg::Message(band.label.clone())),
                ("min", Arg::Percent(band.min / 100.0)),
                ("level", Arg::Text(band.id.clone())),
            ],
        ),
        Some(band) => Statement::new(
            "fidelity-lowest",
            vec![
                ("band", Arg::Message(band.label.clone())),
                ("level", Arg::Text(band.id.clone())),
            ],
        ),
        None => Statement::new("fidelity-none", vec![]),
    });
    out.push(match &figures.stage {
        Some(stage) => Statement::new("stage", vec![("stage", Arg::Message(stage.clone()))]),
        None => Statement::new("stage-none", vec![]),
    });
    out
}

/// The barriers with the highest shown Everyone means, largest first; a hidden one is not
/// ranked. Ties keep the survey's order.
fn ranked(figures: &OrgFigures) -> Vec<&str> {
    let mut shown_means: Vec<(&str, f64)> = figures
        .barriers
        .iter()
        .filter_map(|b| shown(&b.everyone).map(|mean| (b.label.as_str(), mean)))
        .collect();
    shown_means.sort_by(|a, b| b.1.total_cmp(&a.1));
    shown_means
        .into_iter()
        .take(LARGEST)
        .map(|(label, _)| label)
        .collect()
}

fn largest_barriers(figures: &OrgFigures, wave: &str) -> Statement {
    let wave = ("wave", Arg::Text(wave.to_owned()));
    let names = ranked(figures);
    let arg = |i: usize| Arg::Message(names[i].to_owned());
    match names.len() {
        0 => match figures.answered.as_ref().and_then(shown) {
            Some(count) => Statement::new(
                "barriers-too-few-count",
                vec![wave, ("count", Arg::Count(count))],
            ),
            None => Statement::new("barriers-too-few", vec![wave]),
        },
        1 => Statement::new("barriers-one", vec![wave, ("first", arg(0))]),
        2 => Statement::new(
            "barriers-two",
            vec![wave, ("first", arg(0)), ("second", arg(1))],
        ),
        _ => Statement::new(
            "barriers-three",
            vec![
                wave,
                ("first", arg(0)),
                ("second", arg(1)),
                ("third", arg(2)),
            ],
        ),
    }
}

/// Change since the previous wave: each clear change that is shown, or "about the same" when
/// every shown change is within its uncertainty; a hidden change is never said.
fn change(figures: &OrgFigures) -> Vec<Statement> {
    let Some(previous) = &figures.previous_wave else {
        return vec![Statement::new("change-first", vec![])];
    };
    let previous = || ("previous", Arg::Text(previous.clone()));
    let shown_changes: Vec<(&str, f64, bool)> = figures
        .changes
        .iter()
        .filter_map(|c| shown(&c.everyone).map(|s| (c.label.as_str(), s.estimate, s.clear)))
        .collect();
    if shown_changes.is_empty() {
        return vec![Statement::new("change-hidden", vec![previous()])];
    }
    let clear: Vec<Statement> = shown_changes
        .iter()
        .filter(|(_, _, clear)| *clear)
        .map(|(label, estimate, _)| {
            let key = if *estimate < 0.0 {
                "change-down"
            } else {
                "change-up"
            };
            Statement::new(
                key,
                vec![
                    ("barrier", Arg::Message((*label).to_owned())),
                    ("by", Arg::Decimal(estimate.abs())),
                    previous(),
                ],
            )
        })
        .collect();
    if clear.is_empty() {
        vec![Statement::new("change-same", vec![previous()])]
    } else {
        clear
    }
}

/// How many people answered a wave, from the shown participation count, out of the team
/// (`eligible`) when it is recorded; without the count — and so without a rate, which would
/// give it back — when it is hidden. The one place that says participation.
pub fn participation_statement(
    answered: &Masked<u64>,
    eligible: Option<u64>,
    wave: &str,
) -> Statement {
    let wave = ("wave", Arg::Text(wave.to_owned()));
    match (shown(answered), eligible) {
        (Some(count), Some(eligible)) if eligible > 0 => Statement::new(
            "answered-rate",
            vec![
                ("count", Arg::Count(count)),
                ("eligible", Arg::Count(eligible)),
                ("rate", Arg::Percent(count as f64 / eligible as f64)),
                wave,
            ],
        ),
        (Some(count), _) => Statement::new("answered", vec![("count", Arg::Count(count)), wave]),
        (None, _) => Statement::new("answered-few", vec![wave]),
    }
}

/// The funders' overview: how many organizations, how many at each stage (`stages`: the stage
/// messages in order), and the barrier most often among the largest.
pub fn overview(organizations: &[OrgFigures], stages: &[String]) -> Vec<Statement> {
    let total = organizations.len() as u64;
    let mut out = vec![Statement::new(
        "overview-organizations",
        vec![("count", Arg::Count(total))],
    )];
    let not_started = organizations.iter().filter(|o| o.stage.is_none()).count();
    if not_started > 0 {
        out.push(Statement::new(
            "overview-not-started",
            vec![("count", Arg::Count(not_started as u64))],
        ));
    }
    for stage in stages {
        let count = organizations
            .iter()
            .filter(|o| o.stage.as_ref() == Some(stage))
            .count();
        if count > 0 {
            out.push(Statement::new(
                "overview-stage",
                vec![
                    ("stage", Arg::Message(stage.clone())),
                    ("count", Arg::Count(count as u64)),
                ],
            ));
        }
    }
    // Counted in the survey's order, so a tie names the barrier the survey lists first.
    let mut order: Vec<&str> = Vec::new();
    let mut times: BTreeMap<&str, u64> = BTreeMap::new();
    let mut ranked_orgs = 0;
    for organization in organizations {
        let names = ranked(organization);
        ranked_orgs += u64::from(!names.is_empty());
        for barrier in &organization.barriers {
            if !order.contains(&barrier.label.as_str()) {
                order.push(&barrier.label);
            }
        }
        for name in names {
            *times.entry(name).or_default() += 1;
        }
    }
    let most = order
        .iter()
        .filter_map(|label| times.get(label).map(|n| (*label, *n)))
        .fold(None, |best: Option<(&str, u64)>, (label, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((label, n)),
        });
    out.push(match most {
        Some((barrier, count)) => Statement::new(
            "overview-barrier",
            vec![
                ("barrier", Arg::Message(barrier.to_owned())),
                ("count", Arg::Count(count)),
                ("total", Arg::Count(ranked_orgs)),
            ],
        ),
        None => Statement::new("overview-barrier-none", vec![]),
    });
    out
}
