//! Authorization in one place: each route of the table declares a [`Require`], and the layer
//! built from it answers before any handler runs — sign-in redirect, 403, or 404 for an
//! organization outside one's scope — and checks the CSRF token of every signed-in POST.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use parite_store::{Organization, Role, StoreError, User};

use super::session::{SignedIn, Viewer};
use crate::app::AppState;
use crate::errors::PageError;
use crate::page::{MessagePage, render};
use crate::reader::Reader;
use crate::security::{CSRF_FIELD, CsrfToken, csrf_matches};

/// What a route asks of the person requesting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Require {
    /// Anyone, signed in or not (the survey, the sign-in page). Such handlers check the CSRF
    /// token of their own forms.
    Public,
    /// Anyone signed in.
    SignedIn,
    /// Someone signed in with one of these roles.
    Role(&'static [Role]),
    /// One of these roles, and the organization named by the `{slug}` segment in one's scope;
    /// administrators see every organization. Outside the scope the organization does not
    /// exist (404): its existence is not revealed.
    OrgScope { roles: &'static [Role] },
}

/// What a requirement answers for a person, before any organization is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Allowed,
    SignInFirst,
    Forbidden,
}

impl Require {
    /// The answer for someone with `role`, or for an anonymous person (`None`).
    pub fn access(self, role: Option<Role>) -> Access {
        match (self, role) {
            (Require::Public, _) => Access::Allowed,
            (_, None) => Access::SignInFirst,
            (Require::SignedIn, Some(_)) => Access::Allowed,
            (Require::Role(roles) | Require::OrgScope { roles }, Some(role)) => {
                if roles.contains(&role) {
                    Access::Allowed
                } else {
                    Access::Forbidden
                }
            }
        }
    }
}

/// Whether a role sees every organization, whatever its scope.
fn sees_every_organization(role: Role) -> bool {
    matches!(role, Role::Admin)
}

/// The organization of an `OrgScope` route, already checked against the person's scope.
#[derive(Debug, Clone)]
pub struct ScopedOrg(pub Organization);

/// The signed-in person of a route that requires one.
#[derive(Debug, Clone)]
pub struct CurrentUser(pub Arc<SignedIn>);

impl FromRequestParts<AppState> for ScopedOrg {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match parts.extensions.get::<ScopedOrg>() {
            Some(org) => Ok(org.clone()),
            None => {
                tracing::error!(path = %parts.uri.path(), "ScopedOrg on a route without OrgScope");
                let reader = Reader::from_request_parts(parts, state).await;
                Err(match reader {
                    Ok(reader) => PageError::NotFound.render(&reader),
                    Err(never) => match never {},
                })
            }
        }
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Response> {
        match parts.extensions.get::<Viewer>().and_then(|v| v.0.clone()) {
            Some(signed_in) => Ok(CurrentUser(signed_in)),
            None => Err(StatusCode::UNAUTHORIZED.into_response()),
        }
    }
}

/// The state of one route's guard.
#[derive(Clone)]
pub struct Guard {
    pub state: AppState,
    pub require: Require,
}

/// The guard every route of the table is wrapped in.
pub async fn authorize(State(guard): State<Guard>, request: Request, next: Next) -> Response {
    let Guard { state, require } = guard;
    if require == Require::Public {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let viewer = parts
        .extensions
        .get::<Viewer>()
        .cloned()
        .unwrap_or_default();
    let Ok(reader) = Reader::from_request_parts(&mut parts, &state).await;
    let role = viewer.0.as_ref().map(|s| s.user.role);
    match require.access(role) {
        Access::Allowed => {}
        Access::SignInFirst => return sign_in_first(&reader, &parts),
        Access::Forbidden => return forbidden(&reader),
    }
    let Some(signed_in) = viewer.0 else {
        return sign_in_first(&reader, &parts);
    };
    if let Require::OrgScope { .. } = require {
        match scoped_org(&state, &mut parts, &signed_in).await {
            Ok(org) => {
                parts.extensions.insert(ScopedOrg(org));
            }
            Err(error) => return error.render(&reader),
        }
    }
    parts.extensions.insert(CurrentUser(signed_in.clone()));
    let body = if parts.method == Method::POST {
        match checked_body(body, &signed_in).await {
            Ok(body) => body,
            Err(error) => return error.render(&reader),
        }
    } else {
        body
    };
    next.run(Request::from_parts(parts, body)).await
}

async fn scoped_org(
    state: &AppState,
    parts: &mut Parts,
    signed_in: &SignedIn,
) -> Result<Organization, PageError> {
    let params = RawPathParams::from_request_parts(parts, state)
        .await
        .map_err(|_| PageError::NotFound)?;
    let slug = params
        .iter()
        .find(|(name, _)| *name == "slug")
        .map(|(_, value)| value.to_owned())
        .ok_or(PageError::NotFound)?;
    org_in_scope(state, &signed_in.user, &slug)
        .await
        .map_err(PageError::nothing_lost)?
        .ok_or(PageError::NotFound)
}

/// The organization of `slug` if it is in the account's scope (administrators: any); `None`
/// whether it does not exist or is outside the scope, which look the same from outside.
pub async fn org_in_scope(
    state: &AppState,
    user: &User,
    slug: &str,
) -> Result<Option<Organization>, StoreError> {
    let Some(org) = state.store.organization_by_slug(slug).await? else {
        return Ok(None);
    };
    if sees_every_organization(user.role) || state.store.in_scope(&user.id, &org.id).await? {
        Ok(Some(org))
    } else {
        Ok(None)
    }
}

/// Reads the form once to compare its `_csrf` with the session's secret, in constant time,
/// then hands the same bytes on to the handler.
async fn checked_body(body: Body, signed_in: &SignedIn) -> Result<Body, PageError> {
    // The app's body limit layer already bounds what this reads.
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|_| PageError::BadRequest)?;
    let fields: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| PageError::BadRequest)?;
    let submitted = fields
        .iter()
        .find(|(name, _)| name == CSRF_FIELD)
        .map(|(_, value)| value.as_str());
    let expected = CsrfToken(signed_in.session.csrf_secret.clone());
    if !csrf_matches(&expected, submitted) {
        return Err(PageError::Forbidden);
    }
    Ok(Body::from(bytes))
}

/// `/{lang}/login?next=…`: the page asked for comes back after signing in (only for a GET,
/// since the sign-in page answers with a GET).
fn sign_in_first(reader: &Reader, parts: &Parts) -> Response {
    let mut location = reader.href("/login");
    if parts.method == Method::GET {
        let path = parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned();
        location.push_str("?next=");
        location.push_str(&super::percent_encode(&path));
    }
    Redirect::to(&location).into_response()
}

fn forbidden(reader: &Reader) -> Response {
    let tr = &reader.tr;
    let title = tr.t("auth-forbidden-title");
    let page = MessagePage {
        page: reader.page(title.clone()),
        heading: title,
        paragraphs: vec![tr.t("auth-forbidden-body")],
        link: Some((reader.href("/"), tr.t("auth-back-home"))),
    };
    render(StatusCode::FORBIDDEN, &page)
}
