//! Organizations: list, create, rename, archive — and the page of one, with its waves.

use axum::extract::State;
use axum::http::StatusCode;
use parite_store::{Organization, StoreError};

use super::views::{OrgPage, OrgRow, OrgsPage};
use super::waves::open_form;
use super::{form, see_other};
use crate::app::AppState;
use crate::auth::views::FieldView;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::links;
use crate::orgs::wave_views;
use crate::page::{Page, render};
use crate::reader::Reader;

/// Slugs appear in addresses: lower-case letters, digits and dashes, 1 to 64.
fn slug_problem(slug: &str) -> Option<&'static str> {
    if slug.is_empty() {
        return Some("admin-field-required");
    }
    let shaped = slug.len() <= 64
        && slug.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    (!shaped).then_some("admin-org-slug-invalid")
}

fn name_problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        Some("admin-field-required")
    } else if name.chars().count() > 200 {
        Some("admin-field-too-long")
    } else {
        None
    }
}

async fn orgs_page(
    state: &AppState,
    reader: &Reader,
    typed: (&str, &str),
    problems: (Option<&str>, Option<&str>),
) -> Result<OrgsPage, StoreError> {
    let tr = &reader.tr;
    let orgs = state
        .store
        .organizations(true)
        .await?
        .into_iter()
        .map(|o| OrgRow {
            href: reader.href(&links::admin_org(&o.slug)),
            name: o.name,
            slug: o.slug,
            archived: o.archived_at.is_some(),
        })
        .collect();
    let fields = vec![
        FieldView::new("slug", tr.t("admin-org-slug"), "text")
            .value(typed.0)
            .hint(tr.t("admin-org-slug-hint"))
            .error(problems.0.map(|id| tr.t(id))),
        FieldView::new("name", tr.t("admin-org-name"), "text")
            .value(typed.1)
            .error(problems.1.map(|id| tr.t(id))),
    ];
    let form = form(reader, reader.href("/admin/orgs"), fields);
    let page = reader
        .page(tr.t("admin-orgs-title"))
        .with_error_count(form.errors.len())
        .with_trail(super::trail(reader, super::Under::Console));
    Ok(OrgsPage { page, orgs, form })
}

pub async fn list(State(state): State<AppState>, reader: Reader) -> Page {
    let page = orgs_page(&state, &reader, ("", ""), (None, None)).await?;
    Ok(render(StatusCode::OK, &page))
}

pub async fn create(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    let slug = field(&fields, "slug").unwrap_or_default().trim();
    let name = field(&fields, "name").unwrap_or_default().trim();
    let mut problems = (slug_problem(slug), name_problem(name));
    if problems == (None, None) {
        let creating = state.store.create_organization(slug, name);
        let actor = Some(&admin.user.id);
        match audited(&state, actor, "org_create", slug, name, creating).await {
            Ok(_) => return Ok(see_other(&reader.href(&links::admin_org(slug)))),
            Err(StoreError::Conflict { .. }) => problems.0 = Some("admin-org-slug-taken"),
            Err(error) => return Err(error.into()),
        }
    }
    let page = orgs_page(&state, &reader, (slug, name), problems).await?;
    Ok(render(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

/// The page of one organization: rename, archive, its waves, and opening a new one.
pub(crate) async fn org_page(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    rename: (&str, Option<&str>),
    open: super::waves::OpenTyped<'_>,
    delete: (&str, Option<&str>),
) -> Result<OrgPage, StoreError> {
    let tr = &reader.tr;
    let base = reader.href(&links::admin_org(&org.slug));
    let waves = wave_views(state, reader, state.store.waves_of(&org.id).await?).await?;
    let rename_fields = vec![
        FieldView::new("name", tr.t("admin-org-name"), "text")
            .value(rename.0)
            .error(rename.1.map(|id| tr.t(id))),
    ];
    let rename = form(reader, format!("{base}/rename"), rename_fields);
    let open = open_form(state, reader, &base, open);
    let delete_fields = vec![
        FieldView::new("confirm", tr.t("admin-org-delete-confirm"), "text")
            .value(delete.0)
            .hint(tr.t1("admin-org-delete-confirm-hint", "slug", org.slug.as_str()))
            .error(delete.1.map(|id| tr.t1(id, "slug", org.slug.as_str()))),
    ];
    let delete = form(reader, format!("{base}/delete"), delete_fields);
    let mut page = reader
        .page(org.name.clone())
        .with_error_count(rename.errors.len() + open.errors.len() + delete.errors.len())
        .with_trail(super::trail(reader, super::Under::Orgs));
    page.wide = true;
    Ok(OrgPage {
        page,
        name: org.name.clone(),
        slug_line: tr.t1("admin-org-slug-line", "slug", org.slug.as_str()),
        archived: org.archived_at.is_some(),
        overview_href: reader.href(&links::org(&org.slug)),
        archive_action: format!("{base}/archive"),
        waves,
        wave_base: format!("{base}/waves"),
        csrf: reader.csrf.0.clone(),
        rename,
        open,
        export_href: reader.href(&links::org_raw_export(&org.slug, "responses.csv")),
        delete,
    })
}

/// The organization's page as a response: `status` 200, or 422 when a form on it was refused.
pub(crate) async fn org_page_response(
    state: &AppState,
    reader: &Reader,
    org: &Organization,
    status: StatusCode,
    rename: (&str, Option<&str>),
    open: super::waves::OpenTyped<'_>,
    delete: (&str, Option<&str>),
) -> Page {
    let page = org_page(state, reader, org, rename, open, delete).await?;
    Ok(render(status, &page))
}

pub async fn show(
    State(state): State<AppState>,
    reader: Reader,
    ScopedOrg(org): ScopedOrg,
) -> Page {
    let open = super::waves::OpenTyped::default();
    let rename = (org.name.as_str(), None);
    org_page_response(
        &state,
        &reader,
        &org,
        StatusCode::OK,
        rename,
        open,
        NO_DELETE,
    )
    .await
}

pub async fn rename(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    let name = field(&fields, "name").unwrap_or_default().trim();
    if let Some(problem) = name_problem(name) {
        let open = super::waves::OpenTyped::default();
        let refused = (name, Some(problem));
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return org_page_response(&state, &reader, &org, status, refused, open, NO_DELETE).await;
    }
    let details = format!("{} → {name}", org.name);
    let renaming = state.store.rename_organization(&org.id, name);
    let actor = Some(&admin.user.id);
    audited(&state, actor, "org_rename", &org.slug, &details, renaming).await?;
    Ok(see_other(&reader.href(&links::admin_org(&org.slug))))
}

/// Nothing typed in the deletion form yet.
pub(crate) const NO_DELETE: (&str, Option<&str>) = ("", None);

/// Deletes the organization and everything that belongs to it, once its slug is typed: the page
/// offers the raw export first. One audit line, with counts only.
pub async fn delete(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    fields: Fields,
) -> Page {
    let fields = fields.0;
    let typed = field(&fields, "confirm").unwrap_or_default().trim();
    if typed != org.slug {
        let open = super::waves::OpenTyped::default();
        let refused = (typed, Some("admin-org-delete-mismatch"));
        let (status, rename) = (StatusCode::UNPROCESSABLE_ENTITY, (org.name.as_str(), None));
        return org_page_response(&state, &reader, &org, status, rename, open, refused).await;
    }
    // The details are the counts deleted, filled in by the deletion's own transaction.
    let deleting = state.store.delete_organization(&org.id);
    let actor = Some(&admin.user.id);
    audited(&state, actor, "org_delete", &org.slug, "", deleting).await?;
    Ok(see_other(&reader.href("/admin/orgs")))
}

pub async fn archive(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
) -> Page {
    let archiving = state.store.archive_organization(&org.id);
    let actor = Some(&admin.user.id);
    audited(&state, actor, "org_archive", &org.slug, "", archiving).await?;
    Ok(see_other(&reader.href("/admin/orgs")))
}
