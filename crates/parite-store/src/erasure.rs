//! Deleting an organization on request (it leaves the pilot; its agreement or the law asks for
//! erasure): every row that belongs to it, in every table, in one transaction.
//!
//! The schema's triggers refuse to change submitted answers, submitted ratings and milestone
//! history (DESIGN.md: data, once final, is never rewritten). Erasure is a deliberate
//! exception, so it lifts the triggers of those three tables inside its own transaction and puts
//! them back before committing (`guards`).

use sqlx::AnyConnection;

use crate::{OrgId, Store, StoreError, guards};

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
    /// Activities of the schedule of support that were for this organization alone (a shared
    /// one stays for the others, without this organization's attendance).
    pub support_activities: u64,
    pub scopes: u64,
}

impl Erased {
    /// What the audit line of an erasure says: counts only, never a name or an answer.
    pub fn audit_details(&self) -> String {
        format!(
            "{} waves, {} responses, {} answers, {} assessments, {} milestones",
            self.waves, self.responses, self.answers, self.assessments, self.milestones
        )
    }
}

/// The tables whose guards erasure lifts: the final data it must delete.
const GUARDED: [&str; 3] = ["answers", "ratings", "milestones"];

/// The organization's waves, as a sub-select on `$1`.
const WAVES: &str = "SELECT id FROM waves WHERE organization_id = $1";

impl Store {
    /// Deletes the organization and everything that belongs to it; `None` when no such
    /// organization exists. People's accounts stay (they may work with other organizations);
    /// their access to this one goes. The audit log keeps its lines: they record what staff did.
    ///
    /// Inside [`Store::audited`], the pending line commits with the deletion and its details
    /// are the counts deleted ([`Erased::audit_details`]), known only inside the transaction.
    pub async fn delete_organization(&self, org: &OrgId) -> Result<Option<Erased>, StoreError> {
        let org = org.clone();
        let backend = self.backend();
        let line = crate::audited::take_pending();
        self.write(move |c| {
            Box::pin(async move {
                let exists = sqlx::query("SELECT 1 FROM organizations WHERE id = $1")
                    .bind(org.as_str())
                    .fetch_optional(&mut *c)
                    .await?;
                if exists.is_none() {
                    return Ok(None);
                }
                let lifted = guards::lift(c, backend, &GUARDED).await?;
                let erased = erase(c, &org).await?;
                guards::restore(c, lifted).await?;
                if let Some(line) = line {
                    line.with_details(erased.audit_details()).insert(c).await?;
                }
                Ok(Some(erased))
            })
        })
        .await
    }
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
    let alone = "DELETE FROM support_activities WHERE id IN (SELECT activity_id FROM \
                 support_attendance WHERE organization_id = $1) AND NOT EXISTS (SELECT 1 FROM \
                 support_attendance o WHERE o.activity_id = support_activities.id \
                 AND o.organization_id <> $1)";
    erased.support_activities = run(c, alone.to_owned(), org).await?;
    run(c, of_org("support_attendance"), org).await?;
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
