//! The JSON API over real HTTP: tokens made on the account page or in the store, requests with
//! `Authorization: Bearer`, answers read as JSON.

mod openapi;
mod reports;
mod responses;
mod tokens;

use parite_store::{NewApiToken, Store, Timestamp, UserId};
use reqwest::StatusCode;
use serde_json::Value;

/// A token of `user` made in the store, as the account page makes one; `expires_at` if given.
pub async fn token(store: &Store, user: &UserId, expires_at: Option<Timestamp>) -> String {
    let token = parite_web::new_api_token();
    store
        .create_api_token(NewApiToken {
            user_id: user.clone(),
            name: "tests".into(),
            token_hash: parite_web::token_hash(&token),
            expires_at,
        })
        .await
        .expect("token");
    token
}

/// An answer of the API.
pub struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub retry_after: Option<String>,
    pub json: Value,
}

/// GET `path` with `token` (none: anonymous) and `Accept-Language: language`.
pub async fn get(base: &str, path: &str, token: Option<&str>, language: &str) -> Answer {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut request = client
        .get(format!("{base}{path}"))
        .header("accept-language", language);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = request.send().await.expect("request");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = header("content-type").unwrap_or_default();
    let retry_after = header("retry-after");
    let status = response.status();
    let body = response.text().await.expect("body");
    let json = serde_json::from_str(&body)
        .unwrap_or_else(|error| panic!("{path}: not JSON ({error}): {body}"));
    Answer {
        status,
        content_type,
        retry_after,
        json,
    }
}

impl Answer {
    /// That this is the RFC 9457 problem of `status` with type `urn:parite:problem:<code>`.
    pub fn assert_problem(&self, status: StatusCode, code: &str, what: &str) {
        assert_eq!(self.status, status, "{what}: {}", self.json);
        assert_eq!(self.content_type, "application/problem+json", "{what}");
        assert_eq!(
            self.json["type"],
            format!("urn:parite:problem:{code}"),
            "{what}"
        );
        assert_eq!(self.json["status"], status.as_u16(), "{what}");
        for field in ["title", "detail"] {
            assert!(
                self.json[field].as_str().is_some_and(|t| !t.is_empty()),
                "{what}: no {field}"
            );
        }
    }

    pub fn assert_ok(&self, what: &str) {
        assert_eq!(self.status, StatusCode::OK, "{what}: {}", self.json);
        assert_eq!(self.content_type, "application/json", "{what}");
    }
}
