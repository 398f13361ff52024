-- Per-wave summaries for reports, and an index that tallies a wave's submissions.
--
-- A summary is parite-core's running sums for one wave (counts by role group; n, mean, M2 and
-- major-barrier count per index and group), stored with the tally of submitted responses it
-- was computed from (`submitted`, `last_submitted_at`). Reports compare that tally with the
-- wave's current one and bring the summary up to date when they differ; submissions never
-- write here.
CREATE TABLE wave_summaries (
    wave_id           TEXT    NOT NULL PRIMARY KEY REFERENCES waves (id) ON DELETE CASCADE,
    submitted         INTEGER NOT NULL CHECK (submitted >= 0),
    last_submitted_at INTEGER,
    body              TEXT    NOT NULL CHECK (length(body) >= 1),
    computed_at       INTEGER NOT NULL,
    CHECK ((submitted = 0) = (last_submitted_at IS NULL))
);

-- The same index with the submission time added, so a wave's tally (COUNT, MAX(submitted_at))
-- and the "submitted since" reads use the index alone. Replacing it keeps one index to
-- maintain per response, as before.
DROP INDEX responses_by_wave;
CREATE INDEX responses_by_wave ON responses (wave_id, status, submitted_at);
