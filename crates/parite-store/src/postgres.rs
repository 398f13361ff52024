//! PostgreSQL specifics: an ordinary pool; PostgreSQL handles concurrent writers itself.

use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;

use crate::StoreError;
use crate::schema::{self, SchemaStatus};

/// The PostgreSQL history, embedded at compile time; checksums refuse an edited applied migration.
pub(crate) static MIGRATOR: Migrator = sqlx::sqlx_macros::migrate!("../../migrations/postgres");

const CONNECTIONS: u32 = 16;

/// Connects the pool.
pub(crate) async fn pool(url: &str) -> Result<AnyPool, StoreError> {
    let pool = AnyPoolOptions::new()
        .max_connections(CONNECTIONS)
        // Well under the web's 30-second request limit: a stopped database (connections
        // refused, which sqlx retries) must end in the page that says so, not an empty 503.
        .acquire_timeout(Duration::from_secs(10))
        .connect(url)
        .await?;
    Ok(pool)
}

/// Runs the pending migrations. The migrator takes an advisory lock, so several servers
/// starting at once apply them once.
///
/// A database migrated by a newer release is refused before anything runs. Two servers of
/// different releases starting at once could still race past this read; an upgrade migrates
/// first with `parite migrate` (docs), so servers only ever find a current schema.
pub(crate) async fn migrate(pool: &AnyPool) -> Result<(), StoreError> {
    let database = schema::database_version(pool).await?;
    SchemaStatus::of(database, schema::binary_version(&MIGRATOR)).refuse_newer()?;
    MIGRATOR.run(pool).await?;
    Ok(())
}
