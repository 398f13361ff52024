//! The reads a report makes for many organizations at once give what the per-wave and
//! per-organization reads give: the same consensus for each wave (the latest submitted one,
//! none for a wave without), the same ratings, the same milestones done, and nothing of an
//! organization left out.

use parite_core::Rating;
use parite_store::{
    AssessmentId, AssessmentKind, Consensus, ItemRating, MilestoneMark, NewAssessment, NewWave,
    OrgId, Status, Store, SubmitOutcome, Timestamp, UserId, WaveId,
};

use crate::checklists::evaluator;
use crate::harness::{Ctx, on_both_backends, org_and_wave};

on_both_backends!(
    consensus_of_many_organizations_equals_wave_by_wave,
    milestones_of_many_organizations_equal_one_by_one
);

const CHECKLIST: &str = "fidelity";

async fn second_wave(store: &Store, org: &OrgId) -> WaveId {
    store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
            instrument_version: 1,
            label: "Hiver 2027".into(),
            opens_at: Timestamp::now(),
            closes_at: None,
        })
        .await
        .unwrap()
}

/// Creates an assessment with `values` for f1, f2… and submits it unless `draft`; it is
/// dated `created_at` (the store dates it now, and one second is too coarse to order two).
async fn assessment(
    ctx: &Ctx,
    (org, wave, rater): (&OrgId, &WaveId, &UserId),
    kind: AssessmentKind,
    values: &[Rating],
    created_at: i64,
    draft: bool,
) -> AssessmentId {
    let store = &ctx.store;
    let id = store
        .create_assessment(NewAssessment {
            organization_id: org.clone(),
            wave_id: wave.clone(),
            instrument_id: parite_core::InstrumentId::parse(CHECKLIST).expect("instrument id"),
            instrument_version: 1,
            rater_id: rater.clone(),
            kind,
        })
        .await
        .unwrap();
    let ratings = values
        .iter()
        .enumerate()
        .map(|(n, value)| ItemRating {
            item_id: format!("f{}", n + 1),
            value: *value,
            evidence: format!("preuve {n}"),
            sources: [parite_core::EvidenceSource::Documents].into(),
        })
        .collect();
    store.save_ratings(&id, ratings).await.unwrap();
    // Submitted assessments are final, even for their dates: backdate while still a draft.
    sqlx::query("UPDATE assessments SET created_at = $1 WHERE id = $2")
        .bind(created_at)
        .bind(id.as_str())
        .execute(&mut ctx.raw().await)
        .await
        .unwrap();
    if !draft {
        let outcome = store.submit_assessment(&id).await.unwrap();
        assert_eq!(outcome, SubmitOutcome::Submitted);
    }
    id
}

/// What reading wave by wave gives: the last submitted consensus of `assessments_of`.
async fn wave_by_wave(store: &Store, orgs: &[(OrgId, Vec<WaveId>)]) -> Vec<Consensus> {
    let mut found = Vec::new();
    for (org, waves) in orgs {
        for wave in waves {
            let latest = store
                .assessments_of(org, wave)
                .await
                .unwrap()
                .into_iter()
                .rfind(|a| {
                    a.kind == AssessmentKind::Consensus
                        && a.status == Status::Submitted
                        && a.instrument_id.as_str() == CHECKLIST
                });
            if let Some(assessment) = latest {
                let ratings = store.ratings(&assessment.id).await.unwrap();
                found.push(Consensus {
                    assessment,
                    ratings,
                });
            }
        }
    }
    found
}

fn by_wave(mut consensus: Vec<Consensus>) -> Vec<Consensus> {
    consensus.sort_by(|a, b| a.assessment.wave_id.cmp(&b.assessment.wave_id));
    consensus
}

async fn consensus_of_many_organizations_equals_wave_by_wave(ctx: &Ctx) {
    use Rating::{Fully, NotApplicable, NotInPlace, Partly};
    let store = &ctx.store;
    let rater = evaluator(store).await;
    let base = Timestamp::now().unix() - 1_000;

    // One organization with three waves: the first's consensus was done again (and a newer
    // draft is not counted), the second's has no ratings, the third has only a rater's.
    let (superseded, first) = org_and_wave(store).await;
    let (second, third) = (
        second_wave(store, &superseded).await,
        second_wave(store, &superseded).await,
    );
    let on = |wave| (&superseded, wave, &rater);
    let consensus = AssessmentKind::Consensus;
    assessment(
        ctx,
        on(&first),
        AssessmentKind::Rater,
        &[Fully; 6],
        base + 9,
        false,
    )
    .await;
    let old = assessment(
        ctx,
        on(&first),
        consensus,
        &[Partly, NotInPlace],
        base,
        false,
    )
    .await;
    let redone = assessment(
        ctx,
        on(&first),
        consensus,
        &[Fully, Partly],
        base + 5,
        false,
    )
    .await;
    assessment(ctx, on(&first), consensus, &[NotInPlace], base + 8, true).await;
    let unrated = assessment(ctx, on(&second), consensus, &[], base, false).await;
    assessment(
        ctx,
        on(&third),
        AssessmentKind::Rater,
        &[Partly],
        base,
        false,
    )
    .await;

    // Two consensus dated alike: the id decides, as it orders `assessments_of`.
    let (tied, tied_wave) = org_and_wave(store).await;
    for values in [[Fully, NotApplicable], [NotInPlace, Partly]] {
        let on = (&tied, &tied_wave, &rater);
        assessment(ctx, on, consensus, &values, base, false).await;
    }

    // An organization with a rater's checklist and a draft consensus only.
    let (without, without_wave) = org_and_wave(store).await;
    let on = (&without, &without_wave, &rater);
    assessment(ctx, on, AssessmentKind::Rater, &[Fully], base, false).await;
    assessment(ctx, on, consensus, &[Fully], base, true).await;

    // One outside the scope read.
    let (outside, outside_wave) = org_and_wave(store).await;
    let on = (&outside, &outside_wave, &rater);
    let elsewhere = assessment(ctx, on, consensus, &[Fully], base, false).await;

    let scope = [
        (superseded.clone(), vec![first.clone(), second, third]),
        (tied.clone(), vec![tied_wave]),
        (without.clone(), vec![without_wave]),
    ];
    let orgs: Vec<OrgId> = scope.iter().map(|(org, _)| org.clone()).collect();
    let batched = store
        .latest_consensus(
            &orgs,
            &parite_core::InstrumentId::parse(CHECKLIST).expect("instrument id"),
        )
        .await
        .unwrap();
    let expected = wave_by_wave(store, &scope).await;
    assert_eq!(by_wave(batched.clone()), by_wave(expected));

    let ids: Vec<&AssessmentId> = batched.iter().map(|c| &c.assessment.id).collect();
    assert_eq!(batched.len(), 3, "one per wave with a submitted consensus");
    assert!(ids.contains(&&redone) && ids.contains(&&unrated));
    assert!(!ids.contains(&&old) && !ids.contains(&&elsewhere));
    let of_first = batched
        .iter()
        .find(|c| c.assessment.wave_id == first)
        .unwrap();
    assert_eq!(
        of_first.ratings.iter().map(|r| r.value).collect::<Vec<_>>(),
        [Fully, Partly]
    );
    // An organization's waves come together, whatever order the scope was given in.
    let mut reversed = orgs.clone();
    reversed.reverse();
    reversed.push(tied.clone());
    let again = store
        .latest_consensus(
            &reversed,
            &parite_core::InstrumentId::parse(CHECKLIST).expect("instrument id"),
        )
        .await
        .unwrap();
    assert_eq!(by_wave(again), by_wave(batched));
    let mut seen: Vec<&OrgId> = Vec::new();
    for c in &store
        .latest_consensus(
            &orgs,
            &parite_core::InstrumentId::parse(CHECKLIST).expect("instrument id"),
        )
        .await
        .unwrap()
    {
        let org = &c.assessment.organization_id;
        if seen.last() != Some(&org) {
            assert!(!seen.contains(&org), "{org}'s waves are apart");
            seen.push(org);
        }
    }
    assert!(
        store
            .latest_consensus(
                &[],
                &parite_core::InstrumentId::parse(CHECKLIST).expect("instrument id")
            )
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .latest_consensus(
                &orgs,
                &parite_core::InstrumentId::parse("other").expect("instrument id")
            )
            .await
            .unwrap()
            .is_empty()
    );
}

async fn milestones_of_many_organizations_equal_one_by_one(ctx: &Ctx) {
    let store = &ctx.store;
    let who = evaluator(store).await;
    let mark = |org: &OrgId, item: &str| MilestoneMark {
        organization_id: org.clone(),
        instrument_id: parite_core::InstrumentId::parse("progress").expect("instrument id"),
        instrument_version: 1,
        item_id: item.into(),
    };
    let (busy, _) = org_and_wave(store).await;
    let (idle, _) = org_and_wave(store).await;
    let (other, _) = org_and_wave(store).await;
    let (outside, _) = org_and_wave(store).await;
    for (org, item) in [(&busy, "m3"), (&busy, "m1"), (&busy, "m2"), (&other, "m4")] {
        store
            .mark_milestone(mark(org, item), "2026-09-15", "Procès-verbal", &who)
            .await
            .unwrap();
    }
    store
        .undo_milestone(mark(&busy, "m2"), "Départ", &who)
        .await
        .unwrap();
    store
        .undo_milestone(mark(&busy, "m3"), "Date erronée", &who)
        .await
        .unwrap();
    store
        .mark_milestone(mark(&busy, "m3"), "2026-10-01", "Corrigé", &who)
        .await
        .unwrap();
    store
        .mark_milestone(mark(&outside, "m1"), "2026-09-15", "", &who)
        .await
        .unwrap();

    // Given twice, an organization still comes once.
    let scope = [busy.clone(), idle.clone(), other.clone(), busy.clone()];
    let batched = store
        .milestones_done_of(
            &scope,
            &parite_core::InstrumentId::parse("progress").expect("instrument id"),
        )
        .await
        .unwrap();
    for org in [&busy, &idle, &other] {
        let of_org: Vec<_> = batched
            .iter()
            .filter(|m| &m.organization_id == org)
            .cloned()
            .collect();
        assert_eq!(
            of_org,
            store
                .milestones_done(
                    org,
                    &parite_core::InstrumentId::parse("progress").expect("instrument id")
                )
                .await
                .unwrap()
        );
    }
    let done: Vec<(&OrgId, &str, String)> = batched
        .iter()
        .map(|m| {
            let event = &m.event;
            (
                &m.organization_id,
                event.milestone.as_str(),
                event.on.to_string(),
            )
        })
        .collect();
    assert_eq!(done.len(), 3, "{done:?}");
    assert!(done.contains(&(&busy, "m1", "2026-09-15".to_owned())));
    assert!(done.contains(&(&busy, "m3", "2026-10-01".to_owned())));
    assert!(done.contains(&(&other, "m4", "2026-09-15".to_owned())));
    assert!(batched.iter().all(|m| m.organization_id != outside));
    assert!(
        store
            .milestones_done_of(
                &[],
                &parite_core::InstrumentId::parse("progress").expect("instrument id")
            )
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .milestones_done_of(
                &scope,
                &parite_core::InstrumentId::parse("other").expect("instrument id")
            )
            .await
            .unwrap()
            .is_empty()
    );
}
