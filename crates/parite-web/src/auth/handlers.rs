//! Signing in and out. One message for an unknown email, a wrong password and a disabled
//! account alike, and the same time spent on each.

use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use parite_store::email_key;

use super::password::{verify_dummy, verify_password};
use super::require::{Access, CurrentUser};
use super::session::{SignedIn, Viewer, append_cookie, session_token, start_session, token_hash};
use super::throttle::{Keys, client_address, now_ms};
use super::tokens::TokenList;
use super::views::{AccountPage, FieldView, LoginPage, summary};
use super::{Fields, audit, audited, field, home_of, role_label_id, safe_next, sections_of};
use crate::app::{AppState, ORG_PAGES};
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;
use crate::security::{CSRF_FIELD, csrf_matches};

/// The client's address, as the throttle counts it.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(client_address(
            parts,
            state.config.trust_proxy,
        )))
    }
}

struct Typed<'a> {
    email: &'a str,
    next: &'a str,
    email_error: Option<String>,
    password_error: Option<String>,
}

fn login_page(reader: &Reader, typed: &Typed<'_>) -> LoginPage {
    let tr = &reader.tr;
    let fields = vec![
        FieldView::new("email", tr.t("auth-email"), "email")
            .value(typed.email)
            .autocomplete("username")
            .error(typed.email_error.clone()),
        FieldView::new("password", tr.t("auth-password"), "password")
            .autocomplete("current-password")
            .error(typed.password_error.clone()),
    ];
    let errors = summary(&fields);
    LoginPage {
        page: reader
            .page(tr.t("auth-sign-in-title"))
            .with_error_count(errors.len()),
        action: reader.href("/login"),
        csrf: reader.csrf.0.clone(),
        next: typed.next.to_owned(),
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        fields,
    }
}

/// The sign-in form; for someone signed in, their account: what they may open, and sign out.
pub async fn sign_in_form(
    State(state): State<AppState>,
    reader: Reader,
    viewer: Viewer,
    Query(query): Query<Vec<(String, String)>>,
) -> Page {
    let Some(signed_in) = viewer.0 else {
        let next = safe_next(field(&query, "next")).unwrap_or_default();
        let typed = Typed {
            email: "",
            next,
            email_error: None,
            password_error: None,
        };
        return Ok(render(StatusCode::OK, &login_page(&reader, &typed)));
    };
    let list = super::tokens::token_list(
        &state,
        &reader,
        &signed_in,
        &super::tokens::Typed::default(),
        None,
    )
    .await?;
    account_page(&state, &reader, &signed_in, list).await
}

/// The account page: who is signed in, the pages they may open, their API tokens, sign out.
pub async fn account_page(
    state: &AppState,
    reader: &Reader,
    signed_in: &SignedIn,
    tokens: TokenList,
) -> Page {
    let tr = &reader.tr;
    let user = &signed_in.user;
    let mut links: Vec<(String, String)> = sections_of(user.role)
        .map(|(path, id)| (reader.href(path), tr.t(id)))
        .collect();
    if ORG_PAGES.access(Some(user.role)) == Access::Allowed {
        let orgs = state.store.scope_of(&user.id).await;
        links.extend(
            orgs.map_err(PageError::nothing_lost)?
                .into_iter()
                .map(|o| (reader.href(&links::org(&o.slug)), o.name)),
        );
    }
    let page = AccountPage {
        page: reader
            .page(tr.t("auth-account-title"))
            .with_error_count(tokens.errors.len()),
        signed_in_as: tr.t2(
            "auth-signed-in-as",
            ("email", user.email.as_str()),
            ("role", tr.t(role_label_id(user.role))),
        ),
        links,
        logout_action: reader.href("/logout"),
        everywhere_action: reader.href("/logout/everywhere"),
        csrf: reader.csrf.0.clone(),
        tokens,
    };
    Ok(render(StatusCode::OK, &page))
}

/// Verifies off the async threads; an account without a usable hash (or none at all) costs
/// the same time as a real one.
async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || match stored {
        Some(hash) if hash.starts_with("$argon2") => verify_password(&password, &hash),
        _ => {
            verify_dummy(&password);
            false
        }
    })
    .await
    .unwrap_or(false)
}

pub async fn sign_in(
    State(state): State<AppState>,
    reader: Reader,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    if !csrf_matches(&reader.csrf, field(&fields, CSRF_FIELD)) {
        return Err(PageError::Forbidden);
    }
    let tr = &reader.tr;
    let email = field(&fields, "email").unwrap_or_default().trim();
    let password = field(&fields, "password").unwrap_or_default();
    let mut typed = Typed {
        email,
        next: safe_next(field(&fields, "next")).unwrap_or_default(),
        email_error: email.is_empty().then(|| tr.t("auth-email-required")),
        password_error: password.is_empty().then(|| tr.t("auth-password-required")),
    };
    if typed.email_error.is_some() || typed.password_error.is_some() {
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &login_page(&reader, &typed),
        ));
    }
    let keys = Keys::new(email, &address);
    match keys.blocked(&state).await {
        Ok(None) => {}
        Ok(Some((key, block))) => {
            state.metrics.sign_in_throttled.inc();
            if !block.reported {
                audit_throttled(&state, key, block.until_ms, email, &address).await;
            }
            return Ok(throttled(&reader, typed, block.until_ms));
        }
        Err(source) => return Err(PageError::nothing_lost(source)),
    }
    let user = state.store.user_by_email(email).await;
    let user = user.map_err(PageError::nothing_lost)?;
    let verified = verify(
        password.to_owned(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await;
    // The address alone: audit details are data, shown as they are in either language.
    let details = address.to_string();
    let Some(user) = user.filter(|u| verified && !u.is_disabled()) else {
        state.metrics.sign_in_failures.inc();
        if let Err(error) = keys.record_failure(&state).await {
            tracing::error!(%error, "cannot count a failed sign-in");
        }
        let shown: String = email_key(email).chars().take(254).collect();
        let _ = audit(&state, None, "sign_in_failed", &shown, &details).await;
        typed.password_error = Some(tr.t("auth-wrong-credentials"));
        return Ok(render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &login_page(&reader, &typed),
        ));
    };
    // The session this browser held, if any, ends: the new one has a token never seen before.
    if let Some(old) = session_token(&headers) {
        let _ = state.store.delete_session(&token_hash(old)).await;
    }
    let seconds = state.config.session_seconds;
    // The line commits with the session.
    let starting = start_session(&state.store, &user.id, seconds);
    let token = audited(
        &state,
        Some(&user.id),
        "sign_in",
        &user.email,
        &details,
        starting,
    )
    .await;
    let token = token.map_err(PageError::nothing_lost)?;
    if let Err(error) = keys.record_success(&state).await {
        tracing::error!(%error, "cannot clear failed sign-ins");
    }
    // Without a page to come back to, each role lands on its own home.
    let target = match typed.next {
        "" => reader.href(home_of(user.role)),
        next => next.to_owned(),
    };
    let mut response = Redirect::to(&target).into_response();
    append_cookie(&mut response, &state, &token, Some(seconds));
    Ok(response)
}

/// A guesser refused by the throttle is recorded once per burst (the first attempt refused
/// while the key is blocked), not once per request: a flood must not flood the log.
async fn audit_throttled(state: &AppState, key: &str, until_ms: i64, email: &str, address: &str) {
    match state.store.first_throttled_of_burst(key, until_ms).await {
        Ok(true) => {
            let shown: String = email_key(email).chars().take(254).collect();
            let details = format!("{address}; {}", key.split(':').next().unwrap_or_default());
            let _ = audit(state, None, "sign_in_throttled", &shown, &details).await;
        }
        Ok(false) => {}
        Err(error) => tracing::error!(%error, "cannot record a throttled sign-in"),
    }
}

/// Too many failures: the form again, with how long to wait, and no password checked.
fn throttled(reader: &Reader, mut typed: Typed<'_>, until_ms: i64) -> Response {
    let tr = &reader.tr;
    let seconds = (until_ms - now_ms()).max(1).div_euclid(1_000) + 1;
    typed.password_error = Some(if seconds < 60 {
        tr.t1("auth-throttled-seconds", "seconds", seconds)
    } else {
        tr.t1("auth-throttled-minutes", "minutes", (seconds + 59) / 60)
    });
    let mut response = render(StatusCode::TOO_MANY_REQUESTS, &login_page(reader, &typed));
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn signed_out(state: &AppState, reader: &Reader) -> Response {
    let mut response = Redirect::to(&reader.href("/")).into_response();
    append_cookie(&mut response, state, "", Some(0));
    response
}

/// Ends this session.
pub async fn logout(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(signed_in): CurrentUser,
) -> Page {
    let user = &signed_in.user;
    // The line commits with the session's end.
    let ending = state.store.delete_session(&signed_in.session.token_hash);
    let ended = audited(&state, Some(&user.id), "sign_out", &user.email, "", ending).await;
    ended.map_err(PageError::nothing_lost)?;
    Ok(signed_out(&state, &reader))
}

/// Ends every session of this account, on every device.
pub async fn logout_everywhere(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(signed_in): CurrentUser,
) -> Page {
    let user = &signed_in.user;
    // The line commits with the sessions' end; `delete_user_sessions` adds how many ended.
    let ending = state.store.delete_user_sessions(&user.id);
    let action = "sign_out_everywhere";
    let ended = audited(&state, Some(&user.id), action, &user.email, "", ending).await;
    ended.map_err(PageError::nothing_lost)?;
    Ok(signed_out(&state, &reader))
}
