//! Aggregates against hand-worked figures. The data are in tests/fixtures/aggregate/; every
//! mean, standard deviation and interval below is worked out in the comments.
//! t(0.975, ·) from tables: df 2 → 4.303, df 3 → 3.182, df 5 → 2.571, df 7 → 2.365.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::answer::{Rating, Ratings};
use crate::ident::ChoiceCode;
use crate::suppression::Reason;

#[derive(serde::Deserialize)]
struct Fixture {
    responses: Vec<FixtureResponse>,
}

#[derive(serde::Deserialize)]
struct FixtureResponse {
    organization: String,
    wave: String,
    wave_order: i64,
    answers: BTreeMap<String, String>,
}

fn survey() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/aggregate/survey.toml")).unwrap()
}

fn responses(instrument: &Instrument) -> Vec<ResponseAnswers> {
    let fixture: Fixture =
        toml::from_str(include_str!("../tests/fixtures/aggregate/responses.toml")).unwrap();
    fixture
        .responses
        .into_iter()
        .map(|r| {
            let answers: Answers = r
                .answers
                .iter()
                .map(|(item, code)| {
                    let code = ChoiceCode::parse(code).unwrap();
                    (ItemId::parse(item).unwrap(), Answer::Choice(code))
                })
                .collect();
            ResponseAnswers {
                organization_id: format!("id-{}", r.organization),
                organization: r.organization,
                wave_id: format!("id-{}", r.wave),
                wave: r.wave,
                wave_order: r.wave_order,
                role_group: ResponseAnswers::role_group_of(instrument, &answers),
                answers,
            }
        })
        .collect()
}

fn aggregates() -> Aggregates {
    let instrument = survey();
    let mut accumulator = BarrierAccumulator::new(&instrument);
    for response in responses(&instrument) {
        accumulator.add(&response);
    }
    accumulator.finish()
}

fn find<'a>(aggregates: &'a Aggregates, org: &str, wave: &str, index: &str) -> &'a IndexAggregate {
    aggregates
        .indices
        .iter()
        .find(|a| a.organization == org && a.wave == wave && a.index.as_str() == index)
        .unwrap()
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 5e-4, "{actual} vs {expected}");
}

fn interval(estimate: &Estimate, low: f64, high: f64) {
    let ci = estimate.ci95.unwrap();
    close(ci.low, low);
    close(ci.high, high);
}

#[test]
fn culture_by_group_matches_the_hand_worked_figures() {
    let aggregates = aggregates();
    let culture = &find(&aggregates, "alpha", "T1", "culture").estimates;
    // Peers 2, 4, 4, 5: mean 3.75;
    // Σ(x − x̄)² = (−1.75)² + 0.25² + 0.25² + 1.25² = 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75;
    // s = √(4.75 / 3) = 1.2583; CI 3.75 ± 3.182 · 1.2583 / 2 = 3.75 ± 2.0022.
    // Major (≥ 4): 4, 4, 5 → 3 / 4.
    assert_eq!(culture.peer.n, 4);
    close(culture.peer.mean.unwrap(), 3.75);
    close(culture.peer.sd.unwrap(), 1.2583);
    interval(&culture.peer, 1.7478, 5.7522);
    close(culture.peer.major_share.unwrap(), 0.75);
    // Professionals 1, 2, 3: mean 2, s = 1; CI 2 ± 4.303 / √3 = 2 ± 2.4841 (below 1: not clipped).
    assert_eq!(culture.professional.n, 3);
    close(culture.professional.mean.unwrap(), 2.0);
    close(culture.professional.sd.unwrap(), 1.0);
    interval(&culture.professional, -0.4841, 4.4841);
    close(culture.professional.major_share.unwrap(), 0.0);
    // Everyone with a value: the 7 above and "other" (5); the "na" respondent has none.
    // 2, 4, 4, 5, 1, 2, 3, 5: mean 26 / 8 = 3.25; Σ(x − x̄)² = 15.5; s = √(15.5 / 7) = 1.4880;
    // CI 3.25 ± 2.3646 · 1.4880 / √8 = 3.25 ± 1.2440. Major: 4, 4, 5, 5 → 4 / 8.
    assert_eq!(culture.all.n, 8);
    close(culture.all.mean.unwrap(), 3.25);
    close(culture.all.sd.unwrap(), 1.4880);
    interval(&culture.all, 2.0060, 4.4940);
    close(culture.all.major_share.unwrap(), 0.5);
}

#[test]
fn a_two_item_index_uses_reverse_coding_and_its_minimum() {
    let aggregates = aggregates();
    let divide = &find(&aggregates, "alpha", "T1", "divide").estimates;
    // Peers: (4 + 6 − 2) / 2 = 4, (5 + 5) / 2 = 5, (3 + 3) / 2 = 3; the fourth has d2 = dk and
    // min_items 2, so no value. Mean 4, s = 1, CI 4 ± 4.303 / √3 = 4 ± 2.4841. Major 2 / 3.
    assert_eq!(divide.peer.n, 3);
    close(divide.peer.mean.unwrap(), 4.0);
    interval(&divide.peer, 1.5159, 6.4841);
    close(divide.peer.major_share.unwrap(), 2.0 / 3.0);
    // Professionals: 2, 1, 3.5 → mean 6.5 / 3 = 2.1667; everyone: 4, 5, 3, 2, 1, 3.5 → n 6,
    // mean 18.5 / 6 = 3.0833, Σ(x − x̄)² = 10.2083, s = 1.4289, CI ± 2.5706 · 1.4289 / √6 = ± 1.4995.
    close(divide.professional.mean.unwrap(), 6.5 / 3.0);
    assert_eq!(divide.all.n, 6);
    interval(&divide.all, 1.5838, 4.5828);
}

#[test]
fn readiness_has_no_major_share_and_a_constant_has_a_zero_width_interval() {
    let aggregates = aggregates();
    let readiness = &find(&aggregates, "alpha", "T1", "readiness").estimates;
    // Only the four peers answered r1, all with 4: mean 4, s = 0, CI [4, 4].
    assert_eq!(
        (readiness.peer.n, readiness.all.n, readiness.professional.n),
        (4, 4, 0)
    );
    assert_eq!(readiness.peer.major_share, None);
    interval(&readiness.peer, 4.0, 4.0);
    assert_eq!(readiness.professional, Estimate::default());
}

#[test]
fn fewer_than_two_respondents_have_a_mean_but_no_interval() {
    let aggregates = aggregates();
    let beta = &find(&aggregates, "beta", "B1", "culture").estimates;
    assert_eq!(beta.peer.n, 1);
    assert_eq!(
        (beta.peer.mean, beta.peer.sd, beta.peer.ci95),
        (Some(3.0), None, None)
    );
}

#[test]
fn participation_counts_responses_and_respondents_without_a_group_in_the_total_only() {
    let aggregates = aggregates();
    let first = &aggregates.participation[0];
    assert_eq!(
        (first.organization.as_str(), first.wave.as_str()),
        ("alpha", "T1")
    );
    assert_eq!(
        (first.responses, first.no_group),
        (
            ByGroup {
                all: 9,
                peer: 4,
                professional: 3
            },
            2
        )
    );
    let waves: Vec<_> = aggregates
        .participation
        .iter()
        .map(|p| p.wave.as_str())
        .collect();
    assert_eq!(waves, ["T1", "T2", "B1"]);
}

#[test]
fn the_order_responses_arrive_in_does_not_matter() {
    let instrument = survey();
    let mut accumulator = BarrierAccumulator::new(&instrument);
    for response in responses(&instrument).iter().rev() {
        accumulator.add(response);
    }
    let reversed = accumulator.finish();
    let forward = aggregates();
    assert_eq!(reversed.participation, forward.participation);
    for (a, b) in reversed.indices.iter().zip(&forward.indices) {
        assert_eq!(
            (&a.organization, &a.wave, &a.index),
            (&b.organization, &b.wave, &b.index)
        );
        assert_eq!(a.estimates.all.n, b.estimates.all.n);
        close(
            a.estimates.all.mean.unwrap_or(0.0),
            b.estimates.all.mean.unwrap_or(0.0),
        );
    }
}

#[test]
fn change_between_waves_has_a_welch_interval() {
    let changes = wave_changes(&aggregates().indices, &[]);
    let culture = changes
        .iter()
        .find(|c| c.organization == "alpha" && c.index.as_str() == "culture")
        .unwrap();
    assert_eq!(
        (culture.from_wave.as_str(), culture.to_wave.as_str()),
        ("T1", "T2")
    );
    // Professionals: T1 1, 2, 3 (mean 2, s² = 1, n 3); T2 3, 3, 4, 4 (mean 3.5, s² = 1/3, n 4).
    // d = 1.5; v₁ = 1/3, v₂ = 1/12; se = √(5/12) = 0.6455;
    // df = (5/12)² / ((1/3)²/2 + (1/12)²/3) = (25/144) / (25/432) = 3; 1.5 ± 3.182 · 0.6455.
    let professional = culture.difference.professional.unwrap();
    close(professional.estimate, 1.5);
    close(professional.df.unwrap(), 3.0);
    let ci = professional.ci95.unwrap();
    close(ci.low, 1.5 - 2.0543);
    close(ci.high, 1.5 + 2.0543);
    // Peers: T1 mean 3.75, s² = 1.5833 (n 4); T2 1..5, mean 3, s² = 2.5 (n 5). d = −0.75;
    // v₁ = 0.3958, v₂ = 0.5, se = √0.8958 = 0.9465; df = 0.8025 / (0.05223 + 0.0625) = 6.995.
    let peer = culture.difference.peer.unwrap();
    close(peer.estimate, -0.75);
    close(peer.df.unwrap(), 6.9950);
    let half = t_quantile(0.975, peer.df.unwrap()).unwrap() * 0.946_485;
    close(peer.ci95.unwrap().high, -0.75 + half);
    // Divide has no T2 answers: no mean on that side, so no difference.
    let divide = changes
        .iter()
        .find(|c| c.index.as_str() == "divide")
        .unwrap();
    assert_eq!(divide.difference.all, None);
    // beta has a single wave: nothing to compare.
    assert!(changes.iter().all(|c| c.organization == "alpha"));
}

#[test]
fn masking_hides_small_groups_their_sibling_and_derived_changes() {
    let aggregates = aggregates();
    let k = MinCell::DEFAULT;
    // T1 culture: peers 4 (< 5, primary), professionals 3 (primary), total 8 shown.
    let masked = find(&aggregates, "alpha", "T1", "culture").masked(k);
    assert!(matches!(
        masked.peer,
        Masked::Suppressed {
            reason: Reason::Primary
        }
    ));
    assert!(matches!(masked.all, Masked::Shown(e) if e.n == 8));
    // T2 culture: peers 5 shown alone would let professionals (4) be derived from the total
    // (9): the peers are hidden too, as a complement.
    let masked = find(&aggregates, "alpha", "T2", "culture").masked(k);
    assert!(matches!(
        masked.professional,
        Masked::Suppressed {
            reason: Reason::Primary
        }
    ));
    assert!(matches!(
        masked.peer,
        Masked::Suppressed {
            reason: Reason::Complementary
        }
    ));
    assert!(matches!(masked.all, Masked::Shown(_)));
    // With k = 3 every culture group is shown, and so is the change.
    let changes = wave_changes(&aggregates.indices, &[]);
    let culture = changes
        .iter()
        .find(|c| c.index.as_str() == "culture")
        .unwrap();
    assert!(matches!(
        culture.masked(MinCell::clamped(3)).peer,
        Masked::Shown(_)
    ));
    assert!(matches!(
        culture.masked(k).peer,
        Masked::Suppressed {
            reason: Reason::Primary
        }
    ));
    assert!(matches!(culture.masked(k).all, Masked::Shown(_)));
    // Participation T1: 4 peers, 3 professionals, 9 in all.
    let participation = aggregates.participation[0].masked(k);
    assert_eq!(participation.all, Masked::Shown(9));
    assert_eq!(
        participation.peer,
        Masked::Suppressed {
            reason: Reason::Primary
        }
    );
}

#[test]
fn the_role_group_comes_from_the_role_items_choice() {
    let instrument = survey();
    let answers = |role: &str| -> Answers {
        let code = ChoiceCode::parse(role).unwrap();
        [(ItemId::parse("role").unwrap(), Answer::Choice(code))].into()
    };
    let group = |role| ResponseAnswers::role_group_of(&instrument, &answers(role));
    assert_eq!(group("peer"), Some(RoleGroup::Peer));
    assert_eq!(group("manager"), Some(RoleGroup::Professional));
    assert_eq!(group("other"), None);
    assert_eq!(
        ResponseAnswers::role_group_of(&instrument, &Answers::new()),
        None
    );
}

#[test]
fn fidelity_and_progress_use_the_core_scoring() {
    let checklist =
        Instrument::parse(include_str!("../tests/fixtures/mini-checklist.toml")).unwrap();
    let ratings: Ratings = checklist
        .items()
        .map(|item| (item.id.clone(), Rating::Fully))
        .collect();
    let assessment = |org: &str, order| Assessment {
        organization: org.into(),
        wave: format!("W{order}"),
        wave_order: order,
        ratings: ratings.clone(),
    };
    let rows = fidelity_by_org(
        &checklist,
        [assessment("b", 2), assessment("b", 1), assessment("a", 1)],
    );
    let keys: Vec<_> = rows
        .iter()
        .map(|r| (r.organization.as_str(), r.wave_order))
        .collect();
    assert_eq!(keys, [("a", 1), ("b", 1), ("b", 2)]);
    assert_eq!(
        rows[0].score,
        crate::scoring::fidelity_score(&checklist, &ratings)
    );
    assert_eq!(rows[0].score.overall, Some(100.0));

    let progress = Instrument::parse(include_str!("../tests/fixtures/mini-progress.toml")).unwrap();
    let done: BTreeSet<ItemId> = progress.groups[0]
        .items
        .iter()
        .map(|m| m.id.clone())
        .collect();
    let rows = progress_by_org(
        &progress,
        [
            Milestones {
                organization: "z".into(),
                done: BTreeSet::new(),
            },
            Milestones {
                organization: "y".into(),
                done: done.clone(),
            },
        ],
    );
    assert_eq!(rows[0].organization, "y");
    assert_eq!(
        rows[0].status,
        crate::scoring::progress_status(&progress, &done)
    );
    assert_eq!(rows[1].status.current_stage, None);
}
