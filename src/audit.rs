//! The audit line of every command-line action that reads free text or changes data. Whoever
//! runs `parite` on the server has no account: the line names them as `system:<unix user>`.
//! A line that cannot be written is never ignored: a command that hands out data refuses
//! before writing anything, one that changed data says the change is unrecorded and fails.

use std::process::Command;

use std::future::Future;

use parite_store::{NewAuditEntry, Store, StoreError};

use crate::cli::{ArgValue, CliText};

/// `system:<unix user>`: the login of whoever runs this command.
pub fn system_actor() -> String {
    let from_env = ["USER", "LOGNAME"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .map(|name| name.trim().to_owned())
        .find(|name| !name.is_empty());
    let user = from_env
        .or_else(|| {
            Command::new("id")
                .arg("-un")
                .output()
                .ok()
                .filter(|out| out.status.success())
                .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
                .filter(|name| !name.is_empty())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    format!("system:{user}")
}

/// When the line is written: before handing data out, or after changing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// Nothing has been handed out yet: a failure refuses.
    BeforeHandingOut,
    /// The change is made: a failure says it is unrecorded.
    AfterChanging,
}

/// Appends `action` on `target` to the audit log as the system user.
pub async fn record(
    store: &Store,
    text: &CliText,
    moment: Moment,
    action: &str,
    target: &str,
    details: &str,
) -> Result<(), String> {
    let entry = NewAuditEntry {
        actor: None,
        action: action.to_owned(),
        target: target.to_owned(),
        details: details.to_owned(),
    };
    match store.append_system_audit(&system_actor(), entry).await {
        Ok(_) => Ok(()),
        Err(error) => {
            let id = match moment {
                Moment::BeforeHandingOut => "cli-audit-refused",
                Moment::AfterChanging => "cli-audit-unrecorded",
            };
            Err(text.get(id, &[("error", ArgValue::from(error.to_string()))]))
        }
    }
}

/// Runs `change` so that its line — `action` on `target`, as the system user — commits in the
/// same transaction as its first write ([`Store::audited_by_system`]): a change that cannot be
/// recorded is not made. Errors are the change's own, for the caller to say.
pub async fn audited<T, E: From<StoreError>>(
    store: &Store,
    action: &str,
    target: &str,
    details: &str,
    change: impl Future<Output = Result<T, E>>,
) -> Result<T, E> {
    let entry = NewAuditEntry {
        actor: None,
        action: action.to_owned(),
        target: target.to_owned(),
        details: details.to_owned(),
    };
    store
        .audited_by_system(&system_actor(), entry, change)
        .await
}
