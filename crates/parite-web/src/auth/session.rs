//! Sessions: a random token in an `HttpOnly` cookie, only its SHA-256 kept in the database with
//! the session's CSRF secret and expiry — so any server sharing the database honours it.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::header;
use axum::response::Response;
use parite_store::{NewSession, Session, Store, StoreError, Timestamp, User, UserId};
use sha2::{Digest, Sha256};

use crate::app::AppState;
use crate::security::{self, CsrfToken, random_token};

pub const SESSION_COOKIE: &str = "parite_session";

/// Who is signed in on this request, with the session they hold.
#[derive(Debug)]
pub struct SignedIn {
    pub user: User,
    pub session: Session,
}

/// The request's signed-in person, if any: put in the request's extensions for every request.
#[derive(Debug, Clone, Default)]
pub struct Viewer(pub Option<Arc<SignedIn>>);

/// SHA-256 in hex: tokens are 256 random bits, so a fast hash is enough to make a stolen
/// database useless for signing in, and lookups by hash need no constant-time comparison.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Starts a session for `user`, valid for `seconds`; returns the cookie's token. Always a new
/// token, so a token planted before sign-in (session fixation) is worth nothing after it.
pub async fn start_session(
    store: &Store,
    user: &UserId,
    seconds: i64,
) -> Result<String, StoreError> {
    let token = random_token();
    store
        .create_session(NewSession {
            token_hash: token_hash(&token),
            user_id: user.clone(),
            csrf_secret: random_token(),
            expires_at: Timestamp::now().plus_seconds(seconds),
        })
        .await?;
    Ok(token)
}

fn well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The session cookie's token on this request, if it looks like one of ours.
pub fn session_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    security::cookie(headers, SESSION_COOKIE).filter(|t| well_formed(t))
}

/// Reads the session (one query), puts the [`Viewer`] in the request and, for a signed-in
/// person, makes the session's stored secret the CSRF token every form carries and every POST
/// is checked against. Answers whether the cookie was stale ([`clear_stale_session`] then
/// clears it).
pub async fn attach_session(state: &AppState, request: &mut Request) -> bool {
    let Some(token) = session_token(request.headers()) else {
        request.extensions_mut().insert(Viewer(None));
        return false;
    };
    let hash = token_hash(token);
    let (viewer, stale) = match state.store.session_user(&hash, Timestamp::now()).await {
        Ok(Some((session, user))) => (Viewer(Some(Arc::new(SignedIn { user, session }))), false),
        Ok(None) => (Viewer(None), true),
        Err(error) => {
            // Treated as signed out: protected pages then send to the sign-in page, which
            // says the service is unavailable if the database still does not answer.
            tracing::error!(%error, "cannot read the session");
            (Viewer(None), false)
        }
    };
    if let Some(signed_in) = &viewer.0 {
        request
            .extensions_mut()
            .insert(CsrfToken(signed_in.session.csrf_secret.clone()));
    }
    request.extensions_mut().insert(viewer);
    stale
}

/// Clears a stale session cookie, unless the response already sets a new one (a sign-in).
pub fn clear_stale_session(mut response: Response, stale: bool, state: &AppState) -> Response {
    let replaced = || {
        response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.as_bytes().starts_with(SESSION_COOKIE.as_bytes()))
    };
    if stale && !replaced() {
        append_cookie(&mut response, state, "", Some(0));
    }
    response
}

/// Adds the session cookie (or its removal, with `Some(0)`) to a response.
pub fn append_cookie(response: &mut Response, state: &AppState, token: &str, age: Option<i64>) {
    if let Some(value) =
        security::set_cookie(SESSION_COOKIE, token, age, state.config.secure_cookies)
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default())
    }
}
