//! The group-commit writer's guarantees, tested on a bare table so that batches can be staged.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use sqlx::{AnyConnection, Executor};
use tokio::sync::Notify;

use super::{QUEUE, WriterHandle};
use crate::{StoreError, StoreMetrics, sqlite};

async fn writer() -> (WriterHandle, sqlite::Target, tempfile::TempDir) {
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/writer.db", dir.path().display());
    let target = sqlite::target(&url).unwrap();
    let mut connection = sqlite::open_writer(&target.options).await.unwrap();
    connection
        .execute(
            "CREATE TABLE parent (id INTEGER PRIMARY KEY);
             CREATE TABLE child (id INTEGER PRIMARY KEY,
                 parent_id INTEGER NOT NULL REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
             CREATE TABLE t (id INTEGER PRIMARY KEY);",
        )
        .await
        .unwrap();
    let handle = WriterHandle::spawn(connection, target.options.clone(), StoreMetrics::default());
    (handle, target, dir)
}

fn insert(
    id: i64,
) -> impl for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<i64, StoreError>> + Send + 'static
{
    move |c| {
        Box::pin(async move {
            sqlx::query("INSERT INTO t (id) VALUES ($1)")
                .bind(id)
                .execute(&mut *c)
                .await?;
            Ok(id)
        })
    }
}

async fn stored(target: &sqlite::Target) -> Vec<i64> {
    let pool = sqlite::readers(&target.options).await.unwrap();
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM t ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    ids.into_iter().map(|(id,)| id).collect()
}

/// Holds the writer inside a batch until released, so that the writes sent meanwhile queue up
/// and form the next batch together.
async fn hold(handle: &WriterHandle) -> (Arc<Notify>, tokio::task::JoinHandle<()>) {
    let (release, entered) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
    let (wait, signal) = (Arc::clone(&release), Arc::clone(&entered));
    let writer = handle.clone();
    let held = tokio::spawn(async move {
        writer
            .write(move |_| {
                Box::pin(async move {
                    signal.notify_one();
                    wait.notified().await;
                    Ok(())
                })
            })
            .await
            .unwrap();
    });
    entered.notified().await;
    (release, held)
}

async fn queued(handle: &WriterHandle, count: usize) {
    while QUEUE - handle.commands.capacity() < count {
        tokio::task::yield_now().await;
    }
}

#[tokio::test]
async fn one_failing_write_leaves_the_rest_of_its_batch_committed() {
    let (handle, target, _dir) = writer().await;
    let (release, held) = hold(&handle).await;
    let mut calls = Vec::new();
    for id in 1..=3 {
        calls.push(tokio::spawn({
            let handle = handle.clone();
            async move { handle.write(insert(id)).await }
        }));
    }
    // Writes a row, then fails: its savepoint must undo the row, not the batch.
    let failing = tokio::spawn({
        let handle = handle.clone();
        async move {
            handle
                .write(|c| {
                    Box::pin(async move {
                        sqlx::query("INSERT INTO t (id) VALUES (99)")
                            .execute(&mut *c)
                            .await?;
                        Err::<(), _>(StoreError::Final { what: "response" })
                    })
                })
                .await
        }
    });
    queued(&handle, 4).await;
    release.notify_one();
    held.await.unwrap();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert!(matches!(
        failing.await.unwrap(),
        Err(StoreError::Final { .. })
    ));
    assert_eq!(stored(&target).await, vec![1, 2, 3]);
    handle.close().await;
}

#[tokio::test]
async fn a_failed_commit_fails_every_write_of_the_batch_and_stores_none() {
    let (handle, target, _dir) = writer().await;
    let (release, held) = hold(&handle).await;
    let before = tokio::spawn({
        let handle = handle.clone();
        async move { handle.write(insert(1)).await }
    });
    // A deferred foreign key is only checked at COMMIT: the commit of this batch fails.
    let orphan = tokio::spawn({
        let handle = handle.clone();
        async move {
            handle
                .write(|c| {
                    Box::pin(async move {
                        sqlx::query("INSERT INTO child (id, parent_id) VALUES (1, 42)")
                            .execute(&mut *c)
                            .await?;
                        Ok(())
                    })
                })
                .await
        }
    });
    let after = tokio::spawn({
        let handle = handle.clone();
        async move { handle.write(insert(2)).await }
    });
    queued(&handle, 3).await;
    release.notify_one();
    held.await.unwrap();
    assert!(before.await.unwrap().is_err());
    assert!(orphan.await.unwrap().is_err());
    assert!(after.await.unwrap().is_err());
    assert!(stored(&target).await.is_empty());
    // The writer carries on with the next batch.
    assert_eq!(handle.write(insert(3)).await.unwrap(), 3);
    assert_eq!(stored(&target).await, vec![3]);
    handle.close().await;
}

#[tokio::test]
async fn writes_after_close_are_refused_and_queued_ones_commit() {
    let (handle, target, _dir) = writer().await;
    let (release, held) = hold(&handle).await;
    let pending = tokio::spawn({
        let handle = handle.clone();
        async move { handle.write(insert(7)).await }
    });
    queued(&handle, 1).await;
    let closing = tokio::spawn({
        let handle = handle.clone();
        async move { handle.close().await }
    });
    queued(&handle, 2).await;
    release.notify_one();
    held.await.unwrap();
    closing.await.unwrap();
    assert_eq!(pending.await.unwrap().unwrap(), 7);
    assert!(matches!(
        handle.write(insert(8)).await,
        Err(StoreError::Unavailable { .. })
    ));
    assert_eq!(stored(&target).await, vec![7]);
}

#[tokio::test]
async fn a_panicking_write_fails_alone_and_the_writer_carries_on() {
    let (handle, target, _dir) = writer().await;
    let panicked = handle
        .write::<(), _>(|c| {
            Box::pin(async move {
                sqlx::query("INSERT INTO t (id) VALUES (5)")
                    .execute(&mut *c)
                    .await?;
                panic!("a bug in a write")
            })
        })
        .await;
    assert!(matches!(panicked, Err(StoreError::Unavailable { .. })));
    assert_eq!(handle.write(insert(6)).await.unwrap(), 6);
    assert_eq!(stored(&target).await, vec![6]);
    handle.close().await;
}
