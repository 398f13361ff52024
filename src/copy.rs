//! `parite copy`: a whole database into an empty one, across backends (the operator's guide,
//! "Moving from SQLite to PostgreSQL").

use std::process::ExitCode;

use parite_store::copy::{CopyError, shown_url};

use crate::admin::finish;
use crate::audit::{self, Moment};
use crate::cli::{ArgValue, CliText, CopyArgs};
use crate::setup;

pub async fn copy(args: &CopyArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let mut progress = |table: &str, rows: u64| {
                let said = [
                    ("table", ArgValue::from(table)),
                    ("rows", ArgValue::from(rows)),
                ];
                eprintln!("{}", text.get("copy-table-done", &said));
            };
            let copied = parite_store::copy::copy(&args.from, &args.to, &mut progress)
                .await
                .map_err(|error| refused(text, &error))?;
            let from = shown_url(&args.from);
            let rows = copied.rows();
            // Written into the target once the copy is committed: its log goes on from the
            // source's, with the line that says where it came from.
            let store = setup::upkeep_store(&args.to, text).await?;
            let details = format!("{} tables, {rows} rows", copied.tables.len());
            let recorded =
                audit::record(&store, text, Moment::AfterChanging, "copy", &from, &details).await;
            store.close().await;
            recorded?;
            let said = [
                ("from", ArgValue::from(from.as_str())),
                ("to", ArgValue::from(shown_url(&args.to))),
                ("tables", ArgValue::from(copied.tables.len())),
                ("rows", ArgValue::from(rows)),
            ];
            println!("{}", text.get("copy-done", &said));
            Ok(())
        }
        .await,
    )
}

/// Why a copy was refused or failed, in the operator's language; the target is as it was.
fn refused(text: &CliText, error: &CopyError) -> String {
    let arg = ArgValue::from;
    match error {
        CopyError::SameDatabase => text.get("copy-same-database", &[]),
        CopyError::Unreachable { url, detail } => text.get(
            "copy-unreachable",
            &[("url", arg(url.as_str())), ("detail", arg(detail.as_str()))],
        ),
        CopyError::NotParite { url } => text.get("copy-not-parite", &[("url", arg(url.as_str()))]),
        CopyError::SourceSchema {
            url,
            database,
            binary,
        } => text.get(
            if database < binary {
                "copy-source-older"
            } else {
                "copy-source-newer"
            },
            &[
                ("url", arg(url.as_str())),
                ("database", ArgValue::from(*database)),
                ("binary", ArgValue::from(*binary)),
            ],
        ),
        CopyError::TargetNewer {
            url,
            database,
            binary,
        } => text.get(
            "copy-target-newer",
            &[
                ("url", arg(url.as_str())),
                ("database", ArgValue::from(*database)),
                ("binary", ArgValue::from(*binary)),
            ],
        ),
        CopyError::TargetNotEmpty { url, table } => text.get(
            "copy-target-not-empty",
            &[("url", arg(url.as_str())), ("table", arg(table.as_str()))],
        ),
        CopyError::TargetInUse { path } => text.get(
            "copy-target-in-use",
            &[("path", ArgValue::from(path.display().to_string()))],
        ),
        CopyError::Mismatch { table } => {
            text.get("copy-mismatch", &[("table", arg(table.as_str()))])
        }
        CopyError::Store(error) => setup::store_error(text, error),
    }
}
