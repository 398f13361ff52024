//! Drafts past the retention period go, with their answers; submitted responses and recent
//! drafts stay.

use parite_store::{DraftUpdate, Timestamp};
use sqlx::Executor;

use crate::harness::{Ctx, answers, likert, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(old_drafts_are_purged_with_their_answers);

const DAY: i64 = 24 * 3600;

async fn old_drafts_are_purged_with_their_answers(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let old = start(store, &wave).await;
    let recent = start(store, &wave).await;
    for id in [&old, &recent] {
        let update = DraftUpdate {
            respondent_role: Some("peer".into()),
            answers: answers(&[("q01", "3"), ("q02", "un brouillon")]),
            resume_code_hash: None,
            resume_page: None,
        };
        store.save_draft(id, update).await.unwrap();
    }
    let kept = submitted(store, &wave, likert(3, "4")).await;
    // Last saved 100 days ago, as if nobody came back to it.
    let long_ago = Timestamp::now().unix() - 100 * DAY;
    let mut raw = ctx.raw().await;
    let sql = format!(
        "UPDATE responses SET updated_at = {long_ago} WHERE id = '{}'",
        old.as_str()
    );
    raw.execute(sqlx::AssertSqlSafe(sql)).await.unwrap();

    let cutoff = Timestamp::from_unix(Timestamp::now().unix() - 90 * DAY);
    assert_eq!(store.purge_drafts(cutoff).await.unwrap(), 1);
    assert_eq!(store.response(&old).await.unwrap(), None);
    assert!(store.response(&recent).await.unwrap().is_some());
    assert!(store.response(&kept).await.unwrap().is_some());
    let orphans: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM answers WHERE response_id = '{}'",
        old.as_str()
    )))
    .fetch_one(&mut raw)
    .await
    .unwrap();
    assert_eq!(orphans, 0, "the purged draft's answers are gone too");
    // Nothing more to purge.
    assert_eq!(store.purge_drafts(cutoff).await.unwrap(), 0);
}
