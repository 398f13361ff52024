//! Two servers on one database — two `parite serve` processes behind a load balancer: a
//! session and its CSRF token from one are honoured by the other, and failed sign-ins count
//! across both. On SQLite (two stores on one file) and, when `PARITE_TEST_POSTGRES_URL` is
//! set, on a fresh PostgreSQL database.

use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_store::{Role, Store};
use reqwest::StatusCode;

use parite_testkit::{PgDatabase, TempSqlite};

use crate::accounts::{PASSWORD, person, serve, test_config};
use crate::helpers::{Browser, SURVEYS};

fn instruments() -> Arc<InstrumentSet> {
    Arc::new(
        InstrumentSet::from_sources(SURVEYS.iter().copied())
            .expect("shipped instruments are valid"),
    )
}

/// One browser: reqwest's cookie jar keys cookies by host, not port, as browsers do — so the
/// same cookies reach both servers, as they would behind one address.
fn browser(base: &str) -> Browser {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    Browser {
        client,
        base: base.to_owned(),
    }
}

async fn two_servers_act_as_one(first: Store, second: Store, instruments: Arc<InstrumentSet>) {
    first
        .create_organization("centre-horizon", "Centre Horizon")
        .await
        .expect("org");
    person(&first, "ana@example.org", Role::Admin, &[]).await;
    let one = serve(first.clone(), instruments.clone(), test_config()).await;
    let two = serve(second.clone(), instruments, test_config()).await;
    let on_one = browser(&one);
    let signed = on_one
        .submit(
            "/fr/login",
            &[("email", "ana@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    // The cookie set by server one opens the console on server two.
    let on_two = Browser {
        client: on_one.client.clone(),
        base: two.clone(),
    };
    let page = on_two.get("/fr/admin/orgs").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_has("Centre Horizon");
    // A form rendered by server two is accepted by server one: the CSRF secret is the
    // session's, stored in the database.
    let csrf = page.csrf();
    let created = on_one
        .post(
            "/fr/admin/orgs",
            &[
                ("_csrf", &csrf),
                ("slug", "reseau-passerelle"),
                ("name", "Réseau Passerelle"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert!(
        second
            .organization_by_slug("reseau-passerelle")
            .await
            .expect("read")
            .is_some()
    );
    // Signing out on server two ends the session for server one too.
    let account = on_two.get("/fr/login").await;
    on_two
        .post("/fr/logout", &[("_csrf", &account.csrf())])
        .await;
    assert_eq!(on_one.get("/fr/admin/").await.status, StatusCode::SEE_OTHER);
    // Failures on one server slow the guesser down on the other.
    let guesser_one = browser(&one);
    for _ in 0..5 {
        guesser_one
            .submit(
                "/fr/login",
                &[
                    ("email", "ana@example.org"),
                    ("password", "guess guess guess"),
                ],
            )
            .await;
    }
    let guesser_two = browser(&two);
    let blocked = guesser_two
        .submit(
            "/fr/login",
            &[("email", "ana@example.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn two_servers_on_one_sqlite_file_share_sessions_and_throttling() {
    let sqlite = TempSqlite::create();
    let instruments = instruments();
    let catalog = || instruments.clone();
    let first = Store::connect(sqlite.url(), catalog())
        .await
        .expect("store");
    let second = Store::connect(sqlite.url(), catalog())
        .await
        .expect("store");
    two_servers_act_as_one(first, second, instruments.clone()).await;
}

#[tokio::test]
async fn two_servers_on_one_postgresql_database_share_sessions_and_throttling() {
    let Some(database) =
        PgDatabase::create("two_servers_on_one_postgresql_database_share_sessions_and_throttling")
            .await
    else {
        return;
    };
    let instruments = instruments();
    let catalog = || instruments.clone();
    let first = Store::connect(database.url(), catalog())
        .await
        .expect("store");
    let second = Store::connect(database.url(), catalog())
        .await
        .expect("store");
    two_servers_act_as_one(first.clone(), second.clone(), instruments.clone()).await;
    first.close().await;
    second.close().await;
}
