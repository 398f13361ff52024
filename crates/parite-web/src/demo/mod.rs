//! Realistic synthetic data, so that a newcomer sees meaningful pages and charts at once and
//! benchmarks have volume: `parite demo seed` and `parite serve --demo`.

mod model;
mod peer_surveys;
mod support;

use parite_core::{InstrumentSet, ItemKind, Rating};
use parite_store::{
    AssessmentKind, ItemRating, NewAssessment, NewResponse, NewWave, OrgId, Store, StoreError,
    Submission, Timestamp, UserId,
};

pub use model::Rng;
use model::{WAVES, answers, milestones_reached, organization, rating, team_role};

use crate::provision::ProvisionError;

/// How much to generate.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub organizations: usize,
    /// Responses per organization and wave (some organizations get fewer, to show suppression).
    pub responses: usize,
    pub seed: u64,
}

impl Default for SeedOptions {
    fn default() -> Self {
        SeedOptions {
            organizations: 6,
            responses: 14,
            seed: 2026,
        }
    }
}

/// What was created: each organization's slug and the invitation code of its open wave.
#[derive(Debug, Default)]
pub struct SeedSummary {
    pub organizations: Vec<(String, String, String)>,
    pub responses: usize,
    /// Activities of the schedule of support planned.
    pub activities: usize,
}

fn day(date: &str) -> Timestamp {
    let date = parite_core::stages::Date::parse_iso(date);
    date.map_or(Timestamp::from_unix(0), Timestamp::start_of)
        .plus_seconds(12 * 3600)
}

fn rating_value(code: &str) -> Rating {
    Rating::from_code(code).unwrap_or(Rating::NotApplicable)
}

/// Generates the demo data into `store`. `evaluator` rates the checklists and marks milestones.
pub async fn seed(
    store: &Store,
    instruments: &InstrumentSet,
    options: &SeedOptions,
    evaluator: &UserId,
) -> Result<SeedSummary, ProvisionError> {
    let latest_and_earliest = |id: &str| {
        instruments
            .latest(id)
            .zip(instruments.earliest(id))
            .ok_or_else(|| ProvisionError::UnknownInstrument(id.into()))
    };
    // The open wave is given and rated on the latest versions; the waves before it on the
    // earliest, as a deployment that has run since version 1 has them, so reports show change
    // across versions.
    let (survey_latest, survey_earliest) = latest_and_earliest("team-survey")?;
    let (checklist_latest, checklist_earliest) = latest_and_earliest("fidelity")?;
    let progress = instruments
        .latest("progress")
        .ok_or_else(|| ProvisionError::UnknownInstrument("progress".into()))?;
    let mut rng = Rng::new(options.seed);
    let mut summary = SeedSummary::default();
    let mut org_index = 0;
    let mut seeded = Vec::new();
    while summary.organizations.len() < options.organizations {
        let (slug, name) = organization(org_index);
        org_index += 1;
        // A slug already taken (a real organization, an earlier seed) is left alone.
        if store.organization_by_slug(&slug).await?.is_some() {
            continue;
        }
        let org_index = org_index - 1;
        let org = store.create_organization(&slug, &name).await?;
        let mut open_code = String::new();
        for (wave_index, (label, opens)) in WAVES.iter().enumerate() {
            let last = wave_index + 1 == WAVES.len();
            let (survey, checklist) = if last {
                (survey_latest, checklist_latest)
            } else {
                (survey_earliest, checklist_earliest)
            };
            let wave = store
                .open_wave(NewWave {
                    organization_id: org.clone(),
                    instrument_id: survey.id.clone(),
                    instrument_version: survey.version,
                    label: (*label).to_owned(),
                    opens_at: day(opens),
                    closes_at: None,
                })
                .await?;
            let code = crate::security::random_code(8).map_err(ProvisionError::Randomness)?;
            let invitation = store.create_invitation(&wave, &code).await?;
            // The third organization is small: its groups are suppressed in every report.
            let count = if org_index == 2 {
                4
            } else {
                options.responses + rng.below(options.responses / 3 + 1)
            };
            let mut peers = 0;
            for respondent in 0..count {
                let role = team_role(&mut rng, org_index, respondent);
                peers += u32::from(role == "peer");
                let id = store
                    .start_response(NewResponse {
                        wave_id: wave.clone(),
                        invitation_id: Some(invitation.clone()),
                        locale: "fr-CA".into(),
                    })
                    .await?;
                let values = answers(&mut rng, survey, org_index, wave_index, role);
                let pairs = values
                    .iter()
                    .map(|(item, value)| (item.as_str(), value.as_str()));
                let answers = parite_core::answer::answers_from_values(survey, pairs);
                let _ = store
                    .submit_response(
                        &id,
                        Submission {
                            respondent_role: Some(role.to_owned()),
                            answers,
                        },
                    )
                    .await?;
                summary.responses += 1;
            }
            // A team a little larger than those who answered, so rates fall below 100 %; the
            // second organization created has no team recorded for its first wave, to show
            // that state too. Not drawn from `rng`, so the answers stay those of earlier seeds.
            if (summary.organizations.len(), wave_index) != (1, 0) {
                let spread = (org_index + wave_index) as u32;
                let members = count as u32 + 1 + spread % 4;
                let team = parite_store::Team::new(members, (peers + spread % 2).min(members))?;
                store.set_team(&wave, Some(team)).await?;
            }
            rate_checklist(
                store,
                options.seed,
                checklist,
                &org,
                &wave,
                org_index,
                wave_index,
                evaluator,
            )
            .await?;
            if last {
                open_code = code;
            } else {
                store
                    .close_wave(&wave, day(WAVES[wave_index + 1].1))
                    .await?;
            }
        }
        mark_milestones(store, progress, &org, org_index, evaluator).await?;
        summary.activities +=
            support::seed_year(store, &org, org_index, options.seed, evaluator).await?;
        seeded.push((org, org_index));
        summary.organizations.push((slug, name, open_code));
    }
    let orgs: Vec<OrgId> = seeded.iter().map(|(org, _)| org.clone()).collect();
    support::seed_shared(store, &orgs, options.seed, evaluator).await?;
    // Last, so that everything seeded before keeps the identifiers earlier seeds gave it.
    for (org, org_index) in &seeded {
        summary.responses +=
            peer_surveys::seed(store, instruments, org, *org_index, options.seed).await?;
    }
    Ok(summary)
}

#[expect(
    clippy::too_many_arguments,
    reason = "one call site, each argument a different fact"
)]
async fn rate_checklist(
    store: &Store,
    seed: u64,
    checklist: &parite_core::Instrument,
    org: &OrgId,
    wave: &parite_store::WaveId,
    org_index: usize,
    wave_index: usize,
    evaluator: &UserId,
) -> Result<(), StoreError> {
    let id = store
        .create_assessment(NewAssessment {
            organization_id: org.clone(),
            wave_id: wave.clone(),
            instrument_id: checklist.id.clone(),
            instrument_version: checklist.version,
            rater_id: evaluator.clone(),
            kind: AssessmentKind::Consensus,
        })
        .await?;
    // Each wave's ratings are drawn from a generator of their own, so that the survey answers
    // drawn after them do not depend on how many items the checklist has (a new edition changes
    // the fidelity figures only).
    let stream = 0xf1de_u64 ^ ((org_index as u64) << 8) ^ wave_index as u64;
    let mut rng = Rng::new(seed ^ stream.wrapping_mul(0x9e37_79b9));
    let ratings = checklist
        .items()
        .map(|item| {
            let allow_na = matches!(item.kind, ItemKind::Rating { allow_na: true });
            ItemRating {
                item_id: item.id.to_string(),
                value: rating_value(rating(&mut rng, org_index, wave_index, allow_na)),
                evidence: "Entrevue avec l’équipe de mise en œuvre".into(),
                // What the evidence note says it is.
                sources: [parite_core::EvidenceSource::StaffInterview].into(),
            }
        })
        .collect();
    store.save_ratings(&id, ratings).await?;
    let _ = store.submit_assessment(&id).await?;
    Ok(())
}

async fn mark_milestones(
    store: &Store,
    progress: &parite_core::Instrument,
    org: &OrgId,
    org_index: usize,
    evaluator: &UserId,
) -> Result<(), StoreError> {
    let items: Vec<_> = progress.items().collect();
    let reached = milestones_reached(org_index, WAVES.len() - 1, items.len());
    for (i, item) in items.iter().take(reached).enumerate() {
        let wave = (i * WAVES.len() / items.len().max(1)).min(WAVES.len() - 1);
        let mark = parite_store::MilestoneMark {
            organization_id: org.clone(),
            instrument_id: progress.id.clone(),
            instrument_version: progress.version,
            item_id: item.id.to_string(),
        };
        store
            .mark_milestone(mark, WAVES[wave].1, "Compte rendu de réunion", evaluator)
            .await?;
    }
    Ok(())
}
