-- Identity, audit and sign-in throttling (issue 16).
--
-- Emails and organization names are rewritten in one Unicode spelling (NFC) by the store at
-- start-up, not here: SQL cannot normalize. Rows that would clash are reported, not merged.

-- Command-line actions are done by whoever runs `parite` on the server, who has no account:
-- `system:<unix user>`. NULL for lines written by the web app (see actor_id).
ALTER TABLE audit_log ADD COLUMN system_actor TEXT CHECK (system_actor IS NULL OR length(system_actor) >= 1);

-- A burst of throttled sign-ins is audited once: the block (blocked_until_ms) it was audited for.
ALTER TABLE sign_in_failures ADD COLUMN reported_until_ms BIGINT NOT NULL DEFAULT 0;

-- Passwords the demo printed on a console, as argon2id hashes: never accepted as a new password.
CREATE TABLE printed_passwords (
    password_hash TEXT    PRIMARY KEY CHECK (length(password_hash) >= 1),
    printed_at    BIGINT  NOT NULL
);

-- Demos run before this migration printed the passwords their accounts still hold.
INSERT INTO printed_passwords (password_hash, printed_at)
SELECT password_hash, created_at FROM users
WHERE email LIKE '%@demo.parite.ca' AND password_hash LIKE '$argon2%';
