//! The welcome page: consent and privacy, start, or resume with a code.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use parite_core::Answers;

use super::common::{Fields, field, now, posted, see_other, with_draft_cookie};
use super::context::SurveyContext;
use super::data::{self, ResumeOutcome, ResumePage};
use super::flow;
use super::views::WelcomePage;
use crate::app::AppState;
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

fn welcome_page(
    state: &AppState,
    reader: &Reader,
    ctx: &SurveyContext,
    consent_error: bool,
    resume_error: Option<String>,
) -> WelcomePage {
    let tr = &reader.tr;
    let instrument = &ctx.instrument;
    let title = tr.t(instrument.title.as_str());
    let error = if consent_error {
        Some(("consent".to_owned(), tr.t("survey-consent-required")))
    } else {
        resume_error
            .clone()
            .map(|message| ("resume_code".to_owned(), message))
    };
    let count = usize::from(error.is_some());
    WelcomePage {
        page: reader.page(title.clone()).with_error_count(count),
        survey_title: title,
        description: instrument
            .description
            .as_ref()
            .map(|d| tr.t(d.as_str()))
            .unwrap_or_default(),
        small_groups: tr.t1("survey-privacy-small-groups", "min", state.config.min_cell),
        what_is_optional: tr.t(if role_required(instrument) {
            "survey-privacy-stop"
        } else {
            "survey-privacy-stop-no-role"
        }),
        closes: ctx
            .wave
            .closes_at
            .map(|c| {
                tr.t1(
                    "survey-closes",
                    "date",
                    tr.date(&parite_store::Timestamp::from_unix(c).iso_date()),
                )
            })
            .unwrap_or_default(),
        action: reader.href(&links::survey(&ctx.code)),
        csrf: reader.csrf.0.clone(),
        consent_error,
        resume_error,
        error,
    }
}

pub async fn welcome(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Page {
    let ctx = SurveyContext::load(&state, &code, &headers, now()).await?;
    if ctx.draft.as_ref().is_some_and(|d| d.submitted) {
        return Ok(see_other(&reader.href(&links::survey_thanks(&code))));
    }
    Ok(render(
        StatusCode::OK,
        &welcome_page(&state, &reader, &ctx, false, None),
    ))
}

pub async fn welcome_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
    fields: Fields,
) -> Page {
    let (ctx, fields) = posted(&state, &reader, &code, &headers, fields).await?;
    let first = flow::next_section(&ctx.instrument, 0, &Answers::new()).unwrap_or(1);
    let first_section = reader.href(&links::survey_section(&code, first));
    let closed =
        |closed_at| PageError::Closed(parite_store::Timestamp::from_unix(closed_at).iso_date());
    Ok(match field(&fields, "_action") {
        Some("start") => {
            if field(&fields, "consent") != Some("yes") {
                return Ok(render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &welcome_page(&state, &reader, &ctx, true, None),
                ));
            }
            // A closed wave in its grace period lets drafts finish; none starts.
            if let Some(closed_at) = ctx.wave.closed_at(now()) {
                return Err(closed(closed_at));
            }
            // The empty draft that "start a new response" made for this browser: its own, and
            // nobody's answers in it.
            if ctx
                .draft
                .as_ref()
                .is_some_and(|d| !d.submitted && d.answers.is_empty())
            {
                return Ok(see_other(&first_section));
            }
            let key = data::start(&state, &ctx.wave, reader.tr.locale().as_str()).await?;
            with_draft_cookie(&state, see_other(&first_section), &code, &key)
        }
        // The thank-you page's "start a new response", on a device that several people share:
        // a new draft for this browser, and the welcome page for the next person to consent.
        Some("another") => {
            let welcome = see_other(&reader.href(&links::survey(&code)));
            if !ctx.draft.as_ref().is_some_and(|d| d.submitted) {
                return Ok(welcome);
            }
            if let Some(closed_at) = ctx.wave.closed_at(now()) {
                return Err(closed(closed_at));
            }
            let key = data::start(&state, &ctx.wave, reader.tr.locale().as_str()).await?;
            with_draft_cookie(&state, welcome, &code, &key)
        }
        Some("resume") => {
            let typed = field(&fields, "resume_code").unwrap_or_default();
            // Nothing typed here is lost by a failure: the draft was saved before.
            let resumed = data::resume(&state, &ctx.wave, typed, now()).await;
            match resumed.map_err(PageError::nothing_lost)? {
                ResumeOutcome::Resumed(key, page) => {
                    let page = ResumePage::path(page, &ctx.instrument);
                    let path = format!("{}/{page}", links::survey(&code));
                    with_draft_cookie(&state, see_other(&reader.href(&path)), &code, &key)
                }
                ResumeOutcome::Expired => {
                    let message = reader.tr.t("survey-resume-expired");
                    render(
                        StatusCode::GONE,
                        &welcome_page(&state, &reader, &ctx, false, Some(message)),
                    )
                }
                ResumeOutcome::Unknown => {
                    let message = reader.tr.t("survey-resume-unknown");
                    render(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        &welcome_page(&state, &reader, &ctx, false, Some(message)),
                    )
                }
            }
        }
        _ => return Err(PageError::BadRequest),
    })
}

/// Whether the survey asks for the respondent's role before anything else can be sent (the
/// peer-engagement questionnaire has no role question: every respondent is a peer).
fn role_required(instrument: &parite_core::Instrument) -> bool {
    instrument
        .role_item
        .as_ref()
        .and_then(|id| instrument.item(id.as_str()))
        .is_some_and(|item| item.required)
}
