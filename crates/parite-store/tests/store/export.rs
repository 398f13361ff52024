//! Streaming reads of answers joined with their response, wave and organization.

use std::collections::HashSet;

use futures_util::{StreamExt, TryStreamExt};
use parite_store::{AnswerFilter, AnswerRow, DraftUpdate, ResponseId, Status, Store, WaveId};

use crate::harness::{Ctx, answers, likert, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(
    streams_joined_rows_with_filters,
    streams_20k_answers_row_by_row
);

async fn rows(store: &Store, filter: AnswerFilter) -> Vec<AnswerRow> {
    store.stream_answers(&filter).try_collect().await.unwrap()
}

async fn streams_joined_rows_with_filters(ctx: &Ctx) {
    let store = &ctx.store;
    let (org_a, wave_a) = org_and_wave(store).await;
    let (org_b, wave_b) = org_and_wave(store).await;
    let a1 = submitted(store, &wave_a, likert(3, "4")).await;
    let a2 = submitted(store, &wave_a, answers(&[("roles", "x"), ("roles", "y")])).await;
    let b1 = submitted(store, &wave_b, likert(2, "1")).await;
    let draft = start(store, &wave_b).await;
    let update = DraftUpdate {
        answers: likert(1, "5"),
        ..DraftUpdate::default()
    };
    store.save_draft(&draft, update).await.unwrap();

    let everything = rows(store, AnswerFilter::default()).await;
    assert_eq!(everything.len(), 3 + 2 + 2 + 1);
    let submitted_only = rows(
        store,
        AnswerFilter {
            submitted_only: true,
            ..AnswerFilter::default()
        },
    )
    .await;
    assert_eq!(submitted_only.len(), 7);
    assert!(
        submitted_only
            .iter()
            .all(|r| r.status == Status::Submitted && r.submitted_at.is_some())
    );

    let of_a = rows(
        store,
        AnswerFilter {
            organization: Some(org_a.clone()),
            ..AnswerFilter::default()
        },
    )
    .await;
    assert_eq!(of_a.len(), 5);
    let org_a_slug = store.organization(&org_a).await.unwrap().unwrap().slug;
    for row in &of_a {
        assert_eq!(
            (&row.organization_id, &row.organization_slug, &row.wave_id),
            (&org_a, &org_a_slug, &wave_a)
        );
        assert_eq!(
            (
                row.wave_label.as_str(),
                row.instrument_id.as_str(),
                row.instrument_version
            ),
            ("Automne 2026", "team-survey", 1)
        );
        assert_eq!(
            (row.locale.as_str(), row.respondent_role.as_deref()),
            ("fr-CA", Some("peer"))
        );
    }
    // Ordered by response, item, position: a multiple-choice answer keeps its order.
    let roles: Vec<(u32, &str)> = of_a
        .iter()
        .filter(|r| r.response_id == a2)
        .map(|r| (r.seq, r.value.as_str()))
        .collect();
    assert_eq!(roles, [(0, "x"), (1, "y")]);
    assert_eq!(of_a.iter().filter(|r| r.response_id == a1).count(), 3);

    let of_b = rows(
        store,
        AnswerFilter {
            wave: Some(wave_b.clone()),
            ..AnswerFilter::default()
        },
    )
    .await;
    assert_eq!(of_b.len(), 3);
    assert!(
        of_b.iter()
            .any(|r| r.response_id == draft && r.status == Status::Draft)
    );
    let both = AnswerFilter {
        organization: Some(org_b.clone()),
        wave: Some(wave_b.clone()),
        submitted_only: true,
        instrument: None,
    };
    let of_b_submitted = rows(store, both).await;
    assert_eq!(
        of_b_submitted
            .iter()
            .map(|r| &r.response_id)
            .collect::<HashSet<_>>(),
        HashSet::from([&b1])
    );
    let mismatch = AnswerFilter {
        organization: Some(org_a),
        wave: Some(wave_b),
        submitted_only: false,
        instrument: None,
    };
    assert!(rows(store, mismatch).await.is_empty());
}

async fn submit_many(store: &Store, wave: &WaveId, responses: usize, answers: usize) {
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let (store, wave) = (store.clone(), wave.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..responses / 10 {
                submitted(&store, &wave, likert(answers, "3")).await;
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}

async fn streams_20k_answers_row_by_row(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    submit_many(store, &wave, 500, 40).await;

    // Consumed as it arrives, never collected: only the current response is remembered.
    let mut stream = std::pin::pin!(store.stream_answers(&AnswerFilter {
        wave: Some(wave.clone()),
        ..AnswerFilter::default()
    }));
    let (mut count, mut responses) = (0_usize, 0_usize);
    let mut current: Option<ResponseId> = None;
    let mut finished = HashSet::new();
    while let Some(row) = stream.next().await {
        let row = row.unwrap();
        count += 1;
        if current.as_ref() != Some(&row.response_id) {
            // A response's rows are contiguous: once left, never seen again.
            if let Some(done) = current.replace(row.response_id.clone()) {
                assert!(finished.insert(done));
            }
            assert!(!finished.contains(&row.response_id));
            responses += 1;
        }
    }
    assert_eq!((count, responses), (20_000, 500));

    // Dropping a stream early gives its connection back (more drops than pooled connections).
    for _ in 0..20 {
        let first: Vec<_> = store
            .stream_answers(&AnswerFilter::default())
            .take(10)
            .collect()
            .await;
        assert_eq!(first.len(), 10);
    }
    assert_eq!(
        store.wave_response_counts(&wave).await.unwrap().submitted,
        500
    );
}
