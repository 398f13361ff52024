//! One-time links `/{lang}/password/{token}` that set an account's password: given by an
//! administrator when creating an account or resetting its password, valid 72 hours, once.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use parite_store::{StoreError, Timestamp, User, UserId};

use super::password::{PasswordProblem, check_new_password_in, hash_password};
use super::session::token_hash;
use super::views::{FieldView, PasswordPage, summary};
use super::{Fields, audited, field};
use crate::app::AppState;
use crate::errors::PageError;
use crate::links;
use crate::page::{MessagePage, Page, render};
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
        action: reader.href(&links::password(token)),
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
) -> Page {
    Ok(match account_of(&state, &token).await? {
        Some(user) => render(StatusCode::OK, &password_page(&reader, &user, &token, None)),
        None => link_not_working(&reader),
    })
}

pub async fn password_post(
    State(state): State<AppState>,
    reader: Reader,
    Path(token): Path<String>,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    if !csrf_matches(&reader.csrf, field(&fields, CSRF_FIELD)) {
        return Err(PageError::Forbidden);
    }
    let Some(user) = account_of(&state, &token).await? else {
        return Ok(link_not_working(&reader));
    };
    let password = field(&fields, "new_password")
        .unwrap_or_default()
        .to_owned();
    let checked = check_new_password_in(&state.store, &password, &user.email).await?;
    let problem = checked.err().or_else(|| {
        (field(&fields, "confirm_password") != Some(password.as_str()))
            .then_some(PasswordProblem::Mismatch)
    });
    if problem.is_some() {
        let page = password_page(&reader, &user, &token, problem);
        return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
    }
    let hashed = tokio::task::spawn_blocking(move || hash_password(&password)).await;
    let Ok(Ok(hash)) = hashed else {
        tracing::error!("cannot hash a password");
        return Err(PageError::Unavailable { saved: false });
    };
    // The line commits with the password only when the link was used (`use_password_token`).
    let hashed_token = token_hash(&token);
    let using = state
        .store
        .use_password_token(&hashed_token, &hash, Timestamp::now());
    let used = audited(
        &state,
        Some(&user.id),
        "password_set",
        &user.email,
        "",
        using,
    )
    .await?;
    Ok(match used {
        Some(_) => {
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
        None => link_not_working(&reader),
    })
}
