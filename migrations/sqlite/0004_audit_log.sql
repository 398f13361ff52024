-- Who did what, when: logins, exports, changes. Append-only.

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor_id TEXT    REFERENCES users (id),
    action   TEXT    NOT NULL CHECK (length(action) >= 1),
    target   TEXT    NOT NULL DEFAULT '',
    details  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_by_action ON audit_log (action, at);

CREATE TRIGGER audit_log_no_update
BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'parite: audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'parite: audit log is append-only');
END;
