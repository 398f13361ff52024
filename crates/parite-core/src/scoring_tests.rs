use std::collections::BTreeSet;

use super::*;
use crate::{Answer, ChoiceCode, Rating};

fn survey() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/mini-survey.toml")).unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(item, code)| {
            (
                ItemId::parse(item).unwrap(),
                Answer::Choice(ChoiceCode::parse(code).unwrap()),
            )
        })
        .collect()
}

fn culture(answers: &Answers) -> IndexScore {
    index_scores(&survey(), answers).remove(0)
}

#[test]
fn barrier_index_is_the_mean_after_reverse_coding_ignoring_dont_know() {
    // c1 = 2 reversed → 4; c2 = 5; c3 = dk ignored: (4 + 5) / 2 = 4.5, a major barrier.
    let score = culture(&answers(&[("c1", "2"), ("c2", "5"), ("c3", "dk")]));
    assert_eq!((score.value, score.answered), (Some(4.5), 2));
    assert!(is_major_barrier(&survey(), 4.5));
    assert!(!is_major_barrier(&survey(), 3.99));
    // c1 = 1 → 5; c2 = 1; c3 = 5 → 1: 7 / 3.
    let score = culture(&answers(&[("c1", "1"), ("c2", "1"), ("c3", "5")]));
    assert_eq!(score.value, Some(7.0 / 3.0));
}

#[test]
fn an_index_needs_its_minimum_of_scored_items() {
    let score = culture(&answers(&[("c1", "dk"), ("c2", "3")]));
    assert_eq!((score.value, score.answered), (None, 1));
    assert_eq!(culture(&Answers::new()).value, None);
}

#[test]
fn hidden_items_do_not_count_even_when_an_answer_was_sent() {
    // c4 is shown only when c2 >= 4: with c2 = 3 its answer of 5 is ignored.
    let hidden = culture(&answers(&[("c2", "3"), ("c3", "3"), ("c4", "5")]));
    assert_eq!((hidden.value, hidden.answered), (Some(3.0), 2));
    // c2 = 4: c4 counts. (4 + 3 + 5) / 3 = 4.
    let shown = culture(&answers(&[("c2", "4"), ("c3", "3"), ("c4", "5")]));
    assert_eq!((shown.value, shown.answered), (Some(4.0), 3));
}

#[test]
fn readiness_is_not_reversed() {
    let scores = index_scores(&survey(), &answers(&[("r1", "4"), ("r2", "5")]));
    assert_eq!(scores[1].value, Some(4.5));
}

fn checklist() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/mini-checklist.toml")).unwrap()
}

fn ratings(pairs: &[(&str, Rating)]) -> Ratings {
    pairs
        .iter()
        .map(|(item, r)| (ItemId::parse(item).unwrap(), *r))
        .collect()
}

#[test]
fn fidelity_domains_are_points_over_applicable_maximum_and_overall_their_mean() {
    use Rating::*;
    let rated = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", NotApplicable),
        ("d", NotInPlace),
        ("e", Fully),
        ("f", NotApplicable),
    ]);
    let score = fidelity_score(&checklist(), &rated);
    // d1: (2 + 1) / (2 × 2) = 75 %; d2: (0 + 2) / 4 = 50 %; d3: all N/A, no score.
    let percents: Vec<_> = score.domains.iter().map(|d| d.percent).collect();
    assert_eq!(percents, vec![Some(75.0), Some(50.0), None]);
    assert_eq!(score.overall, Some(62.5));
    assert!(score.complete);
    assert_eq!(band(&checklist(), 62.5).unwrap().id.as_str(), "moderate");
    assert_eq!(band(&checklist(), 80.0).unwrap().id.as_str(), "high");
    assert_eq!(band(&checklist(), 59.99).unwrap().id.as_str(), "low");
}

#[test]
fn unrated_items_are_counted_and_leave_the_checklist_incomplete() {
    let score = fidelity_score(&checklist(), &ratings(&[("a", Rating::Fully)]));
    assert!(!score.complete);
    assert_eq!(score.domains[0].unrated, 2);
    assert_eq!(score.domains[0].percent, Some(100.0));
    assert_eq!(
        score.overall,
        Some(100.0),
        "only domains with a rated applicable item count"
    );
}

fn progress(done: &[&str]) -> ProgressStatus {
    let instrument =
        Instrument::parse(include_str!("../tests/fixtures/mini-progress.toml")).unwrap();
    let done: BTreeSet<ItemId> = done.iter().map(|m| ItemId::parse(m).unwrap()).collect();
    progress_status(&instrument, &done)
}

#[test]
fn current_stage_is_the_furthest_whose_required_milestones_are_done() {
    let cases: [(&[&str], Option<&str>); 5] = [
        (&[], None),
        (&["m1"], None),
        (&["m1", "m2"], Some("s1")),
        (&["m1", "m2", "m3"], Some("s2")),
        (&["m1", "m2", "m3", "m4", "m5"], Some("s3")),
    ];
    for (done, expected) in cases {
        let status = progress(done);
        assert_eq!(
            status.current_stage.as_ref().map(ItemId::as_str),
            expected,
            "{done:?}"
        );
    }
    let status = progress(&["m1", "m2", "m4"]);
    assert_eq!((status.stages[1].done, status.stages[1].total), (1, 2));
    assert_eq!(
        (
            status.stages[1].required_done,
            status.stages[1].required_total
        ),
        (0, 1)
    );
}

#[test]
fn a_stage_reached_past_unmet_required_milestones_names_the_earlier_stage() {
    // s3 needs only m5; s2's required m3 is not done.
    let status = progress(&["m1", "m2", "m5"]);
    assert_eq!(
        status.current_stage.as_ref().map(ItemId::as_str),
        Some("s3")
    );
    let unmet: Vec<&str> = status
        .unmet_before_current()
        .iter()
        .map(|s| s.stage.as_str())
        .collect();
    assert_eq!(unmet, ["s2"]);
    // In order, nothing is flagged; not started, nothing either.
    assert!(
        progress(&["m1", "m2", "m3"])
            .unmet_before_current()
            .is_empty()
    );
    assert!(progress(&[]).unmet_before_current().is_empty());
}

#[test]
fn strength_of_stage_counts_every_milestone_done() {
    let status = progress(&["m1", "m2", "m4"]);
    assert_eq!(status.stages[0].strength_percent(), Some(100.0));
    assert_eq!(status.stages[1].strength_percent(), Some(50.0));
}
