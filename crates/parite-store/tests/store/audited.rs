//! A change and its audit line commit together (`Store::audited`): both kept, or neither.

use parite_store::{
    AuditFilter, Backend, NewAuditEntry, NewSession, NewUser, Role, StoreError, Team, Timestamp,
    WaveId,
};
use sqlx::Executor;

use crate::harness::{Ctx, on_both_backends, org_and_wave};

on_both_backends!(
    a_change_and_its_line_are_kept_together,
    a_line_that_cannot_be_written_undoes_its_change,
    concurrent_writes_never_take_another_action_s_line,
    account_changes_write_their_line_only_when_they_change_something
);

fn line(action: &str, target: &str) -> NewAuditEntry {
    NewAuditEntry {
        actor: None,
        action: action.into(),
        target: target.into(),
        details: String::new(),
    }
}

async fn lines(ctx: &Ctx, action: &str) -> Vec<String> {
    let filter = AuditFilter {
        action: Some(action.into()),
        limit: 1000,
        ..AuditFilter::default()
    };
    let entries = ctx.store.audit_entries(&filter).await.unwrap();
    entries.into_iter().map(|e| e.target).collect()
}

async fn a_change_and_its_line_are_kept_together(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let team = Team::new(12, 2).unwrap();
    store
        .audited(
            line("wave_team", wave.as_str()),
            store.set_team(&wave, Some(team)),
        )
        .await
        .unwrap();
    assert_eq!(store.wave(&wave).await.unwrap().unwrap().team, Some(team));
    assert_eq!(lines(ctx, "wave_team").await, [wave.as_str()]);
    // A failed action keeps nothing and logs nothing.
    let missing = WaveId::from("no-such-wave");
    let failed = store
        .audited(
            line("wave_team", "missing"),
            store.set_team(&missing, Some(team)),
        )
        .await;
    assert!(matches!(failed, Err(StoreError::NotFound { .. })));
    assert_eq!(lines(ctx, "wave_team").await, [wave.as_str()]);
    // An action that writes nothing is still recorded, once.
    store
        .audited(line("looked", "nothing"), async {
            Ok::<(), StoreError>(())
        })
        .await
        .unwrap();
    assert_eq!(lines(ctx, "looked").await, ["nothing"]);
    // On the command line, the line names the system user.
    store
        .audited_by_system(
            "system:operator",
            line("wave_grace", wave.as_str()),
            store.set_grace_days(&wave, 3),
        )
        .await
        .unwrap();
    let filter = AuditFilter {
        action: Some("wave_grace".into()),
        ..AuditFilter::default()
    };
    let by_system = store.audit_entries(&filter).await.unwrap();
    assert_eq!(
        by_system[0].system_actor.as_deref(),
        Some("system:operator")
    );
}

/// The database refuses the audit line (a trigger standing for a full disk or a lost
/// connection at that moment): the change made just before it in the same transaction is gone
/// too. Written as two commits, the team would stay recorded with no line saying who did it.
async fn a_line_that_cannot_be_written_undoes_its_change(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let mut raw = ctx.raw().await;
    let refuse: &[&str] = match store.backend() {
        Backend::Sqlite => &["CREATE TRIGGER refuse_boom BEFORE INSERT ON audit_log \
             WHEN NEW.action = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"],
        Backend::Postgres => &[
            "CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN IF NEW.action = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; \
             RETURN NEW; END $$",
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON audit_log \
             FOR EACH ROW EXECUTE FUNCTION refuse_boom()",
        ],
    };
    for sql in refuse {
        raw.execute(*sql).await.unwrap();
    }
    let team = Team::new(9, 1).unwrap();
    let refused = store
        .audited(
            line("boom", wave.as_str()),
            store.set_team(&wave, Some(team)),
        )
        .await;
    assert!(refused.is_err(), "the line was refused: so is the action");
    assert_eq!(
        store.wave(&wave).await.unwrap().unwrap().team,
        None,
        "the change went with its line"
    );
    // Without a line pending, the same change goes through.
    store.set_team(&wave, Some(team)).await.unwrap();
    assert_eq!(store.wave(&wave).await.unwrap().unwrap().team, Some(team));
}

/// Many administrators at once: on SQLite their writes share group commits, yet each line is
/// committed with its own action's change and no plain write picks one up.
async fn concurrent_writes_never_take_another_action_s_line(ctx: &Ctx) {
    let store = &ctx.store;
    let (_, wave) = org_and_wave(store).await;
    let mut tasks = Vec::new();
    for i in 0..16_u32 {
        let store = store.clone();
        let wave = wave.clone();
        tasks.push(tokio::spawn(async move {
            if i % 2 == 0 {
                let target = format!("grace-{i}");
                store
                    .audited(line("wave_grace", &target), store.set_grace_days(&wave, i))
                    .await
            } else {
                store.set_grace_days(&wave, i).await
            }
        }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    let mut targets = lines(ctx, "wave_grace").await;
    targets.sort();
    let mut expected: Vec<String> = (0..16).step_by(2).map(|i| format!("grace-{i}")).collect();
    expected.sort();
    assert_eq!(targets, expected);
}

/// A used password link and the end of every session are recorded with what they did; a link
/// that no longer works records nothing.
async fn account_changes_write_their_line_only_when_they_change_something(ctx: &Ctx) {
    let store = &ctx.store;
    let user = store
        .create_user(NewUser {
            email: "ana@example.ca".into(),
            password_hash: "$argon2id$old".into(),
            role: Role::Evaluator,
        })
        .await
        .unwrap();
    for token in ["s1", "s2"] {
        store
            .create_session(NewSession {
                token_hash: token.into(),
                user_id: user.clone(),
                csrf_secret: "csrf".into(),
                expires_at: Timestamp::now().plus_days(1),
            })
            .await
            .unwrap();
    }
    let ended = store
        .audited(
            line("sign_out_everywhere", "ana@example.ca"),
            store.delete_user_sessions(&user),
        )
        .await
        .unwrap();
    assert_eq!(ended, 2);
    let filter = AuditFilter {
        action: Some("sign_out_everywhere".into()),
        limit: 10,
        ..AuditFilter::default()
    };
    let entries = store.audit_entries(&filter).await.unwrap();
    let details: Vec<&str> = entries.iter().map(|e| e.details.as_str()).collect();
    assert_eq!(details, ["2 sessions"]);

    let expires = Timestamp::now().plus_days(1);
    store
        .create_password_token(&user, "link", expires)
        .await
        .unwrap();
    let set_password = |hash: &'static str| {
        store.audited(
            line("password_set", "ana@example.ca"),
            store.use_password_token("link", hash, Timestamp::now()),
        )
    };
    assert_eq!(
        set_password("$argon2id$new").await.unwrap(),
        Some(user.clone())
    );
    // The same link a second time: it no longer works, nothing changes, nothing is recorded.
    assert_eq!(set_password("$argon2id$other").await.unwrap(), None);
    assert_eq!(lines(ctx, "password_set").await, ["ana@example.ca"]);
    let stored = store.user(&user).await.unwrap().unwrap();
    assert_eq!(stored.password_hash, "$argon2id$new");
}
