//! The administration console, `/{lang}/admin/…`: organizations, people, waves, invitations
//! and the audit log. Every route is registered with `Require::Role(&[Admin])` (or
//! `OrgScope { roles: &[Admin] }`), so no handler here checks a role.

pub mod audit_log;
pub mod orgs;
pub mod people;
mod person_actions;
pub mod views;
pub mod wave_closing;
pub mod wave_team;
pub mod waves;

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

use crate::app::AppState;
use crate::auth::views::{FieldView, summary};
use crate::links;
use crate::page::render;
use crate::reader::Reader;
use views::{FormView, HomePage};

/// The console's front page.
pub async fn home(reader: Reader) -> Response {
    let tr = &reader.tr;
    let links = vec![
        (
            reader.href("/admin/orgs"),
            tr.t("admin-orgs-title"),
            tr.t("admin-home-orgs"),
        ),
        (
            reader.href("/admin/people"),
            tr.t("admin-people-title"),
            tr.t("admin-home-people"),
        ),
        (
            reader.href("/admin/audit"),
            tr.t("admin-audit-title"),
            tr.t("admin-home-audit"),
        ),
    ];
    let page = HomePage {
        page: reader.page(tr.t("admin-title")),
        links,
    };
    render(StatusCode::OK, &page)
}

/// Where a console page sits, for its way back: the console's own lists.
pub(crate) enum Under<'a> {
    /// The console's front page.
    Console,
    /// The list of organizations.
    Orgs,
    /// One organization's page.
    Org(&'a parite_store::Organization),
    /// One wave's page.
    Wave(&'a parite_store::Organization, &'a parite_store::Wave),
    /// The list of people.
    People,
}

/// The way back from a console page (see `PageMeta::trail`).
pub(crate) fn trail(reader: &Reader, under: Under<'_>) -> Vec<(String, String)> {
    let tr = &reader.tr;
    let mut trail = vec![(reader.href("/admin/"), tr.t("admin-title"))];
    let orgs = (reader.href("/admin/orgs"), tr.t("admin-orgs-title"));
    let org =
        |o: &parite_store::Organization| (reader.href(&links::admin_org(&o.slug)), o.name.clone());
    match under {
        Under::Console => {}
        Under::Orgs => trail.push(orgs),
        Under::Org(o) => trail.extend([orgs, org(o)]),
        Under::Wave(o, w) => trail.extend([
            orgs,
            org(o),
            (
                reader.href(&links::admin_wave(&o.slug, &w.id)),
                w.label.clone(),
            ),
        ]),
        Under::People => trail.push((reader.href("/admin/people"), tr.t("admin-people-title"))),
    }
    trail
}

/// A form with its error summary built from its fields.
pub(crate) fn form(reader: &Reader, action: String, fields: Vec<FieldView>) -> FormView {
    let errors = summary(&fields);
    FormView {
        action,
        csrf: reader.csrf.0.clone(),
        error_summary: reader
            .tr
            .t1("form-error-summary-title", "count", errors.len()),
        errors,
        fields,
    }
}

pub(crate) use crate::page::see_other;

/// `https://host` as the administrator's browser reached us, for links to hand out.
pub(crate) fn site_base(state: &AppState, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}
