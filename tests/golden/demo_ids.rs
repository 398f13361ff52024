//! The demo's only randomness that reaches report figures: response ids.
//!
//! The store gives every response 128 random bits as its id (unguessable in a URL) and reports
//! fold a wave's answers in id order. Means and their intervals are running floating-point sums,
//! so the same answers folded in another order can round the other way in the last printed
//! digit (measured: 2.88 against 2.87 for a barrier mean, on two seeds of the same data). The
//! demo cannot choose the ids without a change to the store, so the golden tests renumber them
//! in the order the demo submitted the responses: then every output depends on the seed alone.
//! Ids stay 32 lower-case hex digits, as the store writes them.

use std::path::Path;

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, Row, SqliteConnection};

pub async fn renumber_responses(database: &Path) {
    let fail = |e: sqlx::Error| -> ! { panic!("renumbering {}: {e}", database.display()) };
    // Answers point at their response without ON UPDATE CASCADE: both are rewritten below.
    let options = SqliteConnectOptions::new()
        .filename(database)
        .foreign_keys(false);
    let mut connection = SqliteConnection::connect_with(&options)
        .await
        .unwrap_or_else(|e| fail(e));
    let mut tx = connection.begin().await.unwrap_or_else(|e| fail(e));
    // The schema refuses to change a submitted response: its triggers are lifted meanwhile,
    // as `parite copy` does.
    let triggers = sqlx::query(
        "SELECT name, sql FROM sqlite_master \
         WHERE type = 'trigger' AND tbl_name IN ('responses', 'answers')",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap_or_else(|e| fail(e));
    let mut saved = Vec::new();
    for row in triggers {
        let name: String = row.try_get(0).unwrap_or_else(|e| fail(e));
        let sql: String = row.try_get(1).unwrap_or_else(|e| fail(e));
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP TRIGGER {name}")))
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| fail(e));
        saved.push(sql);
    }
    for statement in [
        "CREATE TEMP TABLE renumbered AS \
         SELECT id AS old, printf('%032x', rowid) AS new FROM responses",
        "UPDATE answers SET response_id = \
         (SELECT new FROM renumbered WHERE old = answers.response_id)",
        "UPDATE responses SET id = printf('%032x', rowid)",
        // Summaries folded in the old order: reports fold them again.
        "DELETE FROM wave_summaries",
        "DROP TABLE renumbered",
    ] {
        sqlx::query(statement)
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| fail(e));
    }
    for sql in saved {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| fail(e));
    }
    tx.commit().await.unwrap_or_else(|e| fail(e));
    connection.close().await.unwrap_or_else(|e| fail(e));
}
