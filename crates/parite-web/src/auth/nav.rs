//! Where each role goes: the pages of the header (its home first, where sign-in lands), the
//! account links, and sign out.

use axum::http::Uri;
use parite_i18n::Texts;
use parite_store::Role;

use super::require::{Access, Require};
use super::session::Viewer;
use crate::app::{ADMIN_CONSOLE, FUNDER_PAGES, ORG_LIST};

/// The header's pages, in order, as (path under the language, message id, requirement). A
/// role's home is the first it may open: administrators and evaluators land on their list of
/// organizations, team leads on their organization (the list sends a one-organization scope
/// there), funders on the overview.
const SECTIONS: [(&str, &str, Require); 4] = [
    ("/orgs/", "nav-organizations", ORG_LIST),
    ("/funders/", "nav-funders", FUNDER_PAGES),
    ("/admin/", "nav-admin", ADMIN_CONSOLE),
    // Never a home: every role has one of the pages above first.
    (
        crate::instruments::LIST,
        "nav-instruments",
        Require::SignedIn,
    ),
];

/// The pages of the header a role opens, as (path under the language, message id).
pub fn sections_of(role: Role) -> impl Iterator<Item = (&'static str, &'static str)> {
    SECTIONS
        .into_iter()
        .filter(move |(_, _, require)| require.access(Some(role)) == Access::Allowed)
        .map(move |(path, id, _)| {
            // A team lead's list is their own organization, and says so.
            let id = if role == Role::TeamLead && path == "/orgs/" {
                "nav-my-organization"
            } else {
                id
            };
            (path, id)
        })
}

/// Where a role lands after signing in, under the language: its first page, else the account.
pub fn home_of(role: Role) -> &'static str {
    sections_of(role).next().map_or("/login", |(path, _)| path)
}

/// What the header shows about the account.
pub struct Nav {
    /// The signed-in person's email; `None` when anonymous.
    pub signed_in_as: Option<String>,
    /// The sign-in page, coming back here afterwards.
    pub login_href: String,
    /// The account page (signed in).
    pub account_href: String,
    pub logout_action: String,
    pub csrf: String,
    /// Pages the person's role opens, as (address, label).
    pub links: Vec<(String, String)>,
}

impl Nav {
    /// The header's account links; none on the survey, where respondents have no account and
    /// a sign-in link would only suggest they need one.
    pub fn new(tr: &Texts, viewer: &Viewer, uri: &Uri, csrf: &str) -> Option<Nav> {
        let segment = tr.segment();
        if uri.path().starts_with(&format!("/{segment}/s/")) {
            return None;
        }
        let role = viewer.0.as_ref().map(|s| s.user.role);
        let links = role
            .into_iter()
            .flat_map(sections_of)
            .map(|(path, id)| (format!("/{segment}{path}"), tr.t(id)))
            .collect();
        let here = uri.path_and_query().map_or("/", |p| p.as_str());
        let login_href = if here.starts_with(&format!("/{segment}/login")) {
            format!("/{segment}/login")
        } else {
            format!("/{segment}/login?next={}", super::percent_encode(here))
        };
        Some(Nav {
            signed_in_as: viewer.0.as_ref().map(|s| s.user.email.clone()),
            login_href,
            account_href: format!("/{segment}/login"),
            logout_action: format!("/{segment}/logout"),
            csrf: csrf.to_owned(),
            links,
        })
    }
}
