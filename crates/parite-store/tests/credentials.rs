//! Signing in, on both backends: sessions read with their account, one-time password links and
//! the failed-attempt counter. Each test gets a fresh SQLite file, and — when
//! `PARITE_TEST_POSTGRES_URL` is set — a fresh PostgreSQL database too.
#![expect(
    clippy::expect_used,
    reason = "the helpers outside #[test] functions fail the test loudly"
)]

use std::sync::Arc;

use parite_store::credentials::Backoff;
use parite_store::{NewSession, NewUser, Role, Store, Timestamp, UserId};
use parite_testkit::{PgDatabase, TempSqlite};

/// A store on a database of its own, removed when the test ends.
struct TestStore {
    store: Store,
    _sqlite: Option<TempSqlite>,
    postgres: Option<PgDatabase>,
}

impl TestStore {
    async fn sqlite() -> TestStore {
        let sqlite = TempSqlite::create();
        let store = Store::connect(sqlite.url(), Arc::default())
            .await
            .expect("store");
        TestStore {
            store,
            _sqlite: Some(sqlite),
            postgres: None,
        }
    }

    /// A fresh database on the server of `PARITE_TEST_POSTGRES_URL`, or None when it is unset
    /// (a failure instead when `PARITE_REQUIRE_POSTGRES=1`).
    async fn postgres(test: &str) -> Option<TestStore> {
        let database = PgDatabase::create(test).await?;
        let store = Store::connect(database.url(), Arc::default())
            .await
            .expect("store");
        Some(TestStore {
            store,
            _sqlite: None,
            postgres: Some(database),
        })
    }

    async fn finish(self) {
        self.store.close().await;
        drop(self.postgres);
    }
}

/// Runs each test body on SQLite, then on PostgreSQL when configured.
macro_rules! on_both_backends {
    ($($name:ident($store:ident) $body:block)*) => {
        $(
            #[tokio::test]
            async fn $name() {
                let sqlite = TestStore::sqlite().await;
                {
                    let $store = &sqlite.store;
                    $body
                }
                sqlite.finish().await;
                if let Some(postgres) = TestStore::postgres(stringify!($name)).await {
                    {
                        let $store = &postgres.store;
                        $body
                    }
                    postgres.finish().await;
                }
            }
        )*
    };
}

async fn user(store: &Store, email: &str) -> UserId {
    store
        .create_user(NewUser {
            email: email.into(),
            password_hash: "!unset".into(),
            role: Role::Evaluator,
        })
        .await
        .expect("user")
}

const BACKOFF: Backoff = Backoff {
    free: 5,
    first_ms: 1_000,
    max_ms: 900_000,
    forget_after_ms: 3_600_000,
};

#[test]
fn back_off_doubles_after_the_free_failures_up_to_its_maximum() {
    let delays: Vec<i64> = (1..=8).map(|n| BACKOFF.delay_ms(n)).collect();
    assert_eq!(delays, [0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000]);
    assert_eq!(BACKOFF.delay_ms(15), 900_000);
    assert_eq!(BACKOFF.delay_ms(u64::MAX), 900_000);
}

on_both_backends! {
    a_session_is_read_with_its_account_until_it_expires(store) {
        let ana = user(store, "Ana@Example.org").await;
        let now = Timestamp::now();
        store
            .create_session(NewSession {
                token_hash: "h1".into(),
                user_id: ana.clone(),
                csrf_secret: "secret".into(),
                expires_at: now.plus_seconds(60),
            })
            .await
            .expect("session");
        let (session, account) = store.session_user("h1", now).await.expect("read").expect("valid");
        assert_eq!(session.csrf_secret, "secret");
        assert_eq!(account.email, "ana@example.org");
        assert_eq!(account.role, Role::Evaluator);
        assert!(store.session_user("h1", now.plus_seconds(60)).await.expect("read").is_none());
        assert!(store.session_user("other", now).await.expect("read").is_none());
        store.set_disabled(&ana, true).await.expect("disable");
        assert!(store.session_user("h1", now).await.expect("read").is_none());
    }

    a_password_link_works_once_and_ends_the_sessions(store) {
        let ana = user(store, "ana@example.org").await;
        let now = Timestamp::now();
        store
            .create_session(NewSession {
                token_hash: "s".into(),
                user_id: ana.clone(),
                csrf_secret: "c".into(),
                expires_at: now.plus_seconds(60),
            })
            .await
            .expect("session");
        store.create_password_token(&ana, "t1", now.plus_seconds(3600)).await.expect("token");
        assert_eq!(store.password_token_user("t1", now).await.expect("read"), Some(ana.clone()));
        let used = store.use_password_token("t1", "$argon2id$new", now).await.expect("use");
        assert_eq!(used, Some(ana.clone()));
        let account = store.user(&ana).await.expect("read").expect("exists");
        assert_eq!(account.password_hash, "$argon2id$new");
        assert!(store.session_user("s", now).await.expect("read").is_none());
        assert_eq!(store.use_password_token("t1", "$argon2id$again", now).await.expect("use"), None);
        assert_eq!(store.password_token_user("t1", now).await.expect("read"), None);
    }

    a_new_password_link_replaces_the_old_and_links_expire(store) {
        let ana = user(store, "ana@example.org").await;
        let now = Timestamp::now();
        store.create_password_token(&ana, "old", now.plus_seconds(3600)).await.expect("token");
        store.create_password_token(&ana, "new", now.plus_seconds(3600)).await.expect("token");
        assert_eq!(store.password_token_user("old", now).await.expect("read"), None);
        assert_eq!(store.use_password_token("old", "$x", now).await.expect("use"), None);
        let later = now.plus_seconds(3600);
        assert_eq!(store.password_token_user("new", later).await.expect("read"), None);
        assert_eq!(store.use_password_token("new", "$x", later).await.expect("use"), None);
        assert_eq!(store.use_password_token("new", "$x", now).await.expect("use"), Some(ana));
    }

    failed_sign_ins_block_with_back_off_and_are_forgotten(store) {
        let key = "account:ana@example.org";
        let t = 1_000_000_i64;
        for n in 1..=4 {
            let state = store.record_sign_in_failure(key, t + n, BACKOFF).await.expect("record");
            assert_eq!(state.failures, u64::try_from(n).expect("small"));
            assert!(store.sign_in_blocked_until(key, t + n).await.expect("read").is_none());
        }
        let fifth = store.record_sign_in_failure(key, t + 5, BACKOFF).await.expect("record");
        assert_eq!((fifth.failures, fifth.blocked_until_ms), (5, t + 1_005));
        assert_eq!(store.sign_in_blocked_until(key, t + 6).await.expect("read"), Some(t + 1_005));
        assert!(store.sign_in_blocked_until(key, t + 1_005).await.expect("read").is_none());
        assert!(store.sign_in_blocked_until("address:127.0.0.1", t).await.expect("read").is_none());
        let sixth = store.record_sign_in_failure(key, t + 2_000, BACKOFF).await.expect("record");
        assert_eq!(sixth.blocked_until_ms, t + 4_000);
        // An hour of quiet: counting starts again.
        let later = t + 2_000 + BACKOFF.forget_after_ms + 1;
        let fresh = store.record_sign_in_failure(key, later, BACKOFF).await.expect("record");
        assert_eq!((fresh.failures, fresh.blocked_until_ms), (1, later));
        store.clear_sign_in_failures(key).await.expect("clear");
        let again = store.record_sign_in_failure(key, later, BACKOFF).await.expect("record");
        assert_eq!(again.failures, 1);
    }
}
