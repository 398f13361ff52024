//! The checklist page: the reader's own rating (form, then scores), the raters, and — once the
//! reader may see them — the agreement between raters and the consensus.

use askama::Template;
use axum::http::StatusCode;
use parite_core::ItemId;
use parite_store::{Assessment, Status, StoreError};

use super::consensus::{compared, compared_ratings, may_edit, ratings_of, said_by_item};
use super::form::{Problem, Typed};
use super::views::{
    AgreementView, RatingForm, ReadOnlyDomain, ScoresView, agreement, error_links, rating_domains,
    read_only, scores,
};
use super::{Context, instrument_of};
use crate::app::AppState;
use crate::errors::PageError;
use crate::links;
use crate::page::Page;
use crate::page::{PageMeta, render};
use crate::reader::Reader;

type Problems = Vec<(ItemId, Problem)>;

/// What a refused form puts back on the page instead of what is stored.
pub(crate) struct Overrides {
    notice: Option<&'static str>,
    own: Option<(Typed, Problems)>,
    consensus: Option<(Typed, Problems)>,
}

impl Overrides {
    pub fn none(notice: Option<&'static str>) -> Overrides {
        Overrides {
            notice,
            own: None,
            consensus: None,
        }
    }

    pub fn own(typed: Typed, problems: Problems) -> Overrides {
        Overrides {
            notice: None,
            own: Some((typed, problems)),
            consensus: None,
        }
    }

    pub fn consensus(typed: Typed, problems: Problems) -> Overrides {
        Overrides {
            notice: None,
            own: None,
            consensus: Some((typed, problems)),
        }
    }
}

/// The confirmation a `?done=` code stands for.
pub fn notice_id(done: &str) -> Option<&'static str> {
    Some(match done {
        "saved" => "checklist-notice-saved",
        "submitted" => "checklist-notice-submitted",
        "already-submitted" => "checklist-notice-already-submitted",
        "consensus-started" => "checklist-notice-consensus-started",
        "consensus-saved" => "checklist-notice-consensus-saved",
        "consensus-submitted" => "checklist-notice-consensus-submitted",
        "consensus-already" => "checklist-notice-consensus-already",
        _ => return None,
    })
}

pub struct RaterRow {
    pub who: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "checklist.html")]
struct ChecklistPage {
    page: PageMeta,
    heading: String,
    subtitle: String,
    notice: Option<String>,
    back_href: String,
    progress_href: String,
    raters: Vec<RaterRow>,
    /// What the raters' list says when it is empty.
    no_raters: String,
    own_form: Option<RatingForm>,
    own_scores: Option<ScoresView>,
    own_read_only: Vec<ReadOnlyDomain>,
    blind_note: Option<String>,
    agreement: Option<AgreementView>,
    agreement_note: Option<String>,
    consensus_form: Option<RatingForm>,
    consensus_scores: Option<ScoresView>,
    consensus_note: Option<String>,
    start_consensus: Option<String>,
    csrf: String,
}

async fn email_of(state: &AppState, assessment: &Assessment) -> Result<String, StoreError> {
    Ok(state
        .store
        .user(&assessment.rater_id)
        .await?
        .map_or_else(|| assessment.rater_id.to_string(), |u| u.email))
}

fn form(
    reader: &Reader,
    heading: String,
    action: String,
    domains: Vec<super::views::DomainView>,
    errors: Vec<(String, String)>,
    submit_label: &str,
) -> RatingForm {
    let tr = &reader.tr;
    RatingForm {
        heading,
        action,
        csrf: reader.csrf.0.clone(),
        domains,
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        evidence_label: tr.t("checklist-evidence"),
        sources_label: tr.t("checklist-sources"),
        submit_label: tr.t(submit_label),
    }
}

/// Without any rater, the page says whether a consensus was recorded all the same (imported or
/// demo data have one on its own), rather than that nobody has started.
fn no_raters(reader: &Reader, context: &Context) -> String {
    let tr = &reader.tr;
    match &context.consensus {
        Some(consensus) if consensus.status == Status::Submitted => tr.t1(
            "checklist-no-raters-consensus",
            "date",
            tr.date(
                &consensus
                    .submitted_at
                    .unwrap_or(parite_store::Timestamp::from_unix(0))
                    .iso_date(),
            ),
        ),
        Some(_) => tr.t("checklist-no-raters-consensus-draft"),
        None => tr.t("checklist-no-raters"),
    }
}

pub(crate) async fn render_page(
    state: &AppState,
    reader: &Reader,
    context: &Context,
    overrides: Overrides,
) -> Page {
    let built = build(state, reader, context, overrides).await;
    let (status, page) = built.map_err(PageError::nothing_lost)?;
    Ok(render(status, &page))
}

async fn build(
    state: &AppState,
    reader: &Reader,
    context: &Context,
    overrides: Overrides,
) -> Result<(StatusCode, ChecklistPage), StoreError> {
    let tr = &reader.tr;
    let href = context.href(reader);
    let problems_shown = overrides.own.as_ref().is_some_and(|(_, p)| !p.is_empty())
        || overrides
            .consensus
            .as_ref()
            .is_some_and(|(_, p)| !p.is_empty());
    let missing = || StoreError::NotFound {
        what: "checklist version",
    };
    let own_instrument = instrument_of(state, context.mine.as_ref()).ok_or_else(missing)?;
    let own_stored = match &context.mine {
        Some(mine) => Typed::from_stored(&state.store.ratings(&mine.id).await?),
        None => Typed::default(),
    };
    let own_open = context
        .mine
        .as_ref()
        .is_none_or(|m| m.status == Status::Draft);
    let own_form = own_open.then(|| {
        let (typed, problems) = overrides
            .own
            .clone()
            .unwrap_or((own_stored.clone(), Vec::new()));
        let domains = rating_domains(tr, &own_instrument, &typed, &problems, "r-", &|_| {
            Vec::new()
        });
        let errors = error_links(tr, &own_instrument, &problems, "r-");
        form(
            reader,
            tr.t("checklist-own-title"),
            href.clone(),
            domains,
            errors,
            "checklist-submit",
        )
    });
    let own_scores = context.mine.as_ref().map(|_| {
        scores(
            tr,
            &own_instrument,
            &own_stored.ratings,
            tr.t("checklist-own-scores"),
        )
    });
    let own_read_only = match &context.mine {
        Some(mine) if mine.status == Status::Submitted => {
            read_only(tr, &own_instrument, &own_stored)
        }
        _ => Vec::new(),
    };
    let mut raters = Vec::new();
    for assessment in &context.raters {
        let status = match assessment.status {
            Status::Draft => tr.t("checklist-rater-draft"),
            Status::Submitted => tr.t1(
                "checklist-rater-submitted",
                "date",
                tr.date(
                    &assessment
                        .submitted_at
                        .unwrap_or(parite_store::Timestamp::from_unix(0))
                        .iso_date(),
                ),
            ),
        };
        raters.push(RaterRow {
            who: email_of(state, assessment).await?,
            status,
        });
    }
    let mut page = ChecklistPage {
        page: reader.page(String::new()),
        heading: tr.t("checklist-title"),
        subtitle: tr.t2(
            "checklist-subtitle",
            ("organization", context.org.name.as_str()),
            ("wave", context.wave.label.as_str()),
        ),
        notice: overrides.notice.map(|id| tr.t(id)),
        back_href: reader.href(&links::org(&context.org.slug)),
        progress_href: reader.href(&links::progress(&context.org.slug)),
        raters,
        no_raters: no_raters(reader, context),
        own_form,
        own_scores,
        own_read_only,
        blind_note: None,
        agreement: None,
        agreement_note: None,
        consensus_form: None,
        consensus_scores: None,
        consensus_note: None,
        start_consensus: None,
        csrf: reader.csrf.0.clone(),
    };
    if context.sees_others() {
        others(state, reader, context, overrides.consensus, &mut page).await?;
    } else if context
        .raters
        .iter()
        .any(|a| Some(&a.id) != context.mine.as_ref().map(|m| &m.id))
    {
        page.blind_note = Some(tr.t("checklist-blind-note"));
    }
    let title = format!("{} — {}", page.heading, page.subtitle);
    let errors = page.own_form.as_ref().map_or(0, |f| f.errors.len())
        + page.consensus_form.as_ref().map_or(0, |f| f.errors.len());
    let mut meta = reader
        .page(title)
        .with_error_count(errors)
        .with_trail(crate::orgs::trail(reader, Some(&context.org)));
    meta.wide = true;
    page.page = meta;
    let status = if problems_shown {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, page))
}

/// The agreement and the consensus, for a reader who may see the others' ratings.
async fn others(
    state: &AppState,
    reader: &Reader,
    context: &Context,
    typed_consensus: Option<(Typed, Problems)>,
    page: &mut ChecklistPage,
) -> Result<(), StoreError> {
    let tr = &reader.tr;
    let compared = compared(context);
    let missing = || StoreError::NotFound {
        what: "checklist version",
    };
    // The consensus's version, or the compared ratings' (they share one).
    let Some(basis) = context.consensus.as_ref().or(compared.first().copied()) else {
        page.agreement_note = Some(tr.t("checklist-agreement-needs-two"));
        return Ok(());
    };
    let instrument = instrument_of(state, Some(basis)).ok_or_else(missing)?;
    let mut names = Vec::with_capacity(compared.len());
    for assessment in &compared {
        names.push(email_of(state, assessment).await?);
    }
    let raters = compared_ratings(state, &compared).await?;
    match parite_core::agreement::checklist_agreement(&instrument, &ratings_of(&raters)) {
        Some(report) => page.agreement = Some(agreement(tr, &instrument, &report, names.clone())),
        None => page.agreement_note = Some(tr.t("checklist-agreement-needs-two")),
    }
    let href = context.href(reader);
    match &context.consensus {
        None if compared.is_empty() => {}
        None => page.start_consensus = Some(format!("{href}/consensus")),
        Some(consensus) if consensus.status == Status::Submitted => {
            let stored = Typed::from_stored(&state.store.ratings(&consensus.id).await?);
            page.consensus_scores = Some(scores(
                tr,
                &instrument,
                &stored.ratings,
                tr.t("checklist-consensus-scores"),
            ));
            page.consensus_note = Some(tr.t1(
                "checklist-consensus-recorded",
                "lead",
                email_of(state, consensus).await?,
            ));
        }
        Some(consensus) => {
            let lead = email_of(state, consensus).await?;
            if may_edit(context, consensus) {
                let (typed, problems) = match typed_consensus {
                    Some(typed) => typed,
                    None => (
                        Typed::from_stored(&state.store.ratings(&consensus.id).await?),
                        Vec::new(),
                    ),
                };
                let said = said_by_item(reader, &names, &raters);
                let domains = rating_domains(tr, &instrument, &typed, &problems, "c-", &|item| {
                    said.get(item).cloned().unwrap_or_default()
                });
                let errors = error_links(tr, &instrument, &problems, "c-");
                page.consensus_form = Some(form(
                    reader,
                    tr.t("checklist-consensus-title"),
                    format!("{href}/consensus"),
                    domains,
                    errors,
                    "checklist-consensus-submit",
                ));
            }
            page.consensus_note = Some(tr.t1("checklist-consensus-in-progress", "lead", lead));
        }
    }
    Ok(())
}
