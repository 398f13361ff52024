//! The access matrix: every route of `parite_web::routes()` × every role (and anonymous) →
//! allowed, forbidden or sent to sign-in, from ONE table. A route missing from the table, or a
//! row naming no route, fails the test; so does any cell the server answers otherwise. The
//! pages are asked with each role's session cookie; the JSON API (`/api/v1/…`) with each
//! role's personal API token instead, and without one it answers 401.

use parite_store::Role;
use parite_web::{Credential, Require, routes};
use reqwest::StatusCode;

use crate::accounts::{Person, Session, person, request, session};
use crate::helpers::{Page, TestApp, spawn_app};

/// What a viewer gets: allowed (`Ok`), sent to sign in (`In`), forbidden (`No`), or — on the
/// API, without a token — a 401 problem (`Au`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Ok,
    In,
    No,
    Au,
}
use Cell::{Au, In, No, Ok};

/// Columns: anonymous, admin, evaluator, team lead, funder — the last three scoped to
/// organization A, whose identifiers fill the path.
#[rustfmt::skip]
const MATRIX: &[(&str, &str, [Cell; 5])] = &[
    ("GET",  "/healthz",                                   [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/readyz",                                    [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/",                                          [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/static/parite-*.css",                       [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}",                                    [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/",                                   [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/s/{code}",                           [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/s/{code}",                           [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/s/{code}/review",                    [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/s/{code}/review",                    [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/s/{code}/thanks",                    [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/s/{code}/{section}",                 [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/s/{code}/{section}",                 [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/login",                              [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/login",                              [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/logout",                             [In, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/logout/everywhere",                  [In, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/password/{token}",                   [Ok, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/password/{token}",                   [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/orgs/",                              [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/orgs/{slug}/",                       [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/admin/",                             [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/orgs",                         [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs",                         [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/orgs/{slug}",                  [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/rename",           [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/archive",          [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/delete",           [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves",            [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/orgs/{slug}/waves/{wave}",     [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/orgs/{slug}/waves/{wave}/close", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/close", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/reopen", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/grace", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/team", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/invitations", [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/orgs/{slug}/waves/{wave}/invitations/{invitation}/revoke", [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/people",                       [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/people",                       [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/people/{user}",                [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/people/{user}/access",         [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/people/{user}/disable",        [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/people/{user}/enable",         [In, Ok, No, No, No]),
    ("POST", "/{lang}/admin/people/{user}/reset",          [In, Ok, No, No, No]),
    ("GET",  "/{lang}/admin/audit",                        [In, Ok, No, No, No]),
    ("GET",  "/{lang}/orgs/{slug}/reports/{report}",       [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/orgs/{slug}/reports/{report}/{chart}", [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/orgs/{slug}/reports/{report}/pdf",   [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/orgs/{slug}/exports/{table}",        [In, Ok, Ok, Ok, No]),
    ("GET",  "/{lang}/orgs/{slug}/exports/raw/{file}",     [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/orgs/{slug}/exports/items/{export}", [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/instruments/",                       [In, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/instruments/{instrument}/{version}", [In, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/instruments/{instrument}/{version}/codebook.csv", [In, Ok, Ok, Ok, Ok]),
    ("GET",  "/{lang}/orgs/{slug}/exports/raw/syntax/{file}", [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/orgs/{slug}/checklists/{wave}",      [In, Ok, Ok, No, No]),
    ("POST", "/{lang}/orgs/{slug}/checklists/{wave}",      [In, Ok, Ok, No, No]),
    ("POST", "/{lang}/orgs/{slug}/checklists/{wave}/consensus", [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/orgs/{slug}/progress",               [In, Ok, Ok, No, No]),
    ("POST", "/{lang}/orgs/{slug}/progress/{milestone}",   [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/orgs/{slug}/support",                [In, Ok, Ok, No, No]),
    ("POST", "/{lang}/orgs/{slug}/support",                [In, Ok, Ok, No, No]),
    ("POST", "/{lang}/orgs/{slug}/support/{activity}",     [In, Ok, Ok, No, No]),
    ("GET",  "/{lang}/funders/",                           [In, Ok, No, No, Ok]),
    ("GET",  "/{lang}/funders/charts/{chart}",             [In, Ok, No, No, Ok]),
    ("GET",  "/{lang}/funders/exports/{table}",            [In, Ok, No, No, Ok]),
    ("GET",  "/{lang}/funders/pdf",                        [In, Ok, No, No, Ok]),
    ("POST", "/{lang}/account/tokens",                     [In, Ok, Ok, Ok, Ok]),
    ("POST", "/{lang}/account/tokens/{id}/revoke",         [In, Ok, Ok, Ok, Ok]),
    ("GET",  "/api/v1/openapi.json",                       [Ok, Ok, Ok, Ok, Ok]),
    ("GET",  "/api/v1/organizations",                      [Au, Ok, Ok, Ok, Ok]),
    ("GET",  "/api/v1/organizations/{slug}/waves",         [Au, Ok, Ok, Ok, Ok]),
    ("GET",  "/api/v1/organizations/{slug}/reports/{report}/tables/{table}", [Au, Ok, Ok, Ok, No]),
    ("GET",  "/api/v1/organizations/{slug}/responses",     [Au, Ok, Ok, No, No]),
    ("GET",  "/api/v1/organizations/{slug}/records/{export}", [Au, Ok, Ok, No, No]),
    ("GET",  "/api/v1/funders/tables/{table}",             [Au, Ok, No, No, Ok]),
];

fn matches(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        Some((start, end)) => path.starts_with(start) && path.ends_with(end),
        None => pattern == path,
    }
}

fn row(method: &str, path: &str) -> Option<&'static [Cell; 5]> {
    MATRIX
        .iter()
        .find(|(m, p, _)| *m == method && matches(p, path))
        .map(|(_, _, cells)| cells)
}

#[test]
fn the_matrix_and_the_route_table_name_the_same_routes() {
    let table = routes();
    for route in &table {
        assert!(
            row(route.method.as_str(), &route.path).is_some(),
            "{} {} is in the route table but not in the access matrix: add a row",
            route.method,
            route.path
        );
    }
    for (method, path, _) in MATRIX {
        assert!(
            table
                .iter()
                .any(|r| r.method.as_str() == *method && matches(path, &r.path)),
            "{method} {path} is in the matrix but the app has no such route"
        );
    }
}

#[test]
fn administrators_may_open_every_page_that_needs_an_account() {
    for route in routes() {
        if let Require::Role(roles) | Require::OrgScope { roles } = route.require {
            assert!(
                roles.contains(&Role::Admin),
                "{} {}",
                route.method,
                route.path
            );
        }
    }
}

/// The identifiers of organization A that fill the paths.
struct Fill {
    code: String,
    wave: String,
    invitation: String,
    user: String,
    activity: String,
}

async fn fill(app: &TestApp, victim: &Person) -> Fill {
    // A second link, so that revoking it leaves the survey's link working.
    app.store
        .create_invitation(&app.wave, "REVO-CABL")
        .await
        .expect("invitation");
    let invitation = app
        .store
        .invitation_by_code("REVO-CABL")
        .await
        .expect("read")
        .expect("exists");
    let plan = parite_store::PlannedActivity {
        organizations: vec![app.org().await.id],
        kind: parite_core::SupportKindId::parse("coaching").expect("kind"),
        topic: None,
        label: String::new(),
        duration_minutes: 60,
        language: parite_core::support::SessionLanguage::French,
        facilitator: String::new(),
        facilitator_is_peer: false,
    };
    let day = parite_core::stages::Date::parse_iso("2026-11-03").expect("date");
    let activity = app
        .store
        .plan_support(plan, &[day], None)
        .await
        .expect("plan")
        .remove(0);
    Fill {
        activity: activity.as_str().to_owned(),
        code: app.code.clone(),
        wave: app.wave.to_string(),
        invitation: invitation.id.to_string(),
        user: victim.id.to_string(),
    }
}

async fn path_for(
    app: &TestApp,
    pattern: &str,
    lang: &str,
    fill: &Fill,
    victim: &Person,
) -> String {
    // The API names a table by its code, a page's download by its file.
    let table = if pattern.starts_with("/api/") {
        "barriers"
    } else {
        "barriers.csv"
    };
    let mut path = pattern
        .replace("{lang}", lang)
        .replace("{code}", &fill.code)
        .replace("{section}", "1")
        .replace("{slug}", "centre-horizon")
        .replace("{wave}", &fill.wave)
        .replace("{invitation}", &fill.invitation)
        .replace("{user}", &fill.user)
        .replace("{report}", "organization")
        .replace("{chart}", "stage-progress.svg")
        .replace("{table}", table)
        .replace("/syntax/{file}", "/syntax/responses-wide.sps")
        .replace("{file}", "codebook.csv")
        .replace("/records/{export}", "/records/ratings")
        .replace("{export}", "ratings.csv")
        .replace("{instrument}", "fidelity")
        .replace("{version}", "2")
        .replace("{milestone}", "m_exp_1")
        .replace("{activity}", &fill.activity);
    if path.contains("{token}") {
        // A fresh link each time: a working one, so the page itself answers.
        let link = format!("{:064x}", rand_u128());
        let expires = parite_store::Timestamp::now().plus_seconds(3600);
        app.store
            .create_password_token(&victim.id, &parite_web::token_hash(&link), expires)
            .await
            .expect("token");
        path = path.replace("{token}", &link);
    }
    path
}

fn rand_u128() -> u128 {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).expect("randomness");
    u128::from_le_bytes(bytes)
}

fn check(cell: Cell, page: &Page, what: &str) {
    let to_login = page.status == StatusCode::SEE_OTHER
        && page
            .location
            .as_deref()
            // The account page is `/login` too: back to its tokens is not a sign-in.
            .is_some_and(|l| l.contains("/login") && !l.ends_with("#tokens"));
    match cell {
        In => assert!(
            to_login,
            "{what}: expected a redirect to sign in, got {}",
            page.status
        ),
        No => assert_eq!(page.status, StatusCode::FORBIDDEN, "{what}"),
        Au => assert!(
            page.status == StatusCode::UNAUTHORIZED
                && page.body.contains("\"urn:parite:problem:unauthorized\""),
            "{what}: expected a 401 problem, got {} {}",
            page.status,
            page.body
        ),
        Ok => assert!(
            !to_login
                && ![StatusCode::FORBIDDEN, StatusCode::NOT_FOUND].contains(&page.status)
                && !page.status.is_server_error(),
            "{what}: expected access, got {} {:?}",
            page.status,
            page.location
        ),
    }
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says() {
    matrix_holds(spawn_app().await).await;
}

#[tokio::test]
async fn every_route_answers_every_role_as_the_matrix_says_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "every_route_answers_every_role_as_the_matrix_says_on_postgres",
    )
    .await
    else {
        return;
    };
    matrix_holds(app).await;
}

async fn matrix_holds(app: TestApp) {
    let store = &app.store;
    let viewers: Vec<Option<Person>> = vec![
        None,
        Some(person(store, "admin@example.org", Role::Admin, &[]).await),
        Some(
            person(
                store,
                "eval@example.org",
                Role::Evaluator,
                &["centre-horizon"],
            )
            .await,
        ),
        Some(
            person(
                store,
                "lead@example.org",
                Role::TeamLead,
                &["centre-horizon"],
            )
            .await,
        ),
        Some(
            person(
                store,
                "funder@example.org",
                Role::Funder,
                &["centre-horizon"],
            )
            .await,
        ),
    ];
    let victim = person(store, "victim@example.org", Role::Evaluator, &[]).await;
    let fill = fill(&app, &victim).await;
    // Each viewer's API token; anonymous has none.
    let mut tokens = Vec::new();
    for viewer in &viewers {
        tokens.push(match viewer {
            Some(p) => Some(crate::api::token(store, &p.id, None).await),
            None => None,
        });
    }
    let mut checked = 0;
    // Reads first: the POSTs change what there is to read (one archives the organization,
    // which then leaves the funders' overview and its charts).
    let mut ordered = routes();
    ordered.sort_by_key(|route| route.method != axum::http::Method::GET);
    for route in ordered {
        let cells = row(route.method.as_str(), &route.path).expect("a row for every route");
        for lang in ["fr", "en"] {
            for ((viewer, token), cell) in viewers.iter().zip(&tokens).zip(cells) {
                let who = viewer.as_ref().map_or("anonymous", |p| p.email.as_str());
                if route.credential == Credential::Token {
                    let path = path_for(&app, &route.path, lang, &fill, &victim).await;
                    let answer = crate::api::get(&app.base, &path, token.as_deref(), lang).await;
                    let page = Page {
                        status: answer.status,
                        location: None,
                        body: answer.json.to_string(),
                    };
                    check(
                        *cell,
                        &page,
                        &format!("{} {path} with the token of {who}", route.method),
                    );
                    checked += 1;
                    continue;
                }
                let session: Option<Session> = match viewer {
                    Some(p) => Some(session(store, &p.id).await),
                    None => None,
                };
                let pattern = route.path.clone();
                let mut path = if pattern.starts_with("/static/") {
                    pattern
                } else {
                    path_for(&app, &pattern, lang, &fill, &victim).await
                };
                if let Some(p) = viewer.as_ref().filter(|_| path.contains("{id}")) {
                    // A token of the viewer's own, fresh each time: revoking it is allowed.
                    crate::api::token(store, &p.id, None).await;
                    let live = store
                        .api_tokens_of(&p.id)
                        .await
                        .expect("tokens")
                        .into_iter()
                        .find(|t| t.revoked_at.is_none())
                        .expect("a live token");
                    path = path.replace("{id}", &live.id);
                }
                let page = request(
                    &app.base,
                    route.method.as_str(),
                    &path,
                    session.as_ref(),
                    &[],
                )
                .await;
                check(*cell, &page, &format!("{} {path} as {who}", route.method));
                checked += 1;
            }
        }
    }
    assert!(checked >= routes().len() * 10);
}
