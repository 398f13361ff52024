//! The store handle: which backend, its connections, and how writes reach the database.

use std::fmt;
use std::path::Path;
use std::sync::Arc;

use futures_util::future::BoxFuture;
use parite_core::InstrumentSet;
use sqlx::Executor;
use sqlx::{AnyConnection, AnyPool, Connection};

use crate::direct::DirectReader;
use crate::invitations::EntryCache;
use crate::metrics::StoreMetrics;
use crate::restore::InUse;
use crate::schema::{self, SchemaStatus};
use crate::writer::WriterHandle;
use crate::{StoreError, postgres, sqlite};

/// The database behind a store, chosen by the URL's scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite:` — one file, one writer task with group commit, a pool of readers.
    Sqlite,
    /// `postgres:` or `postgresql:` — an ordinary pool, one transaction per write.
    Postgres,
}

impl Backend {
    /// The backend a database URL names.
    pub fn of_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::Invalid {
                what: "database URL",
                reason: "expected sqlite: or postgres:".to_owned(),
            })
        }
    }
}

/// The repository every other crate uses: cheap to clone, shareable across tasks and threads.
///
/// Reads go to a pool. Writes on SQLite go through the group-commit writer (see `writer`);
/// on PostgreSQL each write is its own transaction. Either way a write is acknowledged only
/// once committed.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    backend: Backend,
    pool: AnyPool,
    writes: Writes,
    catalog: Arc<InstrumentSet>,
    entries: EntryCache,
    metrics: StoreMetrics,
}

enum Writes {
    Grouped {
        writer: WriterHandle,
        target: sqlite::Target,
        direct: Box<DirectReader>,
        /// Keeps `parite restore` from replacing the file under this store.
        _in_use: InUse,
    },
    Direct,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.inner.backend)
            .finish_non_exhaustive()
    }
}

/// Applies the pending migrations to the database at `url` (creating an SQLite file and its
/// folder if needed) without starting a store: what `parite migrate` does.
/// A database newer than the binary is refused before anything changes.
pub async fn migrate(url: &str) -> Result<(), StoreError> {
    sqlx::any::install_default_drivers();
    match Backend::of_url(url)? {
        Backend::Sqlite => sqlite::migrate(&sqlite::target(url)?.options).await,
        Backend::Postgres => {
            let pool = postgres::pool(url).await?;
            let result = postgres::migrate(&pool).await;
            pool.close().await;
            result
        }
    }
}

/// Where the database at `url` stands against this binary's migrations, changing nothing:
/// what `parite migrate --check` reports before an upgrade. An SQLite file that does not exist
/// yet is an empty database (version 0) and is not created.
pub async fn schema_status(url: &str) -> Result<SchemaStatus, StoreError> {
    sqlx::any::install_default_drivers();
    match Backend::of_url(url)? {
        Backend::Sqlite => {
            let binary = schema::binary_version(&sqlite::MIGRATOR);
            let target = sqlite::target(url)?;
            if !target.file.exists() {
                return Ok(SchemaStatus::of(0, binary));
            }
            let mut connection = sqlite::open_reader(&target.options).await?;
            let database = schema::database_version(&mut connection).await;
            let _ = connection.close().await;
            Ok(SchemaStatus::of(database?, binary))
        }
        Backend::Postgres => {
            let pool = postgres::pool(url).await?;
            let database = schema::database_version(&pool).await;
            pool.close().await;
            Ok(SchemaStatus::of(
                database?,
                schema::binary_version(&postgres::MIGRATOR),
            ))
        }
    }
}

impl Store {
    /// Opens the database at `url` (`sqlite://data/parite.db`, `postgres://…`), creating an SQLite
    /// file and its folder on first run, and applies pending migrations before anything else.
    /// `catalog` holds every instrument version answers, ratings and milestones may name: the
    /// store refuses items that are not in theirs.
    pub async fn connect(url: &str, catalog: Arc<InstrumentSet>) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        let metrics = StoreMetrics::default();
        let (pool, writes) = match backend {
            Backend::Sqlite => {
                let target = sqlite::target(url)?;
                let mut connection = sqlite::open_writer(&target.options).await?;
                // Before the writer starts: nothing else writes while the schema changes.
                sqlite::run_migrations(&mut connection).await?;
                let in_use = InUse::take(&target.file)?;
                let pool = sqlite::readers(&target.options).await?;
                let writer =
                    WriterHandle::spawn(connection, target.options.clone(), metrics.clone());
                let direct = Box::new(DirectReader::new(&target.file));
                (
                    pool,
                    Writes::Grouped {
                        writer,
                        target,
                        direct,
                        _in_use: in_use,
                    },
                )
            }
            Backend::Postgres => {
                let pool = postgres::pool(url).await?;
                postgres::migrate(&pool).await?;
                (pool, Writes::Direct)
            }
        };
        Ok(Store {
            inner: Arc::new(Inner {
                backend,
                pool,
                writes,
                catalog,
                entries: EntryCache::default(),
                metrics,
            }),
        })
    }

    /// Which database this store runs on.
    pub fn backend(&self) -> Backend {
        self.inner.backend
    }

    /// Applies pending migrations again; with none pending this only checks the checksums of
    /// the applied ones.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.inner.writes {
            Writes::Grouped { target, .. } => sqlite::migrate(&target.options).await,
            Writes::Direct => postgres::migrate(&self.inner.pool).await,
        }
    }

    /// The store's own figures, for the metrics page.
    pub fn metrics(&self) -> &StoreMetrics {
        &self.inner.metrics
    }

    /// Database connections lent out right now (the pool's size less its idle ones).
    pub fn connections_in_use(&self) -> u32 {
        let idle = u32::try_from(self.inner.pool.num_idle()).unwrap_or(u32::MAX);
        self.inner.pool.size().saturating_sub(idle)
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.inner.pool.execute("SELECT 1").await?;
        Ok(())
    }

    /// Where the open database stands against this binary's migrations (for `/readyz`): another
    /// server may have migrated it further since this one started.
    pub async fn schema_status(&self) -> Result<SchemaStatus, StoreError> {
        let migrator = match self.inner.backend {
            Backend::Sqlite => &sqlite::MIGRATOR,
            Backend::Postgres => &postgres::MIGRATOR,
        };
        let database = schema::database_version(&self.inner.pool).await?;
        Ok(SchemaStatus::of(database, schema::binary_version(migrator)))
    }

    /// Copies an SQLite database into a new file at `path`, consistent, while the store keeps
    /// serving. PostgreSQL is backed up with its own tools.
    pub async fn backup_to(&self, path: &Path) -> Result<(), StoreError> {
        match &self.inner.writes {
            Writes::Grouped { target, .. } => sqlite::backup(&target.options, path).await,
            Writes::Direct => Err(StoreError::Unsupported(
                "parite cannot back up PostgreSQL itself: use pg_dump (e.g. `pg_dump --format=custom`)",
            )),
        }
    }

    /// Commits the queued writes and closes every connection. Writes afterwards fail with
    /// `Unavailable`.
    pub async fn close(&self) {
        if let Writes::Grouped { writer, direct, .. } = &self.inner.writes {
            writer.close().await;
            direct.close();
        }
        self.inner.pool.close().await;
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.inner.pool
    }

    /// SQLite's read on the caller's thread, for the survey pages (see `direct.rs`).
    pub(crate) fn direct(&self) -> Option<&DirectReader> {
        match &self.inner.writes {
            Writes::Grouped { direct, .. } => Some(direct),
            Writes::Direct => None,
        }
    }

    pub(crate) fn entries(&self) -> &EntryCache {
        &self.inner.entries
    }

    pub(crate) fn catalog(&self) -> Arc<InstrumentSet> {
        Arc::clone(&self.inner.catalog)
    }

    /// Runs `work` in a transaction, committed before this returns. When `work` fails nothing
    /// it did is kept. Inside [`Store::audited`], the first write also inserts the pending
    /// audit line, in the same transaction (see `audited.rs`).
    pub(crate) async fn write<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        match crate::audited::take_pending() {
            None => self.write_now(work).await,
            Some(line) => {
                self.write_now(move |c| {
                    Box::pin(async move {
                        let value = work(&mut *c).await?;
                        line.insert(&mut *c).await?;
                        Ok(value)
                    })
                })
                .await
            }
        }
    }

    async fn write_now<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut AnyConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        match &self.inner.writes {
            Writes::Grouped { writer, .. } => writer.write(work).await,
            Writes::Direct => {
                let mut transaction = self.inner.pool.begin().await?;
                match work(&mut transaction).await {
                    Ok(value) => {
                        transaction.commit().await?;
                        Ok(value)
                    }
                    Err(error) => {
                        // Dropping would roll back too; rolling back now frees the connection.
                        let _ = transaction.rollback().await;
                        Err(error)
                    }
                }
            }
        }
    }
}
