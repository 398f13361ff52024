//! A wave's team: how many members the implementation team has and how many of them are peers,
//! recorded on the wave's page — what each response rate of the reports is out of.

use axum::extract::{Path, State};
use parite_store::{MAX_TEAM_MEMBERS, Team, Wave};

use super::see_other;
use super::waves::{WaveTyped, wave_of, wave_page};
use crate::app::AppState;
use crate::auth::views::FieldView;
use crate::auth::{CurrentUser, Fields, ScopedOrg, audited, field};
use crate::links;
use crate::page::Page;
use crate::reader::Reader;

/// What was typed in the team form, and what is wrong with it.
pub(crate) struct TeamTyped<'a> {
    pub members: &'a str,
    pub peers: &'a str,
    /// The message of each field's error, if any.
    pub members_error: Option<&'static str>,
    pub peers_error: Option<&'static str>,
}

/// Both fields empty forgets the team; otherwise both must be whole numbers, at least one
/// member and no more peers than members.
fn parse_team<'a>(members: &'a str, peers: &'a str) -> Result<Option<Team>, TeamTyped<'a>> {
    let (m, p) = (members.trim(), peers.trim());
    if m.is_empty() && p.is_empty() {
        return Ok(None);
    }
    let members_n = m
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_TEAM_MEMBERS).contains(n));
    let peers_n = p.parse::<u32>().ok();
    let mut typed = TeamTyped {
        members,
        peers,
        members_error: None,
        peers_error: None,
    };
    match (members_n, peers_n) {
        (Some(members_n), Some(peers_n)) if peers_n <= members_n => {
            return Ok(Team::new(members_n, peers_n).ok());
        }
        (Some(_), Some(_)) => typed.peers_error = Some("admin-wave-team-peers-too-many"),
        (members_n, peers_n) => {
            if members_n.is_none() {
                typed.members_error = Some("admin-wave-team-members-invalid");
            }
            if peers_n.is_none() {
                typed.peers_error = Some("admin-wave-team-peers-invalid");
            }
        }
    }
    Err(typed)
}

/// The two fields of the form, with what was typed (or the recorded team) and their errors.
pub(crate) fn team_fields(
    reader: &Reader,
    wave: &Wave,
    typed: Option<&TeamTyped<'_>>,
) -> Vec<FieldView> {
    let tr = &reader.tr;
    let recorded = |f: fn(&Team) -> u32| {
        wave.team
            .as_ref()
            .map_or_else(String::new, |t| f(t).to_string())
    };
    let (members, peers) = match typed {
        Some(typed) => (typed.members.to_owned(), typed.peers.to_owned()),
        None => (recorded(|t| t.members), recorded(|t| t.peers)),
    };
    vec![
        FieldView::new("team_members", tr.t("admin-wave-team-members"), "text")
            .value(&members)
            .hint(tr.t1("admin-wave-team-members-hint", "max", MAX_TEAM_MEMBERS))
            .error(
                typed
                    .and_then(|t| t.members_error)
                    .map(|id| tr.t1(id, "max", MAX_TEAM_MEMBERS)),
            ),
        FieldView::new("team_peers", tr.t("admin-wave-team-peers"), "text")
            .value(&peers)
            .hint(tr.t("admin-wave-team-peers-hint"))
            .error(typed.and_then(|t| t.peers_error).map(|id| tr.t(id))),
    ]
}

/// What the wave page says of the team: recorded, or not yet (and so no response rate).
pub(crate) fn team_text(reader: &Reader, wave: &Wave) -> String {
    let tr = &reader.tr;
    match wave.team {
        Some(team) => tr.t2(
            "admin-wave-team-recorded",
            ("members", team.members),
            ("peers", team.peers),
        ),
        None => tr.t("admin-wave-team-none"),
    }
}

pub async fn set_team(
    State(state): State<AppState>,
    reader: Reader,
    CurrentUser(admin): CurrentUser,
    ScopedOrg(org): ScopedOrg,
    Path((_, wave)): Path<(String, String)>,
    fields: Fields,
) -> Page {
    let wave = wave_of(&state, &org, &wave).await?;
    let fields = fields.0;
    let members = field(&fields, "team_members").unwrap_or_default();
    let peers = field(&fields, "team_peers").unwrap_or_default();
    let team = match parse_team(members, peers) {
        Ok(team) => team,
        Err(typed) => {
            let typed = WaveTyped {
                team: Some(typed),
                ..WaveTyped::default()
            };
            return wave_page(&state, &reader, &org, wave, typed).await;
        }
    };
    let shown = |team: Option<Team>| {
        team.map_or_else(
            || "none".to_owned(),
            |t| format!("{} members, {} peers", t.members, t.peers),
        )
    };
    let target = format!("{}/{}", org.slug, wave.id);
    let details = format!("{}: {} → {}", wave.label, shown(wave.team), shown(team));
    let setting = state.store.set_team(&wave.id, team);
    let actor = Some(&admin.user.id);
    match audited(&state, actor, "wave_team", &target, &details, setting).await {
        Ok(()) => Ok(see_other(
            &reader.href(&links::admin_wave(&org.slug, &wave.id)),
        )),
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_team;

    #[test]
    fn a_team_is_two_whole_numbers_or_nothing() {
        let team = |m, p| parse_team(m, p).map(|t| t.map(|t| (t.members, t.peers)));
        assert_eq!(team(" 18 ", "3").ok(), Some(Some((18, 3))));
        assert_eq!(team("", " ").ok(), Some(None));
        assert_eq!(team("5", "5").ok(), Some(Some((5, 5))));
        let refused = |m, p| {
            parse_team(m, p)
                .err()
                .map(|t| (t.members_error, t.peers_error))
        };
        assert_eq!(
            refused("4", "5"),
            Some((None, Some("admin-wave-team-peers-too-many")))
        );
        assert_eq!(
            refused("0", "0"),
            Some((Some("admin-wave-team-members-invalid"), None))
        );
        assert_eq!(
            refused("dix-huit", ""),
            Some((
                Some("admin-wave-team-members-invalid"),
                Some("admin-wave-team-peers-invalid")
            ))
        );
    }
}
