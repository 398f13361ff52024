//! Review, submit, "saved" (the resume code) and thanks.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use parite_core::Answers;

use super::common::{Fields, field, now, posted, see_other, with_draft_cookie};
use super::context::{SurveyContext, plausible_code};
use super::data::{self, ResumePage, SubmitResult};
use super::flow;
use super::views::{ReviewPage, ReviewSection, SavedPage, ThanksPage};
use crate::app::AppState;
use crate::errors::PageError;
use crate::page::render;
use crate::reader::Reader;

pub async fn saved_page(
    state: &AppState,
    reader: &Reader,
    ctx: &SurveyContext,
    draft: &data::DraftData,
    answers: &Answers,
    page: ResumePage,
    continue_href: &str,
) -> Response {
    match data::new_resume_code_for(state, draft, &ctx.instrument, answers, page).await {
        Ok(code) => {
            let tr = &reader.tr;
            let expires_at = data::resume_expiry(state, &ctx.wave, now());
            let page = SavedPage {
                page: reader.page(tr.t("survey-saved-title")),
                resume_code: code.clone(),
                expires: tr.t1(
                    "survey-saved-expires",
                    "date",
                    tr.date(&parite_store::Timestamp::from_unix(expires_at).iso_date()),
                ),
                continue_href: continue_href.to_owned(),
            };
            // The new code replaces the browser's key: the cookie holds it from now on.
            with_draft_cookie(state, render(StatusCode::OK, &page), &ctx.code, &code)
        }
        Err(source) => PageError::Store {
            saved: true,
            source,
        }
        .render(reader),
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
    let (ctx, fields) = match posted(&state, &reader, &code, &headers, fields).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
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
                ResumePage::Review,
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
                // The drafts are kept, but the response is not submitted: "saved" here would
                // read as done, and the respondent would leave without trying again.
                Err(source) => PageError::Store {
                    saved: false,
                    source,
                }
                .render(&reader),
            }
        }
        _ => PageError::BadRequest.render(&reader),
    }
}

pub async fn thanks(reader: Reader, Path(code): Path<String>) -> Response {
    let page = ThanksPage {
        page: reader.page(reader.tr.t("survey-thanks-title")),
        another_action: plausible_code(&code).then(|| reader.href(&format!("/s/{code}"))),
        csrf: reader.csrf.0.clone(),
    };
    render(StatusCode::OK, &page)
}
