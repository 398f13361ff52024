//! The demo's peer-values and peer-engagement questionnaires: one closed wave of each per
//! organization, drawn from generators of their own so that the team survey's data stay those
//! of earlier seeds. Peer workers rate the values a little higher than managers (as self-ratings
//! tend to), and the small organization has too few respondents for either to be shown.

use parite_core::{Instrument, InstrumentSet, ItemKind};
use parite_store::{NewResponse, NewWave, OrgId, Store, Submission, WaveId};

use super::day;
use super::model::Rng;
use crate::provision::ProvisionError;

/// The peer-values wave (once a year) and the peer-engagement wave (after a committee's
/// term): label, opening and closing dates.
const VALUES_WAVE: (&str, &str, &str) = ("Valeurs 2026", "2026-06-01", "2026-06-30");
const ENGAGEMENT_WAVE: (&str, &str, &str) =
    ("Comité consultatif, été 2026", "2026-08-15", "2026-09-15");

/// Seeds both questionnaires for one organization; the responses created. An instrument this
/// deployment does not have is skipped.
pub(super) async fn seed(
    store: &Store,
    instruments: &InstrumentSet,
    org: &OrgId,
    org_index: usize,
    seed: u64,
) -> Result<usize, ProvisionError> {
    let mut rng = Rng::new(seed ^ 0x7a1e_5eed ^ ((org_index as u64) << 16));
    let small = org_index == 2;
    let mut created = 0;
    if let Some(values) = instruments.latest("peer-values") {
        let wave = closed_wave(store, values, org, VALUES_WAVE).await?;
        // Enough of both groups for the gap to show (six each, as a "don't know" may leave a
        // value one short), except in the small organization: everyone's means only there.
        let (peers, managers) = if small {
            (2, 2)
        } else {
            (6 + org_index % 3, 6 + org_index % 2)
        };
        let roles = std::iter::repeat_n("peer_worker", peers)
            .chain(std::iter::repeat_n("manager", managers));
        for role in roles {
            let answers = value_answers(&mut rng, values, org_index, role);
            submit(store, values, &wave, Some(role), &answers).await?;
            created += 1;
        }
        close(store, &wave, VALUES_WAVE).await?;
    }
    if let Some(engagement) = instruments.latest("peer-engagement") {
        let wave = closed_wave(store, engagement, org, ENGAGEMENT_WAVE).await?;
        let peers = if small { 3 } else { 5 + org_index % 4 };
        for _ in 0..peers {
            let answers = engagement_answers(&mut rng, engagement, org_index);
            submit(store, engagement, &wave, None, &answers).await?;
            created += 1;
        }
        close(store, &wave, ENGAGEMENT_WAVE).await?;
    }
    Ok(created)
}

async fn closed_wave(
    store: &Store,
    instrument: &Instrument,
    org: &OrgId,
    (label, opens, _): (&str, &str, &str),
) -> Result<WaveId, ProvisionError> {
    let wave = store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: instrument.id.clone(),
            instrument_version: instrument.version,
            label: label.to_owned(),
            opens_at: day(opens),
            closes_at: None,
        })
        .await?;
    Ok(wave)
}

async fn close(
    store: &Store,
    wave: &WaveId,
    (_, _, closes): (&str, &str, &str),
) -> Result<(), ProvisionError> {
    store.close_wave(wave, day(closes)).await?;
    Ok(())
}

async fn submit(
    store: &Store,
    instrument: &Instrument,
    wave: &WaveId,
    role: Option<&str>,
    values: &[(String, String)],
) -> Result<(), ProvisionError> {
    let id = store
        .start_response(NewResponse {
            wave_id: wave.clone(),
            invitation_id: None,
            locale: "fr-CA".into(),
        })
        .await?;
    let pairs = values
        .iter()
        .map(|(item, value)| (item.as_str(), value.as_str()));
    let answers = parite_core::answer::answers_from_values(instrument, pairs);
    let submission = Submission {
        respondent_role: role.map(str::to_owned),
        answers,
    };
    let _ = store.submit_response(&id, submission).await?;
    Ok(())
}

/// A Likert answer around `level` (1–5), "dk" now and then.
fn likert(rng: &mut Rng, level: f64) -> String {
    if rng.unit() < 0.04 {
        return "dk".to_owned();
    }
    let score = (level + rng.normal(0.6)).round().clamp(1.0, 5.0);
    format!("{score}")
}

/// Peer workers rate their practice about half a point above managers; wellness and learning
/// (paid time, a career path) are where organizations fall shortest.
fn value_answers(
    rng: &mut Rng,
    instrument: &Instrument,
    org: usize,
    role: &str,
) -> Vec<(String, String)> {
    let mut out = vec![("role".to_owned(), role.to_owned())];
    for item in instrument.items() {
        if let ItemKind::Likert {
            index: Some(index), ..
        } = &item.kind
        {
            let shortfall = match index.as_str() {
                "wellness" | "learning" => 0.8,
                "self_determination" => 0.4,
                _ => 0.0,
            };
            let self_rating = if role == "peer_worker" { 0.5 } else { 0.0 };
            let level = 3.3 + (org % 3) as f64 * 0.2 - shortfall + self_rating;
            out.push((item.id.to_string(), likert(rng, level)));
        }
    }
    out
}

/// Peers feel heard more than they hear back: "told what was done with our input" is lowest.
fn engagement_answers(rng: &mut Rng, instrument: &Instrument, org: usize) -> Vec<(String, String)> {
    const LEVELS: [&str; 5] = [
        "informed",
        "consulted",
        "involved",
        "decided_together",
        "peer_led",
    ];
    let mut out = vec![(
        "e_level".to_owned(),
        LEVELS[(1 + org % 3 + rng.below(2)).min(LEVELS.len() - 1)].to_owned(),
    )];
    for item in instrument.items() {
        if let ItemKind::Likert {
            index: Some(index), ..
        } = &item.kind
        {
            let level = match (index.as_str(), item.id.as_str()) {
                (_, "e_told") => 2.6,
                ("impact", _) => 3.4,
                (_, "e_paid") => 3.0 + (org % 2) as f64,
                _ => 3.9,
            };
            out.push((item.id.to_string(), likert(rng, level)));
        }
    }
    out
}
