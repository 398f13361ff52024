//! Headless setup from the command line: migrate, organizations, waves, backups.

use std::process::ExitCode;

use parite_store::restore::RestoreError;
use parite_store::{SchemaStatus, Timestamp, display_name};
use parite_web::provision::{ProvisionError, open_wave_for_slug};

use crate::audit::{self, Moment};
use crate::cli::{
    ArgValue, BackupArgs, CliText, MigrateArgs, OrgAddArgs, OrgDeleteArgs, PurgeDraftsArgs,
    RestoreArgs, WaveOpenArgs,
};
use crate::setup;

const BEFORE: Moment = Moment::BeforeHandingOut;
const AFTER: Moment = Moment::AfterChanging;

pub(crate) fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Applies the migrations, then puts every email and organization name in its one spelling
/// (naming the rows that clash), as every command does on opening the store. `--check` only
/// says where the database stands.
pub async fn migrate(args: &MigrateArgs, text: &CliText) -> ExitCode {
    let url = &args.database.url;
    if args.check {
        return migrate_check(url, text).await;
    }
    finish(
        async {
            // Opening the store applies the pending migrations first.
            setup::upkeep_store(url, text).await?.close().await;
            println!("{}", text.get("migrate-done", &[]));
            Ok(())
        }
        .await,
    )
}

/// `parite migrate --check` exits with these, so an upgrade script can branch on them.
const SCHEMA_PENDING: u8 = 10;
const SCHEMA_NEWER: u8 = 11;

/// Says where the database stands, changing nothing; the exit status says it to scripts.
async fn migrate_check(url: &str, text: &CliText) -> ExitCode {
    let status = match parite_store::schema_status(url).await {
        Ok(status) => status,
        Err(error) => return finish(Err(setup::store_error(text, &error))),
    };
    let (message, args, code) = match status {
        SchemaStatus::Current { version } => (
            "migrate-check-current",
            vec![("version", ArgValue::from(version))],
            ExitCode::SUCCESS,
        ),
        SchemaStatus::Pending { database, binary } => (
            "migrate-check-pending",
            vec![
                ("database", ArgValue::from(database)),
                ("binary", ArgValue::from(binary)),
            ],
            ExitCode::from(SCHEMA_PENDING),
        ),
        SchemaStatus::Newer { database, binary } => (
            "migrate-check-newer",
            vec![
                ("database", ArgValue::from(database)),
                ("binary", ArgValue::from(binary)),
            ],
            ExitCode::from(SCHEMA_NEWER),
        ),
    };
    println!("{}", text.get(message, &args));
    code
}

pub async fn org_add(args: &OrgAddArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let store = setup::upkeep_store(&args.database.url, text).await?;
            let (slug, name) = (display_name(&args.slug), display_name(&args.name));
            let creating = store.create_organization(&args.slug, &args.name);
            let created = audit::audited(&store, "org_create", &slug, &name, creating)
                .await
                .map(|_| ())
                .map_err(|e| setup::store_error(text, &e));
            store.close().await;
            created?;
            println!(
                "{}",
                text.get("org-added", &[("slug", ArgValue::from(args.slug.as_str()))])
            );
            Ok(())
        }
        .await,
    )
}

/// Deletes an organization with everything that belongs to it, once the slug is typed twice.
/// The one audit line left names the slug and how many rows went, nothing about anyone.
pub async fn org_delete(args: &OrgDeleteArgs, text: &CliText) -> ExitCode {
    let slug = args.slug.as_str();
    if args.confirm != args.slug {
        return finish(Err(
            text.get("org-delete-unconfirmed", &[("slug", ArgValue::from(slug))])
        ));
    }
    finish(
        async {
            let store = setup::upkeep_store(&args.database.url, text).await?;
            let deleted = async {
                let unknown = || text.get("report-unknown-org", &[("slug", ArgValue::from(slug))]);
                let org = store
                    .organization_by_slug(slug)
                    .await
                    .map_err(|e| setup::store_error(text, &e))?
                    .ok_or_else(unknown)?;
                // The details are the counts deleted, filled in by the deletion's transaction.
                let deleting = store.delete_organization(&org.id);
                let erased = audit::audited(&store, "org_delete", slug, "", deleting)
                    .await
                    .map_err(|e| setup::store_error(text, &e))?
                    .ok_or_else(unknown)?;
                Ok::<_, String>(erased)
            }
            .await;
            store.close().await;
            let erased = deleted?;
            let count = |n: u64| ArgValue::from(usize::try_from(n).unwrap_or(usize::MAX));
            let said = [
                ("slug", ArgValue::from(slug)),
                ("waves", count(erased.waves)),
                ("responses", count(erased.responses)),
            ];
            println!("{}", text.get("org-deleted", &said));
            Ok(())
        }
        .await,
    )
}

/// `YYYY-MM-DD` as the last second of that day in UTC.
fn end_of_day(date: &str) -> Option<Timestamp> {
    parite_core::stages::Date::parse_iso(date).map(Timestamp::end_of)
}

pub async fn wave_open(args: &WaveOpenArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let closes_at = match &args.closes {
                None => None,
                Some(date) => Some(end_of_day(date).ok_or_else(|| {
                    text.get("wave-bad-date", &[("date", ArgValue::from(date.as_str()))])
                })?),
            };
            let content = setup::content(&args.content, text)?;
            let store = setup::store(&args.database.url, &content, text).await?;
            // The store adds the new wave's id to the line's target: `<slug>/<wave id>`.
            let details = format!("{}; {}", args.label, args.instrument);
            let opening = open_wave_for_slug(
                &store,
                &content.instruments,
                &args.org,
                &args.instrument,
                &args.label,
                closes_at,
            );
            let opened = audit::audited(&store, "wave_open", &args.org, &details, opening)
                .await
                .map_err(|e| provision_message(e, &content.instruments, text));
            store.close().await;
            let wave = opened?;
            println!(
                "{}",
                text.get(
                    "wave-opened",
                    &[("label", ArgValue::from(args.label.as_str()))]
                )
            );
            let base = args.public_url.trim_end_matches('/');
            for lang in ["fr", "en"] {
                println!("  {base}/{lang}/s/{}", wave.invitation_code);
            }
            Ok(())
        }
        .await,
    )
}

/// What went wrong opening a wave, in the reader's language.
fn provision_message(
    error: ProvisionError,
    instruments: &parite_core::InstrumentSet,
    text: &CliText,
) -> String {
    match error {
        ProvisionError::UnknownInstrument(id) | ProvisionError::NotASurvey(id) => {
            setup::not_a_survey(instruments, &id, text)
        }
        ProvisionError::UnknownOrganization(slug) => {
            text.get("report-unknown-org", &[("slug", ArgValue::from(slug))])
        }
        other => other.to_string(),
    }
}

pub async fn backup(args: &BackupArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let store = setup::upkeep_store(&args.database.url, text).await?;
            // A backup holds every answer, free text included: recorded before it is written.
            let target = args.out.display().to_string();
            let copied = async {
                audit::record(&store, text, BEFORE, "backup", &target, "").await?;
                store.backup_to(&args.out).await.map_err(|e| e.to_string())
            }
            .await;
            store.close().await;
            copied?;
            println!(
                "{}",
                text.get(
                    "backup-done",
                    &[("path", ArgValue::from(args.out.display().to_string()))]
                )
            );
            Ok(())
        }
        .await,
    )
}

pub async fn purge_drafts(args: &PurgeDraftsArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let store = setup::upkeep_store(&args.database.url, text).await?;
            let purged = async {
                let count = parite_web::retention::purge_drafts(&store, args.older_than)
                    .await
                    .map_err(|e| setup::store_error(text, &e))?;
                let details = format!("{count}; {} days", args.older_than);
                audit::record(&store, text, AFTER, "purge_drafts", "", &details).await?;
                Ok::<_, String>(count)
            }
            .await;
            store.close().await;
            let count = purged?;
            let args = [
                (
                    "count",
                    ArgValue::from(usize::try_from(count).unwrap_or(usize::MAX)),
                ),
                ("days", ArgValue::from(args.older_than)),
            ];
            println!("{}", text.get("purge-drafts-done", &args));
            Ok(())
        }
        .await,
    )
}

pub async fn restore(args: &RestoreArgs, text: &CliText) -> ExitCode {
    let from = args.from.display().to_string();
    finish(
        async {
            let restored = parite_store::restore::restore(&args.from, &args.database.url)
                .await
                .map_err(|error| restore_refused(text, &from, &error))?;
            // Written into the restored database: its log goes on from the backup's.
            recorded_restore(&args.database.url, &from, text).await?;
            let said = [
                ("path", ArgValue::from(from.as_str())),
                ("version", ArgValue::from(restored.schema_version)),
                ("organizations", ArgValue::from(restored.organizations)),
                ("responses", ArgValue::from(restored.responses)),
            ];
            println!("{}", text.get("restore-done", &said));
            Ok(())
        }
        .await,
    )
}

/// The restore's audit line, in the database it restored.
async fn recorded_restore(url: &str, from: &str, text: &CliText) -> Result<(), String> {
    let store = setup::upkeep_store(url, text).await?;
    let recorded = audit::record(&store, text, AFTER, "restore", from, "").await;
    store.close().await;
    recorded
}

/// Why a restore was refused, in the operator's language, naming the file.
fn restore_refused(text: &CliText, from: &str, error: &RestoreError) -> String {
    let path = |p: &std::path::Path| ArgValue::from(p.display().to_string());
    match error {
        RestoreError::NotSqlite => text.get("restore-not-sqlite", &[]),
        RestoreError::Missing { path: p } => text.get("restore-missing", &[("path", path(p))]),
        RestoreError::NotADatabase { path: p } => {
            text.get("restore-not-a-database", &[("path", path(p))])
        }
        RestoreError::Damaged { path: p, detail } => text.get(
            "restore-damaged",
            &[
                ("path", path(p)),
                ("detail", ArgValue::from(detail.as_str())),
            ],
        ),
        RestoreError::NotParite { path: p, .. } => {
            text.get("restore-not-parite", &[("path", path(p))])
        }
        RestoreError::Newer {
            path: p,
            database,
            binary,
        } => text.get(
            "restore-newer",
            &[
                ("path", path(p)),
                ("database", ArgValue::from(*database)),
                ("binary", ArgValue::from(*binary)),
            ],
        ),
        RestoreError::InUse { path: p } => text.get("restore-in-use", &[("path", path(p))]),
        RestoreError::Write { path: p, detail } => text.get(
            "restore-write-failed",
            &[
                ("path", path(p)),
                ("detail", ArgValue::from(detail.as_str())),
            ],
        ),
        RestoreError::Store(error) => format!("{from}: {}", setup::store_error(text, error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_dates_are_read_as_the_end_of_that_day() {
        assert_eq!(end_of_day("1970-01-01").map(Timestamp::unix), Some(86_399));
        assert_eq!(
            end_of_day("2026-11-22").map(Timestamp::unix),
            Some(1_795_391_999)
        );
        assert_eq!(end_of_day("2026-13-01"), None);
        assert_eq!(end_of_day("22/11/2026"), None);
    }
}
