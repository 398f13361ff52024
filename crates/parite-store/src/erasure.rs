//! Deleting an organization on request (it leaves the pilot; its agreement or the law asks for
//! erasure): every row that belongs to it, in every table, in one transaction.
//!
//! The schema's triggers refuse to change submitted answers, submitted ratings and milestone
//! history (DESIGN.md: data, once final, is never rewritten). Erasure is the one deliberate
//! exception, so it lifts exactly those triggers inside its own transaction and puts them back
//! before committing: on SQLite by dropping them and recreating them from the very SQL the
//! schema holds, on PostgreSQL with `ALTER TABLE … DISABLE TRIGGER`. Both are transactional, so a
//! failure anywhere leaves the triggers and the data as they were; on PostgreSQL the `ALTER`
//! also locks the three tables until the commit, so nothing else writes them meanwhile.

use sqlx::{AnyConnection, Row};

use crate::{Backend, OrgId, Store, StoreError};

/// How many rows each table lost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    pub waves: u64,
    pub invitations: u64,
    pub responses: u64,
    pub answers: u64,
    pub assessments: u64,
    pub ratings: u64,
    pub milestones: u64,
    pub scopes: u64,
}

/// The triggers that guard final data, by backend: (table, trigger).
const SQLITE_GUARDS: [&str; 3] = [
    "answers_delete_only_in_drafts",
    "ratings_delete_only_in_drafts",
    "milestones_are_history_no_delete",
];
const POSTGRES_GUARDS: [(&str, &str); 3] = [
    ("answers", "answers_change_only_in_drafts"),
    ("ratings", "ratings_change_only_in_drafts"),
    ("milestones", "milestones_are_history"),
];

/// The organization's waves, as a sub-select on `$1`.
const WAVES: &str = "SELECT id FROM waves WHERE organization_id = $1";

impl Store {
    /// Deletes the organization and everything that belongs to it; `None` when no such
    /// organization exists. People's accounts stay (they may work with other organizations);
    /// their access to this one goes. The audit log keeps its lines: they record what staff did.
    pub async fn delete_organization(&self, org: &OrgId) -> Result<Option<Erased>, StoreError> {
        let org = org.clone();
        let backend = self.backend();
        self.write(move |c| {
            Box::pin(async move {
                let exists = sqlx::query("SELECT 1 FROM organizations WHERE id = $1")
                    .bind(org.as_str())
                    .fetch_optional(&mut *c)
                    .await?;
                if exists.is_none() {
                    return Ok(None);
                }
                let lifted = lift_guards(c, backend).await?;
                let erased = erase(c, &org).await?;
                restore_guards(c, backend, lifted).await?;
                Ok(Some(erased))
            })
        })
        .await
    }
}

/// Lifts the guards; returns what puts them back (the SQL of SQLite's triggers).
async fn lift_guards(c: &mut AnyConnection, backend: Backend) -> Result<Vec<String>, StoreError> {
    let mut saved = Vec::new();
    match backend {
        Backend::Sqlite => {
            for name in SQLITE_GUARDS {
                let row = sqlx::query(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = $1",
                )
                .bind(name)
                .fetch_one(&mut *c)
                .await?;
                saved.push(row.try_get::<String, _>(0)?);
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP TRIGGER {name}")))
                    .execute(&mut *c)
                    .await?;
            }
        }
        Backend::Postgres => {
            for (table, name) in POSTGRES_GUARDS {
                let sql = format!("ALTER TABLE {table} DISABLE TRIGGER {name}");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
            }
        }
    }
    Ok(saved)
}

async fn restore_guards(
    c: &mut AnyConnection,
    backend: Backend,
    saved: Vec<String>,
) -> Result<(), StoreError> {
    match backend {
        Backend::Sqlite => {
            for sql in saved {
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
            }
        }
        Backend::Postgres => {
            for (table, name) in POSTGRES_GUARDS {
                let sql = format!("ALTER TABLE {table} ENABLE TRIGGER {name}");
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *c)
                    .await?;
            }
        }
    }
    Ok(())
}

/// Children before parents, so that no foreign key is ever left dangling.
async fn erase(c: &mut AnyConnection, org: &OrgId) -> Result<Erased, StoreError> {
    let in_waves = |table: &str| format!("DELETE FROM {table} WHERE wave_id IN ({WAVES})");
    let of_org = |table: &str| format!("DELETE FROM {table} WHERE organization_id = $1");
    let answers = format!(
        "DELETE FROM answers WHERE response_id IN (SELECT id FROM responses WHERE wave_id IN ({WAVES}))"
    );
    let ratings = "DELETE FROM ratings WHERE assessment_id IN \
                   (SELECT id FROM assessments WHERE organization_id = $1)"
        .to_owned();
    let mut erased = Erased {
        answers: run(c, answers, org).await?,
        responses: run(c, in_waves("responses"), org).await?,
        ..Erased::default()
    };
    run(c, in_waves("submitted_keys"), org).await?;
    run(c, in_waves("wave_summaries"), org).await?;
    erased.invitations = run(c, in_waves("invitations"), org).await?;
    erased.ratings = run(c, ratings, org).await?;
    erased.assessments = run(c, of_org("assessments"), org).await?;
    erased.milestones = run(c, of_org("milestones"), org).await?;
    erased.waves = run(c, of_org("waves"), org).await?;
    erased.scopes = run(c, of_org("user_organizations"), org).await?;
    run(c, "DELETE FROM organizations WHERE id = $1".to_owned(), org).await?;
    Ok(erased)
}

async fn run(c: &mut AnyConnection, sql: String, org: &OrgId) -> Result<u64, StoreError> {
    let done = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(org.as_str())
        .execute(&mut *c)
        .await?;
    Ok(done.rows_affected())
}
