//! What reports need to keep their per-wave summaries current: tallies of submitted
//! responses, stored summaries, and the responses submitted since a given time.

use futures_util::TryStreamExt;
use parite_store::figures::cache::{StoredSummary, WaveResponse};
use parite_store::{Timestamp, WaveStatus};

use crate::harness::{Ctx, answers, likert, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(
    tallies_count_submitted_responses_only,
    summaries_are_stored_replaced_and_read_by_organization,
    a_waves_responses_stream_whole_and_since_a_time
);

async fn tallies_count_submitted_responses_only(ctx: &Ctx) {
    let store = &ctx.store;
    let (org, wave) = org_and_wave(store).await;
    let (_, empty_wave) = org_and_wave(store).await;
    let before = Timestamp::now();
    submitted(store, &wave, likert(2, "3")).await;
    submitted(store, &wave, likert(2, "4")).await;
    start(store, &wave).await;

    let of_org = store.wave_tallies(Some(&org)).await.unwrap();
    assert_eq!(of_org.len(), 1);
    let tally = &of_org[0];
    assert_eq!((&tally.wave_id, tally.submitted), (&wave, 2));
    assert_eq!(
        (tally.instrument_id.as_str(), tally.instrument_version),
        ("team-survey", 1)
    );
    assert_eq!(tally.label, "Automne 2026");
    let last = tally.last_submitted_at.unwrap();
    assert!(last >= before && last <= Timestamp::now());

    let all = store.wave_tallies(None).await.unwrap();
    let empty = all.iter().find(|t| t.wave_id == empty_wave).unwrap();
    assert_eq!((empty.submitted, empty.last_submitted_at), (0, None));
    assert_eq!(store.submitted_up_to(&wave, last).await.unwrap(), 2);
    // Before the first submission (the two may fall in different seconds, so not `last - 1`).
    let earlier = before.plus_seconds(-1);
    assert_eq!(store.submitted_up_to(&wave, earlier).await.unwrap(), 0);

    // Each tally says whether its wave is closed: reports show team leads closed waves only.
    assert_eq!(tally.status, WaveStatus::Open);
    store.close_wave(&wave, Timestamp::now()).await.unwrap();
    let of_org = store.wave_tallies(Some(&org)).await.unwrap();
    assert_eq!(
        (of_org[0].status, of_org[0].submitted),
        (WaveStatus::Closed, 2)
    );
}

async fn summaries_are_stored_replaced_and_read_by_organization(ctx: &Ctx) {
    let store = &ctx.store;
    let (org_a, wave_a) = org_and_wave(store).await;
    let (org_b, wave_b) = org_and_wave(store).await;
    let summary = |wave: &parite_store::WaveId, submitted: u64, body: &str| StoredSummary {
        wave_id: wave.clone(),
        submitted,
        last_submitted_at: (submitted > 0).then(|| Timestamp::from_unix(1_700_000_000)),
        body: body.to_owned(),
    };
    store
        .save_wave_summary(summary(&wave_a, 3, "three"))
        .await
        .unwrap();
    store
        .save_wave_summary(summary(&wave_b, 0, "none"))
        .await
        .unwrap();
    // Saving again replaces: one summary per wave.
    store
        .save_wave_summary(summary(&wave_a, 5, "five"))
        .await
        .unwrap();

    assert_eq!(
        store.wave_summaries(Some(&org_a)).await.unwrap(),
        [summary(&wave_a, 5, "five")]
    );
    assert_eq!(
        store.wave_summaries(Some(&org_b)).await.unwrap(),
        [summary(&wave_b, 0, "none")]
    );
    let all = store.wave_summaries(None).await.unwrap();
    assert!(all.contains(&summary(&wave_a, 5, "five")) && all.len() >= 2);
    // The database refuses a tally that cannot be: responses counted but no latest time.
    let impossible = StoredSummary {
        last_submitted_at: None,
        ..summary(&wave_a, 2, "two")
    };
    assert!(store.save_wave_summary(impossible).await.is_err());
}

async fn a_waves_responses_stream_whole_and_since_a_time(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let (_, other) = org_and_wave(store).await;
    let mut ids = vec![
        submitted(store, &wave, likert(3, "2")).await,
        submitted(
            store,
            &wave,
            answers(&[("roles", "y"), ("roles", "x"), ("q01", "5")]),
        )
        .await,
    ];
    submitted(store, &other, likert(1, "1")).await;
    start(store, &wave).await;
    ids.sort();

    let whole: Vec<WaveResponse> = store
        .stream_wave_responses(&wave, None)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(whole.len(), 2, "submitted responses of this wave only");
    // In response id order, the order the full answer stream uses.
    let streamed: Vec<_> = whole.iter().map(|r| r.id.clone()).collect();
    assert_eq!(streamed, ids);
    let multiple = whole
        .iter()
        .find(|r| r.answers.iter().any(|(item, _)| item == "roles"))
        .unwrap();
    // Item order, then the values' positions: a multiple choice keeps its order.
    assert_eq!(
        multiple.answers,
        [
            ("q01".to_owned(), "5".to_owned()),
            ("roles".to_owned(), "y".to_owned()),
            ("roles".to_owned(), "x".to_owned())
        ]
    );
    let latest = whole.iter().map(|r| r.submitted_at).max().unwrap();
    let since_latest: Vec<WaveResponse> = store
        .stream_wave_responses(&wave, Some(latest))
        .try_collect()
        .await
        .unwrap();
    assert!(since_latest.is_empty());
    let since_before: Vec<WaveResponse> = store
        .stream_wave_responses(&wave, Some(latest.plus_seconds(-3600)))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(since_before, whole);
}
