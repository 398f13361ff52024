//! The instruments and their codebooks: every version of every instrument this deployment has
//! loaded, each with a page saying what every item, code and score means, and the same as CSV
//! for analysts. Codebooks describe questions, never answers: every signed-in role may read
//! them, which is how an analyst checks a download's columns.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use parite_core::{Instrument, InstrumentKind, Item, ItemKind};
use parite_reports::export::{CsvOptions, item_codes, write_codebook};

use crate::app::AppState;
use crate::errors::PageError;
use crate::page::{Page, PageMeta, render};
use crate::reader::Reader;

/// The list page under the language.
pub const LIST: &str = "/instruments/";

/// One version's codebook page under the language.
pub fn codebook_path(id: &str, version: u32) -> String {
    format!("/instruments/{id}/{version}")
}

struct InstrumentEntry {
    title: String,
    id: String,
    kind: String,
    /// (address, "version 2") of each version, the latest first.
    versions: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "instruments_list.html")]
struct ListPage {
    page: PageMeta,
    instruments: Vec<InstrumentEntry>,
}

/// One code of an item: "2 = Fully in place (2 points)".
struct CodeView {
    code: String,
    label: String,
    score: Option<String>,
}

struct ItemView {
    id: String,
    text: String,
    kind: String,
    index: String,
    reverse: bool,
    condition: String,
    required: bool,
    codes: Vec<CodeView>,
}

struct SectionView {
    title: String,
    items: Vec<ItemView>,
}

#[derive(Template)]
#[template(path = "instrument_codebook.html")]
struct CodebookPage {
    page: PageMeta,
    heading: String,
    kind: String,
    csv_href: String,
    sections: Vec<SectionView>,
}

fn kind_label(tr: &parite_i18n::Texts, kind: InstrumentKind) -> String {
    tr.t(match kind {
        InstrumentKind::Survey => "instruments-kind-survey",
        InstrumentKind::Checklist => "instruments-kind-checklist",
        InstrumentKind::Progress => "instruments-kind-progress",
    })
}

pub async fn list(State(state): State<AppState>, reader: Reader) -> Page {
    let tr = &reader.tr;
    let mut instruments: Vec<InstrumentEntry> = Vec::new();
    // The set iterates by id then version: each id's versions come together, oldest first.
    for instrument in state.instruments.iter() {
        let version = (
            reader.href(&codebook_path(instrument.id.as_str(), instrument.version)),
            tr.t1("instruments-version", "version", instrument.version),
        );
        match instruments.last_mut() {
            Some(entry) if entry.id == instrument.id.as_str() => {
                entry.title = tr.t(instrument.title.as_str());
                entry.versions.insert(0, version);
            }
            _ => instruments.push(InstrumentEntry {
                title: tr.t(instrument.title.as_str()),
                id: instrument.id.to_string(),
                kind: kind_label(tr, instrument.kind),
                versions: vec![version],
            }),
        }
    }
    let page = ListPage {
        page: reader.page(tr.t("instruments-title")),
        instruments,
    };
    Ok(render(StatusCode::OK, &page))
}

fn instrument_of<'a>(
    state: &'a AppState,
    id: &str,
    version: &str,
) -> Result<&'a std::sync::Arc<Instrument>, PageError> {
    let version: u32 = version.parse().map_err(|_| PageError::NotFound)?;
    state
        .instruments
        .get(id, version)
        .ok_or(PageError::NotFound)
}

fn codes_of(tr: &parite_i18n::Texts, instrument: &Instrument, item: &Item) -> Vec<CodeView> {
    item_codes(instrument, item)
        .into_iter()
        .map(|(code, label, score)| CodeView {
            code: code.to_owned(),
            label: tr.t(label),
            score: score.map(|s| tr.t1("instruments-score", "score", i64::from(s))),
        })
        .collect()
}

pub async fn codebook(
    State(state): State<AppState>,
    reader: Reader,
    Path((id, version)): Path<(String, String)>,
) -> Page {
    let instrument = instrument_of(&state, &id, &version)?;
    let tr = &reader.tr;
    let title = tr.t(instrument.title.as_str());
    let heading = tr.t2(
        "instruments-codebook-title",
        ("title", title),
        ("version", instrument.version),
    );
    let sections = instrument
        .groups
        .iter()
        .map(|group| SectionView {
            title: tr.t(group.title.as_str()),
            items: group
                .items
                .iter()
                .map(|item| {
                    let (index, reverse) = match &item.kind {
                        ItemKind::Likert { index, reverse, .. } => (
                            index.as_ref().map(ToString::to_string).unwrap_or_default(),
                            *reverse,
                        ),
                        _ => (String::new(), false),
                    };
                    ItemView {
                        id: item.id.to_string(),
                        text: tr.t(item.text.as_str()),
                        kind: item.kind.type_code().to_owned(),
                        index,
                        reverse,
                        condition: item
                            .show_if
                            .as_ref()
                            .map(ToString::to_string)
                            .unwrap_or_default(),
                        required: item.required,
                        codes: codes_of(tr, instrument, item),
                    }
                })
                .collect(),
        })
        .collect();
    let trail = vec![(reader.href(LIST), tr.t("instruments-title"))];
    let page = CodebookPage {
        page: reader.page(heading.clone()).with_trail(trail),
        heading,
        kind: kind_label(tr, instrument.kind),
        csv_href: reader.href(&format!(
            "{}/codebook.csv",
            codebook_path(&id, instrument.version)
        )),
        sections,
    };
    Ok(render(StatusCode::OK, &page))
}

/// The codebook as CSV, in the reader's language and its spreadsheet conventions; free-text
/// items included (a codebook names the questions, not the answers).
pub async fn codebook_csv(
    State(state): State<AppState>,
    reader: Reader,
    Path((id, version)): Path<(String, String)>,
) -> Page {
    let instrument = instrument_of(&state, &id, &version)?;
    let mut options = CsvOptions::for_locale(reader.tr.locale());
    options.include_free_text = true;
    let bytes = write_codebook(Vec::new(), instrument, &reader.tr, &options).map_err(|error| {
        tracing::error!(%error, "codebook not written");
        PageError::Unavailable { saved: true }
    })?;
    let file = format!("codebook-{id}-v{}.csv", instrument.version);
    Ok(crate::reports::download(
        bytes,
        "text/csv; charset=utf-8",
        &file,
    ))
}
