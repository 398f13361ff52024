//! The schedule of support of one organization, `/{lang}/orgs/{slug}/support`: every activity
//! planned for it (alone or shared), a form to plan one or a recurring series, and for each
//! activity a form to mark it delivered with attendance counts (never names) or to cancel it.
//! Every change is audited in its own transaction.

mod plan;
mod views;

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use parite_core::stages::Date;
use parite_core::support::{Attendance, SupportKinds};
use parite_store::{Organization, StoreError, SupportActivityId, Timestamp};

use crate::app::AppState;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::errors::PageError;
use crate::links;
use crate::page::Page;
use crate::reader::Reader;
pub(crate) use plan::PlanTyped;
use plan::check_plan;
use views::{Refused, render_page};

/// The kinds of support this build ships (`support/kinds.toml`); the command line reads the
/// same text.
pub const SHIPPED_KINDS: &str = include_str!("../../../../support/kinds.toml");

/// The shipped kinds, parsed once. The tests check the file; an invalid one leaves no kind to
/// plan rather than failing every page.
static KINDS: LazyLock<Arc<SupportKinds>> = LazyLock::new(|| {
    SupportKinds::parse(SHIPPED_KINDS)
        .map(Arc::new)
        .unwrap_or_else(|problems| {
            tracing::error!(?problems, "support/kinds.toml is invalid");
            Arc::new(SupportKinds::default())
        })
});

/// The shipped kinds of support, parsed once.
pub fn kinds() -> Arc<SupportKinds> {
    Arc::clone(&KINDS)
}

/// What is wrong with a form: (field, message id) pairs.
pub(crate) type Problems = Vec<(&'static str, &'static str)>;

/// The organizations besides `org` that the signed-in person works with: those a shared
/// activity may also be for.
async fn others_than(
    state: &AppState,
    user: &CurrentUser,
    org: &Organization,
) -> Result<Vec<Organization>, PageError> {
    let mut orgs = crate::orgs::organizations_of(state, user).await?;
    orgs.retain(|o| o.id != org.id);
    Ok(orgs)
}

pub async fn show(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Query(query): Query<Vec<(String, String)>>,
) -> Page {
    let others = others_than(&state, &user, &org).await?;
    let notice = match field(&query, "done") {
        Some("planned") => Some("support-notice-planned"),
        Some("delivered") => Some("support-notice-delivered"),
        Some("cancelled") => Some("support-notice-cancelled"),
        _ => None,
    };
    render_page(&state, &reader, &org, &others, notice, None).await
}

/// Plans one activity or a series for this organization.
pub async fn plan_post(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    fields: Fields,
) -> Page {
    let me = &user.0;
    let others = others_than(&state, &user, &org).await?;
    let typed = PlanTyped::from_fields(&fields);
    let (plan, dates) = match check_plan(&kinds(), &typed, &org.id, &others) {
        Ok(checked) => checked,
        Err(problems) => {
            let refused = Refused::Plan(typed, problems);
            return render_page(&state, &reader, &org, &others, None, Some(refused)).await;
        }
    };
    let mut details = format!("{} × {} from {}", dates.len(), plan.kind, typed.date);
    if !typed.also.is_empty() {
        details = format!("{details}, shared with {}", typed.also.join(", "));
    }
    let planning = state.store.plan_support(plan, &dates, Some(&me.user.id));
    audited(
        &state,
        Some(&me.user.id),
        "support_plan",
        &org.slug,
        &details,
        planning,
    )
    .await?;
    let href = reader.href(&format!("{}?done=planned", links::support(&org.slug)));
    Ok(Redirect::to(&href).into_response())
}

/// Marks an activity delivered (with each of its organizations' counts) or cancels it.
pub async fn activity_post(
    State(state): State<AppState>,
    reader: Reader,
    user: CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_slug, activity)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let me = &user.0;
    let id = SupportActivityId::from(activity);
    let Some(stored) = state.store.support_activity(&id).await? else {
        return Err(PageError::NotFound);
    };
    // Only through an organization the activity is for.
    if !stored.attendance.contains_key(&org.id) {
        return Err(PageError::NotFound);
    }
    let today = Date::parse_iso(&Timestamp::now().iso_date());
    let (done, result) = match field(&fields, "action") {
        Some("deliver") => {
            let typed_date = field(&fields, "date").unwrap_or_default().trim().to_owned();
            let mut problems = Vec::new();
            let on = Date::parse_iso(&typed_date);
            match on {
                None => problems.push(("date", "support-error-date")),
                Some(day) if today.is_some_and(|t| day > t) => {
                    problems.push(("date", "support-error-date-future"));
                }
                Some(_) => {}
            }
            let wrap = kinds().get(stored.kind.as_str()).is_some_and(|k| k.wrap);
            let mut attendance = BTreeMap::new();
            let mut typed_counts = BTreeMap::new();
            for org_id in stored.attendance.keys() {
                let count = |name: &str| {
                    let typed = field(&fields, &format!("{name}-{}", org_id.as_str()))
                        .unwrap_or_default()
                        .trim()
                        .to_owned();
                    (typed.parse::<u32>().ok().filter(|n| *n <= 10_000), typed)
                };
                let (peers, peers_typed) = count("peers");
                let (staff, staff_typed) = count("staff");
                let (completed, completed_typed) = count("completed");
                if peers.is_none() || staff.is_none() {
                    problems.push(("counts", "support-error-counts"));
                }
                let wrap_completed = if wrap && !completed_typed.is_empty() {
                    if completed.is_none() || completed > peers {
                        problems.push(("counts", "support-error-completed"));
                    }
                    completed
                } else {
                    None
                };
                typed_counts.insert(org_id.clone(), (peers_typed, staff_typed, completed_typed));
                if let (Some(peers), Some(staff)) = (peers, staff) {
                    attendance.insert(
                        org_id.clone(),
                        Attendance {
                            peers,
                            staff,
                            wrap_completed,
                        },
                    );
                }
            }
            problems.dedup();
            if let (true, Some(on)) = (problems.is_empty(), on) {
                let delivering = state.store.deliver_support(&id, on, attendance);
                let details = format!("delivered on {typed_date}");
                let done = audited(
                    &state,
                    Some(&me.user.id),
                    "support_deliver",
                    id.as_str(),
                    &details,
                    delivering,
                )
                .await;
                ("delivered", done)
            } else {
                let refused = Refused::Deliver {
                    activity: id,
                    date: typed_date,
                    counts: typed_counts,
                    problems,
                };
                let others = others_than(&state, &user, &org).await?;
                return render_page(&state, &reader, &org, &others, None, Some(refused)).await;
            }
        }
        Some("cancel") => {
            let reason = field(&fields, "reason")
                .unwrap_or_default()
                .trim()
                .to_owned();
            if reason.is_empty() || reason.chars().count() > 500 {
                let message = if reason.is_empty() {
                    "support-error-reason"
                } else {
                    "support-error-too-long"
                };
                let refused = Refused::Cancel {
                    activity: id,
                    reason,
                    problem: message,
                };
                let others = others_than(&state, &user, &org).await?;
                return render_page(&state, &reader, &org, &others, None, Some(refused)).await;
            }
            let cancelling = state.store.cancel_support(&id, &reason);
            let done = audited(
                &state,
                Some(&me.user.id),
                "support_cancel",
                id.as_str(),
                "",
                cancelling,
            )
            .await;
            ("cancelled", done)
        }
        _ => return Err(PageError::BadRequest),
    };
    match result {
        Ok(()) => {
            let href = reader.href(&format!(
                "{}?done={done}#a-{}",
                links::support(&org.slug),
                id.as_str()
            ));
            Ok(Redirect::to(&href).into_response())
        }
        Err(StoreError::NotFound { .. }) => Err(PageError::NotFound),
        Err(error) => Err(error.into()),
    }
}
