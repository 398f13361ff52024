-- Personal API tokens: an account's own keys to the read-only JSON API (`/api/v1/`). Only the
-- SHA-256 of a token is kept, as for sessions: a copy of the database hands out no access. A
-- token carries no role or scope of its own; it acts with its account's current ones, so it
-- needs no change when they do, and it stops with a disabled account.
--
-- The last two columns count the token's requests in the current minute-long window, so
-- that every server sharing the database enforces one rate limit per token (the sign-in
-- throttle's approach: the database increments, so no server loses a count to a race).
CREATE TABLE api_tokens (
    id                TEXT    PRIMARY KEY,
    user_id           TEXT    NOT NULL REFERENCES users (id),
    name              TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash        TEXT    NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at        BIGINT  NOT NULL,
    expires_at        BIGINT  CHECK (expires_at IS NULL OR expires_at > created_at),
    last_used_at      BIGINT,
    revoked_at        BIGINT,
    window_started_ms BIGINT  NOT NULL DEFAULT 0,
    window_requests   BIGINT  NOT NULL DEFAULT 0 CHECK (window_requests >= 0)
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
