//! The R, SPSS and Stata syntax files that read the wide raw export, in the reader's language.

use axum::extract::{Path, State};
use parite_reports::export::{SyntaxKind, responses_wide_dataset, write_syntax};

use super::raw::{WIDE_FILE, raw_options, survey_file, survey_of};
use super::{download, not_rendered};
use crate::app::AppState;
use crate::auth::ScopedOrg;
use crate::errors::PageError;
use crate::page::Page;
use crate::reader::Reader;

/// The syntax files offered, with the message id of the link to each.
pub(super) const SYNTAX_FILES: [(SyntaxKind, &str); 3] = [
    (SyntaxKind::R, "orgs-raw-syntax-r-link"),
    (SyntaxKind::Spss, "orgs-raw-syntax-spss-link"),
    (SyntaxKind::Stata, "orgs-raw-syntax-stata-link"),
];

/// `responses-wide.R`, `.sps`, `.do`: the name of the wide export with the tool's extension.
pub(super) fn file_name(kind: SyntaxKind) -> String {
    let stem = WIDE_FILE.strip_suffix(".csv").unwrap_or(WIDE_FILE);
    format!("{stem}.{}", kind.extension())
}

/// A syntax file of the wide export, as it is written for this reader (the same options as
/// [`super::raw`] uses). Not audited like the export itself: it holds the survey's labels and
/// codes, never an answer.
pub async fn org_raw_syntax(
    State(state): State<AppState>,
    reader: Reader,
    ScopedOrg(_org): ScopedOrg,
    Path((_slug, file)): Path<(String, String)>,
) -> Page {
    let (instrument, name) = survey_of(&state.instruments, &file);
    let kind = SyntaxKind::ALL
        .into_iter()
        .find(|kind| file_name(*kind) == name)
        .ok_or(PageError::NotFound)?;
    // Responses of every version, as the wide export writes them.
    let survey = state
        .instruments
        .every_item_of(&instrument)
        .ok_or(PageError::NotFound)?;
    let texts = &reader.tr;
    let wide = survey_file(&instrument, WIDE_FILE);
    let dataset = responses_wide_dataset(&survey, texts, &raw_options(texts), &wide)
        .map_err(not_rendered("syntax file"))?;
    let bytes =
        write_syntax(kind, &dataset, texts, Vec::new()).map_err(not_rendered("syntax file"))?;
    Ok(download(bytes, "text/plain; charset=utf-8", &file))
}
