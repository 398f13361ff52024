//! `parite export ratings|milestones|support`: the item-level exports of what evaluators record,
//! the same files as the organization page's downloads, written on the server.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use futures_util::StreamExt;
use parite_core::report::ReportInstruments;
use parite_reports::export::{
    CsvOptions, Dataset, Delimiter, HeaderStyle, RatingsLongWriter, RatingsWideWriter, SyntaxKind,
    write_syntax,
};
use parite_store::{AssessmentKind, RatingFilter};
use parite_web::reports::{ItemExport, item_export_bytes, rating_row};

use crate::audit::{self, Moment};
use crate::cli::{ArgValue, CliText, CsvArgs, ItemExportArgs, RatingsExportArgs};
use crate::report::{finish, organization, texts};
use crate::setup;

/// How the file is written, from the flags; the reader's language's conventions by default.
pub(crate) fn csv_options(
    args: &CsvArgs,
    texts: &parite_i18n::Texts,
    text: &CliText,
) -> Result<CsvOptions, String> {
    let mut options = CsvOptions::for_locale(texts.locale());
    options.bom = !args.no_bom;
    if args.codes {
        options.headers = HeaderStyle::Codes;
    }
    if let Some(delimiter) = args.delimiter {
        options.delimiter = match delimiter {
            ',' => Delimiter::Comma,
            ';' => Delimiter::Semicolon,
            other => {
                return Err(text.get(
                    "export-bad-delimiter",
                    &[("delimiter", ArgValue::from(other.to_string()))],
                ));
            }
        };
    }
    Ok(options)
}

/// The R, SPSS and Stata files beside an export at `out`, each reading it by its file name
/// from the folder they share.
pub(crate) fn write_syntax_files(
    out: &Path,
    dataset: &Dataset,
    texts: &parite_i18n::Texts,
) -> Result<(), String> {
    for kind in SyntaxKind::ALL {
        let path = out.with_extension(kind.extension());
        done(write_syntax(kind, dataset, texts, create(&path)?))?;
    }
    Ok(())
}

/// The file name a syntax file opens: the export's, without its folder.
pub(crate) fn file_name(out: &Path) -> String {
    out.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn create(path: &Path) -> Result<BufWriter<File>, String> {
    File::create(path)
        .map(BufWriter::new)
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn written(text: &CliText, rows: usize, path: &Path) {
    println!(
        "{}",
        text.get(
            "export-rows-written",
            &[
                ("rows", ArgValue::from(rows)),
                ("path", ArgValue::from(path.display().to_string())),
            ],
        )
    );
}

fn done<W: Write>(result: Result<W, parite_reports::ReportError>) -> Result<(), String> {
    result
        .map_err(|e| e.to_string())?
        .flush()
        .map_err(|e| e.to_string())
}

/// The store, the instruments and the organization of an item export, with the audit line
/// written before anything is (an evidence note is free text about an organization).
async fn open(
    args: &ItemExportArgs,
    what: &str,
    text: &CliText,
) -> Result<
    (
        parite_store::Store,
        setup::Content,
        parite_i18n::Texts,
        CsvOptions,
        parite_store::Organization,
    ),
    String,
> {
    let content = setup::content(&args.content, text)?;
    let texts = texts(&content, &args.csv.locale)?;
    let options = csv_options(&args.csv, &texts, text)?;
    let store = setup::store(&args.database.url, &content, text).await?;
    let org = organization(&store, &args.org, text).await?;
    let details = format!("{what}; command line");
    audit::record(
        &store,
        text,
        Moment::BeforeHandingOut,
        "export_items",
        &org.slug,
        &details,
    )
    .await?;
    Ok((store, content, texts, options, org))
}

fn which(content: &setup::Content, text: &CliText) -> Result<ReportInstruments, String> {
    ReportInstruments::latest(
        &content.instruments,
        std::sync::Arc::new(setup::support_kinds(text)?),
    )
    .ok_or_else(|| text.get("setup-instruments-invalid", &[]))
}

pub async fn ratings(args: &RatingsExportArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let what = match (args.consensus, args.wide) {
                (true, _) => "consensus ratings",
                (false, true) => "ratings; wide",
                (false, false) => "ratings",
            };
            let (store, content, texts, options, org) = open(&args.export, what, text).await?;
            let which = which(&content, text)?;
            // Ratings of every version: the columns of every item any version had.
            let checklist = content
                .instruments
                .every_item_of(which.checklist.id.as_str())
                .ok_or_else(|| text.get("setup-instruments-invalid", &[]))?;
            let filter = RatingFilter {
                organization: Some(org.id.clone()),
                kind: args.consensus.then_some(AssessmentKind::Consensus),
                submitted_only: args.consensus,
            };
            let out = create(&args.export.out)?;
            let mut rows = std::pin::pin!(store.stream_ratings(&filter));
            let mut count = 0;
            // Written as they arrive from the database: memory stays flat.
            let result = if args.wide {
                let mut writer = RatingsWideWriter::new(out, &checklist, &texts, &options)
                    .map_err(|e| e.to_string())?;
                while let Some(row) = rows.next().await {
                    writer
                        .write(&rating_row(row.map_err(|e| e.to_string())?))
                        .map_err(|e| e.to_string())?;
                    count += 1;
                }
                done(writer.finish())
            } else {
                let mut writer = RatingsLongWriter::new(out, &checklist, &texts, &options)
                    .map_err(|e| e.to_string())?;
                while let Some(row) = rows.next().await {
                    writer
                        .write(&rating_row(row.map_err(|e| e.to_string())?))
                        .map_err(|e| e.to_string())?;
                    count += 1;
                }
                done(writer.finish())
            };
            store.close().await;
            result?;
            let export = match (args.consensus, args.wide) {
                (_, true) => ItemExport::RatingsWide,
                (true, false) => ItemExport::Consensus,
                (false, false) => ItemExport::Ratings,
            };
            let name = file_name(&args.export.out);
            let dataset = export
                .dataset(&which, &content.instruments, &texts, &options, &name)
                .ok_or_else(|| text.get("setup-instruments-invalid", &[]))?;
            write_syntax_files(&args.export.out, &dataset, &texts)?;
            written(text, count, &args.export.out);
            Ok(())
        }
        .await,
    )
}

pub async fn milestones(args: &ItemExportArgs, text: &CliText) -> ExitCode {
    records(args, ItemExport::Milestones, "milestones", text).await
}

pub async fn support(args: &ItemExportArgs, text: &CliText) -> ExitCode {
    records(args, ItemExport::Support, "support", text).await
}

/// One organization's milestones or support: the same file as the organization page's
/// download, then its R, SPSS and Stata files beside it.
async fn records(args: &ItemExportArgs, kind: ItemExport, what: &str, text: &CliText) -> ExitCode {
    finish(
        async {
            let (store, content, texts, options, org) = open(args, what, text).await?;
            let written_file =
                item_export_bytes(&store, &content.instruments, &org, kind, &texts, &options).await;
            store.close().await;
            let (bytes, rows) = written_file.map_err(|e| e.to_string())?;
            let mut out = create(&args.out)?;
            out.write_all(&bytes)
                .and_then(|()| out.flush())
                .map_err(|e| format!("{}: {e}", args.out.display()))?;
            let which = which(&content, text)?;
            let dataset = kind
                .dataset(
                    &which,
                    &content.instruments,
                    &texts,
                    &options,
                    &file_name(&args.out),
                )
                .ok_or_else(|| text.get("setup-instruments-invalid", &[]))?;
            write_syntax_files(&args.out, &dataset, &texts)?;
            written(text, rows, &args.out);
            Ok(())
        }
        .await,
    )
}
