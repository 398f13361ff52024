//! `/healthz` says the process is alive; `/readyz` says whether it should get requests: the
//! database answers, the schema is this binary's, and no shutdown is draining it. Neither says
//! more than that.

use reqwest::StatusCode;
use sqlx::{Connection, Executor};

use crate::helpers::spawn_app;

#[tokio::test]
async fn readyz_answers_200_until_the_server_drains() {
    let app = spawn_app().await;
    let browser = app.browser();
    let ready = browser.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(ready.body, "ready");
    app.lifecycle.start_draining();
    let draining = browser.get("/readyz").await;
    assert_eq!(draining.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(draining.body, "draining");
    // Alive all the same: a supervisor must not restart a server that is finishing its work.
    assert_eq!(browser.get("/healthz").await.status, StatusCode::OK);
}

#[tokio::test]
async fn readyz_follows_the_schema_through_a_rolling_upgrade_and_a_restore() {
    let app = spawn_app().await;
    let browser = app.browser();
    assert_eq!(browser.get("/readyz").await.status, StatusCode::OK);
    let file = app.database_file();
    let mut connection = sqlx::SqliteConnection::connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("open the file");
    // A newer release migrated the database first (a rolling upgrade): this older server keeps
    // serving until it is restarted.
    connection
        .execute(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (9999, 'from a later release', TRUE, x'00', 1)",
        )
        .await
        .expect("record a newer migration");
    assert_eq!(browser.get("/readyz").await.status, StatusCode::OK);
    // The database now lacks a migration this server needs (an older backup put in place).
    connection
        .execute("DELETE FROM _sqlx_migrations WHERE version >= (SELECT MAX(version) FROM _sqlx_migrations WHERE version < 9999)")
        .await
        .expect("forget the newest migrations");
    connection.close().await.expect("close");
    let behind = browser.get("/readyz").await;
    assert_eq!(behind.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(behind.body, "migrations pending");
}
