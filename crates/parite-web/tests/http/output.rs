//! What every response carries and how text from people reaches a page: the security headers
//! on every kind of response, and markup typed into a name shown as text on every page and
//! chart that shows it.

use parite_store::Role;
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::spawn_app;

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let survey = format!("/fr/s/{}", app.code);
    for path in [
        "/fr/",
        survey.as_str(),
        "/fr/login",
        "/fr/admin/",
        "/fr/nowhere",
        "/",
    ] {
        let response = client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .expect("GET");
        let headers = response.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}: CSP {csp:?}");
        assert!(
            csp.contains("frame-ancestors 'none'"),
            "{path}: CSP {csp:?}"
        );
        assert!(
            !csp.contains("script-src"),
            "{path}: no script may run: {csp:?}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("x-frame-options"), "DENY", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(header("cache-control"), "no-store", "{path}");
        if response.status() != StatusCode::SEE_OTHER
            && response.status() != StatusCode::PERMANENT_REDIRECT
            && path != "/"
        {
            assert_eq!(header("content-type"), "text/html; charset=utf-8", "{path}");
        }
    }
}

#[tokio::test]
async fn markup_in_a_name_is_shown_as_text_everywhere() {
    let app = spawn_app().await;
    let hostile = "<script>alert(1)</script> & \"Cie\" <img src=x onerror=alert(2)>";
    let org = app
        .store
        .organization_by_slug("centre-horizon")
        .await
        .expect("read")
        .expect("org");
    app.store
        .rename_organization(&org.id, hostile)
        .await
        .expect("rename");
    let admin = person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let admin = session(&app.store, &admin.id).await;
    for path in [
        "/fr/orgs/centre-horizon/".to_owned(),
        "/en/orgs/centre-horizon/reports/organization".to_owned(),
        "/fr/orgs/centre-horizon/reports/organization/stage-progress.svg".to_owned(),
        format!("/fr/orgs/centre-horizon/checklists/{}", app.wave),
        "/fr/orgs/centre-horizon/progress".to_owned(),
        "/fr/admin/orgs".to_owned(),
        "/fr/admin/orgs/centre-horizon".to_owned(),
        "/fr/funders/".to_owned(),
    ] {
        let page = request(&app.base, "GET", &path, Some(&admin), &[]).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(
            !page.body.contains("<script") && !page.body.contains("<img"),
            "{path} carries the name's markup as markup:\n{}",
            page.body
        );
        assert!(
            page.body.contains("&lt;script&gt;")
                || page.body.contains("&#60;script&#62;")
                || page.body.contains("&lt;script>"),
            "{path} does not show the name at all:\n{}",
            page.body
        );
    }
}
