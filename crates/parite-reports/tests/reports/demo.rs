//! Deterministic synthetic data on the real instruments: three organizations chosen so that
//! every suppression case shows up (a wave of 4, a peer group of 4, a well-filled organization).

use std::collections::BTreeSet;

use parite_core::aggregate::{
    Aggregates, Assessment, BarrierAccumulator, FidelityAggregate, Milestones, OrgProgress,
    ResponseAnswers, fidelity_by_org, progress_by_org,
};
use parite_core::{Answer, Answers, ChoiceCode, Instrument, ItemId, ItemKind, Rating, Ratings};

/// A small linear congruential generator: the same numbers on every machine.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        Lcg(seed)
    }

    /// A float in [0, 1).
    pub fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1_u64 << 53) as f64
    }
}

/// `(organization, wave, order, peers, professionals, others)`.
pub const WAVES: [(&str, &str, i64, usize, usize, usize); 8] = [
    ("Centre Horizon", "T1", 1, 14, 16, 3),
    ("Centre Horizon", "T2", 2, 12, 15, 2),
    ("Centre Horizon", "T3", 3, 15, 18, 1),
    ("Maison Soleil", "T1", 1, 4, 20, 2),
    ("Maison Soleil", "T2", 2, 5, 19, 0),
    ("Réseau Nord", "T1", 1, 2, 2, 0),
    ("Réseau Nord", "T2", 2, 9, 11, 1),
    ("Clinique Rivière", "T1", 1, 1, 3, 0),
];

/// One respondent's answers: each barrier near a level set by the organization and wave.
pub fn answers(instrument: &Instrument, rng: &mut Lcg, role: &str, level: f64) -> Answers {
    let mut answers = Answers::new();
    let code = |c: &str| Answer::Choice(ChoiceCode::parse(c).unwrap());
    answers.insert(ItemId::parse("role").unwrap(), code(role));
    for (i, item) in instrument.items().enumerate() {
        let ItemKind::Likert { reverse, .. } = item.kind else {
            continue;
        };
        if rng.next() < 0.1 {
            answers.insert(item.id.clone(), code("dk"));
            continue;
        }
        let shift = ((i % 7) as f64 - 3.0) * 0.3;
        let value = (level + shift + (rng.next() - 0.5) * 2.4)
            .round()
            .clamp(1.0, 5.0) as i32;
        let stored = if reverse { 6 - value } else { value };
        answers.insert(item.id.clone(), code(&stored.to_string()));
    }
    answers
}

/// Every synthetic response, generated on demand (never all in memory).
pub fn responses(instrument: &Instrument) -> impl Iterator<Item = ResponseAnswers> + '_ {
    let mut rng = Lcg::new(42);
    WAVES
        .iter()
        .flat_map(move |&(org, wave, order, peers, professionals, others)| {
            let level = if org == "Maison Soleil" {
                3.6
            } else {
                2.4 + 0.2 * order as f64
            };
            let roles = std::iter::repeat_n("peer", peers)
                .chain(std::iter::repeat_n("provider", professionals))
                .chain(std::iter::repeat_n("other", others));
            roles
                .map(|role| {
                    let answers = answers(instrument, &mut rng, role, level);
                    ResponseAnswers {
                        organization_id: format!("id-{org}"),
                        organization: org.to_owned(),
                        wave_id: format!("id-{org}-{wave}"),
                        wave: wave.to_owned(),
                        wave_order: order,
                        role_group: ResponseAnswers::role_group_of(instrument, &answers),
                        answers,
                    }
                })
                .collect::<Vec<_>>()
        })
}

pub fn aggregates(instrument: &Instrument) -> Aggregates {
    let mut accumulator = BarrierAccumulator::new(instrument);
    for response in responses(instrument) {
        accumulator.add(&response);
    }
    accumulator.finish()
}

/// `peers` peers, `professionals` providers and `others` "other" respondents of one
/// organization's single wave T1.
pub fn wave(
    instrument: &Instrument,
    rng: &mut Lcg,
    (organization_id, organization): (&str, &str),
    (peers, professionals, others): (usize, usize, usize),
    level: f64,
) -> Vec<ResponseAnswers> {
    let roles = std::iter::repeat_n("peer", peers)
        .chain(std::iter::repeat_n("provider", professionals))
        .chain(std::iter::repeat_n("other", others));
    roles
        .map(|role| {
            let answers = answers(instrument, rng, role, level);
            ResponseAnswers {
                organization_id: organization_id.to_owned(),
                organization: organization.to_owned(),
                wave_id: format!("{organization_id}-t1"),
                wave: "T1".to_owned(),
                wave_order: 1,
                role_group: ResponseAnswers::role_group_of(instrument, &answers),
                answers,
            }
        })
        .collect()
}

/// The aggregates of `responses`, as reports compute them.
pub fn accumulate(instrument: &Instrument, responses: &[ResponseAnswers]) -> Aggregates {
    let mut accumulator = BarrierAccumulator::new(instrument);
    for response in responses {
        accumulator.add(response);
    }
    accumulator.finish()
}

pub fn fidelity(checklist: &Instrument) -> Vec<FidelityAggregate> {
    let assessment = |org: &str, wave: &str, order: i64, offset: usize| {
        let ratings: Ratings = checklist
            .items()
            .enumerate()
            .map(|(i, item)| {
                let rating = match (i * 7 + offset) % 5 {
                    0 => Rating::NotInPlace,
                    1 | 2 => Rating::Partly,
                    _ => Rating::Fully,
                };
                (item.id.clone(), rating)
            })
            .collect();
        Assessment {
            organization: org.to_owned(),
            wave: wave.to_owned(),
            wave_order: order,
            ratings,
        }
    };
    fidelity_by_org(
        checklist,
        [
            assessment("Centre Horizon", "T3", 3, 2),
            assessment("Maison Soleil", "T2", 2, 0),
        ],
    )
}

pub fn progress(instrument: &Instrument) -> Vec<OrgProgress> {
    let done = |count: usize| -> BTreeSet<ItemId> {
        instrument
            .items()
            .take(count)
            .map(|m| m.id.clone())
            .collect()
    };
    progress_by_org(
        instrument,
        [
            Milestones {
                organization: "Centre Horizon".into(),
                done: done(11),
            },
            Milestones {
                organization: "Maison Soleil".into(),
                done: done(5),
            },
            Milestones {
                organization: "Réseau Nord".into(),
                done: done(0),
            },
            Milestones {
                organization: "Coopérative Santé Mentale Laurentides".into(),
                done: done(15),
            },
        ],
    )
}
