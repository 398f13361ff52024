//! Organization isolation: people scoped to organization A receive nothing of organization B
//! from any page of the route table — not its name, its waves nor its invitation links — and
//! B's pages answer as if B did not exist.

use parite_store::Role;
use parite_web::routes;
use reqwest::StatusCode;

use crate::accounts::{person, request, second_org, session};
use crate::helpers::{TestApp, spawn_app};

#[tokio::test]
async fn people_scoped_to_one_organization_receive_nothing_of_another() {
    nothing_of_another_leaks(spawn_app().await).await;
}

#[tokio::test]
async fn people_scoped_to_one_organization_receive_nothing_of_another_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "people_scoped_to_one_organization_receive_nothing_of_another_on_postgres",
    )
    .await
    else {
        return;
    };
    nothing_of_another_leaks(app).await;
}

async fn nothing_of_another_leaks(app: TestApp) {
    let store = &app.store;
    let (b_slug, b_name, b_wave, b_code) = second_org(&app).await;
    let b_invitation = store
        .invitation_by_code(&b_code)
        .await
        .expect("read")
        .expect("exists");
    let victim = person(store, "victim@example.org", Role::Funder, &[]).await;
    let viewers = [
        person(
            store,
            "eval@example.org",
            Role::Evaluator,
            &["centre-horizon"],
        )
        .await,
        person(
            store,
            "lead@example.org",
            Role::TeamLead,
            &["centre-horizon"],
        )
        .await,
        person(
            store,
            "funder@example.org",
            Role::Funder,
            &["centre-horizon"],
        )
        .await,
    ];
    let secrets = [b_name.as_str(), "Vague Bêta secrète", b_code.as_str()];
    for viewer in &viewers {
        for route in routes() {
            if route.path.starts_with("/static/") {
                continue;
            }
            let path = route
                .path
                .replace("{lang}", "fr")
                .replace("{slug}", &b_slug)
                .replace("{wave}", &b_wave)
                .replace("{invitation}", b_invitation.id.as_str())
                .replace("{code}", &app.code)
                .replace("{section}", "1")
                .replace("{token}", &"0".repeat(64))
                .replace("{user}", victim.id.as_str())
                .replace("{report}", "organization")
                .replace("{chart}", "stage-progress.svg")
                .replace("{table}", "barriers.csv")
                .replace("{file}", "responses.csv")
                .replace("{milestone}", "m_exp_1");
            let page = if route.credential == parite_web::Credential::Token {
                // The API is asked with the viewer's token: its cookies mean nothing there.
                let path = path.replace("barriers.csv", "barriers");
                let key = crate::api::token(store, &viewer.id, None).await;
                let answer = crate::api::get(&app.base, &path, Some(&key), "fr-CA").await;
                crate::helpers::Page {
                    status: answer.status,
                    location: None,
                    body: answer.json.to_string(),
                }
            } else {
                let signed_in = session(store, &viewer.id).await;
                request(
                    &app.base,
                    route.method.as_str(),
                    &path,
                    Some(&signed_in),
                    &[],
                )
                .await
            };
            let what = format!("{} {path} as {}", route.method, viewer.email);
            for secret in secrets {
                assert!(
                    !page.body.contains(secret),
                    "{what} shows {secret:?}:\n{}",
                    page.body
                );
            }
            if route.path.contains("{slug}") {
                assert!(
                    [StatusCode::NOT_FOUND, StatusCode::FORBIDDEN].contains(&page.status),
                    "{what}: {}",
                    page.status
                );
            }
        }
    }
    // Nothing of B was changed by all those POSTs.
    let b = store
        .organization_by_slug(&b_slug)
        .await
        .expect("read")
        .expect("exists");
    assert_eq!(b.name, b_name);
    assert!(b.archived_at.is_none());
    let b_wave = parite_store::WaveId::from(b_wave);
    assert!(
        store
            .assessments_of(&b.id, &b_wave)
            .await
            .expect("read")
            .is_empty()
    );
    assert!(
        store
            .milestone_history(
                &b.id,
                &parite_core::InstrumentId::parse("progress").expect("instrument id")
            )
            .await
            .expect("read")
            .is_empty()
    );
    assert!(
        store
            .invitation_by_code(&b_code)
            .await
            .expect("read")
            .expect("exists")
            .revoked_at
            .is_none()
    );
}

#[tokio::test]
async fn an_evaluator_sees_their_own_organization_and_only_it() {
    let app = spawn_app().await;
    let store = &app.store;
    let (b_slug, b_name, _, _) = second_org(&app).await;
    let evaluator = person(
        store,
        "eval@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let signed_in = session(store, &evaluator.id).await;
    let own = request(
        &app.base,
        "GET",
        "/fr/orgs/centre-horizon/",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.body);
    own.assert_has("Centre Horizon");
    own.assert_has("Automne 2026");
    own.assert_has(&format!("/fr/s/{}", app.code));
    let other = request(
        &app.base,
        "GET",
        &format!("/fr/orgs/{b_slug}/"),
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    // The same answer as for an organization that does not exist at all.
    let none = request(&app.base, "GET", "/fr/orgs/nowhere/", Some(&signed_in), &[]).await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    assert_eq!(
        other.body.replace(&b_slug, "nowhere"),
        none.body,
        "an organization out of scope must look like one that does not exist"
    );
    let account = request(&app.base, "GET", "/fr/login", Some(&signed_in), &[]).await;
    account.assert_has("/fr/orgs/centre-horizon/");
    assert!(!account.body.contains(&b_name));
    // An administrator sees both.
    let admin = person(store, "admin@example.org", Role::Admin, &[]).await;
    let admin_session = session(store, &admin.id).await;
    let page = request(
        &app.base,
        "GET",
        &format!("/en/orgs/{b_slug}/"),
        Some(&admin_session),
        &[],
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_has(&b_name);
}
