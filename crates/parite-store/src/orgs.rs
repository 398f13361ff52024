//! Organizations: the health organizations whose implementation teams are surveyed.

use sqlx::any::AnyRow;

use crate::identity::display_name;
use crate::ids::new_id;
use crate::row::{non_blank, optional_time, text, time};
use crate::{OrgId, Store, StoreError, Timestamp};

/// An organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// Its id.
    pub id: OrgId,
    /// The short name in URLs (`/fr/orgs/{slug}/`), unique.
    pub slug: String,
    /// Its display name.
    pub name: String,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it was archived: kept with its data, hidden from everyday lists.
    pub archived_at: Option<Timestamp>,
}

/// `SELECT` of every column, then the rest of the statement: one column list for every query.
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, slug, name, created_at, archived_at FROM organizations ",
            $rest
        )
    };
}

pub(crate) fn from_row(row: &AnyRow) -> Result<Organization, StoreError> {
    Ok(Organization {
        id: OrgId::from(text(row, "id")?),
        slug: text(row, "slug")?,
        name: text(row, "name")?,
        created_at: time(row, "created_at")?,
        archived_at: optional_time(row, "archived_at")?,
    })
}

impl Store {
    /// Creates an organization; `Conflict { what: "organization slug" }` when the slug is taken.
    /// Both are stored as [`display_name`] spells them.
    pub async fn create_organization(&self, slug: &str, name: &str) -> Result<OrgId, StoreError> {
        let (slug, name) = (display_name(slug), display_name(name));
        non_blank("organization slug", &slug)?;
        non_blank("organization name", &name)?;
        let id = new_id()?;
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO organizations (id, slug, name, created_at) VALUES ($1, $2, $3, $4)",
                )
                .bind(&id)
                .bind(slug)
                .bind(name)
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(OrgId::from(id))
            })
        })
        .await
    }

    /// Renames an organization (the name stored as [`display_name`] spells it).
    pub async fn rename_organization(&self, id: &OrgId, name: &str) -> Result<(), StoreError> {
        let name = display_name(name);
        non_blank("organization name", &name)?;
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("UPDATE organizations SET name = $2 WHERE id = $1")
                    .bind(id.as_str())
                    .bind(name)
                    .execute(&mut *c)
                    .await?;
                found(done.rows_affected())
            })
        })
        .await
    }

    /// Archives an organization (idempotent: the first archiving time is kept).
    pub async fn archive_organization(&self, id: &OrgId) -> Result<(), StoreError> {
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "UPDATE organizations SET archived_at = COALESCE(archived_at, $2) WHERE id = $1",
                )
                .bind(id.as_str())
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                found(done.rows_affected())
            })
        })
        .await
    }

    /// Every organization by slug, archived ones only when asked.
    pub async fn organizations(
        &self,
        include_archived: bool,
    ) -> Result<Vec<Organization>, StoreError> {
        let rows = if include_archived {
            sqlx::query(select!("ORDER BY slug"))
                .fetch_all(self.pool())
                .await?
        } else {
            sqlx::query(select!("WHERE archived_at IS NULL ORDER BY slug"))
                .fetch_all(self.pool())
                .await?
        };
        rows.iter().map(from_row).collect()
    }

    /// The organization with this slug, archived or not.
    pub async fn organization_by_slug(
        &self,
        slug: &str,
    ) -> Result<Option<Organization>, StoreError> {
        let row = sqlx::query(select!("WHERE slug = $1"))
            .bind(display_name(slug))
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// The organization with this id.
    pub async fn organization(&self, id: &OrgId) -> Result<Option<Organization>, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }
}

fn found(rows: u64) -> Result<(), StoreError> {
    if rows == 0 {
        return Err(StoreError::NotFound {
            what: "organization",
        });
    }
    Ok(())
}
