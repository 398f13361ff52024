//! Scopes: the organizations whose data an account may see, within what its role allows.

use crate::{OrgId, Organization, Store, StoreError, Timestamp, UserId};

impl Store {
    /// Adds an organization to an account's scope (idempotent).
    pub async fn grant_scope(&self, user: &UserId, org: &OrgId) -> Result<(), StoreError> {
        let (user, org) = (user.clone(), org.clone());
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO user_organizations (user_id, organization_id, granted_at) \
                     VALUES ($1, $2, $3) ON CONFLICT (user_id, organization_id) DO NOTHING",
                )
                .bind(user.as_str())
                .bind(org.as_str())
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Removes an organization from an account's scope; false when it was not in it.
    pub async fn revoke_scope(&self, user: &UserId, org: &OrgId) -> Result<bool, StoreError> {
        let (user, org) = (user.clone(), org.clone());
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "DELETE FROM user_organizations WHERE user_id = $1 AND organization_id = $2",
                )
                .bind(user.as_str())
                .bind(org.as_str())
                .execute(&mut *c)
                .await?;
                Ok(done.rows_affected() > 0)
            })
        })
        .await
    }

    /// The organizations in an account's scope, by slug.
    pub async fn scope_of(&self, user: &UserId) -> Result<Vec<Organization>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.slug, o.name, o.created_at, o.archived_at \
             FROM user_organizations s JOIN organizations o ON o.id = s.organization_id \
             WHERE s.user_id = $1 ORDER BY o.slug",
        )
        .bind(user.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(crate::orgs::from_row).collect()
    }

    /// Whether an organization is in an account's scope.
    pub async fn in_scope(&self, user: &UserId, org: &OrgId) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 FROM user_organizations WHERE user_id = $1 AND organization_id = $2",
        )
        .bind(user.as_str())
        .bind(org.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }
}
