//! Two `parite serve` processes on one database, as behind a load balancer: each request goes
//! to the other server than the one before, and sign-in, CSRF-protected forms and survey
//! submissions all work.

use reqwest::StatusCode;

use crate::load::{Load, LoadPlan};
use crate::stored::Stored;
use crate::support::{ADMIN, Database, PASSWORD, Server, seed};
use crate::survey::{Tally, client, get, post};

const RESPONDENTS: u64 = 24;

async fn two_servers(db: Database) {
    let code = seed(&db);
    let one = Server::start(&db.url, db.dir.path()).await;
    let two = Server::start(&db.url, db.dir.path()).await;
    let (a, b) = (one.base.as_str(), two.base.as_str());
    // One cookie jar: cookies are kept by host (127.0.0.1), as a browser keeps them for the one
    // address of a load balancer.
    let browser = client();
    let form = get(&browser, a, "/en/login").await.expect("login page");
    let csrf = form.csrf().expect("CSRF token");
    let signed = post(
        &browser,
        b,
        "/en/login",
        &[("_csrf", &csrf), ("email", ADMIN), ("password", PASSWORD)],
    )
    .await
    .expect("sign in");
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    let orgs = get(&browser, a, "/en/admin/orgs").await.expect("orgs");
    assert_eq!(
        orgs.status,
        StatusCode::OK,
        "signed in on one, seen by the other"
    );
    let csrf = orgs.csrf().expect("CSRF token");
    let created = post(
        &browser,
        b,
        "/en/admin/orgs",
        &[
            ("_csrf", &csrf),
            ("slug", "reseau-passerelle"),
            ("name", "Réseau Passerelle"),
        ],
    )
    .await
    .expect("create");
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let listed = get(&browser, a, "/en/admin/orgs").await.expect("orgs");
    assert!(listed.body.contains("Réseau Passerelle"), "{}", listed.body);
    // A form post without the token is still refused, whichever server gets it.
    let forged = post(
        &browser,
        a,
        "/en/admin/orgs",
        &[("slug", "faux"), ("name", "Faux")],
    )
    .await
    .expect("forged");
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    let load = Load::start(LoadPlan {
        bases: vec![one.base.clone(), two.base.clone()],
        code,
        run: "two".to_owned(),
        total: RESPONDENTS,
        clients: 8,
        readers: 2,
    })
    .await;
    let tally = load.finish().await;
    one.stop();
    two.stop();
    assert_eq!(
        Tally::get(&tally.acknowledged),
        RESPONDENTS,
        "{}",
        tally.summary()
    );
    assert_eq!(Tally::get(&tally.server_errors), 0, "{}", tally.summary());
    assert_eq!(Tally::get(&tally.other_failures), 0, "{}", tally.summary());
    let stored = Stored::read(&db.url).await;
    assert_eq!(stored.submitted, RESPONDENTS);
    stored.assert_complete();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_sqlite_file() {
    two_servers(Database::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_database() {
    if let Some(db) = Database::postgres("two_servers_on_one_postgres_database").await {
        two_servers(db).await;
    }
}
