//! Who is asking the API: the bearer token read, checked and counted, the route's requirement
//! enforced, and the caller handed to the handler as an [`ApiCaller`].

use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use parite_i18n::Texts;
use parite_store::{ApiToken, Timestamp, User};

use super::problem::{ApiError, Unrendered};
use crate::app::AppState;
use crate::auth::throttle::now_ms;
use crate::auth::{Access, Guard, Require, ScopedOrg, org_in_scope, token_hash};
use crate::security::random_token;

/// What every token begins with, so that one pasted into the wrong place is recognised (and
/// secret scanners can be taught to look for it).
pub const TOKEN_PREFIX: &str = "parite_";

/// A new token: the prefix and 32 random bytes in hex. Shown once; only its hash is stored.
pub fn new_token() -> String {
    format!("{TOKEN_PREFIX}{}", random_token())
}

fn well_formed(token: &str) -> bool {
    token
        .strip_prefix(TOKEN_PREFIX)
        .is_some_and(|rest| rest.len() == 64 && rest.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The token of `Authorization: Bearer …` (the scheme's case ignored, as RFC 7235 says), if
/// it looks like one of ours.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && well_formed(token)).then_some(token)
}

/// The reader's language for the API: `Accept-Language`, else the server's default.
pub fn texts_for(state: &AppState, headers: &HeaderMap) -> Texts {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let locale = state.localizer.negotiate(None, None, accept);
    Texts::new(state.localizer.clone(), locale)
}

/// The account a token acts for, the token, and the language to answer in.
#[derive(Clone)]
pub struct ApiCaller {
    pub user: Arc<User>,
    pub token: Arc<ApiToken>,
    pub texts: Texts,
}

impl ApiCaller {
    /// The audit log's details of a pull by this token: what, then which token (its id, never
    /// the token).
    pub fn audit_details(&self, what: &str) -> String {
        format!("{what}; token {}", self.token.id)
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, ApiError> {
        parts.extensions.get::<ApiCaller>().cloned().ok_or_else(|| {
            tracing::error!(path = %parts.uri.path(), "ApiCaller on a route without a token guard");
            ApiError::Unauthorized
        })
    }
}

/// The guard of every API route: the token, its rate limit, the route's requirement; then the
/// handler, and its problem (if any) put in the reader's words.
pub async fn authorize(State(guard): State<Guard>, request: Request, next: Next) -> Response {
    let Guard { state, require } = guard;
    let (mut parts, body) = request.into_parts();
    let texts = texts_for(&state, &parts.headers);
    let caller = match admit(&state, require, &mut parts, texts.clone()).await {
        Ok(caller) => caller,
        Err(error) => return error.render(&texts),
    };
    if let Some(caller) = caller {
        parts.extensions.insert(caller);
    }
    let response = next.run(Request::from_parts(parts, body)).await;
    let pending = response
        .extensions()
        .get::<Unrendered>()
        .cloned()
        .and_then(|Unrendered(slot)| slot.lock().ok().and_then(|mut error| error.take()));
    match pending {
        Some(error) => error.render(&texts),
        None => response,
    }
}

/// The caller of a request that passes `require` (`None` for a public address), or why not.
async fn admit(
    state: &AppState,
    require: Require,
    parts: &mut Parts,
    texts: Texts,
) -> Result<Option<ApiCaller>, ApiError> {
    if require == Require::Public {
        return Ok(None);
    }
    let token = bearer(&parts.headers).ok_or(ApiError::Unauthorized)?;
    let (token, user) = state
        .store
        .api_token_user(&token_hash(token), Timestamp::now())
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let limit = state.config.api_rate;
    let now = now_ms();
    let used = state
        .store
        .record_api_token_use(&token.id, now, limit.window_ms)
        .await?;
    if used.requests > u64::from(limit.requests) {
        let wait_ms = (used.window_started_ms + limit.window_ms - now).max(1);
        return Err(ApiError::RateLimited {
            retry_after: (wait_ms + 999).div_euclid(1_000),
        });
    }
    match require.access(Some(user.role)) {
        Access::Allowed => {}
        Access::SignInFirst => return Err(ApiError::Unauthorized),
        Access::Forbidden => return Err(ApiError::Forbidden),
    }
    if let Require::OrgScope { .. } = require {
        let params = RawPathParams::from_request_parts(parts, state)
            .await
            .map_err(|_| ApiError::NotFound)?;
        let slug = params
            .iter()
            .find(|(name, _)| *name == "slug")
            .map(|(_, value)| value.to_owned())
            .ok_or(ApiError::NotFound)?;
        let org = org_in_scope(state, &user, &slug)
            .await?
            .ok_or(ApiError::NotFound)?;
        parts.extensions.insert(ScopedOrg(org));
    }
    Ok(Some(ApiCaller {
        user: Arc::new(user),
        token: Arc::new(token),
        texts,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_have_the_prefix_and_256_random_bits() {
        let token = new_token();
        assert!(well_formed(&token), "{token}");
        assert_ne!(token, new_token());
        let mut headers = HeaderMap::new();
        let value = format!("bearer {token}");
        headers.insert(header::AUTHORIZATION, value.parse().expect("header"));
        assert_eq!(bearer(&headers), Some(token.as_str()));
        headers.insert(header::AUTHORIZATION, "Basic abc".parse().expect("header"));
        assert_eq!(bearer(&headers), None);
        assert!(!well_formed("parite_123"));
        assert!(!well_formed(&token.replacen("parite_", "other_", 1)));
    }
}
