-- The schedule of support (issue 19): training, coaching, WRAP training, evaluation oversight…
-- planned ahead, then delivered or cancelled. An activity may be shared by several
-- organizations (a joint training); each one's attendance is kept apart, as counts of peers and
-- staff, never names. `kind` and `topic` are codes of support/kinds.toml.
CREATE TABLE support_activities (
    id                  TEXT    NOT NULL PRIMARY KEY,
    -- The activities planned together as one recurring series share it.
    series_id           TEXT,
    kind                TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    topic               TEXT    CHECK (topic IS NULL OR length(topic) BETWEEN 1 AND 64),
    -- The evaluator's own name for it (kinds marked named_label), else empty.
    label               TEXT    NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    -- Calendar days, YYYY-MM-DD.
    planned_on          TEXT    NOT NULL CHECK (length(planned_on) = 10),
    duration_minutes    INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 14400),
    language            TEXT    NOT NULL CHECK (language IN ('fr', 'en', 'both')),
    facilitator         TEXT    NOT NULL DEFAULT '' CHECK (length(facilitator) <= 200),
    facilitator_is_peer INTEGER NOT NULL DEFAULT 0 CHECK (facilitator_is_peer IN (0, 1)),
    status              TEXT    NOT NULL DEFAULT 'planned'
                                CHECK (status IN ('planned', 'delivered', 'cancelled')),
    delivered_on        TEXT    CHECK (delivered_on IS NULL OR length(delivered_on) = 10),
    cancel_reason       TEXT    CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 500),
    created_by          TEXT    REFERENCES users (id),
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK ((status = 'delivered') = (delivered_on IS NOT NULL)),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX support_activities_by_series ON support_activities (series_id);

-- Which organizations an activity is for, and, once delivered, who came from each.
CREATE TABLE support_attendance (
    activity_id     TEXT    NOT NULL REFERENCES support_activities (id) ON DELETE CASCADE,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    peers           INTEGER CHECK (peers IS NULL OR peers BETWEEN 0 AND 10000),
    staff           INTEGER CHECK (staff IS NULL OR staff BETWEEN 0 AND 10000),
    -- Of the peers, how many completed the WRAP training (WRAP kinds only).
    wrap_completed  INTEGER CHECK (wrap_completed IS NULL
                                   OR (peers IS NOT NULL AND wrap_completed BETWEEN 0 AND peers)),
    CHECK ((peers IS NULL) = (staff IS NULL)),
    PRIMARY KEY (activity_id, organization_id)
);
CREATE INDEX support_attendance_by_organization ON support_attendance (organization_id);
