//! The account links in every page's header: sign in, or who is signed in, the pages their
//! role opens, and sign out.

use axum::http::Uri;
use parite_i18n::Texts;

use super::require::Access;
use super::session::Viewer;
use crate::app::ADMIN_CONSOLE;

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
        let mut links = Vec::new();
        if role.is_some() && ADMIN_CONSOLE.access(role) == Access::Allowed {
            links.push((format!("/{segment}/admin/"), tr.t("nav-admin")));
        }
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
