-- What each instrument version's file said when the store first used it (issue 20): the hash of
-- its parsed TOML and a short hash per identified entry (groups, items, indices), one
-- `id hash` a line, so a file changed under answers already given on that version is refused
-- at start-up with the first entry that differs. Derived data: a version nobody answered yet is
-- simply fingerprinted again when its file changes.
CREATE TABLE instrument_fingerprints (
    instrument_id      TEXT    NOT NULL CHECK (length(instrument_id) BETWEEN 1 AND 64),
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 0),
    digest             TEXT    NOT NULL CHECK (length(digest) = 64),
    entries            TEXT    NOT NULL,
    recorded_at        INTEGER NOT NULL,
    PRIMARY KEY (instrument_id, instrument_version)
);
