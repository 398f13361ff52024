//! One id per request: in every log line written while the request runs (as the `request`
//! span's `id`), and in the `X-Request-Id` response header, so a person's "it failed at 14:02"
//! with the id from their browser's network panel finds the server's lines — on whichever of
//! several servers answered.
//!
//! Ids are a per-process random prefix and a counter: unique across servers and restarts
//! without a system call per request on the survey's hot path. Behind a trusted proxy
//! (`--trust-proxy`) the proxy's own id (nginx's `$request_id`) is kept, so both logs agree.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Request;
use axum::http::HeaderValue;

pub const HEADER: &str = "x-request-id";

/// The longest id taken from a proxy; nginx's are 32 hex digits.
const LONGEST_FORWARDED: usize = 64;

static NEXT: AtomicU64 = AtomicU64::new(0);

fn process_prefix() -> &'static str {
    static PREFIX: OnceLock<String> = OnceLock::new();
    PREFIX.get_or_init(|| {
        let mut bytes = [0u8; 4];
        // Without randomness the ids of two servers may collide; they stay unique per process.
        let _ = getrandom::fill(&mut bytes);
        hex::encode(bytes)
    })
}

/// The id of `request`: the proxy's when trusted and well formed, else a new one.
pub fn of(request: &Request, trust_proxy: bool) -> HeaderValue {
    if trust_proxy
        && let Some(forwarded) = request.headers().get(HEADER)
        && is_plain_id(forwarded.as_bytes())
    {
        return forwarded.clone();
    }
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let id = format!("{}-{n:x}", process_prefix());
    // Hex digits and a dash: always a valid header value.
    HeaderValue::from_str(&id).unwrap_or_else(|_| HeaderValue::from_static("unknown"))
}

/// Letters, digits and dashes, not too long: nothing a client could use to forge log lines.
fn is_plain_id(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes.len() <= LONGEST_FORWARDED
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn request(id: Option<&str>) -> Request {
        let mut builder = Request::builder().uri("/fr/");
        if let Some(id) = id {
            builder = builder.header(HEADER, id);
        }
        builder.body(Body::empty()).unwrap_or_default()
    }

    #[test]
    fn ids_are_new_for_each_request() {
        let first = of(&request(None), false);
        let second = of(&request(None), false);
        assert_ne!(first, second);
        assert!(first.to_str().is_ok_and(|id| id.len() > 8));
    }

    #[test]
    fn a_proxy_id_is_kept_only_when_trusted_and_plain() {
        let nginx = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        assert_eq!(of(&request(Some(nginx)), true), nginx);
        assert_ne!(of(&request(Some(nginx)), false), nginx);
        assert_ne!(
            of(&request(Some("x\" level=ERROR msg=forged")), true),
            "x\" level=ERROR msg=forged"
        );
        assert_ne!(of(&request(Some(&"a".repeat(65))), true), "a".repeat(65));
    }
}
