-- How many people each wave invites (issue 17): the implementation team's size and how many of
-- its members are peers, as an administrator records them. Counts, not a list of people: a
-- response rate needs the number eligible, never who they are. Both or neither.
ALTER TABLE waves ADD COLUMN team_members INTEGER
    CHECK (team_members IS NULL OR team_members BETWEEN 1 AND 10000);
ALTER TABLE waves ADD COLUMN team_peers INTEGER
    CHECK ((team_peers IS NULL) = (team_members IS NULL)
           AND (team_peers IS NULL OR team_peers BETWEEN 0 AND team_members));
