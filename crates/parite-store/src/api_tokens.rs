//! Personal API tokens: an account's keys to the read-only JSON API. Only a token's SHA-256 is
//! stored; the token acts with its account's current role and scope, read with it on every
//! request, so a change of either applies at once and a disabled account's tokens stop.

use sqlx::any::AnyRow;

use crate::ids::new_id;
use crate::row::{count, integer, non_blank, optional_time, parsed, text, time};
use crate::{Role, Store, StoreError, Timestamp, User, UserId};

/// The longest name a token may have (the migration's CHECK says the same).
pub const MAX_TOKEN_NAME: usize = 100;

/// A token as stored and listed: never the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// Its id (not secret: what the account page and the audit log name it by).
    pub id: String,
    /// Whose token.
    pub user_id: UserId,
    /// What the account called it ("R scripts", "dashboard").
    pub name: String,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it stops working, if ever.
    pub expires_at: Option<Timestamp>,
    /// When it was last used.
    pub last_used_at: Option<Timestamp>,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
}

impl ApiToken {
    /// Whether it authenticates a request made at `now`.
    pub fn is_live(&self, now: Timestamp) -> bool {
        self.revoked_at.is_none() && self.expires_at.is_none_or(|at| at > now)
    }
}

/// What making a token needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiToken {
    /// Whose token.
    pub user_id: UserId,
    /// Its name, 1 to [`MAX_TOKEN_NAME`] characters.
    pub name: String,
    /// The SHA-256 of the token, in hex.
    pub token_hash: String,
    /// When it stops working, if ever.
    pub expires_at: Option<Timestamp>,
}

/// A token's requests in its current rate-limit window, this one counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenUse {
    /// Requests in the window, this one included.
    pub requests: u64,
    /// When the window began (Unix milliseconds).
    pub window_started_ms: i64,
}

const COLUMNS: &str = "t.id, t.user_id, t.name, t.created_at, t.expires_at, t.last_used_at, \
                       t.revoked_at";

fn from_row(row: &AnyRow) -> Result<ApiToken, StoreError> {
    Ok(ApiToken {
        id: text(row, "id")?,
        user_id: UserId::from(text(row, "user_id")?),
        name: text(row, "name")?,
        created_at: time(row, "created_at")?,
        expires_at: optional_time(row, "expires_at")?,
        last_used_at: optional_time(row, "last_used_at")?,
        revoked_at: optional_time(row, "revoked_at")?,
    })
}

fn user_of(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: UserId::from(text(row, "user_id")?),
        email: text(row, "email")?,
        password_hash: text(row, "password_hash")?,
        role: parsed(row, "role", Role::parse)?,
        created_at: time(row, "user_created_at")?,
        disabled_at: optional_time(row, "disabled_at")?,
    })
}

impl Store {
    /// Stores a new token, created now; returns its id. Inside [`Store::audited`], the line's
    /// target gets the id after it.
    pub async fn create_api_token(&self, new: NewApiToken) -> Result<String, StoreError> {
        let name = new.name.trim().to_owned();
        non_blank("token name", &name)?;
        if name.chars().count() > MAX_TOKEN_NAME {
            return Err(StoreError::Invalid {
                what: "token name",
                reason: format!("longer than {MAX_TOKEN_NAME} characters"),
            });
        }
        non_blank("token hash", &new.token_hash)?;
        let now = Timestamp::now();
        if new.expires_at.is_some_and(|at| at <= now) {
            return Err(StoreError::Invalid {
                what: "token expiry",
                reason: "not in the future".into(),
            });
        }
        let id = new_id()?;
        let line = crate::audited::take_pending();
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&id)
                .bind(new.user_id.as_str())
                .bind(name)
                .bind(new.token_hash)
                .bind(now.unix())
                .bind(new.expires_at.map(Timestamp::unix))
                .execute(&mut *c)
                .await?;
                if let Some(line) = line {
                    line.with_target_suffix(&id).insert(c).await?;
                }
                Ok(id)
            })
        })
        .await
    }

    /// An account's tokens, newest first, revoked ones included (the page says so).
    pub async fn api_tokens_of(&self, user: &UserId) -> Result<Vec<ApiToken>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM api_tokens t WHERE t.user_id = $1 \
             ORDER BY t.created_at DESC, t.id"
        )))
        .bind(user.as_str())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// Revokes one of the account's own tokens. `NotFound` when the account has no such token
    /// still live, so that an audited revocation that changed nothing writes no line.
    pub async fn revoke_api_token(&self, user: &UserId, id: &str) -> Result<(), StoreError> {
        let (user, id) = (user.clone(), id.to_owned());
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $3 \
                     WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
                )
                .bind(id)
                .bind(user.as_str())
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound { what: "API token" });
                }
                Ok(())
            })
        })
        .await
    }

    /// The live token with this hash and its account, at `now`: not revoked, not expired, the
    /// account not disabled. One read, as for a session.
    pub async fn api_token_user(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<(ApiToken, User)>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS}, u.email, u.password_hash, u.role, \
                    u.created_at AS user_created_at, u.disabled_at \
             FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL \
               AND (t.expires_at IS NULL OR t.expires_at > $2) AND u.disabled_at IS NULL"
        )))
        .bind(token_hash)
        .bind(now.unix())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref()
            .map(|row| Ok((from_row(row)?, user_of(row)?)))
            .transpose()
    }

    /// Counts one request of a token at `now_ms` in its rate-limit window of `window_ms`
    /// (a new window starts when the last is over) and records it as the token's last use.
    /// One statement: the database increments, so servers sharing it never lose a request.
    pub async fn record_api_token_use(
        &self,
        id: &str,
        now_ms: i64,
        window_ms: i64,
    ) -> Result<TokenUse, StoreError> {
        let id = id.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                let expired = now_ms.saturating_sub(window_ms);
                let row = sqlx::query(
                    "UPDATE api_tokens SET \
                       last_used_at = $2, \
                       window_requests = CASE WHEN window_started_ms <= $4 THEN 1 \
                                              ELSE window_requests + 1 END, \
                       window_started_ms = CASE WHEN window_started_ms <= $4 THEN $3 \
                                                ELSE window_started_ms END \
                     WHERE id = $1 \
                     RETURNING window_requests, window_started_ms",
                )
                .bind(id)
                .bind(now_ms.div_euclid(1_000))
                .bind(now_ms)
                .bind(expired)
                .fetch_optional(&mut *c)
                .await?;
                let row = row.ok_or(StoreError::NotFound { what: "API token" })?;
                Ok(TokenUse {
                    requests: count(&row, "window_requests")?,
                    window_started_ms: integer(&row, "window_started_ms")?,
                })
            })
        })
        .await
    }
}
