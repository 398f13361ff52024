//! Item-level exports of what evaluators record: checklist ratings (long and wide, raters' and
//! consensus), milestones and the schedule of support, each row as stored. Evaluators and
//! administrators only (the route table says so): evidence notes are free text about an
//! organization, and support attendance counts peers whole.

use std::collections::HashMap;
use std::io::Write;

use axum::extract::{Path, State};
use futures_util::StreamExt;
use parite_core::report::ReportInstruments;
use parite_core::support::ActivityState;
use parite_reports::export::{
    ActivitiesWriter, ActivityRow, CsvOptions, Dataset, MilestoneRow, MilestonesWriter, RatingRow,
    RatingsLongWriter, RatingsWideWriter, SyntaxKind, activities_dataset, milestones_dataset,
    ratings_dataset, ratings_wide_dataset, write_syntax,
};
use parite_store::{
    AssessmentKind, Organization, RatingExportRow, RatingFilter, Status, Store, StoreError,
    Timestamp, UserId,
};

use super::{download, streamed::streamed};
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::page::Page;

/// The item-level exports, by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemExport {
    /// Every rating of every assessment, one row each.
    Ratings,
    /// One row per assessment, a column per item.
    RatingsWide,
    /// The submitted consensus ratings, one row each.
    Consensus,
    /// Every mark and unmark of a milestone.
    Milestones,
    /// Every activity of the schedule of support.
    Support,
}

/// The item-level exports as (file name, export, message id of the link that offers it).
pub(crate) const ITEM_EXPORTS: [(&str, ItemExport, &str); 5] = [
    (
        "ratings.csv",
        ItemExport::Ratings,
        "orgs-items-ratings-link",
    ),
    (
        "ratings-wide.csv",
        ItemExport::RatingsWide,
        "orgs-items-ratings-wide-link",
    ),
    (
        "consensus.csv",
        ItemExport::Consensus,
        "orgs-items-consensus-link",
    ),
    (
        "milestones.csv",
        ItemExport::Milestones,
        "orgs-items-milestones-link",
    ),
    (
        "support-activities.csv",
        ItemExport::Support,
        "orgs-items-support-link",
    ),
];

/// The syntax files offered after each item export, with the message id of their links.
pub(crate) const ITEM_SYNTAX_LINKS: [(SyntaxKind, &str); 3] = [
    (SyntaxKind::R, "orgs-items-syntax-r-link"),
    (SyntaxKind::Spss, "orgs-items-syntax-spss-link"),
    (SyntaxKind::Stata, "orgs-items-syntax-stata-link"),
];

impl ItemExport {
    /// The export of a name without its `.csv` (the API's addresses): `ratings`, `milestones`…
    pub fn from_name(name: &str) -> Option<ItemExport> {
        ITEM_EXPORTS
            .iter()
            .find(|(file, _, _)| file.strip_suffix(".csv") == Some(name))
            .map(|(_, export, _)| *export)
    }

    /// The export of a file name, and the syntax file asked for instead of the CSV, if any
    /// (`ratings-wide.R` reads `ratings-wide.csv`).
    fn from_file(file: &str) -> Option<(ItemExport, Option<SyntaxKind>)> {
        let (stem, extension) = file.rsplit_once('.')?;
        let syntax = match extension {
            "csv" => None,
            other => Some(
                SyntaxKind::ALL
                    .into_iter()
                    .find(|k| k.extension() == other)?,
            ),
        };
        ITEM_EXPORTS
            .iter()
            .find(|(name, _, _)| name.strip_suffix(".csv") == Some(stem))
            .map(|(_, export, _)| (*export, syntax))
    }

    /// What the CSV's columns and codes are, for its syntax files.
    pub fn dataset(
        self,
        which: &ReportInstruments,
        instruments: &parite_core::InstrumentSet,
        texts: &parite_i18n::Texts,
        options: &CsvOptions,
        file: &str,
    ) -> Option<Dataset> {
        let every = |id: &parite_core::InstrumentId| instruments.every_item_of(id.as_str());
        Some(match self {
            ItemExport::Ratings | ItemExport::Consensus => {
                ratings_dataset(&every(&which.checklist.id)?, texts, options, file)
            }
            ItemExport::RatingsWide => {
                ratings_wide_dataset(&every(&which.checklist.id)?, texts, options, file)
            }
            ItemExport::Milestones => {
                milestones_dataset(&every(&which.progress.id)?, texts, options, file)
            }
            ItemExport::Support => activities_dataset(&which.support, texts, options, file),
        })
    }
}

/// The CSV file a syntax file reads: the same stem.
fn csv_of(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    format!("{stem}.csv")
}

/// A syntax file of an item export, as its CSV is written for this reader. Not audited: it
/// holds the instruments' labels and codes, never a rating or a note.
fn syntax_file(
    state: &AppState,
    which: &ReportInstruments,
    reader: &crate::reader::Reader,
    export: ItemExport,
    kind: SyntaxKind,
    file: &str,
) -> Page {
    let texts = &reader.tr;
    let options = CsvOptions::for_locale(texts.locale());
    let dataset = export
        .dataset(which, &state.instruments, texts, &options, &csv_of(file))
        .ok_or(PageError::NotFound)?;
    let bytes = write_syntax(kind, &dataset, texts, Vec::new()).map_err(not_written)?;
    Ok(download(bytes, "text/plain; charset=utf-8", file))
}

/// `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn date_time(at: Timestamp) -> String {
    let second = at.second_of_day();
    format!(
        "{} {:02}:{:02}:{:02}",
        at.iso_date(),
        second / 3600,
        second / 60 % 60,
        second % 60
    )
}

/// A stored rating as the export writes it.
pub fn rating_row(stored: RatingExportRow) -> RatingRow {
    RatingRow {
        assessment_id: stored.assessment_id,
        organization: stored.organization_slug,
        wave: stored.wave_label,
        version: stored.instrument_version,
        kind: stored.kind.as_str(),
        status: match stored.status {
            Status::Submitted => "submitted",
            _ => "draft",
        },
        rater: stored.rater,
        submitted_at: stored.submitted_at.map(date_time).unwrap_or_default(),
        item_id: stored.item_id,
        value: stored.value,
        evidence: stored.evidence,
        sources: stored.sources.into_iter().collect(),
    }
}

pub async fn org_item_export(
    State(state): State<AppState>,
    reader: crate::reader::Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Page {
    let (kind, syntax) = ItemExport::from_file(&file).ok_or(PageError::NotFound)?;
    let which = ReportInstruments::latest(&state.instruments, crate::support::kinds())
        .ok_or(PageError::NotFound)?;
    if let Some(syntax) = syntax {
        return syntax_file(&state, &which, &reader, kind, syntax, &file);
    }
    audit(
        &state,
        Some(&user.0.user.id),
        "export_items",
        &org.slug,
        &file,
    )
    .await
    .map_err(PageError::nothing_lost)?;
    let texts = reader.tr.clone();
    let options = CsvOptions::for_locale(texts.locale());
    let body = match kind {
        ItemExport::Ratings | ItemExport::RatingsWide | ItemExport::Consensus => {
            let checklist = state
                .instruments
                .every_item_of(which.checklist.id.as_str())
                .ok_or(PageError::NotFound)?;
            let filter = RatingFilter {
                organization: Some(org.id.clone()),
                kind: (kind == ItemExport::Consensus).then_some(AssessmentKind::Consensus),
                submitted_only: kind == ItemExport::Consensus,
            };
            let store = state.store.clone();
            streamed("ratings export", move |out, runtime| {
                let mut rows = std::pin::pin!(store.stream_ratings(&filter));
                let mut next = || {
                    runtime
                        .block_on(rows.next())
                        .map(|row| row.map(rating_row).map_err(|e| e.to_string()))
                };
                if kind == ItemExport::RatingsWide {
                    let mut writer = RatingsWideWriter::new(out, &checklist, &texts, &options)
                        .map_err(|e| e.to_string())?;
                    while let Some(row) = next() {
                        writer.write(&row?).map_err(|e| e.to_string())?;
                    }
                    finish(writer.finish())
                } else {
                    let mut writer = RatingsLongWriter::new(out, &checklist, &texts, &options)
                        .map_err(|e| e.to_string())?;
                    while let Some(row) = next() {
                        writer.write(&row?).map_err(|e| e.to_string())?;
                    }
                    finish(writer.finish())
                }
            })
        }
        ItemExport::Milestones | ItemExport::Support => axum::body::Body::from(
            item_export_bytes(
                &state.store,
                &state.instruments,
                &org,
                kind,
                &texts,
                &options,
            )
            .await?
            .0,
        ),
    };
    Ok(download(body, "text/csv; charset=utf-8", &file))
}

fn finish<W: Write>(written: Result<W, parite_reports::ReportError>) -> Result<(), String> {
    written
        .map_err(|e| e.to_string())?
        .flush()
        .map_err(|e| e.to_string())
}

fn not_written(error: parite_reports::ReportError) -> PageError {
    tracing::error!(%error, "item export not written");
    PageError::Unavailable { saved: true }
}

/// Who recorded: an account's email address, looked up once per account.
async fn emails(
    store: &Store,
    ids: impl Iterator<Item = UserId>,
) -> Result<HashMap<UserId, String>, StoreError> {
    let mut found = HashMap::new();
    for id in ids {
        if found.contains_key(&id) {
            continue;
        }
        let email = store
            .user(&id)
            .await?
            .map_or_else(|| id.to_string(), |user| user.email);
        found.insert(id, email);
    }
    Ok(found)
}

/// The organization's milestone history on the progress instrument: a few dozen rows, read
/// at once.
pub async fn milestone_rows(
    store: &Store,
    org: &Organization,
    progress: &parite_core::InstrumentId,
) -> Result<Vec<MilestoneRow>, StoreError> {
    let history = store.milestone_history(&org.id, progress).await?;
    let who = emails(store, history.iter().map(|r| r.recorded_by.clone())).await?;
    Ok(history
        .into_iter()
        .map(|record| MilestoneRow {
            organization: org.slug.clone(),
            version: record.instrument_version,
            item_id: record.event.milestone.to_string(),
            done: record.event.done,
            day: record.event.on.to_string(),
            evidence: record.evidence,
            recorded_by: who.get(&record.recorded_by).cloned().unwrap_or_default(),
            recorded_at: date_time(record.recorded_at),
        })
        .collect())
}

/// The organization's activities of support, with its own attendance only (an activity shared
/// with other organizations counts each one's people apart).
pub async fn activity_rows(
    store: &Store,
    org: &Organization,
) -> Result<Vec<ActivityRow>, StoreError> {
    let activities = store.support_for(std::slice::from_ref(&org.id)).await?;
    Ok(activities
        .into_iter()
        .map(|activity| {
            let attendance = activity.attendance.get(&org.id).cloned().flatten();
            let (state, delivered_on, cancel_reason) = match &activity.state {
                ActivityState::Planned => ("planned", None, None),
                ActivityState::Delivered { on } => ("delivered", Some(on.to_string()), None),
                ActivityState::Cancelled { reason } => ("cancelled", None, Some(reason.clone())),
            };
            ActivityRow {
                activity_id: activity.id.to_string(),
                series_id: activity.series_id,
                organization: org.slug.clone(),
                kind: activity.kind,
                topic: activity.topic,
                label: activity.label,
                planned_on: activity.planned_on.to_string(),
                duration_minutes: activity.duration_minutes,
                language: activity.language,
                facilitator: activity.facilitator,
                facilitator_is_peer: activity.facilitator_is_peer,
                state,
                delivered_on,
                cancel_reason,
                attendance: attendance.map(|a| (a.peers, a.staff, a.wrap_completed)),
            }
        })
        .collect())
}

/// Why an item export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ItemExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Write(#[from] parite_reports::ReportError),
    /// The deployment has no checklist or progress instrument to name the columns by.
    #[error("no checklist or progress instrument is loaded")]
    NoInstrument,
}

impl From<ItemExportError> for PageError {
    fn from(error: ItemExportError) -> PageError {
        match error {
            ItemExportError::Store(error) => error.into(),
            ItemExportError::Write(error) => not_written(error),
            ItemExportError::NoInstrument => PageError::NotFound,
        }
    }
}

/// The whole export as CSV bytes, for readers that take it at once (the API, the command
/// line): one organization's ratings, milestones or support, a few hundred rows at most;
/// with the number of rows.
pub async fn item_export_bytes(
    store: &Store,
    instruments: &parite_core::InstrumentSet,
    org: &Organization,
    kind: ItemExport,
    texts: &parite_i18n::Texts,
    options: &CsvOptions,
) -> Result<(Vec<u8>, usize), ItemExportError> {
    let kinds = crate::support::kinds();
    let which = ReportInstruments::latest(instruments, std::sync::Arc::clone(&kinds))
        .ok_or(ItemExportError::NoInstrument)?;
    let every = |id: &parite_core::InstrumentId| {
        instruments
            .every_item_of(id.as_str())
            .ok_or(ItemExportError::NoInstrument)
    };
    match kind {
        ItemExport::Ratings | ItemExport::RatingsWide | ItemExport::Consensus => {
            let checklist = every(&which.checklist.id)?;
            let filter = RatingFilter {
                organization: Some(org.id.clone()),
                kind: (kind == ItemExport::Consensus).then_some(AssessmentKind::Consensus),
                submitted_only: kind == ItemExport::Consensus,
            };
            let rows: Vec<RatingRow> = store
                .stream_ratings(&filter)
                .map(|row| row.map(rating_row))
                .collect::<Vec<_>>()
                .await
                .into_iter()
                .collect::<Result<_, _>>()?;
            if kind == ItemExport::RatingsWide {
                let mut writer = RatingsWideWriter::new(Vec::new(), &checklist, texts, options)?;
                for row in &rows {
                    writer.write(row)?;
                }
                Ok((writer.finish()?, rows.len()))
            } else {
                let mut writer = RatingsLongWriter::new(Vec::new(), &checklist, texts, options)?;
                for row in &rows {
                    writer.write(row)?;
                }
                Ok((writer.finish()?, rows.len()))
            }
        }
        ItemExport::Milestones => {
            let rows = milestone_rows(store, org, &which.progress.id).await?;
            let progress = every(&which.progress.id)?;
            let mut writer = MilestonesWriter::new(Vec::new(), &progress, texts, options)?;
            for row in &rows {
                writer.write(row)?;
            }
            Ok((writer.finish()?, rows.len()))
        }
        ItemExport::Support => {
            let rows = activity_rows(store, org).await?;
            let mut writer = ActivitiesWriter::new(Vec::new(), &kinds, texts, options)?;
            for row in &rows {
                writer.write(row)?;
            }
            Ok((writer.finish()?, rows.len()))
        }
    }
}
