//! The audit log: who did what, when. Append-only (the database refuses updates and deletes).

use sqlx::any::AnyRow;

use crate::row::{integer, non_blank, optional_text, text, time};
use crate::{Store, StoreError, Timestamp, UserId};

/// A line to append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditEntry {
    /// Who acted; `None` for the system or an anonymous attempt (e.g. a failed login).
    pub actor: Option<UserId>,
    /// What, as a stable code: `login`, `login_failed`, `export`, `wave_open`…
    pub action: String,
    /// On what, e.g. an organization slug or a wave id.
    pub target: String,
    /// Anything else worth keeping (never a password, never an answer).
    pub details: String,
}

/// A line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Its place in the log (increasing).
    pub id: i64,
    /// When.
    pub at: Timestamp,
    /// Who, when it was someone with an account.
    pub actor: Option<UserId>,
    /// Who, when it was the command line: `system:<unix user>`.
    pub system_actor: Option<String>,
    /// What.
    pub action: String,
    /// On what.
    pub target: String,
    /// Details.
    pub details: String,
}

/// Which lines to read: every filter left `None` matches everything. Newest first, at most
/// `limit`; pass the last id seen as `before_id` for the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this person's actions.
    pub actor: Option<UserId>,
    /// Only this action.
    pub action: Option<String>,
    /// From this moment (inclusive).
    pub from: Option<Timestamp>,
    /// Until this moment (exclusive).
    pub until: Option<Timestamp>,
    /// Only lines older than this one.
    pub before_id: Option<i64>,
    /// At most this many lines.
    pub limit: u32,
}

impl Default for AuditFilter {
    fn default() -> Self {
        Self {
            actor: None,
            action: None,
            from: None,
            until: None,
            before_id: None,
            limit: 100,
        }
    }
}

fn from_row(row: &AnyRow) -> Result<AuditEntry, StoreError> {
    Ok(AuditEntry {
        id: integer(row, "id")?,
        at: time(row, "at")?,
        actor: optional_text(row, "actor_id")?.map(UserId::from),
        system_actor: optional_text(row, "system_actor")?,
        action: text(row, "action")?,
        target: text(row, "target")?,
        details: text(row, "details")?,
    })
}

impl Store {
    /// Appends a line, timed now; returns its id.
    pub async fn append_audit(&self, entry: NewAuditEntry) -> Result<i64, StoreError> {
        self.insert_audit(entry, None).await
    }

    /// Appends a line for something done from the command line by `system_actor`
    /// (`system:<unix user>`), who has no account; returns its id.
    pub async fn append_system_audit(
        &self,
        system_actor: &str,
        entry: NewAuditEntry,
    ) -> Result<i64, StoreError> {
        non_blank("audit system actor", system_actor)?;
        self.insert_audit(entry, Some(system_actor.to_owned()))
            .await
    }

    async fn insert_audit(
        &self,
        entry: NewAuditEntry,
        system_actor: Option<String>,
    ) -> Result<i64, StoreError> {
        non_blank("audit action", &entry.action)?;
        let line = crate::audited::PendingAudit::new(entry, system_actor);
        self.write(move |c| Box::pin(line.insert(c))).await
    }

    /// The lines matching `filter`, newest first.
    pub async fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        // One statement for every combination: the log is read by administrators, rarely, and
        // the CASTs give PostgreSQL the parameter types when a filter is NULL.
        let rows = sqlx::query(
            "SELECT id, at, actor_id, system_actor, action, target, details FROM audit_log \
             WHERE (CAST($1 AS TEXT) IS NULL OR actor_id = $1) \
               AND (CAST($2 AS TEXT) IS NULL OR action = $2) \
               AND (CAST($3 AS BIGINT) IS NULL OR at >= $3) \
               AND (CAST($4 AS BIGINT) IS NULL OR at < $4) \
               AND (CAST($5 AS BIGINT) IS NULL OR id < $5) \
             ORDER BY id DESC LIMIT $6",
        )
        .bind(filter.actor.as_ref().map(UserId::as_str))
        .bind(filter.action.as_deref())
        .bind(filter.from.map(Timestamp::unix))
        .bind(filter.until.map(Timestamp::unix))
        .bind(filter.before_id)
        .bind(i64::from(filter.limit))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }
}
