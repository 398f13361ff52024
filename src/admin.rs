//! Headless setup from the command line: migrate, organizations, waves, backups.

use std::process::ExitCode;

use parite_store::{Timestamp, display_name};
use parite_web::provision::open_wave_for_slug;

use crate::audit::{self, Moment};
use crate::cli::{ArgValue, BackupArgs, CliText, DatabaseArgs, OrgAddArgs, WaveOpenArgs};
use crate::setup;

const BEFORE: Moment = Moment::BeforeHandingOut;
const AFTER: Moment = Moment::AfterChanging;

fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Applies the migrations, then puts every email and organization name in its one spelling
/// (naming the rows that clash), as every command does on opening the store.
pub async fn migrate(args: &DatabaseArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            // Opening the store applies the pending migrations first.
            let instruments = setup::instruments(text)?;
            setup::store(&args.url, &instruments, text)
                .await?
                .close()
                .await;
            println!("{}", text.get("migrate-done", &[]));
            Ok(())
        }
        .await,
    )
}

pub async fn org_add(args: &OrgAddArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let instruments = setup::instruments(text)?;
            let store = setup::store(&args.database.url, &instruments, text).await?;
            let created = async {
                store
                    .create_organization(&args.slug, &args.name)
                    .await
                    .map_err(|e| e.to_string())?;
                let (slug, name) = (display_name(&args.slug), display_name(&args.name));
                audit::record(&store, text, AFTER, "org_create", &slug, &name).await
            }
            .await;
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

/// `YYYY-MM-DD` as the last second of that day in UTC.
fn end_of_day(date: &str) -> Option<Timestamp> {
    let days = parite_core::stages::Date::parse_iso(date)?.days_since_epoch();
    Some(Timestamp::from_unix((days + 1) * 86_400 - 1))
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
            let instruments = setup::instruments(text)?;
            let store = setup::store(&args.database.url, &instruments, text).await?;
            let opened = async {
                let wave = open_wave_for_slug(
                    &store,
                    &instruments,
                    &args.org,
                    &args.instrument,
                    &args.label,
                    closes_at,
                )
                .await
                .map_err(|e| e.to_string())?;
                let details = format!("{}; {}", args.label, args.instrument);
                let target = format!("{}/{}", args.org, wave.id);
                audit::record(&store, text, AFTER, "wave_open", &target, &details).await?;
                Ok::<_, String>(wave)
            }
            .await;
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

pub async fn backup(args: &BackupArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let instruments = setup::instruments(text)?;
            let store = setup::store(&args.database.url, &instruments, text).await?;
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
