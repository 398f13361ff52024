//! Login sessions, kept in the database so that any number of servers can share them.

use sqlx::any::AnyRow;

use crate::row::{non_blank, text, time};
use crate::{Store, StoreError, Timestamp, UserId};

/// A session as stored: the token itself is never stored, only its hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Hash of the cookie's token (the key).
    pub token_hash: String,
    /// Whose session.
    pub user_id: UserId,
    /// The secret CSRF tokens are derived from.
    pub csrf_secret: String,
    /// When it began.
    pub created_at: Timestamp,
    /// When it stops being valid.
    pub expires_at: Timestamp,
}

/// What creating a session needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// Hash of the cookie's token.
    pub token_hash: String,
    /// Whose session.
    pub user_id: UserId,
    /// The CSRF secret.
    pub csrf_secret: String,
    /// When it expires.
    pub expires_at: Timestamp,
}

fn from_row(row: &AnyRow) -> Result<Session, StoreError> {
    Ok(Session {
        token_hash: text(row, "token_hash")?,
        user_id: UserId::from(text(row, "user_id")?),
        csrf_secret: text(row, "csrf_secret")?,
        created_at: time(row, "created_at")?,
        expires_at: time(row, "expires_at")?,
    })
}

impl Store {
    /// Stores a new session, created now.
    pub async fn create_session(&self, new: NewSession) -> Result<(), StoreError> {
        non_blank("session token hash", &new.token_hash)?;
        non_blank("CSRF secret", &new.csrf_secret)?;
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO sessions (token_hash, user_id, csrf_secret, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(new.token_hash)
                .bind(new.user_id.as_str())
                .bind(new.csrf_secret)
                .bind(Timestamp::now().unix())
                .bind(new.expires_at.unix())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// The session with this token hash if it has not expired at `now` and its account is not
    /// disabled.
    pub async fn valid_session(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT s.token_hash, s.user_id, s.csrf_secret, s.created_at, s.expires_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(token_hash)
        .bind(now.unix())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Ends one session (logout); false when there was none.
    pub async fn delete_session(&self, token_hash: &str) -> Result<bool, StoreError> {
        let token_hash = token_hash.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&mut *c)
                    .await?;
                Ok(done.rows_affected() > 0)
            })
        })
        .await
    }

    /// Ends every session of an account (password change, "log out everywhere"); how many.
    ///
    /// Inside [`Store::audited`], the line's details say how many sessions ended.
    pub async fn delete_user_sessions(&self, user: &UserId) -> Result<u64, StoreError> {
        let user = user.clone();
        let line = crate::audited::take_pending();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user.as_str())
                    .execute(&mut *c)
                    .await?;
                let ended = done.rows_affected();
                if let Some(line) = line {
                    line.with_details(format!("{ended} sessions"))
                        .insert(c)
                        .await?;
                }
                Ok(ended)
            })
        })
        .await
    }

    /// Deletes the sessions expired at `now`; how many.
    pub async fn purge_expired_sessions(&self, now: Timestamp) -> Result<u64, StoreError> {
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                    .bind(now.unix())
                    .execute(&mut *c)
                    .await?;
                Ok(done.rows_affected())
            })
        })
        .await
    }
}
