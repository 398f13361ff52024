//! What an administrator does to one account: role and scope, disable or enable, and a new
//! one-time password link.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use parite_store::{Role, StoreError};

use super::people::{Typed, link_page, orgs_named, person, person_page};
use super::see_other;
use crate::app::AppState;
use crate::auth::{CurrentUser, Fields, audited};
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

/// Sets the role and the scope in one form.
pub async fn set_access(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    Path(id): Path<String>,
    fields: Fields,
) -> Page {
    let user = person(&state, &id).await?;
    let mut typed = Typed::read(&fields.0);
    let (role, wanted) = match (
        Role::parse(&typed.role),
        orgs_named(&state, &typed.orgs).await?,
    ) {
        (Some(role), Some(wanted)) => (role, wanted),
        (None, _) | (_, None) => {
            typed.role_error = Some("admin-field-required");
            let page = person_page(&state, &reader, &user, &typed).await?;
            return Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page));
        }
    };
    let changed = async {
        state.store.set_role(&user.id, role).await?;
        for org in state.store.scope_of(&user.id).await? {
            if !wanted.iter().any(|w| w.id == org.id) {
                state.store.revoke_scope(&user.id, &org.id).await?;
            }
        }
        for org in &wanted {
            state.store.grant_scope(&user.id, &org.id).await?;
        }
        Ok::<(), StoreError>(())
    };
    // The line commits with the role; the scope's changes follow in writes of their own.
    let details = format!("role={role}; scope={}", typed.orgs.join(","));
    let actor = Some(&admin.user.id);
    audited(&state, actor, "user_role", &user.email, &details, changed).await?;
    Ok(see_other(&reader.href(&links::person(&user.id))))
}

async fn set_disabled(
    state: AppState,
    reader: Reader,
    admin: CurrentUser,
    id: String,
    disabled: bool,
) -> Page {
    let user = person(&state, &id).await?;
    let action = if disabled {
        "user_disable"
    } else {
        "user_enable"
    };
    let setting = state.store.set_disabled(&user.id, disabled);
    let actor = Some(&admin.0.user.id);
    audited(&state, actor, action, &user.email, "", setting).await?;
    Ok(see_other(&reader.href(&links::person(&user.id))))
}

/// Disables an account: it can no longer sign in, and its sessions end at once.
pub async fn disable(
    State(state): State<AppState>,
    reader: Reader,
    admin: CurrentUser,
    Path(id): Path<String>,
) -> Page {
    set_disabled(state, reader, admin, id, true).await
}

pub async fn enable(
    State(state): State<AppState>,
    reader: Reader,
    admin: CurrentUser,
    Path(id): Path<String>,
) -> Page {
    set_disabled(state, reader, admin, id, false).await
}

/// A new one-time link (the earlier ones stop working); the current password keeps working
/// until the link is used.
pub async fn reset(
    State(state): State<AppState>,
    reader: Reader,
    headers: HeaderMap,
    CurrentUser(admin): CurrentUser,
    Path(id): Path<String>,
) -> Page {
    let user = person(&state, &id).await?;
    // The line commits with the link's token, written by the page that shows it.
    let showing = link_page(&state, &reader, &headers, &user, "admin-link-reset");
    let actor = Some(&admin.user.id);
    audited(
        &state,
        actor,
        "user_password_link",
        &user.email,
        "",
        showing,
    )
    .await
}
