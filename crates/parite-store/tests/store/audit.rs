//! The append-only audit log.

use parite_store::{AuditFilter, NewAuditEntry, NewUser, Role, Timestamp};
use sqlx::Executor;

use crate::harness::{Ctx, on_both_backends};

on_both_backends!(audit_log_appends_and_filters);

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
