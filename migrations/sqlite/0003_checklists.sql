-- Fidelity checklists (assessments and their ratings) and progress milestones.

CREATE TABLE assessments (
    id                 TEXT    NOT NULL PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id),
    wave_id            TEXT    NOT NULL,
    instrument_id      TEXT    NOT NULL,
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 0),
    rater_id           TEXT    NOT NULL REFERENCES users (id),
    kind               TEXT    NOT NULL CHECK (kind IN ('rater', 'consensus')),
    status             TEXT    NOT NULL CHECK (status IN ('draft', 'submitted')),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    submitted_at       INTEGER,
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

CREATE TRIGGER assessments_submitted_are_final
BEFORE UPDATE ON assessments
WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted assessment is final');
END;

CREATE TRIGGER ratings_insert_only_into_drafts
BEFORE INSERT ON ratings
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted assessment is final');
END;

CREATE TRIGGER ratings_update_only_in_drafts
BEFORE UPDATE ON ratings
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted assessment is final');
END;

CREATE TRIGGER ratings_delete_only_in_drafts
BEFORE DELETE ON ratings
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'parite: submitted assessment is final');
END;

-- Every mark and unmark is a row: the current state of an item is its latest row, and the
-- history of who marked what, when and on what evidence is never lost.
CREATE TABLE milestones (
    id                 INTEGER PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id),
    instrument_id      TEXT    NOT NULL,
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 0),
    item_id            TEXT    NOT NULL CHECK (length(item_id) >= 1),
    action             TEXT    NOT NULL CHECK (action IN ('done', 'undone')),
    -- The calendar day the milestone was reached, YYYY-MM-DD; only on 'done' rows.
    done_on            TEXT    CHECK (done_on IS NULL OR length(done_on) = 10),
    evidence           TEXT    NOT NULL DEFAULT '',
    recorded_by        TEXT    NOT NULL REFERENCES users (id),
    recorded_at        INTEGER NOT NULL,
    CHECK ((action = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX milestones_by_item ON milestones (organization_id, instrument_id, item_id, id);

CREATE TRIGGER milestones_are_history_no_update
BEFORE UPDATE ON milestones
BEGIN
    SELECT RAISE(ABORT, 'parite: milestone history is append-only');
END;

CREATE TRIGGER milestones_are_history_no_delete
BEFORE DELETE ON milestones
BEGIN
    SELECT RAISE(ABORT, 'parite: milestone history is append-only');
END;
