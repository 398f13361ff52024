//! Sign-in throttling: failures are counted per account and per client address in the
//! database, so that every server sharing it slows the same guesser down. The API's rate
//! limit per token ([`API`]) is counted the same way.

use std::net::{IpAddr, SocketAddr};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use parite_store::credentials::{Backoff, SignInBlock};
use parite_store::{StoreError, email_key};

use crate::app::AppState;

/// Per account: five failures free, then 1 s doubling up to 15 minutes; an hour of quiet
/// forgets them. Never a permanent lock-out, which would let anyone lock anyone out.
pub const ACCOUNT: Backoff = Backoff {
    free: 5,
    first_ms: 1_000,
    max_ms: 15 * 60 * 1_000,
    forget_after_ms: 60 * 60 * 1_000,
};

/// Per address: more room, since a whole office may share one address.
pub const ADDRESS: Backoff = Backoff {
    free: 20,
    ..ACCOUNT
};

/// How many requests one API token may make in a window: counted in the database like the
/// sign-in failures above, so every server sharing it enforces the same limit; over it the API
/// answers 429 with `Retry-After` until the window ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed per window.
    pub requests: u32,
    /// The window, in milliseconds.
    pub window_ms: i64,
}

/// Two requests a second on average: plenty for a script paging through responses, little
/// for one hammering the server.
pub const API: RateLimit = RateLimit {
    requests: 120,
    window_ms: 60 * 1_000,
};

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The two keys a sign-in attempt counts under.
pub struct Keys {
    pub account: String,
    pub address: String,
}

impl Keys {
    pub fn new(email: &str, address: &str) -> Keys {
        // One key per account however its address is spelled; bounded so that a pasted novel
        // does not become a database key.
        let email: String = email_key(email).chars().take(254).collect();
        Keys {
            account: format!("account:{email}"),
            address: format!("address:{address}"),
        }
    }

    /// The key that refuses attempts now, and its block: the one lasting longer when both do.
    pub async fn blocked(
        &self,
        state: &AppState,
    ) -> Result<Option<(&str, SignInBlock)>, StoreError> {
        let now = now_ms();
        let account = state
            .store
            .sign_in_block(&self.account, now)
            .await?
            .map(|block| (self.account.as_str(), block));
        let address = state
            .store
            .sign_in_block(&self.address, now)
            .await?
            .map(|block| (self.address.as_str(), block));
        Ok(account
            .into_iter()
            .chain(address)
            .max_by_key(|(_, block)| block.until_ms))
    }

    pub async fn record_failure(&self, state: &AppState) -> Result<(), StoreError> {
        let now = now_ms();
        state
            .store
            .record_sign_in_failure(&self.account, now, ACCOUNT)
            .await?;
        state
            .store
            .record_sign_in_failure(&self.address, now, ADDRESS)
            .await?;
        Ok(())
    }

    /// After a success only the account is cleared: one good password from an address must not
    /// wipe the failures it made guessing others.
    pub async fn record_success(&self, state: &AppState) -> Result<(), StoreError> {
        state.store.clear_sign_in_failures(&self.account).await
    }
}

/// The client's address: the socket's peer, or — behind a proxy the configuration says to
/// trust — the last address the proxy appended to `X-Forwarded-For` (earlier ones are whatever
/// the client chose to send).
pub fn client_address(parts: &Parts, trust_proxy: bool) -> String {
    if trust_proxy {
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(address) = forwarded {
            return address.to_string();
        }
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
}
