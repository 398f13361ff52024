//! Accounts and their scopes. Respondents have no account.

use std::fmt;

use sqlx::any::AnyRow;

use crate::identity::email_key;
use crate::ids::new_id;
use crate::row::{non_blank, optional_time, parsed, text, time};
use crate::{Store, StoreError, Timestamp, UserId};

/// What an account may do (DESIGN.md, Roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Everything.
    Admin,
    /// Reports, raw exports, checklists and milestones of the organizations in scope.
    Evaluator,
    /// Their own organization's aggregate report.
    TeamLead,
    /// Suppressed aggregates across the organizations in scope.
    Funder,
}

impl Role {
    /// The stored name: `admin`, `evaluator`, `team_lead`, `funder`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Evaluator => "evaluator",
            Role::TeamLead => "team_lead",
            Role::Funder => "funder",
        }
    }

    /// The role of a stored name.
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "admin" => Some(Role::Admin),
            "evaluator" => Some(Role::Evaluator),
            "team_lead" => Some(Role::TeamLead),
            "funder" => Some(Role::Funder),
            _ => None,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Its id.
    pub id: UserId,
    /// Email address as [`email_key`] spells it (NFC, lower-cased), unique.
    pub email: String,
    /// The argon2id PHC string.
    pub password_hash: String,
    /// What it may do.
    pub role: Role,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it was disabled; a disabled account cannot log in and has no valid session.
    pub disabled_at: Option<Timestamp>,
}

impl User {
    /// Whether the account is disabled.
    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }
}

/// What creating an account needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// Email address; stored as [`email_key`] spells it.
    pub email: String,
    /// The argon2id PHC string (hashing is the caller's job).
    pub password_hash: String,
    /// Its role.
    pub role: Role,
}

macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, email, password_hash, role, created_at, disabled_at FROM users ",
            $rest
        )
    };
}

fn from_row(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: UserId::from(text(row, "id")?),
        email: text(row, "email")?,
        password_hash: text(row, "password_hash")?,
        role: parsed(row, "role", Role::parse)?,
        created_at: time(row, "created_at")?,
        disabled_at: optional_time(row, "disabled_at")?,
    })
}

/// Emails compare without case and without regard to how an accent was typed:
/// `Ana@Example.org` and `ana@example.org` are one account, and so are both spellings of
/// `andré@…` ([`email_key`]).
fn normalize_email(email: &str) -> Result<String, StoreError> {
    let email = email_key(email);
    if !email.contains('@') || email.len() < 3 {
        return Err(StoreError::Invalid {
            what: "email",
            reason: "not an email address".to_owned(),
        });
    }
    Ok(email)
}

impl Store {
    /// Creates an account; `Conflict { what: "email" }` when the address is taken.
    pub async fn create_user(&self, new: NewUser) -> Result<UserId, StoreError> {
        let email = normalize_email(&new.email)?;
        non_blank("password hash", &new.password_hash)?;
        let id = new_id()?;
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO users (id, email, password_hash, role, created_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(&id)
                .bind(email)
                .bind(new.password_hash)
                .bind(new.role.as_str())
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(UserId::from(id))
            })
        })
        .await
    }

    /// The account with this email address (any case, any Unicode spelling), disabled or not.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
        let email = email_key(email);
        let row = sqlx::query(select!("WHERE email = $1"))
            .bind(email)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// The account with this id.
    pub async fn user(&self, id: &UserId) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id.as_str())
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Every account, by email.
    pub async fn users(&self) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query(select!("ORDER BY email"))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(from_row).collect()
    }

    /// Changes an account's role.
    pub async fn set_role(&self, id: &UserId, role: Role) -> Result<(), StoreError> {
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("UPDATE users SET role = $2 WHERE id = $1")
                    .bind(id.as_str())
                    .bind(role.as_str())
                    .execute(&mut *c)
                    .await?;
                user_found(done.rows_affected())
            })
        })
        .await
    }

    /// Disables (and logs out everywhere) or re-enables an account.
    pub async fn set_disabled(&self, id: &UserId, disabled: bool) -> Result<(), StoreError> {
        let id = id.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = if disabled {
                    sqlx::query(
                        "UPDATE users SET disabled_at = COALESCE(disabled_at, $2) WHERE id = $1",
                    )
                    .bind(id.as_str())
                    .bind(Timestamp::now().unix())
                    .execute(&mut *c)
                    .await?
                } else {
                    sqlx::query("UPDATE users SET disabled_at = NULL WHERE id = $1")
                        .bind(id.as_str())
                        .execute(&mut *c)
                        .await?
                };
                user_found(done.rows_affected())?;
                if disabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                        .bind(id.as_str())
                        .execute(&mut *c)
                        .await?;
                }
                Ok(())
            })
        })
        .await
    }

    /// Replaces an account's password hash.
    pub async fn set_password_hash(&self, id: &UserId, hash: &str) -> Result<(), StoreError> {
        non_blank("password hash", hash)?;
        let (id, hash) = (id.clone(), hash.to_owned());
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(id.as_str())
                    .bind(hash)
                    .execute(&mut *c)
                    .await?;
                user_found(done.rows_affected())
            })
        })
        .await
    }
}

fn user_found(rows: u64) -> Result<(), StoreError> {
    if rows == 0 {
        return Err(StoreError::NotFound { what: "user" });
    }
    Ok(())
}
