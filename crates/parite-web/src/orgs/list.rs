//! The list of the organizations in one's scope: where administrators and evaluators land after
//! signing in, with every page of each organization one click away. A team lead with one
//! organization goes straight to it.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use parite_store::{Organization, Role};

use crate::app::AppState;
use crate::auth::CurrentUser;
use crate::errors::PageError;
use crate::page::{PageMeta, render};
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
    let signed_in = &user.0;
    let result = if signed_in.user.role == Role::Admin {
        state.store.organizations(false).await
    } else {
        state.store.scope_of(&signed_in.user.id).await
    };
    result.map_err(|_| PageError::Unavailable { saved: true })
}

pub async fn list(State(state): State<AppState>, reader: Reader, user: CurrentUser) -> Response {
    let orgs = match organizations_of(&state, &user).await {
        Ok(orgs) => orgs,
        Err(error) => return error.render(&reader),
    };
    let role = user.0.user.role;
    if let [only] = orgs.as_slice()
        && role == Role::TeamLead
    {
        return Redirect::to(&reader.href(&format!("/orgs/{}/", only.slug))).into_response();
    }
    let evaluates = matches!(role, Role::Admin | Role::Evaluator);
    let mut entries = Vec::with_capacity(orgs.len());
    for org in orgs {
        let latest_wave = if evaluates {
            match state.store.waves_of(&org.id).await {
                // Newest first (`waves_of`): the wave an evaluator is most likely rating.
                Ok(waves) => waves.into_iter().next(),
                Err(error) => {
                    tracing::error!(%error, "cannot list an organization's waves");
                    return PageError::Unavailable { saved: true }.render(&reader);
                }
            }
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
    render(
        StatusCode::OK,
        &ListPage {
            page: reader.page(title),
            orgs: entries,
        },
    )
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
    let base = format!("/orgs/{}", org.slug);
    let href = |rest: &str| reader.href(&format!("{base}{rest}"));
    let mut links = vec![
        (
            href("/reports/organization"),
            tr.t("report-organization-title"),
        ),
        (href("/reports/community"), tr.t("community-link")),
    ];
    if evaluates {
        if let Some(wave) = latest_wave {
            links.push((
                href(&format!("/checklists/{}", wave.id)),
                tr.t1("orgs-latest-checklist-link", "wave", wave.label.as_str()),
            ));
        }
        links.push((href("/progress"), tr.t("orgs-progress-link")));
        for (file, label) in RAW_FILES {
            links.push((href(&format!("/exports/raw/{file}")), tr.t(label)));
        }
    }
    links
}

fn entry(
    reader: &Reader,
    org: &Organization,
    evaluates: bool,
    latest_wave: Option<&parite_store::Wave>,
) -> OrgEntry {
    OrgEntry {
        name: org.name.clone(),
        overview: reader.href(&format!("/orgs/{}/", org.slug)),
        links: org_links(reader, org, evaluates, latest_wave),
    }
}
