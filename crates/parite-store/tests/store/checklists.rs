//! Fidelity assessments with their ratings, and progress milestones with their history.

use parite_core::{EvidenceSource, Rating};
use parite_store::{
    AssessmentKind, ItemRating, MilestoneMark, NewAssessment, NewUser, Role, Status, Store,
    StoreError, SubmitOutcome, UserId,
};

use crate::harness::{Ctx, on_both_backends, org_and_wave, random_hex};

on_both_backends!(assessments_and_ratings, milestones_keep_their_history);

pub(crate) async fn evaluator(store: &Store) -> UserId {
    let email = format!("eval-{}@example.org", random_hex());
    let new = NewUser {
        email,
        password_hash: "$argon2id$x".into(),
        role: Role::Evaluator,
    };
    store.create_user(new).await.unwrap()
}

fn rating(item: &str, value: Rating, evidence: &str) -> ItemRating {
    ItemRating {
        item_id: item.into(),
        value,
        evidence: evidence.into(),
        sources: Default::default(),
    }
}

/// A rating with the sources its evidence comes from.
fn sourced(item: &str, value: Rating, evidence: &str, sources: &[EvidenceSource]) -> ItemRating {
    ItemRating {
        sources: sources.iter().copied().collect(),
        ..rating(item, value, evidence)
    }
}

async fn assessments_and_ratings(ctx: &Ctx) {
    let store = &ctx.store;
    let (org, wave) = org_and_wave(store).await;
    let (other_org, _) = org_and_wave(store).await;
    let rater = evaluator(store).await;
    let new = |org: &parite_store::OrgId, kind| NewAssessment {
        organization_id: org.clone(),
        wave_id: wave.clone(),
        instrument_id: parite_core::InstrumentId::parse("fidelity").expect("instrument id"),
        instrument_version: 1,
        rater_id: rater.clone(),
        kind,
    };
    let id = store
        .create_assessment(new(&org, AssessmentKind::Rater))
        .await
        .unwrap();
    let consensus = store
        .create_assessment(new(&org, AssessmentKind::Consensus))
        .await
        .unwrap();
    // The wave must belong to the organization assessed.
    assert!(matches!(
        store
            .create_assessment(new(&other_org, AssessmentKind::Rater))
            .await,
        Err(StoreError::NotFound { .. })
    ));
    let mut unknown = new(&org, AssessmentKind::Rater);
    unknown.instrument_id =
        parite_core::InstrumentId::parse("no-such-checklist").expect("instrument id");
    assert!(matches!(
        store.create_assessment(unknown).await,
        Err(StoreError::UnknownInstrument { .. })
    ));

    let assessment = store.assessment(&id).await.unwrap().unwrap();
    assert_eq!(
        (assessment.kind, assessment.status),
        (AssessmentKind::Rater, Status::Draft)
    );
    assert_eq!(
        (assessment.rater_id.clone(), assessment.instrument_version),
        (rater.clone(), 1)
    );
    let listed: Vec<_> = store
        .assessments_of(&org, &wave)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(listed.contains(&consensus));

    // Page by page: a later save updates its items and keeps the others.
    store
        .save_ratings(
            &id,
            vec![
                sourced(
                    "f1",
                    Rating::Fully,
                    "Politique écrite",
                    &[EvidenceSource::StaffInterview, EvidenceSource::Documents],
                ),
                rating("f2", Rating::Partly, ""),
            ],
        )
        .await
        .unwrap();
    store
        .save_ratings(
            &id,
            vec![
                sourced(
                    "f2",
                    Rating::NotInPlace,
                    "Aucun",
                    &[EvidenceSource::Observation],
                ),
                rating("f3", Rating::NotApplicable, ""),
            ],
        )
        .await
        .unwrap();
    // Sources are kept with their rating, and replaced with it.
    let expected = vec![
        sourced(
            "f1",
            Rating::Fully,
            "Politique écrite",
            &[EvidenceSource::Documents, EvidenceSource::StaffInterview],
        ),
        sourced(
            "f2",
            Rating::NotInPlace,
            "Aucun",
            &[EvidenceSource::Observation],
        ),
        rating("f3", Rating::NotApplicable, ""),
    ];
    assert_eq!(store.ratings(&id).await.unwrap(), expected);

    match store
        .save_ratings(
            &id,
            vec![
                rating("f1", Rating::Partly, ""),
                rating("f9", Rating::Fully, ""),
            ],
        )
        .await
    {
        Err(StoreError::UnknownItem {
            instrument,
            version: 1,
            item,
        }) => {
            assert_eq!((instrument.as_str(), item.as_str()), ("fidelity", "f9"));
        }
        other => panic!("expected UnknownItem, got {other:?}"),
    }
    assert_eq!(
        store.ratings(&id).await.unwrap(),
        expected,
        "nothing of a rejected save is kept"
    );

    assert_eq!(
        store.submit_assessment(&id).await.unwrap(),
        SubmitOutcome::Submitted
    );
    assert_eq!(
        store.submit_assessment(&id).await.unwrap(),
        SubmitOutcome::AlreadySubmitted
    );
    let submitted = store.assessment(&id).await.unwrap().unwrap();
    assert_eq!(submitted.status, Status::Submitted);
    assert!(submitted.submitted_at.is_some());
    assert!(matches!(
        store
            .save_ratings(&id, vec![rating("f1", Rating::Partly, "")])
            .await,
        Err(StoreError::Final { what: "assessment" })
    ));
    assert_eq!(store.ratings(&id).await.unwrap(), expected);
    let ghost = parite_store::AssessmentId::from("0".repeat(32));
    assert!(matches!(
        store.submit_assessment(&ghost).await,
        Err(StoreError::NotFound { .. })
    ));
    for value in [
        Rating::NotInPlace,
        Rating::Partly,
        Rating::Fully,
        Rating::NotApplicable,
    ] {
        assert_eq!(Rating::from_code(value.code()), Some(value));
    }
}

async fn milestones_keep_their_history(ctx: &Ctx) {
    let store = &ctx.store;
    let (org, _) = org_and_wave(store).await;
    let who = evaluator(store).await;
    let item = |item: &str| MilestoneMark {
        organization_id: org.clone(),
        instrument_id: parite_core::InstrumentId::parse("progress").expect("instrument id"),
        instrument_version: 1,
        item_id: item.into(),
    };
    let first = store
        .mark_milestone(item("m1"), "2026-09-15", "Comité formé", &who)
        .await
        .unwrap();
    store
        .mark_milestone(item("m2"), "2026-10-01", "Pair embauché", &who)
        .await
        .unwrap();
    let undo = store
        .undo_milestone(item("m1"), "Date erronée", &who)
        .await
        .unwrap();
    assert!(undo > first);
    store
        .mark_milestone(item("m1"), "2026-09-20", "Procès-verbal", &who)
        .await
        .unwrap();
    store
        .undo_milestone(item("m2"), "Départ", &who)
        .await
        .unwrap();
    assert!(matches!(
        store.undo_milestone(item("m2"), "again", &who).await,
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.undo_milestone(item("m3"), "never done", &who).await,
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store
            .mark_milestone(item("m1"), "20/09/2026", "", &who)
            .await,
        Err(StoreError::Invalid { what: "date", .. })
    ));
    assert!(matches!(
        store
            .mark_milestone(item("m7"), "2026-09-20", "", &who)
            .await,
        Err(StoreError::UnknownItem { .. })
    ));

    let done = store
        .milestones_done(
            &org,
            &parite_core::InstrumentId::parse("progress").expect("instrument id"),
        )
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(
        (
            done[0].event.milestone.as_str(),
            done[0].event.on.to_string().as_str()
        ),
        ("m1", "2026-09-20")
    );
    assert_eq!(done[0].evidence, "Procès-verbal");

    let history = store
        .milestone_history(
            &org,
            &parite_core::InstrumentId::parse("progress").expect("instrument id"),
        )
        .await
        .unwrap();
    let steps: Vec<(&str, bool)> = history
        .iter()
        .map(|e| (e.event.milestone.as_str(), e.event.done))
        .collect();
    assert_eq!(
        steps,
        [
            ("m1", true),
            ("m2", true),
            ("m1", false),
            ("m1", true),
            ("m2", false),
        ]
    );
    assert!(history.iter().all(|e| e.recorded_by == who));
    // An undo is dated the day it was recorded.
    let today = parite_store::Timestamp::now().iso_date();
    assert_eq!(history[2].event.on.to_string(), today);
    assert_eq!(history[2].evidence, "Date erronée");
}
