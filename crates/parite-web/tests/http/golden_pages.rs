//! The report pages of the demo data, and every chart and table they link, byte for byte.
//!
//! Guards restructurings that must not change what people receive (issue #18): on a fresh
//! database seeded with the demo (the data of `serve --demo`), an administrator opens each
//! organization's report and community report and the funders' overview, in French and in
//! English, and every SVG, PNG and CSV those pages link. The SHA-256 of each body, with the
//! session's CSRF token masked, is compared with tests/http/fixtures/pages.sha256. When a
//! change of output is intended, regenerate it with
//! `PARITE_UPDATE_GOLDEN=1 cargo test -p parite-web --test http golden` and commit it.

#[path = "../../../../tests/golden/demo_ids.rs"]
mod demo_ids;
#[path = "../../../../tests/golden/manifest.rs"]
mod manifest;

use std::collections::BTreeSet;
use std::path::Path;

use parite_store::{Role, Store};
use parite_web::demo::{SeedOptions, seed};
use reqwest::StatusCode;

use crate::accounts::{Session, person, request, serve, session, test_config};
use crate::helpers::instruments;
use manifest::Manifest;

/// The CSRF token is drawn for each session: its value is masked, its place kept.
fn masked(body: &str) -> String {
    let marker = "name=\"_csrf\" value=\"";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(marker) {
        let (before, after) = rest.split_at(at + marker.len());
        out.push_str(before);
        out.push_str("CSRF");
        rest = after.find('"').map_or("", |end| &after[end..]);
    }
    out.push_str(rest);
    out
}

/// The charts and tables a page links: the values of `href` and `src` that end in `.svg`,
/// `.png` or `.csv`, relative to the site.
fn downloads(body: &str) -> BTreeSet<String> {
    ["href=\"", "src=\""]
        .iter()
        .flat_map(|attribute| body.split(attribute).skip(1))
        .filter_map(|rest| rest.split('"').next())
        .map(|link| link.replace("&amp;", "&"))
        .filter(|link| link.starts_with('/'))
        .filter(|link| {
            [".svg", ".png", ".csv"]
                .iter()
                .any(|ext| link.ends_with(ext))
        })
        .collect()
}

async fn fetch(base: &str, admin: &Session, path: &str) -> Vec<u8> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = client
        .get(format!("{base}{path}"))
        .header(
            "cookie",
            format!("{}={}", parite_web::SESSION_COOKIE, admin.token),
        )
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.bytes().await.expect("body").to_vec()
}

#[tokio::test]
async fn the_demo_report_pages_and_their_downloads_are_byte_identical_to_the_manifest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = dir.path().join("parite.db");
    let url = format!("sqlite://{}", database.display());
    let instruments = instruments();
    let catalog = || instruments.clone();
    let store = Store::connect(&url, catalog()).await.expect("store");
    // The demo's evaluator, as `serve --demo` names them: checklists are rated by them.
    let evaluator = person(&store, "evaluatrice@demo.parite.ca", Role::Evaluator, &[]).await;
    seed(&store, &instruments, &SeedOptions::default(), &evaluator.id)
        .await
        .expect("demo data");
    let orgs: Vec<String> = store
        .organizations(false)
        .await
        .expect("organizations")
        .into_iter()
        .map(|org| org.slug)
        .collect();
    assert_eq!(orgs.len(), 6, "the demo's organizations: {orgs:?}");
    store.close().await;
    demo_ids::renumber_responses(&database).await;

    let store = Store::connect(&url, catalog()).await.expect("store");
    let admin = person(&store, "admin@demo.parite.ca", Role::Admin, &[]).await;
    let admin = session(&store, &admin.id).await;
    let base = serve(store, instruments.clone(), test_config()).await;

    let mut pages = Vec::new();
    for lang in ["fr", "en"] {
        for slug in &orgs {
            for report in ["organization", "community"] {
                pages.push(format!("/{lang}/orgs/{slug}/reports/{report}"));
            }
        }
        pages.push(format!("/{lang}/funders/"));
    }
    let mut manifest = Manifest::default();
    let mut linked = BTreeSet::new();
    for path in &pages {
        let page = request(&base, "GET", path, Some(&admin), &[]).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        linked.extend(downloads(&page.body));
        manifest.add(path.clone(), masked(&page.body).as_bytes());
    }
    for kind in [".svg", ".png", ".csv"] {
        assert!(
            linked.iter().any(|link| link.ends_with(kind)),
            "the pages link {kind} files: {linked:?}"
        );
    }
    for path in linked {
        let bytes = fetch(&base, &admin, &path).await;
        assert!(!bytes.is_empty(), "{path} is empty");
        manifest.add(path, &bytes);
    }
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/http/fixtures/pages.sha256");
    manifest.check(&file, "cargo test -p parite-web --test http golden");
}
