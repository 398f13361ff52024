//! Drafts never submitted do not stay forever: `parite purge drafts --older-than DAYS` deletes
//! them, and the server does it by itself every day (`--purge-drafts-after`, 90 by default).

use std::time::{Duration, Instant};

use sqlx::{Connection, Executor};

use crate::support::{Database, Server, parite, seed};
use crate::survey::{client, get, post};

const DAY: i64 = 24 * 3600;

/// A respondent who answered the first section and never came back; `age_days` ago.
async fn abandoned_draft(db: &Database, base: &str, code: &str, age_days: i64) {
    let respondent = client();
    let welcome = format!("/en/s/{code}");
    let page = get(&respondent, base, &welcome).await.expect("welcome");
    let csrf = page.csrf().expect("CSRF token");
    let start = [
        ("_csrf", csrf.as_str()),
        ("_action", "start"),
        ("consent", "yes"),
    ];
    post(&respondent, base, &welcome, &start)
        .await
        .expect("start");
    let first = [
        ("_csrf", csrf.as_str()),
        ("_action", "next"),
        ("role", "peer"),
        ("work_language", "fr"),
    ];
    post(&respondent, base, &format!("/en/s/{code}/1"), &first)
        .await
        .expect("section 1");
    let mut raw = sqlx::AnyConnection::connect(&db.url)
        .await
        .expect("database");
    let then = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0)
        - age_days * DAY;
    let sql = format!(
        "UPDATE responses SET updated_at = {then}, created_at = {then} \
         WHERE status = 'draft' AND updated_at > {then}"
    );
    raw.execute(sqlx::AssertSqlSafe(sql))
        .await
        .expect("age the draft");
    raw.close().await.expect("close");
}

async fn drafts(db: &Database) -> (i64, i64) {
    let mut raw = sqlx::AnyConnection::connect(&db.url)
        .await
        .expect("database");
    let drafts: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM responses WHERE status = 'draft'")
        .fetch_one(&mut raw)
        .await
        .expect("count drafts");
    let answers: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id \
         WHERE r.status = 'draft'",
    )
    .fetch_one(&mut raw)
    .await
    .expect("count answers");
    raw.close().await.expect("close");
    (drafts, answers)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn purge_drafts_deletes_only_drafts_older_than_asked() {
    sqlx::any::install_default_drivers();
    let db = Database::sqlite();
    let code = seed(&db);
    // No daily purge here: the command is what is tested.
    let server = Server::start_with(&db.url, db.dir.path(), &["--purge-drafts-after", "0"]).await;
    abandoned_draft(&db, &server.base, &code, 45).await;
    abandoned_draft(&db, &server.base, &code, 10).await;
    server.stop();
    assert_eq!(drafts(&db).await.0, 2);

    let purged = parite(&db.url, &["purge", "drafts", "--older-than", "30"], "");
    let said = String::from_utf8_lossy(&purged.stdout);
    assert!(
        said.contains("1 draft last saved more than 30 days ago was deleted"),
        "{said}"
    );
    let (left, answers) = drafts(&db).await;
    assert_eq!(left, 1, "the 10-day-old draft stays");
    assert!(answers >= 2, "its answers stay too");

    let again = parite(&db.url, &["purge", "drafts", "--older-than", "30"], "");
    assert!(String::from_utf8_lossy(&again.stdout).contains("nothing was deleted"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_purges_old_drafts_by_itself() {
    sqlx::any::install_default_drivers();
    let db = Database::sqlite();
    let code = seed(&db);
    let server = Server::start_with(&db.url, db.dir.path(), &["--purge-drafts-after", "0"]).await;
    abandoned_draft(&db, &server.base, &code, 120).await;
    server.stop();
    assert_eq!(drafts(&db).await.0, 1);
    // The default (90 days): the housekeeping runs at start, then daily.
    let server = Server::start(&db.url, db.dir.path()).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while drafts(&db).await.0 > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(drafts(&db).await, (0, 0), "{}", server.log());
    assert!(
        server.log().contains("old drafts deleted"),
        "{}",
        server.log()
    );
    server.stop();
}
