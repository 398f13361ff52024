-- The sources a fidelity rating rests on (documents, interviews with peers, interviews with
-- staff, observation), recorded with each rating next to its evidence note: the codes of those
-- chosen, comma-separated in a fixed order ('documents,observation'). Ratings given before
-- this column existed have none (''), which reads as "not recorded".
ALTER TABLE ratings ADD COLUMN sources TEXT NOT NULL DEFAULT ''
    CHECK (sources NOT GLOB '*[^a-z_,]*');
