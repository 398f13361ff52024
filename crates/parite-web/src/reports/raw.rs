//! Raw exports streamed to the browser: each answer read from the database is written as a CSV
//! row and sent on, so an export of millions of answers keeps memory flat.

use std::io::Write;

use axum::body::Body;
use axum::extract::{Path, State};
use futures_util::StreamExt;
use parite_core::report::TEAM_SURVEY;
use parite_core::{Instrument, InstrumentKind, InstrumentSet, ItemId};
use parite_i18n::Texts;
use parite_reports::export::{
    AnswerRow, CsvOptions, ResponsesLongWriter, ResponsesWideWriter, write_codebook,
};
use parite_store::{AnswerFilter, OrgId, Store};

use super::download;
use crate::app::AppState;
use crate::auth::{CurrentUser, ScopedOrg, audit};
use crate::errors::PageError;
use crate::links;
use crate::page::Page;
use crate::reader::Reader;

/// The raw exports, by their file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawExport {
    /// One row per answer value.
    Long,
    /// One row per response.
    Wide,
    /// What every column and code of the wide export means.
    Codebook,
}

/// The raw exports as (file name, export, message id of the link that offers it).
const RAW_EXPORTS: [(&str, RawExport, &str); 3] = [
    ("responses.csv", RawExport::Long, "orgs-raw-long-link"),
    (WIDE_FILE, RawExport::Wide, "orgs-raw-wide-link"),
    (
        "codebook.csv",
        RawExport::Codebook,
        "orgs-raw-codebook-link",
    ),
];

/// The wide export's file name, which its syntax files open.
pub(super) const WIDE_FILE: &str = "responses-wide.csv";

/// The survey a raw file is of, and the file's name within it: `peer-values-responses.csv`
/// is the peer-values questionnaire's `responses.csv`; a name without another survey's prefix
/// is the team survey's (its addresses are older than the other surveys).
pub(super) fn survey_of<'a>(instruments: &InstrumentSet, file: &'a str) -> (String, &'a str) {
    for survey in instruments.latest_of_kind(InstrumentKind::Survey) {
        let id = survey.id.as_str();
        let rest = file
            .strip_prefix(id)
            .and_then(|rest| rest.strip_prefix('-'));
        if let (false, Some(rest)) = (id == TEAM_SURVEY, rest) {
            return (id.to_owned(), rest);
        }
    }
    (TEAM_SURVEY.to_owned(), file)
}

/// A survey's raw file name: the team survey's as it is, another's after its id.
pub(super) fn survey_file(instrument: &str, file: &str) -> String {
    if instrument == TEAM_SURVEY {
        file.to_owned()
    } else {
        format!("{instrument}-{file}")
    }
}

/// The raw files of a survey for an organization as pages offer them, as (address, message id
/// of the link): each CSV file, the wide one followed by its R, SPSS and Stata syntax files.
pub fn raw_links(slug: &str, instrument: &str) -> Vec<(String, &'static str)> {
    let mut links = Vec::new();
    for (file, export, label) in RAW_EXPORTS {
        links.push((
            links::org_raw_export(slug, &survey_file(instrument, file)),
            label,
        ));
        if export == RawExport::Wide {
            links.extend(super::syntax::SYNTAX_FILES.iter().map(|(kind, label)| {
                let file = survey_file(instrument, &super::syntax::file_name(*kind));
                (links::org_raw_syntax(slug, &file), *label)
            }));
        }
    }
    links
}

/// How the raw exports are written in the reader's language; the syntax files describe the
/// wide one written so. Free text is included: raw exports are for evaluators and
/// administrators only (the route table says so).
pub(super) fn raw_options(texts: &Texts) -> CsvOptions {
    CsvOptions {
        include_free_text: true,
        ..CsvOptions::for_locale(texts.locale())
    }
}

impl RawExport {
    fn from_file(file: &str) -> Option<RawExport> {
        RAW_EXPORTS
            .iter()
            .find(|(name, _, _)| *name == file)
            .map(|(_, export, _)| *export)
    }
}

/// Raw answers (free text included), streamed: evaluators and administrators only.
pub async fn org_raw_export(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Page {
    let (instrument, name) = survey_of(&state.instruments, &file);
    let kind = RawExport::from_file(name).ok_or(PageError::NotFound)?;
    // Responses of every version: the columns of every item any version had.
    let survey = state
        .instruments
        .every_item_of(&instrument)
        .map(std::sync::Arc::new)
        .ok_or(PageError::NotFound)?;
    audit(
        &state,
        Some(&user.0.user.id),
        "export_raw",
        &org.slug,
        &file,
    )
    .await
    .map_err(PageError::nothing_lost)?;
    let body = stream(kind, state.store.clone(), org.id, survey, reader.tr.clone());
    Ok(download(body, "text/csv; charset=utf-8", &file))
}

fn row(stored: parite_store::AnswerRow) -> Option<AnswerRow> {
    Some(AnswerRow {
        response_id: stored.response_id.to_string(),
        organization: stored.organization_slug,
        wave: stored.wave_label,
        locale: stored.locale,
        role: stored.respondent_role,
        item_id: ItemId::parse(&stored.item_id).ok()?,
        value: stored.value,
    })
}

/// The export as a streaming response body. Free text is included: raw exports are for
/// evaluators and administrators only (the route table says so).
fn stream(
    kind: RawExport,
    store: Store,
    org: OrgId,
    survey: std::sync::Arc<Instrument>,
    texts: Texts,
) -> Body {
    super::streamed::streamed("raw export", move |out, runtime| {
        let options = raw_options(&texts);
        let filter = AnswerFilter {
            organization: Some(org),
            wave: None,
            submitted_only: true,
            instrument: Some(survey.id.to_string()),
        };
        match kind {
            RawExport::Codebook => write_codebook(out, &survey, &texts, &options)
                .map_err(|e| e.to_string())?
                .flush()
                .map_err(|e| e.to_string()),
            RawExport::Long => {
                let mut writer = ResponsesLongWriter::new(out, &survey, &texts, &options)
                    .map_err(|e| e.to_string())?;
                let mut rows = std::pin::pin!(store.stream_answers(&filter));
                while let Some(stored) = runtime.block_on(rows.next()) {
                    if let Some(row) = row(stored.map_err(|e| e.to_string())?) {
                        writer.write(&row).map_err(|e| e.to_string())?;
                    }
                }
                writer
                    .finish()
                    .map_err(|e| e.to_string())?
                    .flush()
                    .map_err(|e| e.to_string())
            }
            RawExport::Wide => {
                let mut writer = ResponsesWideWriter::new(out, &survey, &texts, &options)
                    .map_err(|e| e.to_string())?;
                let mut rows = std::pin::pin!(store.stream_answers(&filter));
                while let Some(stored) = runtime.block_on(rows.next()) {
                    if let Some(row) = row(stored.map_err(|e| e.to_string())?) {
                        writer.write(&row).map_err(|e| e.to_string())?;
                    }
                }
                writer
                    .finish()
                    .map_err(|e| e.to_string())?
                    .flush()
                    .map_err(|e| e.to_string())
            }
        }
    })
}
