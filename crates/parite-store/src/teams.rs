//! The team a wave surveys: how many members it has and how many of them are peers — the
//! eligible counts a response rate is taken over. Counts only: no list of who is on the team
//! exists anywhere, so a rate never points at a person.

use sqlx::any::AnyRow;

use crate::{Store, StoreError, WaveId};

/// The largest team a wave may record: far above any implementation team (5–20 people), low
/// enough that a typing slip (`180` for `18`) of a whole extra digit stands out.
pub const MAX_TEAM_MEMBERS: u32 = 10_000;

/// A wave's implementation team, as an administrator recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Team {
    /// Everyone on the team, peers included; at least 1.
    pub members: u32,
    /// Members who are peers (people with lived experience); at most `members`.
    pub peers: u32,
}

impl Team {
    /// A team of `members`, `peers` of them peers; `Invalid` when the counts cannot be.
    pub fn new(members: u32, peers: u32) -> Result<Team, StoreError> {
        let invalid = |reason: String| StoreError::Invalid {
            what: "team",
            reason,
        };
        if members == 0 || members > MAX_TEAM_MEMBERS {
            return Err(invalid(format!(
                "{members} members is not between 1 and {MAX_TEAM_MEMBERS}"
            )));
        }
        if peers > members {
            return Err(invalid(format!("{peers} peers in a team of {members}")));
        }
        Ok(Team { members, peers })
    }

    /// Members who are not peers.
    pub fn others(&self) -> u32 {
        self.members - self.peers
    }
}

/// The team of a row with `team_members` and `team_peers` columns (both NULL or neither, by
/// CHECK).
pub(crate) fn team_of(row: &AnyRow) -> Result<Option<Team>, StoreError> {
    let members: Option<i64> = sqlx::Row::try_get(row, "team_members")?;
    let peers: Option<i64> = sqlx::Row::try_get(row, "team_peers")?;
    match (members, peers) {
        (Some(members), Some(peers)) => {
            let corrupt = |value: i64| crate::row::corrupt("team_members", &value.to_string());
            let members = u32::try_from(members).map_err(|_| corrupt(members))?;
            let peers = u32::try_from(peers).map_err(|_| corrupt(peers))?;
            Team::new(members, peers).map(Some)
        }
        _ => Ok(None),
    }
}

impl Store {
    /// Records (or, with `None`, forgets) the team a wave surveys.
    pub async fn set_team(&self, wave: &WaveId, team: Option<Team>) -> Result<(), StoreError> {
        if let Some(team) = team {
            Team::new(team.members, team.peers)?;
        }
        let wave = wave.clone();
        self.write(move |c| {
            Box::pin(async move {
                let done = sqlx::query(
                    "UPDATE waves SET team_members = $2, team_peers = $3 WHERE id = $1",
                )
                .bind(wave.as_str())
                .bind(team.map(|t| i64::from(t.members)))
                .bind(team.map(|t| i64::from(t.peers)))
                .execute(&mut *c)
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound { what: "wave" });
                }
                Ok(())
            })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_team_has_members_and_no_more_peers_than_members() {
        assert!(Team::new(18, 3).is_ok());
        assert!(Team::new(5, 5).is_ok());
        assert!(Team::new(0, 0).is_err());
        assert!(Team::new(4, 5).is_err());
        assert!(Team::new(MAX_TEAM_MEMBERS + 1, 1).is_err());
        assert_eq!(Team::new(18, 3).map(|t| t.others()).ok(), Some(15));
    }
}
