use sqlx::{Connection, Executor};

/// The server to test on; the database it names is only used to create and drop others.
pub const URL_VAR: &str = "PARITE_TEST_POSTGRES_URL";
/// Set to `1` (CI does) to make a missing server a failure instead of a skip.
pub const REQUIRE_VAR: &str = "PARITE_REQUIRE_POSTGRES";

/// A database of its own on the server of `PARITE_TEST_POSTGRES_URL`, dropped with this value
/// (when the test ends, by success or by panic).
pub struct PgDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PgDatabase {
    /// Creates `parite_test_<random>`. `None` when `PARITE_TEST_POSTGRES_URL` is unset, after
    /// saying on stderr that `test` was skipped — unless `PARITE_REQUIRE_POSTGRES=1`, where a
    /// PostgreSQL test must not pass by skipping, so this panics.
    pub async fn create(test: &str) -> Option<PgDatabase> {
        let admin_url = server_url(
            test,
            std::env::var(URL_VAR).ok(),
            std::env::var(REQUIRE_VAR).ok().as_deref(),
        )?;
        let name = format!("parite_test_{}", random_hex());
        // The URL may hold a password: the messages name the variable, not its value.
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("{test}: PostgreSQL of {URL_VAR} unreachable: {e}"));
        admin
            .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap_or_else(|e| panic!("{test}: could not create database {name}: {e}"));
        // The server drops the session anyway; a failed goodbye changes nothing for the test.
        let _ = admin.close().await;
        let url = with_database(&admin_url, &name);
        Some(PgDatabase {
            admin_url,
            name,
            url,
        })
    }

    /// The URL of this database (the server's URL, query string kept).
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop may run inside the test's runtime (which cannot be blocked on) or while
        // panicking: a runtime of its own, on a thread of its own. FORCE ends the connections
        // the test's stores and servers still hold.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            runtime.block_on(async move {
                let mut admin = sqlx::PgConnection::connect(&admin_url)
                    .await
                    .map_err(|e| e.to_string())?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                admin
                    .execute(sqlx::AssertSqlSafe(sql))
                    .await
                    .map_err(|e| e.to_string())?;
                let _ = admin.close().await;
                Ok::<(), String>(())
            })
        })
        .join();
        // Never a panic here: it would abort a test that is already panicking.
        match dropped {
            Ok(Ok(())) => {}
            Ok(Err(e)) => eprintln!("could not drop test database {}: {e}", self.name),
            Err(_) => eprintln!("could not drop test database {}", self.name),
        }
    }
}

/// The server URL to test on, `None` to skip; panics when a skip is not allowed.
fn server_url(test: &str, url: Option<String>, require: Option<&str>) -> Option<String> {
    if let Some(url) = url.filter(|u| !u.is_empty()) {
        return Some(url);
    }
    assert!(
        require != Some("1"),
        "{test}: {REQUIRE_VAR}=1 but {URL_VAR} is unset: this PostgreSQL test may not be skipped"
    );
    eprintln!("{test}: skipped on PostgreSQL ({URL_VAR} is unset)");
    None
}

/// The same server URL with another database name; user, host, port and query string are kept.
pub fn with_database(url: &str, database: &str) -> String {
    let (scheme, rest) = url
        .split_once("://")
        .unwrap_or_else(|| panic!("{URL_VAR} is not a URL (no `://`)"));
    let (authority, after) = rest.split_once('/').unwrap_or((rest, ""));
    let query = after
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    format!("{scheme}://{authority}/{database}{query}")
}

/// 16 random hex digits: database names, slugs and emails that no other test will pick.
pub fn random_hex() -> String {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes).expect("randomness from the operating system");
    hex::encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_database_keeps_the_server_and_the_query_string() {
        assert_eq!(
            with_database("postgres://u:p@db.example:5433/test?sslmode=disable", "x"),
            "postgres://u:p@db.example:5433/x?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1/test", "x"),
            "postgres://postgres@127.0.0.1/x"
        );
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1", "x"),
            "postgres://postgres@127.0.0.1/x"
        );
    }

    #[test]
    fn random_names_differ_and_are_safe_in_sql() {
        let (a, b) = (random_hex(), random_hex());
        assert_ne!(a, b);
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn without_a_server_a_test_is_skipped_unless_postgresql_is_required() {
        assert_eq!(server_url("t", None, None), None);
        assert_eq!(server_url("t", Some(String::new()), Some("0")), None);
        assert_eq!(
            server_url("t", Some("postgres://h/db".into()), Some("1")).as_deref(),
            Some("postgres://h/db")
        );
    }

    #[test]
    #[should_panic(expected = "my_test: PARITE_REQUIRE_POSTGRES=1 but PARITE_TEST_POSTGRES_URL")]
    fn without_a_server_a_required_postgresql_test_fails() {
        server_url("my_test", None, Some("1"));
    }

    /// Against the configured server (skipped without one): the database exists while the value
    /// lives, even inside a runtime, and is gone after it drops with a connection still open.
    #[tokio::test]
    async fn the_database_lives_exactly_as_long_as_the_value() {
        let Some(database) =
            PgDatabase::create("the_database_lives_exactly_as_long_as_the_value").await
        else {
            return;
        };
        let name = database.name().to_owned();
        assert!(database.url().ends_with(&name));
        let mut open = sqlx::PgConnection::connect(database.url())
            .await
            .expect("the new database accepts connections");
        let one: i32 = sqlx::query_scalar("SELECT 1")
            .fetch_one(&mut open)
            .await
            .expect("query");
        assert_eq!(one, 1);
        let admin_url = database.admin_url.clone();
        drop(database);
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .expect("server");
        let left: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_database WHERE datname = $1")
            .bind(&name)
            .fetch_one(&mut admin)
            .await
            .expect("query");
        assert_eq!(left, 0, "{name} outlived its PgDatabase");
    }
}
