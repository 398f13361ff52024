-- What signing in needs beyond sessions: one-time links to set a password, and the failed
-- attempts that slow down password guessing. Both live in the database so that every server
-- sharing it honours them.

-- A link `/fr/password/{token}` sets an account's password once. Only a hash of the token is
-- kept: a copy of the database does not hand out accounts.
CREATE TABLE password_tokens (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL CHECK (expires_at >= created_at),
    used_at    INTEGER
);
CREATE INDEX password_tokens_by_user ON password_tokens (user_id);

-- Consecutive failed sign-ins per key (`account:<email>` or `address:<ip>`), and until when
-- the next attempt is refused. Times in milliseconds: back-off starts at one second.
CREATE TABLE sign_in_failures (
    throttle_key     TEXT    NOT NULL PRIMARY KEY CHECK (length(throttle_key) BETWEEN 1 AND 320),
    failures         INTEGER NOT NULL CHECK (failures >= 0),
    last_at_ms       INTEGER NOT NULL,
    blocked_until_ms INTEGER NOT NULL
);
