//! SQLite specifics: where the file is, how connections are set up, backup.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{AnyConnection, AnyPool};
use sqlx::{ConnectOptions, Connection, Executor};

use crate::StoreError;
use crate::schema::{self, SchemaStatus};

/// The SQLite history, embedded at compile time; checksums refuse an edited applied migration.
pub(crate) static MIGRATOR: Migrator = sqlx::sqlx_macros::migrate!("../../migrations/sqlite");

/// Readers wait on a checkpoint or another process at most this long.
const BUSY_TIMEOUT_MS: &str = "5000";
/// WAL readers do not block each other or the writer; a few cover page renders and exports.
const READERS: u32 = 4;

/// Where the database file lives and how to open it.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) options: AnyConnectOptions,
    /// The database file, absolute.
    pub(crate) file: PathBuf,
}

/// Resolves an `sqlite:` URL to an absolute file, creating its folder on first run.
pub(crate) fn target(url: &str) -> Result<Target, StoreError> {
    let invalid = |reason: String| StoreError::Invalid {
        what: "database URL",
        reason,
    };
    let parsed = SqliteConnectOptions::from_str(url).map_err(|error| invalid(error.to_string()))?;
    let file = parsed.get_filename();
    if url.contains(":memory:") || url.contains("mode=memory") {
        // The writer and the readers are separate connections: they would see separate databases.
        return Err(invalid(
            "in-memory SQLite is not supported, give a file".to_owned(),
        ));
    }
    if file.as_os_str().is_empty() {
        return Err(invalid("no file name after sqlite:".to_owned()));
    }
    let file = std::path::absolute(file).map_err(|error| invalid(error.to_string()))?;
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|error| StoreError::Unavailable {
            reason: format!("cannot create {}: {error}", folder.display()),
        })?;
    }
    // An absolute path keeps the URL free of a "host" part, which URL parsing would lower-case.
    let url = SqliteConnectOptions::new()
        .filename(&file)
        .create_if_missing(true)
        .to_url_lossy();
    let options = AnyConnectOptions::from_url(&url).map_err(|error| invalid(error.to_string()))?;
    Ok(Target { options, file })
}

/// Opens the writing connection: WAL, `synchronous=FULL`, foreign keys, busy timeout.
pub(crate) async fn open_writer(options: &AnyConnectOptions) -> Result<AnyConnection, StoreError> {
    let mut connection = AnyConnection::connect_with(options).await?;
    // WAL is a property of the file (kept once set); the others hold per connection.
    connection.execute("PRAGMA journal_mode = WAL").await?;
    connection.execute("PRAGMA synchronous = FULL").await?;
    configure(&mut connection).await?;
    Ok(connection)
}

async fn configure(connection: &mut AnyConnection) -> Result<(), sqlx::Error> {
    connection
        .execute(sqlx::AssertSqlSafe(format!(
            "PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"
        )))
        .await?;
    connection.execute("PRAGMA foreign_keys = ON").await?;
    Ok(())
}

/// The pool of reading connections. `query_only` makes a write through it an error, so every
/// write is sure to go through the single writer.
pub(crate) async fn readers(options: &AnyConnectOptions) -> Result<AnyPool, StoreError> {
    let pool = AnyPoolOptions::new()
        .max_connections(READERS)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(30))
        // A ping checks that a network peer is still there; a file's connection cannot hang up,
        // and each ping is a hop to the connection's thread that a page read would pay for.
        .test_before_acquire(false)
        .after_connect(|connection, _| {
            Box::pin(async move {
                configure(connection).await?;
                connection.execute("PRAGMA query_only = ON").await?;
                Ok(())
            })
        })
        .connect_with(options.clone())
        .await?;
    Ok(pool)
}

/// Runs the pending migrations on a connection of its own.
pub(crate) async fn migrate(options: &AnyConnectOptions) -> Result<(), StoreError> {
    let mut connection = open_writer(options).await?;
    let result = run_migrations(&mut connection).await;
    // The migration's outcome matters more than a failure to close cleanly.
    let _ = connection.close().await;
    result
}

/// Applies the pending migrations on `connection`, unless a newer release wrote the database.
/// The check and the run share the writing connection, so no other writer slips in between.
pub(crate) async fn run_migrations(connection: &mut AnyConnection) -> Result<(), StoreError> {
    let database = schema::database_version(&mut *connection).await?;
    SchemaStatus::of(database, schema::binary_version(&MIGRATOR)).refuse_newer()?;
    MIGRATOR.run(connection).await?;
    Ok(())
}

/// A connection for one look at the file, which it never writes.
pub(crate) async fn open_reader(options: &AnyConnectOptions) -> Result<AnyConnection, StoreError> {
    let mut connection = AnyConnection::connect_with(options).await?;
    configure(&mut connection).await?;
    connection.execute("PRAGMA query_only = ON").await?;
    Ok(connection)
}

/// Copies the live database into `path` with `VACUUM INTO`: a consistent snapshot taken in a
/// read transaction, so the server keeps reading and writing meanwhile.
pub(crate) async fn backup(options: &AnyConnectOptions, path: &Path) -> Result<(), StoreError> {
    let path = absolute_new_file(path)?;
    let Some(target) = path.to_str().map(str::to_owned) else {
        return Err(StoreError::Invalid {
            what: "backup path",
            reason: "not valid UTF-8".to_owned(),
        });
    };
    let mut connection = AnyConnection::connect_with(options).await?;
    configure(&mut connection).await?;
    let copied = sqlx::query("VACUUM INTO $1")
        .bind(target)
        .execute(&mut connection)
        .await;
    let _ = connection.close().await;
    copied?;
    // VACUUM INTO does not sync its output; a backup that a crash can lose is no backup.
    tokio::task::spawn_blocking(move || std::fs::File::open(&path)?.sync_all())
        .await
        .map_err(|error| StoreError::Unavailable {
            reason: error.to_string(),
        })?
        .map_err(|error| StoreError::Unavailable {
            reason: format!("cannot sync the backup: {error}"),
        })
}

fn absolute_new_file(path: &Path) -> Result<PathBuf, StoreError> {
    let invalid = |reason: String| StoreError::Invalid {
        what: "backup path",
        reason,
    };
    let path = std::path::absolute(path).map_err(|error| invalid(error.to_string()))?;
    if path.exists() {
        return Err(invalid(format!("{} already exists", path.display())));
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|error| invalid(error.to_string()))?;
    }
    Ok(path)
}
