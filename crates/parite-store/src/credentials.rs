//! Signing in: a session with its account in one read, one-time links that set a password, and
//! the failed attempts that slow password guessing down — all in the database, so that any
//! number of servers sharing it agree.

use sqlx::any::AnyRow;

use crate::row::{count, integer, non_blank, optional_time, parsed, text, time};
use crate::{Role, Session, Store, StoreError, Timestamp, User, UserId};

/// How failed sign-ins slow the next attempt down: the first `free` failures cost nothing, then
/// each one blocks the key for `first_ms`, doubling up to `max_ms`. A key with no failure for
/// `forget_after_ms` starts again from zero: there is no permanent lock-out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Failures allowed before any wait.
    pub free: u32,
    /// The first wait, in milliseconds.
    pub first_ms: i64,
    /// The longest wait, in milliseconds.
    pub max_ms: i64,
    /// Quiet time after which the failures are forgotten, in milliseconds.
    pub forget_after_ms: i64,
}

impl Backoff {
    /// The wait after the `failures`-th consecutive failure, in milliseconds.
    pub fn delay_ms(&self, failures: u64) -> i64 {
        let free = u64::from(self.free);
        if failures < free.max(1) {
            return 0;
        }
        // 2^30 seconds is far past any sensible maximum: the shift cannot overflow.
        let doublings = u32::try_from((failures - free.max(1)).min(30)).unwrap_or(30);
        self.first_ms
            .saturating_mul(1_i64 << doublings)
            .min(self.max_ms)
    }
}

/// A key refusing sign-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInBlock {
    /// Until when (Unix milliseconds).
    pub until_ms: i64,
    /// Whether this block's burst of refused attempts is already in the audit log.
    pub reported: bool,
}

/// A key's failures after one more was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignInFailures {
    /// Consecutive failures, this one included.
    pub failures: u64,
    /// Until when (Unix milliseconds) attempts are refused; in the past when not blocked.
    pub blocked_until_ms: i64,
}

fn session_and_user(row: &AnyRow) -> Result<(Session, User), StoreError> {
    let user_id = UserId::from(text(row, "user_id")?);
    let session = Session {
        token_hash: text(row, "token_hash")?,
        user_id: user_id.clone(),
        csrf_secret: text(row, "csrf_secret")?,
        created_at: time(row, "session_created_at")?,
        expires_at: time(row, "expires_at")?,
    };
    let user = User {
        id: user_id,
        email: text(row, "email")?,
        password_hash: text(row, "password_hash")?,
        role: parsed(row, "role", Role::parse)?,
        created_at: time(row, "user_created_at")?,
        disabled_at: optional_time(row, "disabled_at")?,
    };
    Ok((session, user))
}

impl Store {
    /// The session with this token hash and its account, when the session has not expired at
    /// `now` and the account is not disabled: what every signed-in request reads, in one query.
    pub async fn session_user(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<(Session, User)>, StoreError> {
        let row = sqlx::query(
            "SELECT s.token_hash, s.user_id, s.csrf_secret, s.created_at AS session_created_at, \
                    s.expires_at, u.email, u.password_hash, u.role, \
                    u.created_at AS user_created_at, u.disabled_at \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(token_hash)
        .bind(now.unix())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(session_and_user).transpose()
    }

    /// Stores a one-time link to set an account's password, valid until `expires_at`. The
    /// account's earlier unused links stop working: only the newest link counts.
    pub async fn create_password_token(
        &self,
        user: &UserId,
        token_hash: &str,
        expires_at: Timestamp,
    ) -> Result<(), StoreError> {
        non_blank("password token hash", token_hash)?;
        let (user, token_hash) = (user.clone(), token_hash.to_owned());
        self.write(move |c| {
            Box::pin(async move {
                let now = Timestamp::now().unix();
                sqlx::query(
                    "UPDATE password_tokens SET used_at = $2 \
                     WHERE user_id = $1 AND used_at IS NULL",
                )
                .bind(user.as_str())
                .bind(now)
                .execute(&mut *c)
                .await?;
                sqlx::query(
                    "INSERT INTO password_tokens (token_hash, user_id, created_at, expires_at) \
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(token_hash)
                .bind(user.as_str())
                .bind(now)
                .bind(expires_at.unix().max(now))
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// The account a link sets the password of, when the link is unused and unexpired at `now`.
    pub async fn password_token_user(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<UserId>, StoreError> {
        let row = sqlx::query(
            "SELECT user_id FROM password_tokens \
             WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now.unix())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref()
            .map(|r| text(r, "user_id").map(UserId::from))
            .transpose()
    }

    /// Uses a link once: marks it used, sets the account's password hash and ends the account's
    /// sessions, in one transaction. `None` when the link is unknown, used or expired — of two
    /// simultaneous uses, exactly one succeeds.
    pub async fn use_password_token(
        &self,
        token_hash: &str,
        password_hash: &str,
        now: Timestamp,
    ) -> Result<Option<UserId>, StoreError> {
        non_blank("password hash", password_hash)?;
        let (token_hash, password_hash) = (token_hash.to_owned(), password_hash.to_owned());
        // Inside `Store::audited`, the line is written only when a token was used.
        let line = crate::audited::take_pending();
        self.write(move |c| {
            Box::pin(async move {
                let row = sqlx::query(
                    "UPDATE password_tokens SET used_at = $2 \
                     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
                     RETURNING user_id",
                )
                .bind(token_hash)
                .bind(now.unix())
                .fetch_optional(&mut *c)
                .await?;
                let Some(row) = row else {
                    return Ok(None);
                };
                let user = UserId::from(text(&row, "user_id")?);
                sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(user.as_str())
                    .bind(password_hash)
                    .execute(&mut *c)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user.as_str())
                    .execute(&mut *c)
                    .await?;
                if let Some(line) = line {
                    line.insert(c).await?;
                }
                Ok(Some(user))
            })
        })
        .await
    }

    /// Until when (Unix milliseconds) sign-ins under `key` are refused, if they are at `now_ms`.
    pub async fn sign_in_blocked_until(
        &self,
        key: &str,
        now_ms: i64,
    ) -> Result<Option<i64>, StoreError> {
        Ok(self
            .sign_in_block(key, now_ms)
            .await?
            .map(|block| block.until_ms))
    }

    /// The block on `key` at `now_ms`, if any: until when, and whether a refused attempt was
    /// already reported for it ([`Store::first_throttled_of_burst`]). One read, as
    /// [`Store::sign_in_blocked_until`] is: a flood of refused attempts costs no write.
    pub async fn sign_in_block(
        &self,
        key: &str,
        now_ms: i64,
    ) -> Result<Option<SignInBlock>, StoreError> {
        let row = sqlx::query(
            "SELECT blocked_until_ms, reported_until_ms FROM sign_in_failures \
             WHERE throttle_key = $1 AND blocked_until_ms > $2",
        )
        .bind(key)
        .bind(now_ms)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref()
            .map(|r| {
                let until_ms = integer(r, "blocked_until_ms")?;
                Ok(SignInBlock {
                    until_ms,
                    reported: integer(r, "reported_until_ms")? >= until_ms,
                })
            })
            .transpose()
    }

    /// Counts one more failed sign-in under `key` at `now_ms` and blocks the key as `backoff`
    /// says. The count is incremented by the database itself, so servers sharing it never lose
    /// a failure to a race.
    pub async fn record_sign_in_failure(
        &self,
        key: &str,
        now_ms: i64,
        backoff: Backoff,
    ) -> Result<SignInFailures, StoreError> {
        non_blank("sign-in throttle key", key)?;
        let key = key.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                let row = sqlx::query(
                    "INSERT INTO sign_in_failures \
                       (throttle_key, failures, last_at_ms, blocked_until_ms) \
                     VALUES ($1, 1, $2, 0) \
                     ON CONFLICT (throttle_key) DO UPDATE SET \
                       failures = CASE WHEN sign_in_failures.last_at_ms < $3 THEN 1 \
                                       ELSE sign_in_failures.failures + 1 END, \
                       last_at_ms = $2 \
                     RETURNING failures",
                )
                .bind(&key)
                .bind(now_ms)
                .bind(now_ms.saturating_sub(backoff.forget_after_ms))
                .fetch_one(&mut *c)
                .await?;
                let failures = count(&row, "failures")?;
                let blocked_until_ms = now_ms.saturating_add(backoff.delay_ms(failures));
                sqlx::query(
                    "UPDATE sign_in_failures SET blocked_until_ms = $2 WHERE throttle_key = $1",
                )
                .bind(&key)
                .bind(blocked_until_ms)
                .execute(&mut *c)
                .await?;
                Ok(SignInFailures {
                    failures,
                    blocked_until_ms,
                })
            })
        })
        .await
    }

    /// Forgets the failures under `key` (after a successful sign-in).
    pub async fn clear_sign_in_failures(&self, key: &str) -> Result<(), StoreError> {
        let key = key.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query("DELETE FROM sign_in_failures WHERE throttle_key = $1")
                    .bind(key)
                    .execute(&mut *c)
                    .await?;
                Ok(())
            })
        })
        .await
    }

    /// Whether this refused attempt is the first of its burst: the first one refused while
    /// `key` is blocked until `blocked_until_ms`. Of any number of servers asking at once,
    /// exactly one hears `true` per block, so a burst is audited once, not per request.
    pub async fn first_throttled_of_burst(
        &self,
        key: &str,
        blocked_until_ms: i64,
    ) -> Result<bool, StoreError> {
        let key = key.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "UPDATE sign_in_failures SET reported_until_ms = $2 \
                     WHERE throttle_key = $1 AND reported_until_ms < $2",
                )
                .bind(key)
                .bind(blocked_until_ms)
                .execute(&mut *c)
                .await?;
                Ok(done.rows_affected() == 1)
            })
        })
        .await
    }

    /// Remembers (as its argon2id hash) a password the demo printed on a console, so that no
    /// account is ever given it again.
    pub async fn record_printed_password(&self, password_hash: &str) -> Result<(), StoreError> {
        non_blank("printed password hash", password_hash)?;
        let password_hash = password_hash.to_owned();
        self.write(move |c| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO printed_passwords (password_hash, printed_at) VALUES ($1, $2) \
                     ON CONFLICT (password_hash) DO NOTHING",
                )
                .bind(password_hash)
                .bind(Timestamp::now().unix())
                .execute(&mut *c)
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// The hashes of every password the demo ever printed.
    pub async fn printed_password_hashes(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query("SELECT password_hash FROM printed_passwords ORDER BY printed_at")
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|r| text(r, "password_hash")).collect()
    }
}
