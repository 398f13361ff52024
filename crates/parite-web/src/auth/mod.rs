//! Accounts: signing in and out, sessions in the database, one-time password links, sign-in
//! throttling, the audit helper, and authorization — each route's [`Require`] enforced by one
//! layer, so that no handler checks a role itself.

mod audit;
mod handlers;
mod link;
mod nav;
pub mod password;
mod require;
mod session;
mod table;
pub(crate) mod throttle;
mod tokens;
pub(crate) mod views;

pub use audit::{ACTIONS, audit, audited};
pub use handlers::{logout, logout_everywhere, sign_in, sign_in_form};
pub use link::{LINK_HOURS, issue_password_link, password_form, password_post};
pub use nav::{Nav, home_of, sections_of};
pub use require::{Access, CurrentUser, Guard, Require, ScopedOrg, org_in_scope};
pub use session::{
    SESSION_COOKIE, SignedIn, Viewer, attach_session, clear_stale_session, start_session,
    token_hash,
};
pub use table::{Credential, Route, RouteInfo, add_routes};
pub use tokens::{create_token, revoke_token};

/// An email address as accounts accept it: one `@`, something before it, a dotted domain
/// after it, no spaces, at most 254 characters. (Whether it reaches anyone is the person's
/// business: no mail is sent.)
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The message naming a role.
pub fn role_label_id(role: parite_store::Role) -> &'static str {
    match role {
        parite_store::Role::Admin => "role-admin",
        parite_store::Role::Evaluator => "role-evaluator",
        parite_store::Role::TeamLead => "role-team-lead",
        parite_store::Role::Funder => "role-funder",
    }
}

/// The form fields of a POST, in order, repeated names kept (checkboxes).
pub(crate) type Fields = axum::Form<Vec<(String, String)>>;

/// The first value of a form field.
pub(crate) fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Percent-encodes everything but unreserved characters and `/`, for a path in a query.
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A `next` address is followed only if it is a path on this site: `/fr/…`, never `//host` or
/// `/\host` (which browsers read as another site).
pub(crate) fn safe_next(next: Option<&str>) -> Option<&str> {
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n.starts_with("/\\")
            && !n.chars().any(|c| c.is_control() || c == '\\')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_addresses_stay_on_this_site() {
        assert_eq!(safe_next(Some("/fr/admin/")), Some("/fr/admin/"));
        assert_eq!(safe_next(Some("//evil.example")), None);
        assert_eq!(safe_next(Some("/\\evil.example")), None);
        assert_eq!(safe_next(Some("https://evil.example")), None);
        assert_eq!(safe_next(Some("/fr/\nx")), None);
        assert_eq!(percent_encode("/fr/a?b=c d"), "/fr/a%3Fb%3Dc%20d");
    }
}
