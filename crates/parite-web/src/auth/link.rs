//! One-time links `/{lang}/password/{token}` that set an account's password: given by an
//! administrator when creating an account or resetting its password, valid 72 hours, once.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use parite_store::{StoreError, Timestamp, User, UserId};

use super::password::{PasswordProblem, check_new_password_in, hash_password};
use super::session::token_hash;
use super::views::{FieldView, PasswordPage, summary};
use super::{Fields, audit, field};
use crate::app::AppState;
use crate::errors::PageError;
use crate::page::{MessagePage, render};
use crate::reader::Reader;
use crate::security::{CSRF_FIELD, csrf_matches, random_token};

/// How long a link works.
pub const LINK_HOURS: i64 = 72;

/// Creates a new link for an account (its earlier links stop working); returns the token for
/// the address `/{lang}/password/{token}`. Only its hash is stored.
pub async fn issue_password_link(state: &AppState, user: &UserId) -> Result<String, StoreError> {
    let token = random_token();
    let expires = Timestamp::now().plus_seconds(LINK_HOURS * 3600);
    state
        .store
        .create_password_token(user, &token_hash(&token), expires)
        .await?;
    Ok(token)
}

/// The account a link's token sets, if the link still works.
async fn account_of(state: &AppState, token: &str) -> Result<Option<User>, StoreError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let Some(id) = state
        .store
        .password_token_user(&token_hash(token), Timestamp::now())
        .await?
    else {
        return Ok(None);
    };
    state.store.user(&id).await
}

fn link_not_working(reader: &Reader) -> Response {
    let tr = &reader.tr;
    let title = tr.t("auth-link-invalid-title");
    let page = MessagePage {
        page: reader.page(title.clone()),
        heading: title,
        paragraphs: vec![tr.t("auth-link-invalid-body")],
        link: None,
    };
    render(StatusCode::GONE, &page)
}

fn password_page(
    reader: &Reader,
    user: &User,
    token: &str,
    problem: Option<PasswordProblem>,
) -> PasswordPage {
    let tr = &reader.tr;
    let (new_error, confirm_error) = match problem {
        Some(PasswordProblem::Mismatch) => (None, Some(tr.t("password-mismatch"))),
        Some(other) => (Some(tr.t(other.message_id())), None),
        None => (None, None),
    };
    let fields = vec![
        FieldView::new("new_password", tr.t("auth-new-password"), "password")
            .hint(tr.t("auth-new-password-hint"))
            .autocomplete("new-password")
            .error(new_error),
        FieldView::new(
            "confirm_password",
            tr.t("auth-confirm-password"),
            "password",
        )
        .autocomplete("new-password")
        .error(confirm_error),
    ];
    let errors = summary(&fields);
    PasswordPage {
        page: reader
            .page(tr.t("auth-password-title"))
            .with_error_count(errors.len()),
        intro: tr.t1("auth-password-intro", "email", user.email.as_str()),
        email: user.email.clone(),
        action: reader.href(&format!("/password/{token}")),
        csrf: reader.csrf.0.clone(),
        error_summary: tr.t1("form-error-summary-title", "count", errors.len()),
        errors,
        fields,
    }
}

pub async fn password_form(
    State(state): State<AppState>,
    reader: Reader,
    Path(token): Path<String>,
) -> Response {
    match account_of(&state, &token).await {
        Ok(Some(user)) => render(StatusCode::OK, &password_page(&reader, &user, &token, None)),
        Ok(None) => link_not_working(&reader),
        Err(source) => PageError::Store {
            saved: false,
            source,
        }
        .render(&reader),
    }
}

pub async fn password_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(token): Path<String>,
    fields: Fields,
) -> Response {
    let fields = fields.0;
    if !csrf_matches(&reader.csrf, field(&fields, CSRF_FIELD)) {
        return PageError::Forbidden.render(&reader);
    }
    let user = match account_of(&state, &token).await {
        Ok(Some(user)) => user,
        Ok(None) => return link_not_working(&reader),
        Err(source) => {
            return PageError::Store {
                saved: false,
                source,
            }
            .render(&reader);
        }
    };
    let password = field(&fields, "new_password")
        .unwrap_or_default()
        .to_owned();
    let checked = match check_new_password_in(&state.store, &password, &user.email).await {
        Ok(checked) => checked,
        Err(source) => {
            return PageError::Store {
                saved: false,
                source,
            }
            .render(&reader);
        }
    };
    let problem = checked.err().or_else(|| {
        (field(&fields, "confirm_password") != Some(password.as_str()))
            .then_some(PasswordProblem::Mismatch)
    });
    if problem.is_some() {
        let page = password_page(&reader, &user, &token, problem);
        return render(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let hashed = tokio::task::spawn_blocking(move || hash_password(&password)).await;
    let Ok(Ok(hash)) = hashed else {
        tracing::error!("cannot hash a password");
        return PageError::Unavailable { saved: false }.render(&reader);
    };
    match state
        .store
        .use_password_token(&token_hash(&token), &hash, Timestamp::now())
        .await
    {
        Ok(Some(id)) => {
            let _ = audit(&state, Some(&id), "password_set", &user.email, "").await;
            let tr = &reader.tr;
            let title = tr.t("auth-password-done-title");
            let page = MessagePage {
                page: reader.page(title.clone()),
                heading: title,
                paragraphs: vec![tr.t("auth-password-done-body")],
                link: Some((reader.href("/login"), tr.t("auth-sign-in"))),
            };
            render(StatusCode::OK, &page)
        }
        Ok(None) => link_not_working(&reader),
        Err(source) => PageError::Store {
            saved: false,
            source,
        }
        .render(&reader),
    }
}
