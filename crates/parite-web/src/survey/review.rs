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
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

pub async fn saved_page(
    state: &AppState,
    reader: &Reader,
    ctx: &SurveyContext,
    draft: &data::DraftData,
    answers: &Answers,
    page: ResumePage,
    continue_href: &str,
) -> Page {
    // The answers were saved before: a failure here loses none of them.
    let code = data::new_resume_code_for(state, draft, &ctx.instrument, answers, page).await;
    let code = code.map_err(PageError::nothing_lost)?;
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
    Ok(with_draft_cookie(
        state,
        render(StatusCode::OK, &page),
        &ctx.code,
        &code,
    ))
}

fn review_page(reader: &Reader, ctx: &SurveyContext, answers: &Answers) -> ReviewPage {
    let tr = &reader.tr;
    let instrument = &ctx.instrument;
    let missing: Vec<(String, String)> = flow::missing_required(instrument, answers)
        .into_iter()
        .map(|(number, item)| {
            let section = links::survey_section(&ctx.code, number);
            let href = reader.href(&format!("{section}#q-{}", item.id));
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
                href: reader.href(&links::survey_section(&ctx.code, i + 1)),
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
        action: reader.href(&links::survey_review(&ctx.code)),
        csrf: reader.csrf.0.clone(),
    }
}

pub async fn review(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Page {
    let ctx = SurveyContext::load(&state, &code, &headers, now()).await?;
    Ok(match &ctx.draft {
        None => see_other(&reader.href(&links::survey(&code))),
        Some(d) if d.submitted => see_other(&reader.href(&links::survey_thanks(&code))),
        Some(d) => render(StatusCode::OK, &review_page(&reader, &ctx, &d.answers)),
    })
}

pub async fn review_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(code): Path<String>,
    headers: HeaderMap,
    fields: Fields,
) -> Page {
    let (ctx, fields) = posted(&state, &reader, &code, &headers, fields).await?;
    let thanks = reader.href(&links::survey_thanks(&code));
    let Some(draft) = &ctx.draft else {
        return Ok(see_other(&reader.href(&links::survey(&code))));
    };
    // A second press, or the back button after submitting: the thank-you page again, stored once.
    if draft.submitted {
        return Ok(see_other(&thanks));
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
                &reader.href(&links::survey_review(&code)),
            )
            .await
        }
        Some("submit") => {
            let answers = flow::without_hidden(&ctx.instrument, &draft.answers);
            if !flow::missing_required(&ctx.instrument, &answers).is_empty() {
                return Ok(render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &review_page(&reader, &ctx, &answers),
                ));
            }
            // On failure the drafts are kept, but the response is not submitted: `?` says
            // "not saved", since "saved" would read as done and the respondent would leave.
            let (SubmitResult::Submitted | SubmitResult::AlreadySubmitted) =
                data::submit(&state, draft, &ctx.instrument, &answers).await?;
            Ok(with_draft_cookie(
                &state,
                see_other(&thanks),
                &code,
                data::SUBMITTED_MARKER,
            ))
        }
        _ => Err(PageError::BadRequest),
    }
}

pub async fn thanks(reader: Reader, Path(code): Path<String>) -> Response {
    let page = ThanksPage {
        page: reader.page(reader.tr.t("survey-thanks-title")),
        another_action: plausible_code(&code).then(|| reader.href(&links::survey(&code))),
        csrf: reader.csrf.0.clone(),
    };
    render(StatusCode::OK, &page)
}
