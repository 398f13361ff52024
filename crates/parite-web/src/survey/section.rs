//! One section of the survey a page: shown with the saved answers, sent back with Next, Back,
//! Save or the language button.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use parite_core::form::{FieldError, PageAnswers, decode_page};
use parite_core::{Answers, Group};

use super::common::{Fields, OrElsewhere, csrf_ok, field, now, see_other, unsaved};
use super::context::SurveyContext;
use super::data::{self, ResumePage};
use super::flow;
use super::review::saved_page;
use super::views::{ItemView, SectionPage, item_views};
use crate::app::AppState;
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

struct SectionInput<'a> {
    number: usize,
    group: &'a Group,
    page: PageAnswers,
}

/// `known`: what conditions are decided on — the saved answers with those just sent.
fn section_page(
    reader: &Reader,
    ctx: &SurveyContext,
    input: &SectionInput<'_>,
    saved: &Answers,
    known: &Answers,
) -> SectionPage {
    let tr = &reader.tr;
    let instrument = &ctx.instrument;
    let count = instrument.groups.len();
    let shown: Vec<_> = input
        .group
        .items
        .iter()
        .filter(|item| parite_core::scoring::is_shown(instrument, item.show_if.as_ref(), known))
        .collect();
    let items: Vec<ItemView> = item_views(
        instrument,
        &shown,
        saved,
        &input.page.typed,
        &input.page.errors,
        tr,
    );
    let errors: Vec<(String, String)> = items
        .iter()
        .filter_map(|item| {
            item.error
                .as_ref()
                .map(|e| (item.anchor.clone(), format!("{} — {e}", item.label)))
        })
        .collect();
    let title = tr.t(input.group.title.as_str());
    let progress_text = tr.t2(
        "survey-progress",
        ("number", input.number),
        ("count", count),
    );
    let mut page = reader
        .page(format!("{title} — {progress_text}"))
        .with_error_count(errors.len());
    page.switch_form = Some("survey-form");
    SectionPage {
        page,
        progress_text,
        section_number: input.number,
        section_count: count,
        section_title: title,
        intro: input.group.intro.as_ref().map(|i| tr.t(i.as_str())),
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        action: reader.href(&links::survey_section(&ctx.code, input.number)),
        csrf: reader.csrf.0.clone(),
        items,
        is_first: flow::previous_section(instrument, input.number, known).is_none(),
        is_last: flow::next_section(instrument, input.number, known).is_none(),
    }
}

/// Loads the context and the section; a respondent without a draft goes back to the welcome.
/// `sending`: the request carries answers (a POST).
async fn load_section(
    state: &AppState,
    reader: &Reader,
    code: &str,
    section: &str,
    headers: &HeaderMap,
    sending: bool,
) -> Result<OrElsewhere<(SurveyContext, usize)>, PageError> {
    let ctx = SurveyContext::load(state, code, headers, now())
        .await
        .map_err(|e| if sending { unsaved(e) } else { e })?;
    let number: usize = section.parse().map_err(|_| PageError::NotFound)?;
    if flow::section(&ctx.instrument, number).is_none() {
        return Err(PageError::NotFound);
    }
    Ok(match &ctx.draft {
        None => Err(see_other(&reader.href(&links::survey(code)))),
        Some(d) if d.submitted => Err(see_other(&reader.href(&links::survey_thanks(code)))),
        Some(_) => Ok((ctx, number)),
    })
}

pub async fn section(
    State(state): State<AppState>,
    reader: Reader,
    Path((code, section)): Path<(String, String)>,
    headers: HeaderMap,
) -> Page {
    let loaded = load_section(&state, &reader, &code, &section, &headers, false).await?;
    let (ctx, number) = match loaded {
        Ok(loaded) => loaded,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let Some(group) = flow::section(&ctx.instrument, number) else {
        return Err(PageError::NotFound);
    };
    let saved = ctx.saved();
    let input = SectionInput {
        number,
        group,
        page: PageAnswers::default(),
    };
    Ok(render(
        StatusCode::OK,
        &section_page(&reader, &ctx, &input, saved, saved),
    ))
}

pub async fn section_post(
    State(state): State<AppState>,
    reader: Reader,
    Path((code, section)): Path<(String, String)>,
    headers: HeaderMap,
    fields: Fields,
) -> Page {
    let loaded = load_section(&state, &reader, &code, &section, &headers, true).await?;
    let (ctx, number) = match loaded {
        Ok(loaded) => loaded,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let fields = fields.0;
    if !csrf_ok(&reader, &fields) {
        return Err(PageError::Forbidden);
    }
    let Some(group) = flow::section(&ctx.instrument, number) else {
        return Err(PageError::NotFound);
    };
    let Some(draft) = &ctx.draft else {
        return Ok(see_other(&reader.href(&links::survey(&code))));
    };
    let saved = draft.answers.clone();
    let page = match decode_page(&ctx.instrument, group, &saved, &fields) {
        Ok(page) => page,
        Err(rejection) => {
            tracing::info!(%rejection, "survey form rejected");
            return Err(PageError::BadRequest);
        }
    };
    let action = field(&fields, "_action").unwrap_or("next");
    if !matches!(action, "next" | "back" | "save" | "switch-lang") {
        return Err(PageError::BadRequest);
    }
    let mut page = page;
    // Going back, saving for later or switching language may leave a required question for
    // later; but an answer that cannot be kept as typed (too long, out of range…) is never
    // dropped in silence: the page comes back with it, as typed, and the error beside it.
    if action != "next" {
        page.errors
            .retain(|_, error| !matches!(error, FieldError::Required));
    }
    if !page.errors.is_empty() {
        let mut known = saved.clone();
        flow::merge_section(&mut known, group, page.answers.clone());
        let input = SectionInput {
            number,
            group,
            page,
        };
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &section_page(&reader, &ctx, &input, &saved, &known),
        ));
    }
    // Whatever else was pressed, the valid answers are kept: nothing typed correctly is lost.
    let mut answers = saved;
    flow::merge_section(&mut answers, group, page.answers);
    let answers = flow::without_hidden(&ctx.instrument, &answers);
    data::save(&state, draft, &ctx.instrument, &answers).await?;
    let section_href = |number| reader.href(&links::survey_section(&code, number));
    Ok(match action {
        "switch-lang" => {
            let here = links::survey_section(&code, number);
            see_other(&format!("/{}{here}", reader.other.segment()))
        }
        "back" => match flow::previous_section(&ctx.instrument, number, &answers) {
            Some(previous) => see_other(&section_href(previous)),
            None => see_other(&reader.href(&links::survey(&code))),
        },
        "save" => {
            return saved_page(
                &state,
                &reader,
                &ctx,
                draft,
                &answers,
                ResumePage::Section(number),
                &section_href(number),
            )
            .await;
        }
        "next" => match flow::next_section(&ctx.instrument, number, &answers) {
            Some(next) => see_other(&section_href(next)),
            None => see_other(&reader.href(&links::survey_review(&code))),
        },
        _ => return Err(PageError::BadRequest),
    })
}
