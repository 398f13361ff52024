//! People: the list of accounts, a new account with its role, its scope and a one-time link to
//! set its password, and one account's page. What is done to an existing account (role and
//! scope, disable, a new link) is in `person_actions.rs`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use parite_store::{NewUser, Organization, Role, StoreError, User, UserId, email_key};

use super::views::{LinkPage, PeoplePage, PersonPage, PersonRow, ScopeOption};
use super::{form, site_base};
use crate::app::AppState;
use crate::auth::password::UNSET;
use crate::auth::views::FieldView;
use crate::auth::{
    CurrentUser, Fields, audited, field, issue_password_link, role_label_id, valid_email,
};
use crate::errors::PageError;
use crate::links;
use crate::page::{Page, render};
use crate::reader::Reader;

pub use super::person_actions::{disable, enable, reset, set_access};

const ROLES: [Role; 4] = [Role::Admin, Role::Evaluator, Role::TeamLead, Role::Funder];

/// What was typed, and what is wrong with it (message ids).
#[derive(Default)]
pub(super) struct Typed {
    pub(super) email: String,
    pub(super) role: String,
    pub(super) orgs: Vec<String>,
    pub(super) email_error: Option<&'static str>,
    pub(super) role_error: Option<&'static str>,
}

impl Typed {
    pub(super) fn read(fields: &[(String, String)]) -> Typed {
        Typed {
            email: email_key(field(fields, "email").unwrap_or_default()),
            role: field(fields, "role").unwrap_or_default().to_owned(),
            orgs: fields
                .iter()
                .filter(|(k, _)| k == "org")
                .map(|(_, v)| v.clone())
                .collect(),
            ..Typed::default()
        }
    }
}

pub(super) fn role_field(reader: &Reader, typed: &Typed) -> FieldView {
    let tr = &reader.tr;
    let options = ROLES
        .iter()
        .map(|r| (r.as_str().to_owned(), tr.t(role_label_id(*r))))
        .collect();
    FieldView::new("role", tr.t("admin-people-role"), "select")
        .value(if typed.role.is_empty() {
            "evaluator"
        } else {
            &typed.role
        })
        .options(options)
        .hint(tr.t("admin-people-role-hint"))
        .error(typed.role_error.map(|id| tr.t(id)))
}

pub(super) fn scope_options(orgs: &[Organization], checked: &[String]) -> Vec<ScopeOption> {
    orgs.iter()
        .map(|o| ScopeOption {
            checked: checked.contains(&o.slug),
            slug: o.slug.clone(),
            name: o.name.clone(),
        })
        .collect()
}

pub(super) async fn people_page(
    state: &AppState,
    reader: &Reader,
    typed: &Typed,
) -> Result<PeoplePage, StoreError> {
    let tr = &reader.tr;
    let mut people = Vec::new();
    for user in state.store.users().await? {
        let scope = state.store.scope_of(&user.id).await?;
        people.push(PersonRow {
            href: reader.href(&links::person(&user.id)),
            role: tr.t(role_label_id(user.role)),
            scope: scope
                .iter()
                .map(|o| o.slug.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            disabled: user.is_disabled(),
            email: user.email,
        });
    }
    let fields = vec![
        FieldView::new("email", tr.t("auth-email"), "email")
            .value(&typed.email)
            .autocomplete("off")
            .error(typed.email_error.map(|id| tr.t(id))),
        role_field(reader, typed),
    ];
    let form = form(reader, reader.href("/admin/people"), fields);
    let orgs = state.store.organizations(false).await?;
    let mut page = reader
        .page(tr.t("admin-people-title"))
        .with_error_count(form.errors.len())
        .with_trail(super::trail(reader, super::Under::Console));
    page.wide = true;
    Ok(PeoplePage {
        page,
        people,
        scope: scope_options(&orgs, &typed.orgs),
        form,
    })
}

pub async fn list(State(state): State<AppState>, reader: Reader) -> Page {
    let page = people_page(&state, &reader, &Typed::default()).await?;
    Ok(render(StatusCode::OK, &page))
}

/// The organizations named by the checked slugs; `None` if one does not exist.
pub(super) async fn orgs_named(
    state: &AppState,
    slugs: &[String],
) -> Result<Option<Vec<Organization>>, StoreError> {
    let mut orgs = Vec::new();
    for slug in slugs {
        match state.store.organization_by_slug(slug).await? {
            Some(org) => orgs.push(org),
            None => return Ok(None),
        }
    }
    Ok(Some(orgs))
}

/// The page that shows a fresh one-time link, in both languages.
pub(super) async fn link_page(
    state: &AppState,
    reader: &Reader,
    headers: &HeaderMap,
    user: &User,
    heading: &str,
) -> Page {
    let token = issue_password_link(state, &user.id).await?;
    let base = site_base(state, headers);
    let tr = &reader.tr;
    let links = state
        .localizer
        .locales()
        .iter()
        .map(|l| {
            let texts = parite_i18n::Texts::new(state.localizer.clone(), l.clone());
            (
                texts.t("layout-language-name"),
                format!("{base}/{}{}", l.language(), links::password(&token)),
            )
        })
        .collect();
    let page = LinkPage {
        page: reader
            .page(tr.t(heading))
            .with_trail(super::trail(reader, super::Under::People)),
        heading: tr.t(heading),
        intro: tr.t2(
            "admin-link-intro",
            ("email", user.email.as_str()),
            ("hours", crate::auth::LINK_HOURS),
        ),
        links,
        back_href: reader.href(&links::person(&user.id)),
    };
    Ok(render(StatusCode::OK, &page))
}

pub async fn create(
    State(state): State<AppState>,
    reader: Reader,
    headers: HeaderMap,
    CurrentUser(admin): CurrentUser,
    fields: Fields,
) -> Page {
    let mut typed = Typed::read(&fields.0);
    if !valid_email(&typed.email) {
        typed.email_error = Some("admin-email-invalid");
    }
    let role = Role::parse(&typed.role);
    if role.is_none() {
        typed.role_error = Some("admin-field-required");
    }
    let orgs = orgs_named(&state, &typed.orgs).await?;
    if let (Some(role), Some(orgs), None) = (role, &orgs, typed.email_error) {
        let new = NewUser {
            email: typed.email.clone(),
            password_hash: UNSET.to_owned(),
            role,
        };
        let details = format!("role={role}; scope={}", typed.orgs.join(","));
        // The line commits with the account; its scope follows in writes of its own.
        let creating = async {
            let id = state.store.create_user(new).await?;
            for org in orgs {
                state.store.grant_scope(&id, &org.id).await?;
            }
            Ok::<_, StoreError>(id)
        };
        let actor = Some(&admin.user.id);
        let created = audited(
            &state,
            actor,
            "user_create",
            &typed.email,
            &details,
            creating,
        )
        .await;
        match created {
            Ok(id) => {
                let user = state.store.user(&id).await?.ok_or(PageError::NotFound)?;
                return link_page(&state, &reader, &headers, &user, "admin-link-created").await;
            }
            Err(StoreError::Conflict { .. }) => typed.email_error = Some("admin-email-taken"),
            Err(error) => return Err(error.into()),
        }
    }
    let page = people_page(&state, &reader, &typed).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// The account of a path's id: not found when there is none.
pub(super) async fn person(state: &AppState, id: &str) -> Result<User, PageError> {
    state
        .store
        .user(&UserId::from(id))
        .await?
        .ok_or(PageError::NotFound)
}

pub(super) async fn person_page(
    state: &AppState,
    reader: &Reader,
    user: &User,
    typed: &Typed,
) -> Result<PersonPage, StoreError> {
    let tr = &reader.tr;
    let base = reader.href(&links::person(&user.id));
    let form = form(
        reader,
        format!("{base}/access"),
        vec![role_field(reader, typed)],
    );
    let orgs = state.store.organizations(true).await?;
    let status = if user.is_disabled() {
        "admin-person-disabled"
    } else {
        "admin-person-active"
    };
    Ok(PersonPage {
        page: reader
            .page(user.email.clone())
            .with_error_count(form.errors.len())
            .with_trail(super::trail(reader, super::Under::People)),
        email: user.email.clone(),
        status: tr.t2(
            "admin-person-status",
            ("role", tr.t(role_label_id(user.role))),
            ("status", tr.t(status)),
        ),
        disabled: user.is_disabled(),
        base,
        scope: scope_options(&orgs, &typed.orgs),
        form,
    })
}

pub async fn show(State(state): State<AppState>, reader: Reader, Path(id): Path<String>) -> Page {
    let user = person(&state, &id).await?;
    let scope = state.store.scope_of(&user.id).await?;
    let typed = Typed {
        role: user.role.as_str().to_owned(),
        orgs: scope.into_iter().map(|o| o.slug).collect(),
        ..Typed::default()
    };
    let page = person_page(&state, &reader, &user, &typed).await?;
    Ok(render(StatusCode::OK, &page))
}
