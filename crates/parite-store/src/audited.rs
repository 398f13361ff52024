//! A change and its audit line in one transaction.
//!
//! An administrator's action is a store call (`rename_organization`, `set_team`…) followed by
//! its line in the audit log. Written as two commits, a crash or a full disk between them would
//! leave a change nobody can account for. [`Store::audited`] runs the action with its line
//! pending; the action's first write ([`Store::write`]) takes the line and inserts it in its
//! own transaction (on SQLite, in its own savepoint of the group commit), so the change and
//! the line are kept or lost together.
//!
//! Why a task-local and not a parameter: every mutating method of the store would need an
//! `audit` argument that most callers (the survey, the demo, tests) leave empty. The pending
//! line lives only for the one `audited` call, on the caller's task, and is taken before the
//! write is handed to the writer task, so no other request's write can pick it up.
//!
//! An action whose store calls make several writes commits its line with the first; one that
//! makes none (nothing to change) still gets its line, appended on its own when it succeeds. A
//! write may take the line itself to fill in what only it knows (`delete_organization`'s
//! counts, `open_wave`'s new id).

use std::cell::RefCell;
use std::future::Future;

use sqlx::AnyConnection;

use crate::row::{integer, non_blank};
use crate::{NewAuditEntry, Store, StoreError, Timestamp, UserId};

tokio::task_local! {
    static PENDING: RefCell<Option<PendingAudit>>;
}

/// An audit line waiting for the write it records.
#[derive(Debug)]
pub(crate) struct PendingAudit {
    entry: NewAuditEntry,
    /// `system:<unix user>` for the command line, who has no account.
    system_actor: Option<String>,
}

impl PendingAudit {
    pub(crate) fn new(entry: NewAuditEntry, system_actor: Option<String>) -> Self {
        PendingAudit {
            entry,
            system_actor,
        }
    }

    /// The same line with `details` (for a write whose details are known only once done).
    pub(crate) fn with_details(mut self, details: String) -> Self {
        self.entry.details = details;
        self
    }

    /// The same line with `/<id>` after its target (for a write that makes the id).
    pub(crate) fn with_target_suffix(mut self, id: &str) -> Self {
        self.entry.target = format!("{}/{id}", self.entry.target);
        self
    }

    /// Inserts the line on `c`, inside whatever transaction `c` is in; returns its id.
    pub(crate) async fn insert(self, c: &mut AnyConnection) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO audit_log (at, actor_id, system_actor, action, target, details) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(Timestamp::now().unix())
        .bind(self.entry.actor.as_ref().map(UserId::as_str))
        .bind(self.system_actor)
        .bind(self.entry.action)
        .bind(self.entry.target)
        .bind(self.entry.details)
        .fetch_one(&mut *c)
        .await?;
        integer(&row, "id")
    }
}

/// The line of the `audited` call running on this task, if any and not yet taken.
pub(crate) fn take_pending() -> Option<PendingAudit> {
    PENDING
        .try_with(|pending| pending.borrow_mut().take())
        .ok()
        .flatten()
}

impl Store {
    /// Runs `action` (store calls on this store, perhaps wrapped in a caller's own error type)
    /// so that its first write commits `entry` with it. Nothing is logged when the action
    /// fails: nothing it did is kept either.
    pub async fn audited<T, E: From<StoreError>>(
        &self,
        entry: NewAuditEntry,
        action: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E> {
        non_blank("audit action", &entry.action)?;
        self.run_audited(PendingAudit::new(entry, None), action)
            .await
    }

    /// [`Store::audited`] for the command line, done by `system_actor` (`system:<unix user>`).
    pub async fn audited_by_system<T, E: From<StoreError>>(
        &self,
        system_actor: &str,
        entry: NewAuditEntry,
        action: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E> {
        non_blank("audit action", &entry.action)?;
        non_blank("audit system actor", system_actor)?;
        let pending = PendingAudit::new(entry, Some(system_actor.to_owned()));
        self.run_audited(pending, action).await
    }

    async fn run_audited<T, E: From<StoreError>>(
        &self,
        pending: PendingAudit,
        action: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E> {
        let (result, left) = PENDING
            .scope(RefCell::new(Some(pending)), async {
                let result = action.await;
                (result, take_pending())
            })
            .await;
        let value = result?;
        // The action changed nothing (no write took the line): it is still recorded.
        if let Some(line) = left {
            self.write(move |c| Box::pin(line.insert(c))).await?;
        }
        Ok(value)
    }
}
