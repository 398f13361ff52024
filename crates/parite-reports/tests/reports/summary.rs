//! The plain-language summary, sentence by sentence, in both languages: what a team lead reads
//! at the top of the report, said from the figures that are shown.

use parite_core::aggregate::{
    Aggregates, Assessment, BarrierAccumulator, FidelityAggregate, OrgProgress, ResponseAnswers,
    wave_changes,
};
use parite_core::suppression::MinCell;
use parite_core::{Answer, Answers, ChoiceCode, Instrument, ItemId, ItemKind, Rating};
use parite_reports::summary::{
    Figures, MESSAGES, OrgFigures, Statement, Voice, overview, render_all, summarize,
};

use crate::{checklist, en, fr, progress, survey};

/// A respondent giving every item of each barrier the value `level(index)` (reverse coding
/// undone, so the index comes out at exactly that value).
pub fn answers(instrument: &Instrument, role: &str, level: impl Fn(&str) -> i32) -> Answers {
    let mut answers = Answers::new();
    let code = |c: &str| Answer::Choice(ChoiceCode::parse(c).unwrap());
    answers.insert(ItemId::parse("role").unwrap(), code(role));
    for item in instrument.items() {
        if let ItemKind::Likert {
            index: Some(index),
            reverse,
            ..
        } = &item.kind
        {
            let value = level(index.as_str()).clamp(1, 5);
            let stored = if *reverse { 6 - value } else { value };
            answers.insert(item.id.clone(), code(&stored.to_string()));
        }
    }
    answers
}

/// One response of "Maison Alpha" in wave `wave` (order `order`).
pub fn response(
    instrument: &Instrument,
    (wave, order): (&str, i64),
    role: &str,
    level: impl Fn(&str) -> i32,
) -> ResponseAnswers {
    let answers = answers(instrument, role, level);
    ResponseAnswers {
        organization_id: "alpha".to_owned(),
        organization: "Maison Alpha".to_owned(),
        wave_id: format!("alpha-{wave}"),
        wave: wave.to_owned(),
        wave_order: order,
        role_group: ResponseAnswers::role_group_of(instrument, &answers),
        answers,
    }
}

pub fn accumulate(instrument: &Instrument, responses: &[ResponseAnswers]) -> Aggregates {
    let mut accumulator = BarrierAccumulator::new(instrument);
    for r in responses {
        accumulator.add(r);
    }
    accumulator.finish()
}

/// Peers rate "peers and professionals" a 5, professionals a 1; both rate stigma 5,
/// leadership 4, culture 3, the rest 2.
fn level(role: &str) -> impl Fn(&str) -> i32 + '_ {
    move |index| match (index, role) {
        ("divide", "peer") => 5,
        ("divide", _) => 1,
        ("stigma_privacy", _) => 5,
        ("leadership", _) => 4,
        ("culture", _) => 3,
        _ => 2,
    }
}

/// 3 peers and 9 professionals in one wave: 12 answered, peers hidden (3 < 5) and the
/// professionals with them (12 − 9 would give the peers away).
fn twelve_with_peers_hidden(instrument: &Instrument, wave: (&str, i64)) -> Vec<ResponseAnswers> {
    let mut out = Vec::new();
    for _ in 0..3 {
        out.push(response(instrument, wave, "peer", level("peer")));
    }
    for _ in 0..9 {
        out.push(response(instrument, wave, "provider", level("provider")));
    }
    out
}

fn sentences(
    aggregates: &Aggregates,
    fidelity: &[FidelityAggregate],
    stages: &[OrgProgress],
    voice: Voice,
) -> (Vec<String>, Vec<String>) {
    let (checklist, progress) = (checklist(), progress());
    let changes = wave_changes(&aggregates.indices, &[]);
    let figures = Figures {
        aggregates,
        changes: &changes,
        fidelity,
        progress: stages,
        checklist: &checklist,
        progress_instrument: &progress,
    };
    let statements = summarize(&OrgFigures::of(figures, "Maison Alpha", MinCell::DEFAULT));
    listed(&statements, voice);
    (
        render_all(&statements, &en(), voice),
        render_all(&statements, &fr(), voice),
    )
}

#[test]
fn at_twelve_with_peers_hidden_the_largest_barriers_are_named_from_everyone() {
    let instrument = survey();
    let aggregates = accumulate(
        &instrument,
        &twelve_with_peers_hidden(&instrument, ("T1", 1)),
    );
    let (en, fr) = sentences(&aggregates, &[], &[], Voice::Report);
    // Everyone's "peers and professionals" is (3·5 + 9·1) / 12 = 2: not among the largest,
    // though the hidden peers rate it highest of all.
    assert_eq!(
        en,
        [
            "Largest barriers in T1: Stigma and privacy, Leadership support and Organizational culture.",
            "This is the first wave: there is no earlier wave to compare with.",
            "12 people answered in T1.",
            "No fidelity review is recorded yet.",
            "No implementation stage is reached yet.",
        ]
    );
    assert_eq!(
        fr,
        [
            "Principaux obstacles de la vague T1\u{a0}: Stigmatisation et confidentialité, Adhésion de la direction et Culture organisationnelle.",
            "C’est la première vague\u{a0}: il n’y a pas encore de vague précédente à comparer.",
            "12 personnes ont répondu à la vague T1.",
            "Aucune évaluation de la fidélité n’est encore enregistrée.",
            "Aucune étape de la mise en œuvre n’est encore atteinte.",
        ]
    );
}

#[test]
fn with_four_answers_nothing_is_reported_and_the_count_is_not_given() {
    let instrument = survey();
    let responses: Vec<_> = (0..4)
        .map(|_| response(&instrument, ("T1", 1), "provider", level("provider")))
        .collect();
    let aggregates = accumulate(&instrument, &responses);
    let (en, fr) = sentences(&aggregates, &[], &[], Voice::Report);
    assert_eq!(
        en[0],
        "Too few people answered in T1 to report the barriers."
    );
    assert_eq!(en[2], "Too few people answered in T1 to give their number.");
    assert_eq!(
        fr[0],
        "Trop peu de personnes ont répondu à la vague T1 pour présenter les obstacles."
    );
    assert!(
        en.iter().chain(&fr).all(|s| !s.contains('4')),
        "the hidden count is never said: {en:?} {fr:?}"
    );
}

#[test]
fn only_clear_changes_are_said_and_the_rest_is_about_the_same() {
    let instrument = survey();
    let mut responses = twelve_with_peers_hidden(&instrument, ("T1", 1));
    // In T2 stigma falls from 5 to 2 for everyone (clear), the rest moves by one respondent.
    for i in 0..12 {
        let role = if i < 6 { "peer" } else { "provider" };
        responses.push(response(
            &instrument,
            ("T2", 2),
            role,
            move |index| match (index, i) {
                ("stigma_privacy", _) => 2,
                ("culture", 0) => 4,
                (other, _) => level(role)(other),
            },
        ));
    }
    let aggregates = accumulate(&instrument, &responses);
    let (en, fr) = sentences(&aggregates, &[], &[], Voice::Report);
    assert_eq!(
        en[1],
        "Stigma and privacy: clearly lower than in T1 (\u{2212}3.0 on the 1–5 scale)."
    );
    assert_eq!(
        fr[1],
        "Stigmatisation et confidentialité\u{a0}: nettement plus bas qu’à la vague T1 (\u{2212}3,0 sur l’échelle de 1 à 5)."
    );
    assert_eq!(
        en.len(),
        5,
        "culture's small move is not called a change: {en:?}"
    );
    let (community, communaute) = sentences(&aggregates, &[], &[], Voice::Community);
    assert_eq!(community[1], "Stigma and privacy got easier since T1.");
    assert_eq!(
        communaute[1],
        "Stigmatisation et confidentialité\u{a0}: c’est plus facile depuis la vague T1."
    );
}

#[test]
fn when_no_shown_change_is_clear_the_summary_says_about_the_same() {
    let instrument = survey();
    let mut responses = twelve_with_peers_hidden(&instrument, ("T1", 1));
    responses.extend(twelve_with_peers_hidden(&instrument, ("T2", 2)));
    let aggregates = accumulate(&instrument, &responses);
    let (en, fr) = sentences(&aggregates, &[], &[], Voice::Report);
    assert_eq!(
        en[1],
        "Compared with T1, the barriers are about the same: no change is clear."
    );
    assert_eq!(
        fr[1],
        "Par rapport à la vague T1, les obstacles sont à peu près les mêmes\u{a0}: aucun changement n’est net."
    );
}

#[test]
fn the_fidelity_band_and_the_stage_are_said_in_words() {
    let instrument = survey();
    let aggregates = accumulate(
        &instrument,
        &twelve_with_peers_hidden(&instrument, ("T1", 1)),
    );
    let checklist = checklist();
    let progress = progress();
    // Every checklist item fully in place: 100 %, the high band.
    let fidelity = parite_core::aggregate::fidelity_by_org(
        &checklist,
        [Assessment {
            organization: "Maison Alpha".to_owned(),
            wave: "T1".to_owned(),
            wave_order: 1,
            ratings: checklist
                .items()
                .map(|item| (item.id.clone(), Rating::Fully))
                .collect(),
        }],
    );
    let stages = vec![OrgProgress {
        organization: "Maison Alpha".to_owned(),
        status: parite_core::scoring::progress_status(
            &progress,
            &progress.groups[0]
                .items
                .iter()
                .chain(&progress.groups[1].items)
                .map(|m| m.id.clone())
                .collect(),
        ),
    }];
    let (en, fr) = sentences(&aggregates, &fidelity, &stages, Voice::Report);
    assert_eq!(
        en[3],
        "Latest fidelity review: High fidelity (80% or more)."
    );
    assert_eq!(en[4], "Current implementation stage: Installation.");
    assert_eq!(
        fr[3],
        "Dernière évaluation de la fidélité\u{a0}: Fidélité élevée (80\u{a0}% ou plus)."
    );
    assert_eq!(
        fr[4],
        "Étape actuelle de la mise en œuvre\u{a0}: Installation."
    );
    let (community, communaute) = sentences(&aggregates, &fidelity, &stages, Voice::Community);
    assert_eq!(community[3], "We follow the peer support model closely.");
    assert_eq!(
        communaute[3],
        "Nous suivons de près le modèle du soutien par les pairs."
    );
}

#[test]
fn the_overview_counts_organizations_by_stage_and_names_the_most_common_barrier() {
    let instrument = survey();
    let (checklist, progress) = (checklist(), progress());
    let aggregates = crate::demo::aggregates(&instrument);
    let changes = wave_changes(&aggregates.indices, &[]);
    let stages = crate::demo::progress(&progress);
    let figures = Figures {
        aggregates: &aggregates,
        changes: &changes,
        fidelity: &[],
        progress: &stages,
        checklist: &checklist,
        progress_instrument: &progress,
    };
    let titles: Vec<String> = progress
        .groups
        .iter()
        .map(|g| g.title.as_str().to_owned())
        .collect();
    let statements = overview(&OrgFigures::all(figures, MinCell::DEFAULT), &titles);
    listed(&statements, Voice::Report);
    let en = render_all(&statements, &en(), Voice::Report);
    let fr = render_all(&statements, &fr(), Voice::Report);
    assert_eq!(
        en[0],
        format!("{} organizations in this overview.", stages.len())
    );
    assert_eq!(
        fr[0],
        format!("{} organismes dans cette vue d’ensemble.", stages.len())
    );
    let barrier = en.last().unwrap();
    assert!(
        barrier.starts_with("Most often among the largest barriers: "),
        "{en:?}"
    );
    // Ranked among the organizations with progress records and shown barriers: three.
    assert!(barrier.ends_with(" of 3 organizations)."), "{barrier}");
}

/// Every statement is said with a message `parite check` knows to be used.
fn listed(statements: &[Statement], voice: Voice) {
    for statement in statements {
        let id = statement.message_id(voice);
        assert!(
            MESSAGES.contains(&id.as_str()),
            "{id} is not in summary::MESSAGES"
        );
    }
}

#[test]
fn two_organizations_sharing_a_name_are_ranked_each_on_its_own_figures_in_the_overview() {
    let instrument = survey();
    let (checklist, progress) = (checklist(), progress());
    let mut responses = Vec::new();
    for (id, high) in [
        ("alpha-1", ["stigma_privacy", "leadership", "culture"]),
        ("alpha-2", ["precedent", "language", "divide"]),
    ] {
        for _ in 0..6 {
            let mut r = response(&instrument, ("T1", 1), "provider", move |index| {
                if high.contains(&index) { 5 } else { 1 }
            });
            r.organization_id = id.to_owned();
            r.wave_id = format!("{id}-T1");
            responses.push(r);
        }
    }
    let aggregates = accumulate(&instrument, &responses);
    let changes = wave_changes(&aggregates.indices, &[]);
    let stages: Vec<OrgProgress> = (0..2)
        .map(|_| OrgProgress {
            organization: "Maison Alpha".to_owned(),
            status: parite_core::scoring::progress_status(&progress, &Default::default()),
        })
        .collect();
    let figures = Figures {
        aggregates: &aggregates,
        changes: &changes,
        fidelity: &[],
        progress: &stages,
        checklist: &checklist,
        progress_instrument: &progress,
    };
    let statements = overview(&OrgFigures::all(figures, MinCell::DEFAULT), &[]);
    let en = render_all(&statements, &en(), Voice::Report);
    assert_eq!(
        en,
        [
            "2 organizations in this overview.",
            "Not started yet: 2 organizations.",
            "Most often among the largest barriers: Precedent and ways of working (in 1 of 2 organizations).",
        ]
    );
}
