//! The list of the organizations in one's scope: where administrators and evaluators land after
//! signing in, with every page of each organization one click away. A team lead with one
//! organization goes straight to it.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use parite_store::{Organization, Role};

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, PageMeta, render};
use crate::reader::Reader;
use crate::reports::RAW_FILES;

/// One organization and the addresses of its pages, as (address, label).
pub struct OrgEntry {
    pub name: String,
    pub overview: String,
    pub links: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "orgs_list.html")]
struct ListPage {
    page: PageMeta,
    orgs: Vec<OrgEntry>,
}

/// The organizations a person works with: all for administrators, their scope otherwise.
pub async fn organizations_of(
    state: &AppState,
    user: &CurrentUser,
) -> Result<Vec<Organization>, PageError> {
    organizations_for(state, &user.0.user)
        .await
        .map_err(PageError::nothing_lost)
}

/// The organizations an account works with, whatever asks (a page or the JSON API).
pub async fn organizations_for(
    state: &AppState,
    user: &parite_store::User,
) -> Result<Vec<Organization>, parite_store::StoreError> {
    if user.role == Role::Admin {
        state.store.organizations(false).await
    } else {
        state.store.scope_of(&user.id).await
    }
}

pub async fn list(State(state): State<AppState>, reader: Reader, user: CurrentUser) -> Page {
    let orgs = organizations_of(&state, &user).await?;
    let role = user.0.user.role;
    if let [only] = orgs.as_slice()
        && role == Role::TeamLead
    {
        return Ok(Redirect::to(&reader.href(&links::org(&only.slug))).into_response());
    }
    let evaluates = matches!(role, Role::Admin | Role::Evaluator);
    let mut entries = Vec::with_capacity(orgs.len());
    for org in orgs {
        let latest_wave = if evaluates {
            // Newest first (`waves_of`): the wave an evaluator is most likely rating.
            let waves = state.store.waves_of(&org.id).await;
            waves.map_err(PageError::nothing_lost)?.into_iter().next()
        } else {
            None
        };
        entries.push(entry(&reader, &org, evaluates, latest_wave.as_ref()));
    }
    let tr = &reader.tr;
    let title = if role == Role::TeamLead {
        tr.t("nav-my-organization")
    } else {
        tr.t("nav-organizations")
    };
    Ok(render(
        StatusCode::OK,
        &ListPage {
            page: reader.page(title),
            orgs: entries,
        },
    ))
}

/// The pages of one organization a person opens, as (address, label): its reports, and for
/// those who evaluate it, the checklist of `latest_wave`, its progress and its raw answers.
pub fn org_links(
    reader: &Reader,
    org: &Organization,
    evaluates: bool,
    latest_wave: Option<&parite_store::Wave>,
) -> Vec<(String, String)> {
    let tr = &reader.tr;
    let slug = org.slug.as_str();
    let href = |path: String| reader.href(&path);
    let mut entries = vec![
        (
            href(links::org_report(slug, "organization")),
            tr.t("report-organization-title"),
        ),
        (
            href(links::org_report(slug, "community")),
            tr.t("community-link"),
        ),
    ];
    if evaluates {
        if let Some(wave) = latest_wave {
            entries.push((
                href(links::checklist(slug, &wave.id)),
                tr.t1("orgs-latest-checklist-link", "wave", wave.label.as_str()),
            ));
        }
        entries.push((href(links::progress(slug)), tr.t("orgs-progress-link")));
        entries.push((href(links::support(slug)), tr.t("orgs-support-link")));
        for (file, label) in RAW_FILES {
            entries.push((href(links::org_raw_export(slug, file)), tr.t(label)));
        }
    }
    entries
}

fn entry(
    reader: &Reader,
    org: &Organization,
    evaluates: bool,
    latest_wave: Option<&parite_store::Wave>,
) -> OrgEntry {
    OrgEntry {
        name: org.name.clone(),
        overview: reader.href(&links::org(&org.slug)),
        links: org_links(reader, org, evaluates, latest_wave),
    }
}
