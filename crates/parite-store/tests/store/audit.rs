//! The append-only audit log.

use parite_store::{AuditFilter, NewAuditEntry, NewUser, Role, Timestamp};
use sqlx::Executor;

use crate::harness::{Ctx, on_both_backends};

on_both_backends!(
    audit_log_appends_and_filters,
    command_line_lines_name_the_system_user,
    a_burst_of_throttled_sign_ins_is_reported_once,
    printed_passwords_are_kept
);

async fn audit_log_appends_and_filters(ctx: &Ctx) {
    let store = &ctx.store;
    let new = |email: &str| NewUser {
        email: email.into(),
        password_hash: "h".into(),
        role: Role::Admin,
    };
    let ana = store.create_user(new("ana@example.org")).await.unwrap();
    let bob = store.create_user(new("bob@example.org")).await.unwrap();
    let entry = |actor: Option<&parite_store::UserId>, action: &str, target: &str| NewAuditEntry {
        actor: actor.cloned(),
        action: action.into(),
        target: target.into(),
        details: String::new(),
    };
    let start = Timestamp::now();
    let mut ids = Vec::new();
    for (actor, action, target) in [
        (Some(&ana), "login", ""),
        (Some(&ana), "export", "org-a"),
        (None, "login_failed", "bob@example.org"),
        (Some(&bob), "login", ""),
        (Some(&bob), "wave_open", "org-b"),
    ] {
        ids.push(
            store
                .append_audit(entry(actor, action, target))
                .await
                .unwrap(),
        );
    }
    assert!(ids.windows(2).all(|w| w[0] < w[1]));

    let all = store.audit_entries(&AuditFilter::default()).await.unwrap();
    let actions: Vec<&str> = all.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        ["wave_open", "login", "login_failed", "export", "login"],
        "newest first"
    );
    assert_eq!(all[2].actor, None);
    assert_eq!(all[3].target, "org-a");

    let by_ana = AuditFilter {
        actor: Some(ana.clone()),
        ..AuditFilter::default()
    };
    assert_eq!(store.audit_entries(&by_ana).await.unwrap().len(), 2);
    let logins = AuditFilter {
        action: Some("login".into()),
        ..AuditFilter::default()
    };
    assert_eq!(store.audit_entries(&logins).await.unwrap().len(), 2);
    let both = AuditFilter {
        actor: Some(bob.clone()),
        action: Some("login".into()),
        ..AuditFilter::default()
    };
    assert_eq!(store.audit_entries(&both).await.unwrap().len(), 1);

    let in_range = AuditFilter {
        from: Some(start),
        until: Some(Timestamp::now().plus_seconds(1)),
        ..AuditFilter::default()
    };
    assert_eq!(store.audit_entries(&in_range).await.unwrap().len(), 5);
    let future = AuditFilter {
        from: Some(Timestamp::now().plus_seconds(3600)),
        ..AuditFilter::default()
    };
    assert!(store.audit_entries(&future).await.unwrap().is_empty());
    let past = AuditFilter {
        until: Some(start.plus_seconds(-3600)),
        ..AuditFilter::default()
    };
    assert!(store.audit_entries(&past).await.unwrap().is_empty());

    // Paging: two at a time.
    let page = AuditFilter {
        limit: 2,
        ..AuditFilter::default()
    };
    let first = store.audit_entries(&page).await.unwrap();
    let next = AuditFilter {
        before_id: Some(first[1].id),
        ..page
    };
    let second = store.audit_entries(&next).await.unwrap();
    assert_eq!(
        second.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["login_failed", "export"]
    );

    // The database keeps the log append-only.
    let mut raw = ctx.raw().await;
    for attempt in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"] {
        let message = raw.execute(attempt).await.expect_err(attempt).to_string();
        assert!(message.contains("append-only"), "{attempt}: {message}");
    }
    assert_eq!(
        store
            .audit_entries(&AuditFilter::default())
            .await
            .unwrap()
            .len(),
        5
    );
}

async fn command_line_lines_name_the_system_user(ctx: &Ctx) {
    let store = &ctx.store;
    let entry = NewAuditEntry {
        actor: None,
        action: "org_create".into(),
        target: "centre-horizon".into(),
        details: "Centre Horizon".into(),
    };
    store
        .append_system_audit("system:operator", entry.clone())
        .await
        .unwrap();
    store.append_audit(entry.clone()).await.unwrap();
    assert!(store.append_system_audit("", entry).await.is_err());
    let lines = store.audit_entries(&AuditFilter::default()).await.unwrap();
    let actors: Vec<(Option<&str>, Option<&parite_store::UserId>)> = lines
        .iter()
        .map(|e| (e.system_actor.as_deref(), e.actor.as_ref()))
        .collect();
    assert_eq!(actors, [(None, None), (Some("system:operator"), None)]);
}

async fn a_burst_of_throttled_sign_ins_is_reported_once(ctx: &Ctx) {
    let store = &ctx.store;
    let key = "account:ana@example.org";
    let backoff = parite_store::credentials::Backoff {
        free: 1,
        first_ms: 1_000,
        max_ms: 60_000,
        forget_after_ms: 3_600_000,
    };
    let t = 1_000_000;
    let blocked = store.record_sign_in_failure(key, t, backoff).await.unwrap();
    let until = blocked.blocked_until_ms;
    assert!(until > t);
    let block = store.sign_in_block(key, t).await.unwrap().unwrap();
    assert_eq!((block.until_ms, block.reported), (until, false));
    let mut firsts = 0;
    for _ in 0..5 {
        firsts += usize::from(store.first_throttled_of_burst(key, until).await.unwrap());
    }
    assert_eq!(firsts, 1, "one line for the whole burst");
    let block = store.sign_in_block(key, t).await.unwrap().unwrap();
    assert!(block.reported, "later refusals need not write again");
    // The next failure after the wait blocks again: a new burst, reported once more.
    let again = store
        .record_sign_in_failure(key, until + 1, backoff)
        .await
        .unwrap();
    assert!(again.blocked_until_ms > until);
    assert!(
        store
            .first_throttled_of_burst(key, again.blocked_until_ms)
            .await
            .unwrap()
    );
    assert!(
        !store
            .first_throttled_of_burst(key, again.blocked_until_ms)
            .await
            .unwrap()
    );
}

async fn printed_passwords_are_kept(ctx: &Ctx) {
    let store = &ctx.store;
    assert!(store.printed_password_hashes().await.unwrap().is_empty());
    store
        .record_printed_password("$argon2id$one")
        .await
        .unwrap();
    store
        .record_printed_password("$argon2id$one")
        .await
        .unwrap();
    store
        .record_printed_password("$argon2id$two")
        .await
        .unwrap();
    let mut hashes = store.printed_password_hashes().await.unwrap();
    hashes.sort();
    assert_eq!(hashes, ["$argon2id$one", "$argon2id$two"]);
}
