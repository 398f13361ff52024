//! Personal API tokens on the account page: the account's tokens listed, a form to make one
//! (a name, an optional expiry day) and a button to revoke each. A new token is shown once, on
//! the page that answers its creation, and only its hash is stored. Both actions are audited.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use parite_core::stages::Date;
use parite_store::{ApiToken, MAX_TOKEN_NAME, NewApiToken, Timestamp};

use super::require::CurrentUser;
use super::session::{SignedIn, token_hash};
use super::views::{FieldView, summary};
use super::{Fields, audited, field};
use crate::app::AppState;
use crate::errors::PageError;
use crate::page::Page;
use crate::reader::Reader;

/// One token as the account page lists it.
pub struct TokenRow {
    pub id: String,
    pub name: String,
    pub created: String,
    pub expires: String,
    pub last_used: String,
    /// "Active", "Revoked", "Expired".
    pub status: String,
    /// Whether it can still be revoked.
    pub live: bool,
}

/// The tokens section of the account page.
pub struct TokenList {
    pub rows: Vec<TokenRow>,
    /// The token just made, shown this once.
    pub created: Option<String>,
    pub create_action: String,
    /// The revoke address of a token is this, its id, then `/revoke`.
    pub revoke_base: String,
    pub fields: Vec<FieldView>,
    pub errors: Vec<(String, String)>,
    pub error_summary: String,
}

/// What was typed in the creation form, with its errors.
#[derive(Default)]
pub struct Typed {
    pub name: String,
    pub expires: String,
    pub name_error: Option<String>,
    pub expires_error: Option<String>,
}

fn row(reader: &Reader, token: &ApiToken, now: Timestamp) -> TokenRow {
    let tr = &reader.tr;
    let day = |at: Timestamp| tr.date(&at.iso_date());
    let status = if token.revoked_at.is_some() {
        "auth-token-status-revoked"
    } else if token.is_live(now) {
        "auth-token-status-active"
    } else {
        "auth-token-status-expired"
    };
    TokenRow {
        id: token.id.clone(),
        name: token.name.clone(),
        created: day(token.created_at),
        expires: token
            .expires_at
            .map_or_else(|| tr.t("auth-token-never-expires"), day),
        last_used: token
            .last_used_at
            .map_or_else(|| tr.t("auth-token-never-used"), day),
        status: tr.t(status),
        live: token.is_live(now),
    }
}

/// The account's tokens and the creation form, as `typed`, with the token just made if any.
pub async fn token_list(
    state: &AppState,
    reader: &Reader,
    signed_in: &SignedIn,
    typed: &Typed,
    created: Option<String>,
) -> Result<TokenList, PageError> {
    let tr = &reader.tr;
    let now = Timestamp::now();
    let tokens = state.store.api_tokens_of(&signed_in.user.id).await;
    let rows = tokens
        .map_err(PageError::nothing_lost)?
        .iter()
        .map(|t| row(reader, t, now))
        .collect();
    let fields = vec![
        FieldView::new("token-name", tr.t("auth-token-name"), "text")
            .value(&typed.name)
            .hint(tr.t1("auth-token-name-hint", "max", MAX_TOKEN_NAME))
            .error(typed.name_error.clone()),
        FieldView::new("token-expires", tr.t("auth-token-expires"), "date")
            .value(&typed.expires)
            .hint(tr.t("auth-token-expires-hint"))
            .error(typed.expires_error.clone()),
    ];
    let errors = summary(&fields);
    Ok(TokenList {
        rows,
        created,
        create_action: reader.href("/account/tokens"),
        revoke_base: reader.href("/account/tokens/"),
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        fields,
    })
}

/// The expiry typed, as the last second of that day (UTC); `Err` with the message to show.
fn expiry(reader: &Reader, typed: &str) -> Result<Option<Timestamp>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let day = Date::parse_iso(typed).ok_or_else(|| reader.tr.t("auth-token-expires-invalid"))?;
    let at = Timestamp::end_of(day);
    if at <= Timestamp::now() {
        return Err(reader.tr.t("auth-token-expires-past"));
    }
    Ok(Some(at))
}

/// Makes a token and shows it, once, on the account page.
pub async fn create_token(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(signed_in): CurrentUser,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    let tr = &reader.tr;
    let name = field(&fields, "token-name").unwrap_or_default().trim();
    let expires = field(&fields, "token-expires").unwrap_or_default();
    let mut typed = Typed {
        name: name.to_owned(),
        expires: expires.to_owned(),
        ..Typed::default()
    };
    if name.is_empty() {
        typed.name_error = Some(tr.t("auth-token-name-required"));
    } else if name.chars().count() > MAX_TOKEN_NAME {
        typed.name_error = Some(tr.t1("auth-token-name-too-long", "max", MAX_TOKEN_NAME));
    }
    let expires_at = match expiry(&reader, expires) {
        Ok(at) => at,
        Err(message) => {
            typed.expires_error = Some(message);
            None
        }
    };
    if typed.name_error.is_some() || typed.expires_error.is_some() {
        let list = token_list(&state, &reader, &signed_in, &typed, None).await?;
        return super::handlers::account_page(&state, &reader, &signed_in, list)
            .await
            .map(|page| (StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let token = crate::api::new_token();
    let user = &signed_in.user;
    let making = state.store.create_api_token(NewApiToken {
        user_id: user.id.clone(),
        name: name.to_owned(),
        token_hash: token_hash(&token),
        expires_at,
    });
    // The line's target gets the token's id; its details name it, never the token.
    let target = format!("{}/token", user.email);
    let action = "api_token_create";
    audited(&state, Some(&user.id), action, &target, name, making)
        .await
        .map_err(PageError::nothing_lost)?;
    let list = token_list(&state, &reader, &signed_in, &Typed::default(), Some(token)).await?;
    super::handlers::account_page(&state, &reader, &signed_in, list).await
}

/// Revokes one of the account's own tokens; back to the account page.
pub async fn revoke_token(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(signed_in): CurrentUser,
    Path(id): Path<String>,
) -> Page {
    let user = &signed_in.user;
    let target = format!("{}/token/{id}", user.email);
    let revoking = state.store.revoke_api_token(&user.id, &id);
    match audited(
        &state,
        Some(&user.id),
        "api_token_revoke",
        &target,
        "",
        revoking,
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&format!("{}#tokens", reader.href("/login"))).into_response()),
        // Another account's token, or one already revoked: nothing to do, nothing said.
        Err(parite_store::StoreError::NotFound { .. }) => Err(PageError::NotFound),
        Err(error) => Err(PageError::nothing_lost(error)),
    }
}
