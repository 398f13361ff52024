//! The survey's handlers: each loads the context, checks the CSRF token on POST, and answers
//! with a page or a redirect.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use parite_core::form::{PageAnswers, decode_page};
use parite_core::{Answers, Group};

use super::context::{SurveyContext, draft_cookie_name};
use super::data::{self, ResumeOutcome, SubmitResult};
use super::flow;
use super::views::{
    ItemView, ReviewPage, ReviewSection, SavedPage, SectionPage, WelcomePage, item_views,
};
use crate::app::AppState;
use crate::errors::PageError;
use crate::page::{MessagePage, render};
use crate::reader::Reader;
use crate::security::{self, CSRF_FIELD};

type Fields = axum::Form<Vec<(String, String)>>;

fn now() -> i64 {
    data::now()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn csrf_ok(reader: &Reader, fields: &[(String, String)]) -> bool {
    security::csrf_matches(&reader.csrf, field(fields, CSRF_FIELD))
}

fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// A redirect that also hands the browser its draft key for this invitation.
fn with_draft_cookie(state: &AppState, mut response: Response, code: &str, key: &str) -> Response {
    // At least a day, so that a deployment with very short resume codes still keeps a draft.
    let max_age = state.config.resume_days.max(1) * 24 * 3600;
    if let Some(value) = security::set_cookie(
        &draft_cookie_name(code),
        key,
        Some(max_age),
        state.config.secure_cookies,
    ) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

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
        closes: ctx
            .wave
            .closes_at
            .map(|c| tr.t1("survey-closes", "date", tr.date(&data::iso_date(c))))
            .unwrap_or_default(),
        action: reader.href(&format!("/s/{}", ctx.code)),
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
) -> Response {
    let ctx = match SurveyContext::load(&state, &code, &headers, now()).await {
        Ok(ctx) => ctx,
        Err(error) => return error.render(&reader),
    };
    if ctx.draft.as_ref().is_some_and(|d| d.submitted) {
        return see_other(&reader.href(&format!("/s/{code}/thanks")));
    }
    render(
        StatusCode::OK,
        &welcome_page(&state, &reader, &ctx, false, None),
    )
}

pub async fn welcome_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
    fields: Fields,
) -> Response {
    let ctx = match SurveyContext::load(&state, &code, &headers, now()).await {
        Ok(ctx) => ctx,
        Err(error) => return error.render(&reader),
    };
    let fields = fields.0;
    if !csrf_ok(&reader, &fields) {
        return PageError::Forbidden.render(&reader);
    }
    match field(&fields, "_action") {
        Some("start") => {
            if field(&fields, "consent") != Some("yes") {
                return render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &welcome_page(&state, &reader, &ctx, true, None),
                );
            }
            match data::start(&state, &ctx.wave, reader.tr.locale().as_str()).await {
                Ok(key) => {
                    let first =
                        flow::next_section(&ctx.instrument, 0, &Answers::new()).unwrap_or(1);
                    with_draft_cookie(
                        &state,
                        see_other(&reader.href(&format!("/s/{code}/{first}"))),
                        &code,
                        &key,
                    )
                }
                Err(_) => PageError::Unavailable { saved: false }.render(&reader),
            }
        }
        Some("resume") => {
            let typed = field(&fields, "resume_code").unwrap_or_default();
            match data::resume(&state, &ctx.wave, typed, now()).await {
                Ok(ResumeOutcome::Resumed(key)) => with_draft_cookie(
                    &state,
                    see_other(&reader.href(&format!("/s/{code}/1"))),
                    &code,
                    &key,
                ),
                Ok(ResumeOutcome::Expired) => {
                    let message = reader.tr.t("survey-resume-expired");
                    render(
                        StatusCode::GONE,
                        &welcome_page(&state, &reader, &ctx, false, Some(message)),
                    )
                }
                Ok(ResumeOutcome::Unknown) => {
                    let message = reader.tr.t("survey-resume-unknown");
                    render(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        &welcome_page(&state, &reader, &ctx, false, Some(message)),
                    )
                }
                Err(_) => PageError::Unavailable { saved: true }.render(&reader),
            }
        }
        _ => PageError::BadRequest.render(&reader),
    }
}

struct SectionInput<'a> {
    number: usize,
    group: &'a Group,
    page: PageAnswers,
}

fn section_page(
    reader: &Reader,
    ctx: &SurveyContext,
    input: &SectionInput<'_>,
    saved: &Answers,
) -> SectionPage {
    let tr = &reader.tr;
    let instrument = &ctx.instrument;
    let count = instrument.groups.len();
    // Conditions are decided on the answers saved and those just sent.
    let mut known = saved.clone();
    flow::merge_section(&mut known, input.group, input.page.answers.clone());
    let shown: Vec<_> = input
        .group
        .items
        .iter()
        .filter(|item| parite_core::scoring::is_shown(instrument, item.show_if.as_ref(), &known))
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
        action: reader.href(&format!("/s/{}/{}", ctx.code, input.number)),
        csrf: reader.csrf.0.clone(),
        items,
        is_first: flow::previous_section(instrument, input.number, &known).is_none(),
        is_last: flow::next_section(instrument, input.number, &known).is_none(),
    }
}

/// Loads the context and the section; a respondent without a draft goes back to the welcome.
async fn load_section(
    state: &AppState,
    reader: &Reader,
    code: &str,
    section: &str,
    headers: &HeaderMap,
) -> Result<(SurveyContext, usize), Response> {
    let ctx = SurveyContext::load(state, code, headers, now())
        .await
        .map_err(|e| e.render(reader))?;
    let number: usize = section
        .parse()
        .map_err(|_| PageError::NotFound.render(reader))?;
    if flow::section(&ctx.instrument, number).is_none() {
        return Err(PageError::NotFound.render(reader));
    }
    match &ctx.draft {
        None => Err(see_other(&reader.href(&format!("/s/{code}")))),
        Some(d) if d.submitted => Err(see_other(&reader.href(&format!("/s/{code}/thanks")))),
        Some(_) => Ok((ctx, number)),
    }
}

pub async fn section(
    State(state): State<AppState>,
    reader: Reader,
    Path((code, section)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (ctx, number) = match load_section(&state, &reader, &code, &section, &headers).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let Some(group) = flow::section(&ctx.instrument, number) else {
        return PageError::NotFound.render(&reader);
    };
    let saved = ctx.answers();
    let input = SectionInput {
        number,
        group,
        page: PageAnswers {
            answers: group_answers(group, &saved),
            ..PageAnswers::default()
        },
    };
    render(StatusCode::OK, &section_page(&reader, &ctx, &input, &saved))
}

fn group_answers(group: &Group, answers: &Answers) -> Answers {
    group
        .items
        .iter()
        .filter_map(|i| answers.get(&i.id).map(|a| (i.id.clone(), a.clone())))
        .collect()
}

pub async fn section_post(
    State(state): State<AppState>,
    reader: Reader,
    Path((code, section)): Path<(String, String)>,
    headers: HeaderMap,
    fields: Fields,
) -> Response {
    let (ctx, number) = match load_section(&state, &reader, &code, &section, &headers).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let fields = fields.0;
    if !csrf_ok(&reader, &fields) {
        return PageError::Forbidden.render(&reader);
    }
    let Some(group) = flow::section(&ctx.instrument, number) else {
        return PageError::NotFound.render(&reader);
    };
    let Some(draft) = &ctx.draft else {
        return see_other(&reader.href(&format!("/s/{code}")));
    };
    let saved = draft.answers.clone();
    let page = match decode_page(&ctx.instrument, group, &saved, &fields) {
        Ok(page) => page,
        Err(rejection) => {
            tracing::info!(%rejection, "survey form rejected");
            return PageError::BadRequest.render(&reader);
        }
    };
    let action = field(&fields, "_action").unwrap_or("next");
    if action == "next" && !page.errors.is_empty() {
        let input = SectionInput {
            number,
            group,
            page,
        };
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &section_page(&reader, &ctx, &input, &saved),
        );
    }
    // Whatever else was pressed, the valid answers are kept: nothing typed correctly is lost.
    let mut answers = saved;
    flow::merge_section(&mut answers, group, page.answers);
    let answers = flow::without_hidden(&ctx.instrument, &answers);
    if data::save(&state, draft, &ctx.instrument, &answers)
        .await
        .is_err()
    {
        return PageError::Unavailable { saved: false }.render(&reader);
    }
    match action {
        "switch-lang" => see_other(&format!("/{}/s/{code}/{number}", reader.other.segment())),
        "back" => match flow::previous_section(&ctx.instrument, number, &answers) {
            Some(previous) => see_other(&reader.href(&format!("/s/{code}/{previous}"))),
            None => see_other(&reader.href(&format!("/s/{code}"))),
        },
        "save" => {
            saved_page(
                &state,
                &reader,
                &ctx,
                draft,
                &answers,
                &reader.href(&format!("/s/{code}/{number}")),
            )
            .await
        }
        "next" => match flow::next_section(&ctx.instrument, number, &answers) {
            Some(next) => see_other(&reader.href(&format!("/s/{code}/{next}"))),
            None => see_other(&reader.href(&format!("/s/{code}/review"))),
        },
        _ => PageError::BadRequest.render(&reader),
    }
}

async fn saved_page(
    state: &AppState,
    reader: &Reader,
    ctx: &SurveyContext,
    draft: &data::DraftData,
    answers: &Answers,
    continue_href: &str,
) -> Response {
    match data::new_resume_code_for(state, draft, &ctx.instrument, answers).await {
        Ok(code) => {
            let tr = &reader.tr;
            let expires_at = data::resume_expiry(state, &ctx.wave, now());
            let page = SavedPage {
                page: reader.page(tr.t("survey-saved-title")),
                resume_code: code.clone(),
                expires: tr.t1(
                    "survey-saved-expires",
                    "date",
                    tr.date(&data::iso_date(expires_at)),
                ),
                continue_href: continue_href.to_owned(),
            };
            // The new code replaces the browser's key: the cookie holds it from now on.
            with_draft_cookie(state, render(StatusCode::OK, &page), &ctx.code, &code)
        }
        Err(_) => PageError::Unavailable { saved: true }.render(reader),
    }
}

fn review_page(reader: &Reader, ctx: &SurveyContext, answers: &Answers) -> ReviewPage {
    let tr = &reader.tr;
    let instrument = &ctx.instrument;
    let missing: Vec<(String, String)> = flow::missing_required(instrument, answers)
        .into_iter()
        .map(|(number, item)| {
            let href = reader.href(&format!("/s/{}/{number}#q-{}", ctx.code, item.id));
            (
                href,
                format!("{} — {}", tr.t(item.text.as_str()), tr.t("field-required")),
            )
        })
        .collect();
    let sections = instrument
        .groups
        .iter()
        .enumerate()
        .map(|(i, group)| {
            let title = tr.t(group.title.as_str());
            let answers = group
                .items
                .iter()
                .filter(|item| {
                    parite_core::scoring::is_shown(instrument, item.show_if.as_ref(), answers)
                })
                .map(|item| {
                    let shown = answers.get(&item.id).map_or_else(
                        || tr.t("survey-not-answered"),
                        |a| flow::answer_text(instrument, item, a, tr),
                    );
                    (tr.t(item.text.as_str()), shown)
                })
                .collect();
            ReviewSection {
                href: reader.href(&format!("/s/{}/{}", ctx.code, i + 1)),
                edit_label: tr.t1("survey-review-edit", "section", title.as_str()),
                title,
                answers,
            }
        })
        .collect();
    let mut page = reader
        .page(tr.t("survey-review-title"))
        .with_error_count(missing.len());
    page.switch_form = None;
    ReviewPage {
        page,
        progress_text: tr.t2(
            "survey-progress",
            ("number", instrument.groups.len()),
            ("count", instrument.groups.len()),
        ),
        error_summary: tr.t1("survey-review-missing", "count", missing.len()),
        missing,
        sections,
        action: reader.href(&format!("/s/{}/review", ctx.code)),
        csrf: reader.csrf.0.clone(),
    }
}

pub async fn review(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let ctx = match SurveyContext::load(&state, &code, &headers, now()).await {
        Ok(ctx) => ctx,
        Err(error) => return error.render(&reader),
    };
    match &ctx.draft {
        None => see_other(&reader.href(&format!("/s/{code}"))),
        Some(d) if d.submitted => see_other(&reader.href(&format!("/s/{code}/thanks"))),
        Some(d) => render(StatusCode::OK, &review_page(&reader, &ctx, &d.answers)),
    }
}

pub async fn review_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
    fields: Fields,
) -> Response {
    let ctx = match SurveyContext::load(&state, &code, &headers, now()).await {
        Ok(ctx) => ctx,
        Err(error) => return error.render(&reader),
    };
    let fields = fields.0;
    if !csrf_ok(&reader, &fields) {
        return PageError::Forbidden.render(&reader);
    }
    let thanks = reader.href(&format!("/s/{code}/thanks"));
    let Some(draft) = &ctx.draft else {
        return see_other(&reader.href(&format!("/s/{code}")));
    };
    // A second press, or the back button after submitting: the thank-you page again, stored once.
    if draft.submitted {
        return see_other(&thanks);
    }
    match field(&fields, "_action") {
        Some("save") => {
            saved_page(
                &state,
                &reader,
                &ctx,
                draft,
                &draft.answers,
                &reader.href(&format!("/s/{code}/review")),
            )
            .await
        }
        Some("submit") => {
            let answers = flow::without_hidden(&ctx.instrument, &draft.answers);
            if !flow::missing_required(&ctx.instrument, &answers).is_empty() {
                return render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &review_page(&reader, &ctx, &answers),
                );
            }
            match data::submit(&state, draft, &ctx.instrument, &answers).await {
                Ok(SubmitResult::Submitted | SubmitResult::AlreadySubmitted) => {
                    with_draft_cookie(&state, see_other(&thanks), &code, data::SUBMITTED_MARKER)
                }
                // Every page's answers were saved as the respondent went: they are not lost.
                Err(_) => PageError::Unavailable { saved: true }.render(&reader),
            }
        }
        _ => PageError::BadRequest.render(&reader),
    }
}

pub async fn thanks(reader: Reader) -> Response {
    let tr = &reader.tr;
    let page = MessagePage {
        page: reader.page(tr.t("survey-thanks-title")),
        heading: tr.t("survey-thanks-title"),
        paragraphs: vec![tr.t("survey-thanks-body"), tr.t("survey-thanks-close")],
        link: None,
    };
    render(StatusCode::OK, &page)
}
