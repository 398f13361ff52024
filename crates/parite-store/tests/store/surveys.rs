//! Waves and invitations.

use parite_store::{
    InvitationId, NewResponse, NewWave, ResponseCounts, StoreError, Team, Timestamp, WaveId,
    WaveStatus,
};

use crate::harness::{Ctx, on_both_backends, org_and_wave, start, submitted};

on_both_backends!(
    waves,
    invitations,
    open_invitations,
    closing_with_grace_and_reopening,
    teams
);

/// A wave's team is recorded, read back with the wave and its tally, and forgotten; the
/// schema itself refuses a team with more peers than members or half a team.
async fn teams(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    assert_eq!(store.wave(&wave).await.unwrap().unwrap().team, None);
    let team = Team::new(18, 3).unwrap();
    store.set_team(&wave, Some(team)).await.unwrap();
    assert_eq!(store.wave(&wave).await.unwrap().unwrap().team, Some(team));
    let tally = store.wave_tallies(None).await.unwrap();
    assert_eq!(
        tally.iter().find(|t| t.wave_id == wave).unwrap().team,
        Some(team)
    );
    store.set_team(&wave, None).await.unwrap();
    assert_eq!(store.wave(&wave).await.unwrap().unwrap().team, None);
    assert!(matches!(
        store.set_team(&WaveId::from("nope"), Some(team)).await,
        Err(StoreError::NotFound { .. })
    ));
    let mut raw = ctx.raw().await;
    for (members, peers) in [("4", "5"), ("4", "NULL"), ("0", "0")] {
        let sql = format!(
            "UPDATE waves SET team_members = {members}, team_peers = {peers} WHERE id = '{}'",
            wave.as_str()
        );
        let refused = sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut raw)
            .await;
        assert!(refused.is_err(), "{members} members, {peers} peers");
    }
}

async fn waves(ctx: &Ctx) {
    let store = &ctx.store;
    let (org, first) = org_and_wave(store).await;
    let opens_at = Timestamp::now().plus_seconds(60);
    let second = store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
            instrument_version: 1,
            label: "Printemps 2027".into(),
            opens_at,
            closes_at: Some(opens_at.plus_seconds(86_400)),
        })
        .await
        .unwrap();
    let wave = store.wave(&second).await.unwrap().unwrap();
    assert_eq!(wave.organization_id, org);
    assert_eq!(
        (wave.instrument_id.as_str(), wave.instrument_version),
        ("team-survey", 1)
    );
    assert_eq!(
        (wave.label.as_str(), wave.status),
        ("Printemps 2027", WaveStatus::Open)
    );
    assert_eq!(
        (wave.opens_at, wave.closes_at),
        (opens_at, Some(opens_at.plus_seconds(86_400)))
    );

    let ids: Vec<WaveId> = store
        .waves_of(&org)
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    assert_eq!(ids, vec![second.clone(), first.clone()], "newest first");

    let unknown = NewWave {
        organization_id: org.clone(),
        instrument_id: parite_core::InstrumentId::parse("team-survey").expect("instrument id"),
        instrument_version: 9,
        label: "x".into(),
        opens_at,
        closes_at: None,
    };
    assert!(matches!(
        store.open_wave(unknown).await,
        Err(StoreError::UnknownInstrument { version: 9, .. })
    ));

    let closed_at = Timestamp::now();
    store.close_wave(&first, closed_at).await.unwrap();
    store
        .close_wave(&first, closed_at.plus_seconds(5))
        .await
        .unwrap();
    let wave = store.wave(&first).await.unwrap().unwrap();
    assert_eq!(
        (wave.status, wave.closes_at),
        (WaveStatus::Closed, Some(closed_at))
    );
    let new = NewResponse {
        wave_id: first.clone(),
        invitation_id: None,
        locale: "en-CA".into(),
    };
    assert!(matches!(
        store.start_response(new).await,
        Err(StoreError::Closed { what: "wave" })
    ));

    let ghost = WaveId::from("0".repeat(32));
    assert!(matches!(
        store.close_wave(&ghost, closed_at).await,
        Err(StoreError::NotFound { what: "wave" })
    ));
    assert_eq!(store.wave(&ghost).await.unwrap(), None);
}

async fn invitations(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let (_, other_wave) = org_and_wave(store).await;
    let invitation = store
        .create_invitation(&wave, "BLEU-CHAT-42")
        .await
        .unwrap();
    let second = store.create_invitation(&wave, "VERT-LOUP-7").await.unwrap();
    assert!(matches!(
        store.create_invitation(&other_wave, "BLEU-CHAT-42").await,
        Err(StoreError::Conflict {
            what: "invitation code"
        })
    ));

    let found = store
        .invitation_by_code("BLEU-CHAT-42")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.id.clone(), found.wave_id.clone()),
        (invitation.clone(), wave.clone())
    );
    assert_eq!(found.revoked_at, None);
    assert_eq!(store.invitation_by_code("nope").await.unwrap(), None);
    let listed: Vec<InvitationId> = store
        .invitations_of(&wave)
        .await
        .unwrap()
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(listed.contains(&second));

    // Responses through the invitation are counted, by status.
    let through = |invitation: &InvitationId, wave: &WaveId| NewResponse {
        wave_id: wave.clone(),
        invitation_id: Some(invitation.clone()),
        locale: "fr-CA".into(),
    };
    let draft = store
        .start_response(through(&invitation, &wave))
        .await
        .unwrap();
    assert_eq!(
        store.response(&draft).await.unwrap().unwrap().invitation_id,
        Some(invitation.clone())
    );
    store
        .start_response(through(&invitation, &wave))
        .await
        .unwrap();
    start(store, &wave).await;
    submitted(store, &wave, parite_core::Answers::new()).await;
    assert_eq!(
        store.invitation_response_counts(&invitation).await.unwrap(),
        ResponseCounts {
            drafts: 2,
            submitted: 0
        }
    );
    assert_eq!(
        store.wave_response_counts(&wave).await.unwrap(),
        ResponseCounts {
            drafts: 3,
            submitted: 1
        }
    );

    // An invitation leads to its own wave only.
    assert!(matches!(
        store
            .start_response(through(&invitation, &other_wave))
            .await,
        Err(StoreError::Invalid {
            what: "invitation",
            ..
        })
    ));
    store.revoke_invitation(&invitation).await.unwrap();
    store.revoke_invitation(&invitation).await.unwrap();
    assert!(
        store
            .invitation_by_code("BLEU-CHAT-42")
            .await
            .unwrap()
            .unwrap()
            .revoked_at
            .is_some()
    );
    assert!(matches!(
        store.start_response(through(&invitation, &wave)).await,
        Err(StoreError::Closed { what: "invitation" })
    ));
    let ghost = InvitationId::from("0".repeat(32));
    assert!(matches!(
        store.revoke_invitation(&ghost).await,
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.start_response(through(&ghost, &wave)).await,
        Err(StoreError::NotFound { what: "invitation" })
    ));
}

/// What a survey link leads to: remembered between requests, yet a revocation or a closing made
/// through the store is seen by the very next lookup.
async fn open_invitations(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let invitation = store.create_invitation(&wave, "ROSE-OURS-3").await.unwrap();
    let other = store.create_invitation(&wave, "GRIS-LYNX-8").await.unwrap();
    assert_eq!(store.open_invitation("nope").await.unwrap(), None);
    for _ in 0..2 {
        let (found, found_wave) = store.open_invitation("ROSE-OURS-3").await.unwrap().unwrap();
        assert_eq!(
            (found.id, found_wave.id),
            (invitation.clone(), wave.clone())
        );
        assert_eq!(found_wave.status, WaveStatus::Open);
    }
    store.revoke_invitation(&invitation).await.unwrap();
    assert_eq!(store.open_invitation("ROSE-OURS-3").await.unwrap(), None);
    let (found, _) = store.open_invitation("GRIS-LYNX-8").await.unwrap().unwrap();
    assert_eq!(found.id, other);
    store.close_wave(&wave, Timestamp::now()).await.unwrap();
    let (_, closed) = store.open_invitation("GRIS-LYNX-8").await.unwrap().unwrap();
    assert_eq!(closed.status, WaveStatus::Closed);
    assert!(closed.closes_at.is_some());
}

async fn closing_with_grace_and_reopening(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    store
        .create_invitation(&wave, "OCRE-LIEVRE-5")
        .await
        .unwrap();
    let opened = store.wave(&wave).await.unwrap().unwrap();
    assert_eq!(opened.grace_days, 7, "a week unless chosen");
    assert_eq!(opened.grace_ends_at(), None, "no closing, no end");
    store.set_grace_days(&wave, 2).await.unwrap();
    assert!(matches!(
        store.set_grace_days(&wave, 366).await,
        Err(StoreError::Invalid { .. })
    ));
    let closed_at = Timestamp::now();
    store
        .close_wave_with_grace(&wave, closed_at, Some(3))
        .await
        .unwrap();
    let closed = store.wave(&wave).await.unwrap().unwrap();
    assert_eq!((closed.status, closed.grace_days), (WaveStatus::Closed, 3));
    assert_eq!(
        closed.grace_ends_at(),
        Some(closed_at.plus_seconds(3 * 86_400))
    );
    // Seen at once through the invitation, as survey pages read it.
    let (_, seen) = store
        .open_invitation("OCRE-LIEVRE-5")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((seen.status, seen.grace_days), (WaveStatus::Closed, 3));

    assert!(store.reopen_wave(&wave).await.unwrap());
    assert!(!store.reopen_wave(&wave).await.unwrap(), "already open");
    let reopened = store.wave(&wave).await.unwrap().unwrap();
    assert_eq!(
        (reopened.status, reopened.closes_at),
        (WaveStatus::Open, None)
    );
    let (_, seen) = store
        .open_invitation("OCRE-LIEVRE-5")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(seen.status, WaveStatus::Open);
    let new = NewResponse {
        wave_id: wave.clone(),
        invitation_id: None,
        locale: "fr-CA".into(),
    };
    store.start_response(new).await.unwrap();
}
