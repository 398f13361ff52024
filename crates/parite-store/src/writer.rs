//! SQLite's single writer: group commit.
//!
//! With `synchronous=FULL` every commit waits for an fsync (≈ 2 ms here), which caps one
//! transaction per write near 370/s. So every write of an SQLite store is sent to one task that
//! owns the only writing connection; it takes whatever has queued, runs it as ONE
//! `BEGIN IMMEDIATE` transaction — each write inside its own savepoint — commits once, and only
//! then answers each caller. One fsync covers the whole batch.
//!
//! - A write that fails on its own (already submitted, unknown item, duplicate email) is rolled
//!   back to its savepoint; the others in the batch still commit.
//! - When the commit itself fails, every caller of the batch gets the error and none of their
//!   writes is stored; the writer rolls back and carries on with the next batch.
//! - A single writing connection never meets "database is locked" from this process; the busy
//!   timeout covers other processes (`BEGIN IMMEDIATE` takes the write lock up front, where
//!   SQLite's busy handler applies, instead of upgrading a read lock, where it does not).

use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use sqlx::AnyConnection;
use sqlx::any::AnyConnectOptions;
use sqlx::{Connection, Executor};
use tokio::sync::{mpsc, oneshot};

use crate::sqlite;
use crate::{StoreError, StoreMetrics};

/// Most writes committed together: bounds the latency of the last one in a batch.
const MAX_BATCH: usize = 512;
/// Writes waiting beyond this make callers wait to enqueue (back-pressure).
const QUEUE: usize = 8192;

/// Sends writes to the writer task; cheap to clone.
#[derive(Debug, Clone)]
pub(crate) struct WriterHandle {
    commands: mpsc::Sender<Command>,
}

enum Command {
    Write(Box<dyn Job>),
    Close(oneshot::Sender<()>),
}

impl WriterHandle {
    /// Starts the writer task on an open, migrated connection.
    pub(crate) fn spawn(
        connection: AnyConnection,
        options: AnyConnectOptions,
        metrics: StoreMetrics,
    ) -> Self {
        let (commands, receiver) = mpsc::channel(QUEUE);
        let writer = Writer {
            connection: Some(connection),
            options,
            metrics,
        };
        tokio::spawn(writer.run(receiver));
        Self { commands }
    }

    /// Runs `work` in the next batch; resolves once that batch is committed (or failed).
    pub(crate) async fn write<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job = Pending {
            work: Some(work),
            outcome: None,
            reply,
        };
        self.commands
            .send(Command::Write(Box::new(job)))
            .await
            .map_err(|_| closed())?;
        answer.await.map_err(|_| closed())?
    }

    /// Finishes the queued writes, closes the connection and stops the task.
    pub(crate) async fn close(&self) {
        let (ack, done) = oneshot::channel();
        if self.commands.send(Command::Close(ack)).await.is_ok() {
            // An error means the task already ended: closed either way.
            let _ = done.await;
        }
    }
}

fn closed() -> StoreError {
    StoreError::Unavailable {
        reason: "the store is closed".to_owned(),
    }
}

/// One queued write, type-erased so that writes of any result type share the queue.
trait Job: Send {
    /// Whether the caller stopped waiting (its future was dropped): then the write is skipped.
    fn abandoned(&self) -> bool;
    /// Runs the write; true when it succeeded (its savepoint is kept).
    fn run<'a>(&'a mut self, connection: &'a mut AnyConnection) -> BoxFuture<'a, bool>;
    /// Answers the caller once the batch's fate is known.
    fn finish(self: Box<Self>, batch: Result<(), StoreError>);
}

struct Pending<T, F> {
    work: Option<F>,
    outcome: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> Job for Pending<T, F>
where
    T: Send + 'static,
    F: for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<T, StoreError>>
        + Send
        + 'static,
{
    fn abandoned(&self) -> bool {
        self.reply.is_closed()
    }

    fn run<'a>(&'a mut self, connection: &'a mut AnyConnection) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            let outcome = match self.work.take() {
                // A panicking write fails alone (rolled back to its savepoint) instead of
                // taking the writer task, and with it every later write, down.
                Some(work) => AssertUnwindSafe(work(connection))
                    .catch_unwind()
                    .await
                    .unwrap_or_else(|_| {
                        Err(StoreError::Unavailable {
                            reason: "a write panicked".to_owned(),
                        })
                    }),
                None => Err(closed()),
            };
            let succeeded = outcome.is_ok();
            self.outcome = Some(outcome);
            succeeded
        })
    }

    fn finish(self: Box<Self>, batch: Result<(), StoreError>) {
        let result = match (self.outcome, batch) {
            // Its own failure was rolled back to its savepoint whatever became of the batch.
            (Some(Err(own)), _) => Err(own),
            (Some(Ok(value)), Ok(())) => Ok(value),
            (_, Err(batch)) => Err(batch),
            (None, Ok(())) => Err(closed()),
        };
        // The caller may have stopped waiting; nothing to do then.
        let _ = self.reply.send(result);
    }
}

struct Writer {
    /// None after a failure that may have broken the connection: reopened on the next batch.
    connection: Option<AnyConnection>,
    options: AnyConnectOptions,
    metrics: StoreMetrics,
}

impl Writer {
    async fn run(mut self, mut receiver: mpsc::Receiver<Command>) {
        let mut commands = Vec::with_capacity(MAX_BATCH);
        let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(MAX_BATCH);
        let mut closing = Vec::new();
        while receiver.recv_many(&mut commands, MAX_BATCH).await > 0 {
            for command in commands.drain(..) {
                match command {
                    Command::Write(job) if !job.abandoned() => batch.push(job),
                    Command::Write(_) => {}
                    Command::Close(ack) => {
                        // Refuse new writes, but still commit those already queued.
                        receiver.close();
                        closing.push(ack);
                    }
                }
            }
            if !batch.is_empty() {
                let started = std::time::Instant::now();
                let result = self.commit(&mut batch).await;
                #[expect(clippy::cast_precision_loss, reason = "at most MAX_BATCH writes")]
                self.metrics.writer_batch_size.observe(batch.len() as f64);
                self.metrics
                    .writer_commit_seconds
                    .observe(started.elapsed().as_secs_f64());
                for job in batch.drain(..) {
                    job.finish(result.clone());
                }
            }
        }
        if let Some(connection) = self.connection.take() {
            // Closing checkpoints the WAL; an error here has no caller left to tell.
            let _ = connection.close().await;
        }
        for ack in closing {
            let _ = ack.send(());
        }
    }

    async fn commit(&mut self, batch: &mut [Box<dyn Job>]) -> Result<(), StoreError> {
        if self.connection.is_none() {
            self.connection = Some(sqlite::open_writer(&self.options).await?);
        }
        let Some(connection) = self.connection.as_mut() else {
            return Err(closed());
        };
        let result = run_batch(connection, batch).await;
        if result.is_err() && !roll_back(connection).await {
            self.connection = None;
        }
        result
    }
}

async fn run_batch(
    connection: &mut AnyConnection,
    batch: &mut [Box<dyn Job>],
) -> Result<(), StoreError> {
    // Each statement is a round trip to SQLite's worker thread, which costs more than the
    // statement itself: closing one savepoint and opening the next go together.
    connection
        .execute("BEGIN IMMEDIATE; SAVEPOINT write")
        .await?;
    let mut succeeded = true;
    for (index, job) in batch.iter_mut().enumerate() {
        if index > 0 {
            connection
                .execute(close_savepoint(succeeded, false))
                .await?;
        }
        succeeded = job.run(connection).await;
    }
    connection.execute(close_savepoint(succeeded, true)).await?;
    Ok(())
}

/// Keeps or undoes the last write, then commits (`last`) or opens the next savepoint. When SQLite already rolled the whole
/// transaction back (disk full, I/O error) the savepoint is gone, this fails, and so does the
/// batch — as it must.
fn close_savepoint(succeeded: bool, last: bool) -> &'static str {
    match (succeeded, last) {
        (true, true) => "RELEASE write; COMMIT",
        (true, false) => "RELEASE write; SAVEPOINT write",
        (false, true) => "ROLLBACK TO write; RELEASE write; COMMIT",
        (false, false) => "ROLLBACK TO write; RELEASE write; SAVEPOINT write",
    }
}

/// Leaves no transaction open after a failed batch; false when the connection looks broken.
async fn roll_back(connection: &mut AnyConnection) -> bool {
    match connection.execute("ROLLBACK").await {
        Ok(_) => true,
        Err(sqlx::Error::Database(error)) => error.message().contains("no transaction"),
        Err(_) => false,
    }
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
