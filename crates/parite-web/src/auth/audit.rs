//! The audit helper every page that changes or hands out data calls.

use std::future::Future;

use parite_store::{NewAuditEntry, StoreError, UserId};

use crate::app::AppState;

/// Every action code written to the audit log, with the message that names it for people.
pub const ACTIONS: &[(&str, &str)] = &[
    ("sign_in", "audit-action-sign-in"),
    ("sign_in_failed", "audit-action-sign-in-failed"),
    ("sign_out", "audit-action-sign-out"),
    ("sign_out_everywhere", "audit-action-sign-out-everywhere"),
    ("password_set", "audit-action-password-set"),
    ("org_create", "audit-action-org-create"),
    ("org_rename", "audit-action-org-rename"),
    ("org_archive", "audit-action-org-archive"),
    ("org_delete", "audit-action-org-delete"),
    ("user_create", "audit-action-user-create"),
    ("user_role", "audit-action-user-role"),
    ("user_disable", "audit-action-user-disable"),
    ("user_enable", "audit-action-user-enable"),
    ("user_password_link", "audit-action-user-password-link"),
    ("wave_open", "audit-action-wave-open"),
    ("wave_close", "audit-action-wave-close"),
    ("wave_reopen", "audit-action-wave-reopen"),
    ("wave_grace", "audit-action-wave-grace"),
    ("wave_team", "audit-action-wave-team"),
    ("invitation_create", "audit-action-invitation-create"),
    ("invitation_revoke", "audit-action-invitation-revoke"),
    ("export", "audit-action-export"),
    ("export_raw", "audit-action-export-raw"),
    ("report_download", "audit-action-report-download"),
    ("checklist_submit", "audit-action-checklist-submit"),
    ("consensus_submit", "audit-action-consensus-submit"),
    ("milestone_done", "audit-action-milestone-done"),
    ("milestone_undo", "audit-action-milestone-undo"),
    ("support_plan", "audit-action-support-plan"),
    ("support_deliver", "audit-action-support-deliver"),
    ("support_cancel", "audit-action-support-cancel"),
    ("sign_in_throttled", "audit-action-sign-in-throttled"),
    ("backup", "audit-action-backup"),
    ("demo_seed", "audit-action-demo-seed"),
    ("demo_accounts", "audit-action-demo-accounts"),
    ("identity_normalize", "audit-action-identity-normalize"),
    ("purge_drafts", "audit-action-purge-drafts"),
    ("restore", "audit-action-restore"),
    ("api_token_create", "audit-action-api-token-create"),
    ("api_token_revoke", "audit-action-api-token-revoke"),
    ("api_table", "audit-action-api-table"),
    ("api_responses", "audit-action-api-responses"),
];

/// Appends a line to the audit log: who (`None` for an anonymous attempt or the system), what
/// (a stable code from [`ACTIONS`], e.g. `export`), on what (a slug, an email, a wave id) and
/// details (never a password, a token or an answer).
///
/// A failure is logged and returned: a page that hands out data (an export, a report download)
/// should refuse rather than give it unrecorded.
pub async fn audit(
    state: &AppState,
    actor: Option<&UserId>,
    action: &str,
    target: &str,
    details: &str,
) -> Result<(), StoreError> {
    let entry = NewAuditEntry {
        actor: actor.cloned(),
        action: action.to_owned(),
        target: target.to_owned(),
        details: details.to_owned(),
    };
    match state.store.append_audit(entry).await {
        Ok(_) => Ok(()),
        Err(error) => {
            tracing::error!(%error, action, target, "cannot write the audit log");
            Err(error)
        }
    }
}

/// Runs `change` — store calls that change something — so that its line (who, what, on what,
/// details, as for [`audit`]) commits in the same transaction as its first write
/// ([`parite_store::Store::audited`]): the change and its line are kept or lost together. Every
/// administrative action goes through here. A failure is returned for the caller's page to
/// say (and log) once.
pub async fn audited<T, E: From<StoreError>>(
    state: &AppState,
    actor: Option<&UserId>,
    action: &str,
    target: &str,
    details: &str,
    change: impl Future<Output = Result<T, E>>,
) -> Result<T, E> {
    let entry = NewAuditEntry {
        actor: actor.cloned(),
        action: action.to_owned(),
        target: target.to_owned(),
        details: details.to_owned(),
    };
    state.store.audited(entry, change).await
}
