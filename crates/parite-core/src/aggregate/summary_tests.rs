//! Stored wave summaries must give reports exactly the figures (and so exactly the suppressed
//! cells) that scoring every response gives.

use std::collections::BTreeMap;

use super::*;
use crate::aggregate::{Aggregates, BarrierAccumulator, ResponseAnswers, Subgroup, WaveRef};
use crate::answer::Answer;
use crate::ident::{ChoiceCode, ItemId};
use crate::suppression::MinCell;

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

const SURVEY: &str = include_str!("../../tests/fixtures/aggregate/survey.toml");

fn survey() -> Instrument {
    Instrument::parse(SURVEY).unwrap()
}

fn responses(instrument: &Instrument) -> Vec<ResponseAnswers> {
    let fixture: Fixture = toml::from_str(include_str!(
        "../../tests/fixtures/aggregate/responses.toml"
    ))
    .unwrap();
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

fn one_by_one(instrument: &Instrument) -> Aggregates {
    let mut accumulator = BarrierAccumulator::new(instrument);
    for response in responses(instrument) {
        accumulator.add(&response);
    }
    accumulator.finish()
}

/// The fixture's responses summarized per wave, each wave in `parts` summaries (round-robin)
/// that are stored, read back and merged, as reports do when responses keep arriving.
fn through_summaries(instrument: &Instrument, parts: usize) -> Aggregates {
    let mut waves: BTreeMap<(String, String, String, String, i64), Vec<WaveSummary>> =
        BTreeMap::new();
    for (i, response) in responses(instrument).iter().enumerate() {
        let key = (
            response.organization_id.clone(),
            response.organization.clone(),
            response.wave_id.clone(),
            response.wave.clone(),
            response.wave_order,
        );
        let summaries = waves
            .entry(key)
            .or_insert_with(|| vec![WaveSummary::new(instrument); parts]);
        summaries[i % parts].add(instrument, response.role_group, &response.answers);
    }
    let mut accumulator = BarrierAccumulator::new(instrument);
    for ((organization_id, organization, wave_id, wave, wave_order), summaries) in waves {
        let mut merged = WaveSummary::new(instrument);
        for summary in &summaries {
            let stored = summary.encode(instrument);
            merged.merge(&WaveSummary::decode(instrument, &stored).unwrap());
        }
        let wave = WaveRef {
            organization_id: &organization_id,
            organization: &organization,
            wave_id: &wave_id,
            wave: &wave,
            wave_order,
            eligible: None,
        };
        accumulator.add_summary(wave, &merged);
    }
    accumulator.finish()
}

#[test]
fn a_stored_summary_gives_the_very_figures_of_its_responses() {
    let instrument = survey();
    assert_eq!(through_summaries(&instrument, 1), one_by_one(&instrument));
}

#[test]
fn merged_summaries_give_the_same_counts_means_and_suppression() {
    let instrument = survey();
    let expected = one_by_one(&instrument);
    let merged = through_summaries(&instrument, 3);
    assert_eq!(merged.participation, expected.participation);
    assert_eq!(merged.indices.len(), expected.indices.len());
    for k in [3, 5] {
        let k = MinCell::clamped(k);
        for (a, b) in merged.indices.iter().zip(&expected.indices) {
            assert_eq!(
                (&a.organization, &a.wave, &a.index),
                (&b.organization, &b.wave, &b.index)
            );
            let (shown_a, shown_b) = (a.masked(k), b.masked(k));
            for group in Subgroup::ALL {
                let (x, y) = (a.estimates.get(group), b.estimates.get(group));
                assert_eq!(
                    (x.n, x.mean.is_some(), x.sd.is_some()),
                    (y.n, y.mean.is_some(), y.sd.is_some())
                );
                for (p, q) in [
                    (x.mean, y.mean),
                    (x.sd, y.sd),
                    (x.major_share, y.major_share),
                ] {
                    assert!(
                        (p.unwrap_or(0.0) - q.unwrap_or(0.0)).abs() < 1e-12,
                        "{p:?} vs {q:?}"
                    );
                }
                assert_eq!(
                    shown_a.get(group).map(|_| ()),
                    shown_b.get(group).map(|_| ()),
                    "{} {} {} {group:?}",
                    a.organization,
                    a.wave,
                    a.index.as_str()
                );
            }
        }
    }
}

#[test]
fn a_summary_of_another_definition_or_a_damaged_one_is_not_read() {
    let instrument = survey();
    let mut summary = WaveSummary::new(&instrument);
    for response in responses(&instrument) {
        summary.add(&instrument, response.role_group, &response.answers);
    }
    let stored = summary.encode(&instrument);
    assert_eq!(WaveSummary::decode(&instrument, &stored), Some(summary));

    // The same id and version with a stricter index: the stored sums no longer apply.
    let edited = Instrument::parse(&SURVEY.replace("min_items = 2", "min_items = 1")).unwrap();
    assert_ne!(fingerprint(&edited), fingerprint(&instrument));
    assert_eq!(WaveSummary::decode(&edited, &stored), None);

    assert_eq!(
        WaveSummary::decode(&instrument, &stored.replace("responses ", "responses 9")),
        None
    );
    let truncated = &stored[..stored.rfind("index").unwrap()];
    assert_eq!(WaveSummary::decode(&instrument, truncated), None);
    assert_eq!(WaveSummary::decode(&instrument, ""), None);
}
