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
use crate::reports::{ITEM_EXPORTS, ITEM_SYNTAX_LINKS, raw_links};

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
        let waves = if evaluates {
            let waves = state.store.waves_of(&org.id).await;
            waves.map_err(PageError::nothing_lost)?
        } else {
            Vec::new()
        };
        entries.push(entry(&state, &reader, &org, evaluates, &waves));
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
/// those who evaluate it (`waves` given, newest first), the checklist of the latest team-survey
/// wave, its progress, its support, and the raw files of each survey it has waves of.
pub fn org_links(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    evaluates: bool,
    waves: &[parite_store::Wave],
) -> Vec<(String, String)> {
    // Checklists rate the team survey's waves: the one an evaluator is most likely rating.
    let latest_wave = waves
        .iter()
        .find(|wave| wave.instrument_id.as_str() == parite_core::report::TEAM_SURVEY);
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
        for (path, label) in raw_links(slug, parite_core::report::TEAM_SURVEY) {
            entries.push((href(path), tr.t(label)));
        }
        // The other surveys' raw files, once the organization has a wave of one, named by it.
        let mut others: Vec<&str> = Vec::new();
        for wave in waves {
            let id = wave.instrument_id.as_str();
            if id != parite_core::report::TEAM_SURVEY && !others.contains(&id) {
                others.push(id);
            }
        }
        for id in others {
            let Some(survey) = state.instruments.latest(id) else {
                continue;
            };
            let title = tr.t(survey.title.as_str());
            for (path, label) in raw_links(slug, id) {
                let label = tr.t2(
                    "orgs-survey-file",
                    ("survey", title.as_str()),
                    ("file", tr.t(label)),
                );
                entries.push((href(path), label));
            }
        }
        for (file, _, label) in ITEM_EXPORTS {
            entries.push((href(links::org_item_export(slug, file)), tr.t(label)));
            // Each file's R, SPSS and Stata files, right after it.
            let stem = file.strip_suffix(".csv").unwrap_or(file);
            for (kind, label) in ITEM_SYNTAX_LINKS {
                let syntax = format!("{stem}.{}", kind.extension());
                entries.push((href(links::org_item_export(slug, &syntax)), tr.t(label)));
            }
        }
    }
    entries
}

fn entry(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    evaluates: bool,
    waves: &[parite_store::Wave],
) -> OrgEntry {
    OrgEntry {
        name: org.name.clone(),
        overview: reader.href(&links::org(&org.slug)),
        links: org_links(state, reader, org, evaluates, waves),
    }
}
