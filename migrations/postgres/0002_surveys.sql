-- Survey waves, invitation codes, anonymous responses and their answers.

CREATE TABLE waves (
    id                 TEXT   PRIMARY KEY,
    organization_id    TEXT   NOT NULL REFERENCES organizations (id),
    instrument_id      TEXT   NOT NULL,
    instrument_version BIGINT NOT NULL CHECK (instrument_version >= 0),
    label              TEXT   NOT NULL CHECK (length(label) >= 1),
    opens_at           BIGINT NOT NULL,
    closes_at          BIGINT,
    status             TEXT   NOT NULL CHECK (status IN ('open', 'closed')),
    created_at         BIGINT NOT NULL,
    -- Lets assessments require that their wave belongs to their organization.
    UNIQUE (id, organization_id)
);
CREATE INDEX waves_by_organization ON waves (organization_id);

CREATE TABLE invitations (
    id         TEXT   PRIMARY KEY,
    code       TEXT   NOT NULL UNIQUE CHECK (length(code) >= 1),
    wave_id    TEXT   NOT NULL REFERENCES waves (id),
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    -- Lets responses require that their invitation belongs to their wave.
    UNIQUE (id, wave_id)
);
CREATE INDEX invitations_by_wave ON invitations (wave_id);

-- No account id, IP address or user agent: respondents are anonymous.
CREATE TABLE responses (
    id               TEXT   PRIMARY KEY,
    wave_id          TEXT   NOT NULL REFERENCES waves (id),
    invitation_id    TEXT,
    locale           TEXT   NOT NULL CHECK (locale IN ('fr-CA', 'en-CA')),
    respondent_role  TEXT,
    status           TEXT   NOT NULL CHECK (status IN ('draft', 'submitted')),
    resume_code_hash TEXT   UNIQUE,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL,
    submitted_at     BIGINT,
    CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
    FOREIGN KEY (invitation_id, wave_id) REFERENCES invitations (id, wave_id)
);
CREATE INDEX responses_by_wave ON responses (wave_id, status);
CREATE INDEX responses_by_invitation ON responses (invitation_id);

-- One row per value: a multiple-choice answer is one row per selected code, in order (seq).
CREATE TABLE answers (
    response_id TEXT   NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    item_id     TEXT   NOT NULL CHECK (length(item_id) >= 1),
    seq         BIGINT NOT NULL CHECK (seq >= 0),
    value       TEXT   NOT NULL,
    PRIMARY KEY (response_id, item_id, seq)
);

-- A submitted response is final: the database refuses to change it or its answers, whatever
-- code path tries (the store checks first and answers `AlreadySubmitted`).
CREATE FUNCTION parite_refuse_submitted_response() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'responses' THEN
        IF OLD.status = 'submitted' THEN
            RAISE EXCEPTION 'parite: submitted response is final';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF (SELECT status FROM responses WHERE id = NEW.response_id) = 'submitted' THEN
            RAISE EXCEPTION 'parite: submitted response is final';
        END IF;
        RETURN NEW;
    END IF;
    -- Deleting a whole response (erasure) cascades to its answers: the response row is gone by
    -- then, so only a direct change of a submitted response's answers is refused.
    IF (SELECT status FROM responses WHERE id = OLD.response_id) = 'submitted' THEN
        RAISE EXCEPTION 'parite: submitted response is final';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER responses_submitted_are_final
BEFORE UPDATE ON responses
FOR EACH ROW EXECUTE FUNCTION parite_refuse_submitted_response();

CREATE TRIGGER answers_change_only_in_drafts
BEFORE INSERT OR UPDATE OR DELETE ON answers
FOR EACH ROW EXECUTE FUNCTION parite_refuse_submitted_response();
