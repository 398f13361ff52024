-- Organizations, accounts, their scopes and their sessions.
-- Ids are random 128-bit hex TEXT; times are Unix seconds (INTEGER); see parite-store's lib.rs.

CREATE TABLE organizations (
    id          TEXT    NOT NULL PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 64),
    name        TEXT    NOT NULL CHECK (length(name) >= 1),
    created_at  INTEGER NOT NULL,
    archived_at INTEGER
);

CREATE TABLE users (
    id            TEXT    NOT NULL PRIMARY KEY,
    -- Stored lower-cased so that uniqueness ignores case.
    email         TEXT    NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) >= 3),
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'evaluator', 'team_lead', 'funder')),
    created_at    INTEGER NOT NULL,
    disabled_at   INTEGER
);

-- A user's scope: the organizations whose data they may see, within what their role allows.
CREATE TABLE user_organizations (
    user_id         TEXT    NOT NULL REFERENCES users (id),
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    granted_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX user_organizations_by_organization ON user_organizations (organization_id);

-- Only a hash of the session token is kept: a copy of the database does not hand out logins.
CREATE TABLE sessions (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id),
    csrf_secret TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL CHECK (expires_at >= created_at)
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
