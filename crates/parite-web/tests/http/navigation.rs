//! Every page a role may open is reachable by clicking: each role signs in through the form,
//! lands on its own home, and a walk of the links from there reaches every GET route of the
//! route table that role may open — and nothing it may not. Every page below a home shows the
//! way back.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use parite_store::Role;
use parite_web::demo::{SeedOptions, seed};
use parite_web::{Access, Require, RouteInfo, routes};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, person, sign_in};
use crate::helpers::{Browser, TestApp, spawn_app};

/// Pages of one route template visited at most: enough to see each kind of page work without
/// opening every chart of every organization.
const PER_ROUTE: usize = 3;

/// The GET routes a role may open that need an account (public pages — the survey, a
/// password link — are reached from an invitation or an email, not from a home page).
fn expected(role: Role) -> BTreeSet<String> {
    routes()
        .into_iter()
        .filter(|r| r.method == "GET" && r.require != Require::Public)
        // The API answers scripts with tokens, not clicks.
        .filter(|r| r.credential == parite_web::Credential::Session)
        .filter(|r| r.require.access(Some(role)) == Access::Allowed)
        .map(|r| r.path)
        .collect()
}

/// The route template a path belongs to: segments equal or a `{placeholder}`; the most
/// literal match wins (`/exports/raw/{file}` over `/exports/{table}` where both would fit).
fn template_of<'a>(table: &'a [RouteInfo], path: &str) -> Option<&'a RouteInfo> {
    let segments: Vec<&str> = path.split('/').collect();
    table
        .iter()
        .filter(|r| r.method == "GET")
        .filter_map(|r| {
            let pattern: Vec<&str> = r.path.split('/').collect();
            if pattern.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (p, s) in pattern.iter().zip(&segments) {
                if p.starts_with('{') && p.ends_with('}') {
                    if s.is_empty() {
                        return None;
                    }
                } else if p == s {
                    literal += 1;
                } else {
                    return None;
                }
            }
            Some((literal, r))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, r)| r)
}

/// The addresses of the page's links, inside the site, without query or fragment.
fn links(body: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("<a ") {
        rest = &rest[start + 3..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(at) = tag.find("href=\"") {
            let value = &tag[at + 6..];
            let href = value[..value.find('"').unwrap_or(value.len())]
                .replace("&amp;", "&")
                .replace("&#x2f;", "/")
                .replace("&#47;", "/");
            let path = href.split(['?', '#']).next().unwrap_or_default();
            if path.starts_with('/') {
                found.push(path.to_owned());
            }
        }
    }
    found
}

/// What a walk found: the templates reached, with an example address each.
struct Walk {
    reached: BTreeMap<String, String>,
}

/// Follows every link (and redirect) from `home` in the reader's language.
async fn walk(browser: &Browser, home: &str, role: Role) -> Walk {
    let table = routes();
    let lang = &home[..3];
    let tops: BTreeSet<String> = parite_web::sections_of(role)
        .map(|(path, _)| format!("{lang}{path}"))
        .chain([format!("{lang}/"), format!("{lang}/login")])
        .collect();
    let mut seen = BTreeSet::new();
    let mut per_route: BTreeMap<String, usize> = BTreeMap::new();
    let mut reached = BTreeMap::new();
    let mut queue = VecDeque::from([home.to_owned()]);
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let Some(route) = template_of(&table, &path) else {
            panic!("{role:?}: a link to {path}, which no route answers");
        };
        if route.require == Require::Public && path != home {
            // Reached, not walked: the survey and the account page have their own tests.
            if !path.ends_with("/login") && path != format!("{lang}/") {
                continue;
            }
        }
        let count = per_route.entry(route.path.clone()).or_default();
        if *count >= PER_ROUTE {
            continue;
        }
        *count += 1;
        let page = browser.get(&path).await;
        assert!(
            page.status == StatusCode::OK || page.status == StatusCode::SEE_OTHER,
            "{role:?}: {path} ({}) answered {} — a link to a page this role may not open",
            route.path,
            page.status
        );
        assert_eq!(
            route.require.access(Some(role)),
            Access::Allowed,
            "{role:?}: {path} is linked but not for this role"
        );
        if route.require != Require::Public {
            reached
                .entry(route.path.clone())
                .or_insert_with(|| path.clone());
        }
        if let Some(location) = page.location {
            queue.push_back(location);
            continue;
        }
        if !page.body.starts_with("<!DOCTYPE html>") {
            continue;
        }
        if !tops.contains(&path) {
            assert!(
                page.body.contains("<nav class=\"trail\""),
                "{role:?}: {path} has no way back (breadcrumb)"
            );
        }
        for link in links(&page.body) {
            if link.starts_with(&format!("{lang}/")) || link == lang {
                queue.push_back(link);
            }
        }
    }
    Walk { reached }
}

async fn demo(app: &TestApp) -> Vec<String> {
    let evaluator = person(&app.store, "eva.demo@example.ca", Role::Evaluator, &[]).await;
    let options = SeedOptions {
        organizations: 3,
        responses: 8,
        seed: 5,
    };
    let summary = seed(&app.store, &app.instruments, &options, &evaluator.id)
        .await
        .expect("demo data");
    summary
        .organizations
        .into_iter()
        .map(|(slug, _, _)| slug)
        .collect()
}

#[tokio::test]
async fn from_each_role_s_home_every_page_of_the_role_is_a_few_clicks_away() {
    let app = spawn_app().await;
    let slugs = demo(&app).await;
    let all: Vec<&str> = slugs.iter().map(String::as_str).collect();
    let people = [
        (Role::Admin, "adm@example.ca", vec![]),
        (Role::Evaluator, "eval@example.ca", all.clone()),
        (Role::TeamLead, "lead@example.ca", vec![all[0]]),
        (Role::Funder, "funder@example.ca", all.clone()),
    ];
    for (role, email, scope) in people {
        person(&app.store, email, role, &scope).await;
        let browser = app.browser();
        let signed_in = sign_in(&browser, email, PASSWORD).await;
        assert_eq!(signed_in.status, StatusCode::SEE_OTHER, "{role:?} signs in");
        let home = signed_in.location.unwrap_or_default();
        let expected_home = match role {
            Role::Funder => "/fr/funders/",
            _ => "/fr/orgs/",
        };
        assert_eq!(home, expected_home, "{role:?} lands on its home");
        if role == Role::TeamLead {
            let page = browser.get(&home).await;
            assert_eq!(
                page.location.as_deref(),
                Some(format!("/fr/orgs/{}/", all[0]).as_str()),
                "a team lead of one organization goes straight to it"
            );
        }
        let walk = walk(&browser, &home, role).await;
        let reached: BTreeSet<String> = walk.reached.keys().cloned().collect();
        let expected = expected(role);
        let missing: Vec<&String> = expected.difference(&reached).collect();
        assert!(
            missing.is_empty(),
            "{role:?} cannot reach by clicking: {missing:?}\n(reached: {:#?})",
            walk.reached
        );
    }
}

#[tokio::test]
async fn the_header_names_each_role_s_pages_in_both_languages() {
    let app = spawn_app().await;
    person(&app.store, "adm@example.ca", Role::Admin, &[]).await;
    let browser = app.browser();
    sign_in(&browser, "adm@example.ca", PASSWORD).await;
    let fr = browser.get("/fr/orgs/").await;
    for label in [
        "Organismes",
        "Vue d’ensemble des organismes",
        "Administration",
    ] {
        fr.assert_has(&format!(">{label}</a>"));
    }
    let en = browser.get("/en/orgs/").await;
    for label in [
        "Organizations",
        "Overview across organizations",
        "Administration",
    ] {
        en.assert_has(&format!(">{label}</a>"));
    }
    // The test organization is listed with its report one click away.
    en.assert_has("href=\"/en/orgs/centre-horizon/reports/organization\"");
}
