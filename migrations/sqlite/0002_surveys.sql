-- Survey waves, invitation codes, anonymous responses and their answers.

CREATE TABLE waves (
    id                 TEXT    NOT NULL PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id),
    instrument_id      TEXT    NOT NULL,
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 0),
    label              TEXT    NOT NULL CHECK (length(label) >= 1),
    opens_at           INTEGER NOT NULL,
    closes_at          INTEGER,
    status             TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    created_at         INTEGER NOT NULL,
    -- Lets assessments require that their wave belongs to their organization.
    UNIQUE (id, organization_id)
);
CREATE INDEX waves_by_organization ON waves (organization_id);

CREATE TABLE invitations (
    id         TEXT    NOT NULL PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE CHECK (length(code) >= 1),
    wave_id    TEXT    NOT NULL REFERENCES waves (id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER,
    -- Lets responses require that their invitation belongs to their wave.
    UNIQUE (id, wave_id)
);
CREATE INDEX invitations_by_wave ON invitations (wave_id);

-- No account id, IP address or user agent: respondents are anonymous.
CREATE TABLE responses (
    id               TEXT    NOT NULL PRIMARY KEY,
    wave_id          TEXT    NOT NULL REFERENCES waves (id),
    invitation_id    TEXT,
    locale           TEXT    NOT NULL CHECK (locale IN ('fr-CA', 'en-CA')),
    respondent_role  TEXT,
    status           TEXT    NOT NULL CHECK (status IN ('draft', 'submitted')),
    resume_code_hash TEXT    UNIQUE,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    submitted_at     INTEGER,
    CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
    FOREIGN KEY (invitation_id, wave_id) REFERENCES invitations (id, wave_id)
);
CREATE INDEX responses_by_wave ON responses (wave_id, status);
CREATE INDEX responses_by_invitation ON responses (invitation_id);

-- One row per value: a multiple-choice answer is one row per selected code, in order (seq).
CREATE TABLE answers (
    response_id TEXT    NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    item_id     TEXT    NOT NULL CHECK (length(item_id) >= 1),
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    value       TEXT    NOT NULL,
    PRIMARY KEY (response_id, item_id, seq)
);

-- A submitted response is final: the database refuses to change it or its answers, whatever
-- code path tries (the store checks first and answers `AlreadySubmitted`).
CREATE TRIGGER responses_submitted_are_final
BEFORE UPDATE ON responses
WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted response is final');
END;

CREATE TRIGGER answers_insert_only_into_drafts
BEFORE INSERT ON answers
WHEN (SELECT status FROM responses WHERE id = NEW.response_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted response is final');
END;

CREATE TRIGGER answers_update_only_in_drafts
BEFORE UPDATE ON answers
WHEN (SELECT status FROM responses WHERE id = OLD.response_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted response is final');
END;

-- Deleting a whole response (erasure) cascades to its answers: the response row is gone by then,
-- so only a direct delete of a submitted response's answers is refused.
CREATE TRIGGER answers_delete_only_in_drafts
BEFORE DELETE ON answers
WHEN (SELECT status FROM responses WHERE id = OLD.response_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted response is final');
END;
