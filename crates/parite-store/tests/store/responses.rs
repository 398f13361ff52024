//! Drafts, resume codes and submissions.

use parite_core::{Answer, Answers, ChoiceCode, ItemId};
use parite_store::{
    DraftUpdate, NewResponse, ResponseId, Status, StoreError, Submission, SubmitOutcome,
};
use sqlx::Executor;

use crate::harness::{Ctx, answers, likert, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(
    drafts_save_and_resume,
    submit_once_then_already_submitted,
    unknown_items_store_nothing,
    racing_submissions_store_exactly_one,
    database_refuses_changes_to_submitted_responses,
    submitting_the_draft_as_saved_keeps_every_answer,
    a_submission_too_large_to_store_is_refused_whole,
);

fn draft(answers: Answers, resume: Option<&str>) -> DraftUpdate {
    DraftUpdate {
        respondent_role: Some("peer".into()),
        answers,
        resume_code_hash: resume.map(str::to_owned),
        resume_page: None,
    }
}

async fn drafts_save_and_resume(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    let fresh = store.response(&id).await.unwrap().unwrap();
    assert_eq!(
        (fresh.status, fresh.locale.as_str()),
        (Status::Draft, "fr-CA")
    );
    assert!(fresh.answers.is_empty());

    // Multiple choice: one row per code, order kept.
    let given = answers(&[
        ("q01", "4"),
        ("roles", "peer"),
        ("roles", "manager"),
        ("q02", "Du texte libre, avec des accents : é à ç"),
    ]);
    store
        .save_draft(&id, draft(given.clone(), Some("hash-1")))
        .await
        .unwrap();
    let resumed = store.load_draft("hash-1").await.unwrap().unwrap();
    assert_eq!(resumed.id, id);
    assert_eq!(resumed.respondent_role.as_deref(), Some("peer"));
    assert_eq!(resumed.answers, given);
    let codes = |codes: &[&str]| {
        codes
            .iter()
            .map(|c| ChoiceCode::parse(c).unwrap())
            .collect()
    };
    assert_eq!(
        resumed.answers.get("roles"),
        Some(&Answer::Choices(codes(&["peer", "manager"])))
    );

    // Saving again replaces the answers; no new hash keeps the old one.
    store
        .save_draft(&id, draft(answers(&[("q03", "1")]), None))
        .await
        .unwrap();
    let resumed = store.load_draft("hash-1").await.unwrap().unwrap();
    assert_eq!(resumed.answers, answers(&[("q03", "1")]));
    assert_eq!(store.load_draft("hash-unknown").await.unwrap(), None);

    // The page saved on is kept for resuming, until a save names another.
    assert_eq!(resumed.resume_page, None);
    let on_page = DraftUpdate {
        resume_page: Some("3".into()),
        ..draft(answers(&[("q03", "1")]), None)
    };
    store.save_draft(&id, on_page).await.unwrap();
    store
        .save_draft(&id, draft(answers(&[("q03", "2")]), None))
        .await
        .unwrap();
    let resumed = store.load_draft("hash-1").await.unwrap().unwrap();
    assert_eq!(resumed.resume_page.as_deref(), Some("3"));
    assert_eq!(store.response(&id).await.unwrap().unwrap(), resumed);
    store
        .save_draft(&id, draft(answers(&[("q03", "1")]), None))
        .await
        .unwrap();

    // Resume codes are unique.
    let other = start(store, &wave).await;
    assert!(matches!(
        store
            .save_draft(&other, draft(Answers::new(), Some("hash-1")))
            .await,
        Err(StoreError::Conflict {
            what: "resume code"
        })
    ));
    let bad_locale = NewResponse {
        wave_id: wave.clone(),
        invitation_id: None,
        locale: "de-DE".into(),
    };
    assert!(matches!(
        store.start_response(bad_locale).await,
        Err(StoreError::Invalid { what: "locale", .. })
    ));
    let ghost = ResponseId::from("0".repeat(32));
    assert!(matches!(
        store.save_draft(&ghost, draft(Answers::new(), None)).await,
        Err(StoreError::NotFound { what: "response" })
    ));
}

async fn submit_once_then_already_submitted(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    store
        .save_draft(&id, draft(likert(3, "2"), Some("resume")))
        .await
        .unwrap();

    let first = Submission {
        respondent_role: Some("manager".into()),
        answers: likert(5, "4"),
    };
    assert_eq!(
        store.submit_response(&id, first).await.unwrap(),
        SubmitOutcome::Submitted
    );
    let stored = store.response(&id).await.unwrap().unwrap();
    assert_eq!(stored.status, Status::Submitted);
    assert!(stored.submitted_at.is_some());
    assert_eq!(stored.respondent_role.as_deref(), Some("manager"));
    assert_eq!(stored.answers, likert(5, "4"));

    // A second submission (double click, resent form) changes nothing.
    let second = Submission {
        respondent_role: None,
        answers: likert(2, "1"),
    };
    assert_eq!(
        store.submit_response(&id, second).await.unwrap(),
        SubmitOutcome::AlreadySubmitted
    );
    assert_eq!(store.response(&id).await.unwrap().unwrap(), stored);

    // The draft is gone for good: no resuming, no saving; its key is known as submitted.
    assert_eq!(store.load_draft("resume").await.unwrap(), None);
    assert!(store.submitted_under("resume").await.unwrap());
    assert!(!store.submitted_under("never-given").await.unwrap());
    assert!(matches!(
        store.save_draft(&id, draft(likert(1, "1"), None)).await,
        Err(StoreError::Final { what: "response" })
    ));
    assert_eq!(store.response(&id).await.unwrap().unwrap(), stored);

    let ghost = ResponseId::from("0".repeat(32));
    assert!(matches!(
        store.submit_response(&ghost, Submission::default()).await,
        Err(StoreError::NotFound { what: "response" })
    ));
}

async fn unknown_items_store_nothing(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    store
        .save_draft(&id, draft(likert(2, "3"), Some("keep")))
        .await
        .unwrap();
    let before = store.response(&id).await.unwrap().unwrap();

    let mut answers = likert(4, "5");
    // Not an item of the survey: no helper makes it, so it is inserted by hand.
    answers.insert(ItemId::parse("q99").unwrap(), Answer::Text("1".into()));
    let rejected = store
        .submit_response(
            &id,
            Submission {
                respondent_role: None,
                answers: answers.clone(),
            },
        )
        .await;
    match rejected {
        Err(StoreError::UnknownItem {
            instrument,
            version,
            item,
        }) => {
            assert_eq!(
                (instrument.as_str(), version, item.as_str()),
                ("team-survey", 1, "q99")
            );
        }
        other => panic!("expected UnknownItem, got {other:?}"),
    }
    assert!(matches!(
        store.save_draft(&id, draft(answers, None)).await,
        Err(StoreError::UnknownItem { .. })
    ));
    // Still the draft it was, with the answers it had.
    assert_eq!(store.response(&id).await.unwrap().unwrap(), before);
    assert_eq!(
        store.load_draft("keep").await.unwrap().unwrap().answers,
        likert(2, "3")
    );
}

/// The store checks first; these show the database refuses too, whatever code path tries.
async fn database_refuses_changes_to_submitted_responses(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = submitted(store, &wave, likert(2, "4")).await;
    let mut raw = ctx.raw().await;
    let attempts = [
        format!("UPDATE answers SET value = '1' WHERE response_id = '{id}'"),
        format!("DELETE FROM answers WHERE response_id = '{id}'"),
        format!(
            "INSERT INTO answers (response_id, item_id, seq, value) VALUES ('{id}', 'q09', 0, '1')"
        ),
        format!("UPDATE responses SET status = 'draft', submitted_at = NULL WHERE id = '{id}'"),
    ];
    for attempt in attempts {
        let refused = raw.execute(sqlx::AssertSqlSafe(attempt.clone())).await;
        let message = refused.expect_err(&attempt).to_string();
        assert!(
            message.contains("submitted response is final"),
            "{attempt}: {message}"
        );
    }
    assert_eq!(
        store.response(&id).await.unwrap().unwrap().answers,
        likert(2, "4")
    );
}

/// The same response submitted from eight places at once (a form posted twice, two tabs):
/// exactly one wins, the others are told it was already submitted, and the winner's answers
/// are the ones kept.
async fn racing_submissions_store_exactly_one(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    let mut racers = Vec::new();
    for n in 1..=8 {
        let (store, id) = (store.clone(), id.clone());
        racers.push(tokio::spawn(async move {
            let value = n.to_string();
            let submission = Submission {
                respondent_role: None,
                answers: likert(n, &value),
            };
            (n, store.submit_response(&id, submission).await.unwrap())
        }));
    }
    let mut winners = Vec::new();
    for racer in racers {
        let (n, outcome) = racer.await.unwrap();
        if outcome == SubmitOutcome::Submitted {
            winners.push(n);
        }
    }
    assert_eq!(winners.len(), 1, "{winners:?}");
    let n = winners[0];
    assert_eq!(
        store.response(&id).await.unwrap().unwrap().answers,
        likert(n, &n.to_string())
    );
}

/// The usual submission: exactly the answers the draft holds (what the review page showed).
async fn submitting_the_draft_as_saved_keeps_every_answer(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    let given = answers(&[
        ("roles", "peer"),
        ("q02", "3"),
        ("roles", "manager"),
        ("q01", "12:3 « oui » 4:"),
    ]);
    store
        .save_draft(&id, draft(given.clone(), Some("as-saved")))
        .await
        .unwrap();
    let submission = Submission {
        respondent_role: Some("peer".into()),
        answers: given,
    };
    assert_eq!(
        store.submit_response(&id, submission).await.unwrap(),
        SubmitOutcome::Submitted
    );
    let stored = store.response(&id).await.unwrap().unwrap();
    assert_eq!(stored.status, Status::Submitted);
    assert_eq!(
        stored.answers,
        answers(&[
            ("q01", "12:3 « oui » 4:"),
            ("q02", "3"),
            ("roles", "peer"),
            ("roles", "manager"),
        ])
    );
    assert_eq!(store.load_draft("as-saved").await.unwrap(), None);
}

/// More values than a submission may hold: refused before anything is written, saying why,
/// and the draft stays as it was, ready for a sound submission.
async fn a_submission_too_large_to_store_is_refused_whole(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let id = start(store, &wave).await;
    store
        .save_draft(&id, draft(likert(3, "2"), Some("large")))
        .await
        .unwrap();
    let mut huge = likert(40, "4");
    for n in 0..parite_store::MOST_ANSWER_VALUES {
        huge.insert(
            ItemId::parse(&format!("extra_{n:04}")).unwrap(),
            Answer::Text("x".into()),
        );
    }
    let refused = store
        .submit_response(
            &id,
            Submission {
                respondent_role: None,
                answers: huge,
            },
        )
        .await;
    match refused {
        Err(StoreError::Invalid { what, reason }) => {
            assert_eq!(what, "submission");
            assert!(reason.contains("1040 answer values"), "{reason}");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let kept = store.load_draft("large").await.unwrap().unwrap();
    assert_eq!((kept.status, kept.answers), (Status::Draft, likert(3, "2")));
    let sound = Submission {
        respondent_role: None,
        answers: likert(40, "4"),
    };
    assert_eq!(
        store.submit_response(&id, sound).await.unwrap(),
        SubmitOutcome::Submitted
    );
}
