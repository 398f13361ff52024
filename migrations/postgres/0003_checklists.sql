-- Fidelity checklists (assessments and their ratings) and progress milestones.

CREATE TABLE assessments (
    id                 TEXT   PRIMARY KEY,
    organization_id    TEXT   NOT NULL REFERENCES organizations (id),
    wave_id            TEXT   NOT NULL,
    instrument_id      TEXT   NOT NULL,
    instrument_version BIGINT NOT NULL CHECK (instrument_version >= 0),
    rater_id           TEXT   NOT NULL REFERENCES users (id),
    kind               TEXT   NOT NULL CHECK (kind IN ('rater', 'consensus')),
    status             TEXT   NOT NULL CHECK (status IN ('draft', 'submitted')),
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL,
    submitted_at       BIGINT,
    CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
    FOREIGN KEY (wave_id, organization_id) REFERENCES waves (id, organization_id)
);
CREATE INDEX assessments_by_organization ON assessments (organization_id, wave_id);

CREATE TABLE ratings (
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    item_id       TEXT NOT NULL CHECK (length(item_id) >= 1),
    value         TEXT NOT NULL CHECK (value IN ('0', '1', '2', 'na')),
    evidence      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, item_id)
);

CREATE FUNCTION parite_refuse_submitted_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'assessments' THEN
        IF OLD.status = 'submitted' THEN
            RAISE EXCEPTION 'parite: submitted assessment is final';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'submitted' THEN
            RAISE EXCEPTION 'parite: submitted assessment is final';
        END IF;
        RETURN NEW;
    END IF;
    IF (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted' THEN
        RAISE EXCEPTION 'parite: submitted assessment is final';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER assessments_submitted_are_final
BEFORE UPDATE ON assessments
FOR EACH ROW EXECUTE FUNCTION parite_refuse_submitted_assessment();

CREATE TRIGGER ratings_change_only_in_drafts
BEFORE INSERT OR UPDATE OR DELETE ON ratings
FOR EACH ROW EXECUTE FUNCTION parite_refuse_submitted_assessment();

-- Every mark and unmark is a row: the current state of an item is its latest row, and the
-- history of who marked what, when and on what evidence is never lost.
CREATE TABLE milestones (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id    TEXT   NOT NULL REFERENCES organizations (id),
    instrument_id      TEXT   NOT NULL,
    instrument_version BIGINT NOT NULL CHECK (instrument_version >= 0),
    item_id            TEXT   NOT NULL CHECK (length(item_id) >= 1),
    action             TEXT   NOT NULL CHECK (action IN ('done', 'undone')),
    -- The calendar day the milestone was reached, YYYY-MM-DD; only on 'done' rows.
    done_on            TEXT   CHECK (done_on IS NULL OR length(done_on) = 10),
    evidence           TEXT   NOT NULL DEFAULT '',
    recorded_by        TEXT   NOT NULL REFERENCES users (id),
    recorded_at        BIGINT NOT NULL,
    CHECK ((action = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX milestones_by_item ON milestones (organization_id, instrument_id, item_id, id);

CREATE FUNCTION parite_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'parite: % is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER milestones_are_history
BEFORE UPDATE OR DELETE ON milestones
FOR EACH ROW EXECUTE FUNCTION parite_refuse_history_change();
