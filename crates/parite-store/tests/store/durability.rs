//! Migrations, backup, and concurrent submissions.

use futures_util::TryStreamExt;
use parite_store::{AnswerFilter, Backend, Store, StoreError, Submission, SubmitOutcome};

use crate::harness::{Ctx, catalog, likert, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(
    migrations_are_idempotent,
    backup_copies_every_response,
    concurrent_submissions_are_each_stored_once
);

async fn migrations_are_idempotent(ctx: &Ctx) {
    let (org, _) = org_and_wave(&ctx.store).await;
    parite_store::migrate(&ctx.url).await.unwrap();
    parite_store::migrate(&ctx.url).await.unwrap();
    ctx.store.migrate().await.unwrap();
    // Opening a second store migrates at start-up again, and sees the same data.
    let again = ctx.reopen().await;
    assert!(again.organization(&org).await.unwrap().is_some());
    again.close().await;
}

async fn backup_copies_every_response(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let mut ids = Vec::new();
    for n in 0..25 {
        ids.push(submitted(store, &wave, likert(n % 7 + 1, "2")).await);
    }
    let draft = start(store, &wave).await;
    let path = ctx.scratch("backups/parite-copy.db");
    let result = store.backup_to(&path).await;
    if store.backend() == Backend::Postgres {
        let error = result.expect_err("PostgreSQL is backed up with pg_dump");
        assert!(matches!(error, StoreError::Unsupported(_)));
        assert!(error.to_string().contains("pg_dump"));
        return;
    }
    result.unwrap();
    // Never over an existing file.
    assert!(matches!(
        store.backup_to(&path).await,
        Err(StoreError::Invalid { .. })
    ));
    // The live store keeps working.
    submitted(store, &wave, likert(1, "1")).await;

    let copy = Store::connect(&format!("sqlite://{}", path.display()), catalog())
        .await
        .unwrap();
    for (n, id) in ids.iter().enumerate() {
        let response = copy
            .response(id)
            .await
            .unwrap()
            .expect("every response is in the copy");
        assert_eq!(response.answers, likert(n % 7 + 1, "2"));
    }
    assert!(copy.response(&draft).await.unwrap().is_some());
    let counts = copy.wave_response_counts(&wave).await.unwrap();
    assert_eq!((counts.submitted, counts.drafts), (25, 1));
    copy.close().await;
}

/// 16 tasks × 200 submissions at once: every acknowledged submission is stored exactly once and
/// no caller ever sees "database is locked".
async fn concurrent_submissions_are_each_stored_once(ctx: &Ctx) {
    const TASKS: usize = 16;
    const EACH: usize = 200;
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let mut tasks = Vec::new();
    for _ in 0..TASKS {
        let (store, wave) = (store.clone(), wave.clone());
        tasks.push(tokio::spawn(async move {
            let mut acknowledged = Vec::with_capacity(EACH);
            for _ in 0..EACH {
                let id = start(&store, &wave).await;
                let submission = Submission {
                    respondent_role: None,
                    answers: likert(5, "4"),
                };
                match store.submit_response(&id, submission).await {
                    Ok(SubmitOutcome::Submitted) => acknowledged.push(id),
                    other => panic!("submission failed: {other:?}"),
                }
            }
            acknowledged
        }));
    }
    let mut acknowledged = Vec::new();
    for task in tasks {
        acknowledged.extend(task.await.unwrap());
    }
    assert_eq!(acknowledged.len(), TASKS * EACH);
    let counts = store.wave_response_counts(&wave).await.unwrap();
    assert_eq!(
        (counts.submitted, counts.drafts),
        ((TASKS * EACH) as u64, 0)
    );
    let filter = AnswerFilter {
        wave: Some(wave.clone()),
        submitted_only: true,
        ..AnswerFilter::default()
    };
    let answers = store
        .stream_answers(&filter)
        .try_fold(0_usize, |n, _| async move { Ok(n + 1) })
        .await
        .unwrap();
    assert_eq!(answers, TASKS * EACH * 5);
}

/// Both migration histories build the same tables, columns and NOT NULLs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_have_the_same_schema() {
    use sqlx::Row;

    let Some(postgres) = Ctx::postgres("both_backends_have_the_same_schema").await else {
        return;
    };
    let sqlite = Ctx::sqlite().await;
    let columns = |rows: Vec<sqlx::any::AnyRow>| {
        let mut columns: Vec<(String, String, bool)> = rows
            .iter()
            .map(|row| {
                let table: String = row.try_get(0).unwrap();
                let column: String = row.try_get(1).unwrap();
                let required: i64 = row.try_get(2).unwrap();
                (table, column, required == 1)
            })
            .collect();
        columns.sort();
        columns
    };
    let mut raw = sqlite.raw().await;
    let in_sqlite = sqlx::query(
        "SELECT m.name, p.name, CASE WHEN p.\"notnull\" = 1 OR (p.pk = 1 AND upper(p.type) = \
         'INTEGER') THEN 1 ELSE 0 END FROM sqlite_master m JOIN pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap();
    let mut raw = postgres.raw().await;
    let in_postgres = sqlx::query(
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT), \
         CAST(CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS BIGINT) \
         FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap();
    let (in_sqlite, in_postgres) = (columns(in_sqlite), columns(in_postgres));
    assert!(in_sqlite.len() > 80, "{} columns", in_sqlite.len());
    assert_eq!(in_sqlite, in_postgres);
    sqlite.finish().await;
    postgres.finish().await;
}
