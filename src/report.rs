//! `parite report` and `parite export`: the same renderer as the web, written to files.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

use askama::Template;
use futures_util::StreamExt;
use parite_core::ItemId;
use parite_core::report::{ReportInstruments, WaveVisibility};
use parite_core::suppression::MinCell;
use parite_i18n::{Locale, Texts};
use parite_reports::compose::{
    Composition, PdfCover, ReportFile, Subject, WaveNotes, chart, community, pdf, sections,
    summary, write_table,
};
use parite_reports::definition::{ChartKind, ReportScope, TableKind, shipped};
use parite_reports::export::{
    AnswerRow, CsvOptions, ResponsesLongWriter, ResponsesWideWriter, responses_wide_dataset,
    write_codebook,
};
use parite_store::figures::load;
use parite_store::{AnswerFilter, Organization, Store, Timestamp};

use crate::audit::{self, Moment};
use crate::cli::{ArgValue, CliText, ExportArgs, ReportArgs, ReportFormat};
use crate::setup;

const BEFORE: Moment = Moment::BeforeHandingOut;

/// The site's stylesheet, inlined in a report file so it stands alone, as the pages show it.
const STYLESHEET: &str = include_str!("../crates/parite-web/static/parite.css");

pub(crate) fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn texts(content: &setup::Content, locale: &str) -> Result<Texts, String> {
    let localizer = content.localizer()?;
    let locale = Locale::parse(locale).map_err(|e| e.to_string())?;
    if !localizer.locales().contains(&locale) {
        return Err(format!(
            "{locale}: {}",
            localizer
                .locales()
                .iter()
                .map(Locale::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(Texts::new(localizer, locale))
}

pub(crate) async fn organization(
    store: &Store,
    slug: &str,
    text: &CliText,
) -> Result<Organization, String> {
    store
        .organization_by_slug(slug)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| text.get("report-unknown-org", &[("slug", ArgValue::from(slug))]))
}

pub async fn report(args: &ReportArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let definition = shipped()
                .map_err(|e| e.to_string())?
                .into_iter()
                .find(|r| r.id == args.report)
                .ok_or_else(|| {
                    text.get(
                        "report-unknown-report",
                        &[("report", ArgValue::from(args.report.as_str()))],
                    )
                })?;
            let content = setup::content(&args.content, text)?;
            let texts = texts(&content, &args.locale)?;
            let instruments = std::sync::Arc::clone(&content.instruments);
            let store = setup::store(&args.database.url, &content, text).await?;
            let orgs = match (&definition.scope, &args.org) {
                (ReportScope::Organization, Some(slug)) => {
                    vec![organization(&store, slug, text).await?]
                }
                (ReportScope::Organization, None) => return Err(text.get("report-needs-org", &[])),
                (ReportScope::All, _) => store
                    .organizations(false)
                    .await
                    .map_err(|e| e.to_string())?,
            };
            let support = std::sync::Arc::new(setup::support_kinds(text)?);
            let which = ReportInstruments::latest(&instruments, support)
                .ok_or_else(|| text.get("setup-instruments-invalid", &[]))?;
            let target = args.org.clone().unwrap_or_default();
            let details = format!("{}; {:?}; command line", definition.id, args.format);
            audit::record(&store, text, BEFORE, "report_download", &target, &details).await?;
            // Run by the operator, like an administrator: open waves live, marked provisional.
            let data = load(&store, &instruments, &which, &orgs, WaveVisibility::Live)
                .await
                .map_err(|e| e.to_string())?;
            store.close().await;
            let name =
                (definition.scope == ReportScope::Organization).then(|| orgs[0].name.clone());
            let subject = Subject {
                organization: name.as_deref(),
            };
            let k = MinCell::clamped(args.min_cell);
            let composition = Composition {
                definition: &definition,
                data: &data,
                which: &which,
                subject,
                texts: &texts,
                k,
            };
            let bytes: Vec<u8> = match args.format {
                ReportFormat::Html => {
                    let sections = sections(&composition).map_err(|e| e.to_string())?;
                    let subtitle = name.clone().unwrap_or_else(|| {
                        texts.t1("report-organizations-count", "count", orgs.len())
                    });
                    let notes = WaveNotes::of(&data, &texts);
                    let boxes = (summary(&composition), community(&composition));
                    ReportFile::new(
                        STYLESHEET,
                        &definition,
                        boxes,
                        sections,
                        notes,
                        subtitle,
                        &texts,
                        k,
                    )
                    .render()
                    .map_err(|e| e.to_string())?
                    .into_bytes()
                }
                ReportFormat::Pdf => {
                    let subtitle = name.clone().unwrap_or_else(|| {
                        texts.t1("report-organizations-count", "count", orgs.len())
                    });
                    let cover = PdfCover {
                        subtitle,
                        today: Timestamp::now().iso_date(),
                    };
                    pdf(&composition, &cover).map_err(|e| e.to_string())?
                }
                ReportFormat::Svg | ReportFormat::Png => {
                    let kind = match &args.chart {
                        Some(code) => ChartKind::from_code(code)
                            .filter(|c| definition.charts().any(|d| d == *c)),
                        None => definition.charts().next(),
                    }
                    .ok_or_else(|| text.get("report-unknown-chart", &[]))?;
                    let chart = chart(kind, &data, &which, subject)
                        .ok_or_else(|| text.get("report-no-figures", &[]))?;
                    if args.format == ReportFormat::Png {
                        chart.render_png(&texts, k).map_err(|e| e.to_string())?
                    } else {
                        chart
                            .render_svg(&texts, k)
                            .map_err(|e| e.to_string())?
                            .into_bytes()
                    }
                }
                ReportFormat::Csv => {
                    let kind = match &args.table {
                        Some(code) => TableKind::from_code(code)
                            .filter(|t| definition.tables().any(|d| d == *t)),
                        None => definition.tables().next(),
                    }
                    .ok_or_else(|| text.get("report-unknown-table", &[]))?;
                    let options = CsvOptions::for_locale(texts.locale());
                    write_table(kind, &data, &which, &texts, k, &options, Vec::new())
                        .map_err(|e| e.to_string())?
                }
            };
            std::fs::write(&args.out, bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
            // In the report's language, which the person who chose --locale reads.
            println!(
                "{}",
                texts.t1("report-written", "path", args.out.display().to_string())
            );
            Ok(())
        }
        .await,
    )
}

pub async fn export_responses(args: &ExportArgs, text: &CliText) -> ExitCode {
    finish(
        async {
            let content = setup::content(&args.content, text)?;
            let texts = texts(&content, &args.csv.locale)?;
            let instruments = std::sync::Arc::clone(&content.instruments);
            let store = setup::store(&args.database.url, &content, text).await?;
            // Responses of every version: the columns of every item any version had.
            let survey = instruments
                .every_item_of(&args.instrument)
                .filter(|survey| survey.kind == parite_core::InstrumentKind::Survey)
                .ok_or_else(|| setup::not_a_survey(&instruments, &args.instrument, text))?;
            let org = match &args.org {
                Some(slug) => Some(organization(&store, slug, text).await?.id),
                None => None,
            };
            // Every answer, free text included: recorded before anything is written.
            let target = args.org.clone().unwrap_or_default();
            let shape = if args.wide { "wide" } else { "long" };
            let details = format!("responses; {shape}; free text; command line");
            audit::record(&store, text, BEFORE, "export_raw", &target, &details).await?;
            let mut options = crate::export_items::csv_options(&args.csv, &texts, text)?;
            options.include_free_text = true;
            let file =
                File::create(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
            let filter = AnswerFilter {
                organization: org,
                wave: None,
                submitted_only: true,
                instrument: Some(args.instrument.clone()),
            };
            let mut batches = std::pin::pin!(store.stream_export(&filter));
            let mut rows = 0_u64;
            let convert = |row: parite_store::ExportRow| -> Option<AnswerRow> {
                Some(AnswerRow {
                    response_id: row.response_id,
                    organization: row.organization_slug,
                    wave: row.wave_label,
                    locale: row.locale,
                    role: row.respondent_role,
                    item_id: ItemId::try_from(row.item_id).ok()?,
                    value: row.value,
                })
            };
            // Rows are written as they arrive from the database: memory stays flat.
            if args.wide {
                let mut writer =
                    ResponsesWideWriter::new(BufWriter::new(file), &survey, &texts, &options)
                        .map_err(|e| e.to_string())?;
                while let Some(batch) = batches.next().await {
                    for row in batch
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .filter_map(convert)
                    {
                        writer.write(&row).map_err(|e| e.to_string())?;
                        rows += 1;
                    }
                }
                writer
                    .finish()
                    .map_err(|e| e.to_string())?
                    .flush()
                    .map_err(|e| e.to_string())?;
                let codebook_path = args.out.with_extension("codebook.csv");
                let codebook = File::create(&codebook_path)
                    .map_err(|e| format!("{}: {e}", codebook_path.display()))?;
                write_codebook(BufWriter::new(codebook), &survey, &texts, &options)
                    .map_err(|e| e.to_string())?
                    .flush()
                    .map_err(|e| e.to_string())?;
                // The scripts open the export by its name, from the folder they share with it.
                let name = crate::export_items::file_name(&args.out);
                let dataset = responses_wide_dataset(&survey, &texts, &options, &name)
                    .map_err(|e| e.to_string())?;
                crate::export_items::write_syntax_files(&args.out, &dataset, &texts)?;
            } else {
                let mut writer =
                    ResponsesLongWriter::new(BufWriter::new(file), &survey, &texts, &options)
                        .map_err(|e| e.to_string())?;
                while let Some(batch) = batches.next().await {
                    for row in batch
                        .map_err(|e| e.to_string())?
                        .into_iter()
                        .filter_map(convert)
                    {
                        writer.write(&row).map_err(|e| e.to_string())?;
                        rows += 1;
                    }
                }
                writer
                    .finish()
                    .map_err(|e| e.to_string())?
                    .flush()
                    .map_err(|e| e.to_string())?;
            }
            store.close().await;
            println!(
                "{}",
                texts.t2(
                    "export-written",
                    ("rows", rows as usize),
                    ("path", args.out.display().to_string())
                )
            );
            Ok(())
        }
        .await,
    )
}
