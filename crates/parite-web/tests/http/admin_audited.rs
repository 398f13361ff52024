//! An administrator's change and its audit line are one transaction: when the line cannot be
//! written (the audit table refuses, as a full disk would), the change is not made and the
//! page says so — no organization renamed without a line saying who did it.

use parite_store::Role;
use reqwest::StatusCode;
use sqlx::Connection;

use crate::accounts::{PASSWORD, person, sign_in};
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_change_whose_audit_line_cannot_be_written_is_not_made() {
    let app = spawn_app().await;
    person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    sign_in(&browser, "admin@example.org", PASSWORD).await;
    let page = "/en/admin/orgs/centre-horizon";
    let csrf = browser.get(page).await.csrf();
    let url = format!("sqlite://{}", app.database_file().display());
    let mut raw = sqlx::SqliteConnection::connect(&url)
        .await
        .expect("connect");
    sqlx::raw_sql(
        "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log \
         BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    )
    .execute(&mut raw)
    .await
    .expect("trigger");
    let refused = browser
        .post(
            &format!("{page}/rename"),
            &[("_csrf", &csrf), ("name", "Centre Horizon Nord")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    let org = app.org().await;
    assert_eq!(org.name, "Centre Horizon", "not renamed without its line");

    // The log writes again: the same rename goes through, with its line.
    sqlx::raw_sql("DROP TRIGGER audit_log_full")
        .execute(&mut raw)
        .await
        .expect("drop");
    let renamed = browser
        .post(
            &format!("{page}/rename"),
            &[("_csrf", &csrf), ("name", "Centre Horizon Nord")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    assert_eq!(app.org().await.name, "Centre Horizon Nord");
    let log = app
        .store
        .audit_entries(&parite_store::AuditFilter::default())
        .await
        .expect("audit");
    assert_eq!(
        log.iter().filter(|e| e.action == "org_rename").count(),
        1,
        "one line, for the rename that was made"
    );
}

/// A handler that meets a database failure with `?` gets the "unavailable" page in the
/// reader's language, with the signed-in header, rendered once outside the handler.
#[tokio::test]
async fn a_database_failure_on_a_console_page_is_said_in_the_reader_s_language() {
    let app = spawn_app().await;
    person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    sign_in(&browser, "admin@example.org", PASSWORD).await;
    let url = format!("sqlite://{}", app.database_file().display());
    let mut raw = sqlx::SqliteConnection::connect(&url)
        .await
        .expect("connect");
    sqlx::raw_sql("ALTER TABLE invitations RENAME TO invitations_elsewhere")
        .execute(&mut raw)
        .await
        .expect("rename");
    let wave = format!("/fr/admin/orgs/centre-horizon/waves/{}", app.wave);
    let page = browser.get(&wave).await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has("<html lang=\"fr-CA\">");
    page.assert_has("Parité est momentanément indisponible");
    page.assert_has(">admin@example.org</a>");
    let english = browser.get(&wave.replacen("/fr/", "/en/", 1)).await;
    assert_eq!(english.status, StatusCode::SERVICE_UNAVAILABLE);
    english.assert_has("<html lang=\"en-CA\">");
}
