-- What the respondent's side needs to keep: where a draft was saved, the keys of drafts already
-- submitted, and a wave's grace period after closing.

-- The page a draft was saved on ("save and continue later"): a section number, or `review`.
-- Resuming opens it again.
ALTER TABLE responses ADD COLUMN resume_page TEXT CHECK (length(resume_page) >= 1);

-- Days after a wave closes during which drafts started before the closing can still be saved
-- and submitted. New responses never start in a closed wave.
ALTER TABLE waves ADD COLUMN grace_days INTEGER NOT NULL DEFAULT 7 CHECK (grace_days >= 0);

-- The hashes of the draft keys and resume codes of submitted responses, so that a submit resent
-- after a lost reply, or any later visit with the same cookie, shows the thank-you page instead
-- of starting a second response. Written in the transaction that submits. Deliberately without
-- the response's id or any time: a key cannot lead to the answers it sent.
CREATE TABLE submitted_keys (
    key_hash TEXT NOT NULL PRIMARY KEY CHECK (length(key_hash) >= 1),
    wave_id  TEXT NOT NULL REFERENCES waves (id)
) WITHOUT ROWID; -- stored in hash order, not in the order of submission
