//! Hostile input over HTTP: bodies that are not UTF-8 or not a form, numbers far out of range,
//! forged hidden fields, and invitation codes guessed at speed each get a clear 4xx, store
//! nothing, and never break a connection (a panic while serving would: the request fails).
//! Forms sent from another site are refused; HSTS only when the server knows it is on HTTPS.

use futures_util::StreamExt;
use parite_store::{AnswerFilter, Role};
use reqwest::StatusCode;

use parite_web::WebConfig;

use crate::accounts::{ANONYMOUS_CSRF, PASSWORD, person, session};
use crate::helpers::{TestApp, spawn_app, spawn_app_with};

/// Submitted and draft responses stored, counted through the export stream.
async fn stored_answers(app: &TestApp) -> usize {
    let filter = AnswerFilter {
        organization: None,
        wave: None,
        submitted_only: false,
        instrument: None,
    };
    app.store.stream_answers(&filter).count().await
}

/// A raw POST: any bytes, any content type, the anonymous CSRF cookie (and the session's, if any).
async fn raw_post(
    app: &TestApp,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
    cookie: &str,
) -> StatusCode {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(format!("{}{path}", app.base))
        .header("content-type", content_type)
        .header("cookie", format!("parite_csrf={ANONYMOUS_CSRF}{cookie}"))
        .body(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {path}: the server broke the connection: {e}"))
        .status()
}

#[tokio::test]
async fn bodies_that_are_not_forms_or_not_utf8_are_refused() {
    let app = spawn_app().await;
    let evaluator = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let signed_in = session(&app.store, &evaluator.id).await;
    let cookie = format!("; {}={}", parite_web::SESSION_COOKIE, signed_in.token);
    let csrf = format!("_csrf={}&", signed_in.csrf);
    let anonymous = format!("_csrf={ANONYMOUS_CSRF}&");
    let survey = format!("/fr/s/{}", app.code);
    let checklist = format!("/fr/orgs/centre-horizon/checklists/{}", app.wave);
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        (
            "invalid UTF-8",
            b"consent=yes&_action=start&x=\xff\xfe".to_vec(),
        ),
        (
            "invalid percent-encoded UTF-8",
            b"consent=%FF%FE&_action=start".to_vec(),
        ),
        ("a NUL byte", b"consent=yes\0&_action=start".to_vec()),
    ];
    for (what, body) in &bodies {
        for (path, prefix, cookie) in [
            (survey.as_str(), &anonymous, ""),
            ("/fr/login", &anonymous, ""),
            (checklist.as_str(), &csrf, cookie.as_str()),
            (
                "/fr/orgs/centre-horizon/progress/m_exp_1",
                &csrf,
                cookie.as_str(),
            ),
        ] {
            let mut full = prefix.as_bytes().to_vec();
            full.extend_from_slice(body);
            let status = raw_post(
                &app,
                path,
                "application/x-www-form-urlencoded",
                full,
                cookie,
            )
            .await;
            assert!(
                status.is_client_error(),
                "{what} to {path}: {status}, expected a 4xx"
            );
        }
    }
    for content_type in [
        "application/json",
        "text/plain",
        "multipart/form-data; boundary=x",
    ] {
        let status = raw_post(&app, &survey, content_type, b"consent=yes".to_vec(), "").await;
        assert!(status.is_client_error(), "{content_type}: {status}");
    }
    assert_eq!(stored_answers(&app).await, 0, "nothing stored");
    let org = app.org().await;
    assert!(
        app.store
            .assessments_of(&org.id, &app.wave)
            .await
            .expect("read")
            .is_empty()
    );
    assert!(
        app.store
            .milestone_history(
                &org.id,
                &parite_core::InstrumentId::parse("progress").expect("instrument id")
            )
            .await
            .expect("read")
            .is_empty()
    );
}

#[tokio::test]
async fn out_of_range_numbers_and_forged_fields_are_refused() {
    let app = spawn_app().await;
    let browser = app.browser();
    let started = browser
        .submit(
            &format!("/fr/s/{}", app.code),
            &[("_action", "start"), ("consent", "yes")],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    for section in [
        "0",
        "-1",
        "11",
        "99999999999999999999",
        "1e3",
        "%00",
        "1%2F2",
    ] {
        let page = browser.get(&format!("/fr/s/{}/{section}", app.code)).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "section {section}");
    }
    let path = format!("/fr/s/{}/2", app.code);
    for value in [
        "-1",
        "0",
        "6",
        "99999999999999999999",
        "1e309",
        "NaN",
        "inf",
        "3.5",
    ] {
        let page = browser
            .submit(&path, &[("b_prec_1", value), ("_action", "next")])
            .await;
        assert!(
            page.status.is_client_error(),
            "b_prec_1={value:?}: {}",
            page.status
        );
    }
    for action in ["", "delete", "submit\0", "next&x=1"] {
        let page = browser.submit(&path, &[("_action", action)]).await;
        assert!(
            page.status.is_client_error(),
            "_action={action:?}: {}",
            page.status
        );
    }
    assert_eq!(stored_answers(&app).await, 0, "nothing stored");
}

#[tokio::test]
async fn invitation_codes_guessed_at_speed_find_nothing() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let guesses = futures_util::stream::iter(0..400_u32)
        .map(|n| {
            let client = client.clone();
            let base = app.base.clone();
            async move {
                let code = format!("{:04X}-{:04X}", n * 7919 % 65_536, n);
                let path = format!("{base}/fr/s/{code}");
                let response = if n % 2 == 0 {
                    client.get(&path).send().await
                } else {
                    client
                        .post(&path)
                        .header("cookie", format!("parite_csrf={ANONYMOUS_CSRF}"))
                        .form(&[
                            ("_csrf", ANONYMOUS_CSRF),
                            ("_action", "start"),
                            ("consent", "yes"),
                        ])
                        .send()
                        .await
                };
                response.map(|r| r.status())
            }
        })
        .buffer_unordered(32)
        .collect::<Vec<_>>()
        .await;
    for status in guesses {
        let status = status.expect("every guess answered");
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    assert_eq!(stored_answers(&app).await, 0, "no response started");
}

/// A sign-in POST with a valid CSRF token and the given extra headers, without a cookie jar:
/// its status, its `Strict-Transport-Security` and its body.
async fn sign_in_with(
    base: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, Option<String>, String) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut request = client
        .post(format!("{base}{path}"))
        .header("cookie", format!("parite_csrf={ANONYMOUS_CSRF}"))
        .form(&[
            ("_csrf", ANONYMOUS_CSRF),
            ("email", "ana@example.org"),
            ("password", PASSWORD),
        ]);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("answered");
    let hsts = response
        .headers()
        .get("strict-transport-security")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (
        response.status(),
        hsts,
        response.text().await.unwrap_or_default(),
    )
}

/// Lines of the audit log with this action.
async fn audit_lines(app: &TestApp, action: &str) -> usize {
    let filter = parite_store::AuditFilter {
        action: Some(action.to_owned()),
        ..parite_store::AuditFilter::default()
    };
    app.store.audit_entries(&filter).await.expect("read").len()
}

#[tokio::test]
async fn a_form_sent_from_another_site_is_refused_even_with_a_valid_token() {
    let app = spawn_app().await;
    person(&app.store, "ana@example.org", Role::Admin, &[]).await;
    let evil = [("origin", "http://evil.example")];
    let (status, _, body) = sign_in_with(&app.base, "/fr/login", &evil).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert!(
        body.contains("Ce formulaire vient d’un autre site"),
        "{body}"
    );
    let (status, _, body) = sign_in_with(&app.base, "/en/login", &evil).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("This form came from another site"), "{body}");
    // Without an Origin, the Referer says where the form was.
    let referer = [("referer", "http://evil.example/phish.html")];
    let (status, _, _) = sign_in_with(&app.base, "/fr/login", &referer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A look-alike host and `Origin: null` are other sites too.
    let look_alike = format!("{}.evil.example", app.base);
    let (status, _, _) = sign_in_with(&app.base, "/fr/login", &[("origin", &look_alike)]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = sign_in_with(&app.base, "/fr/login", &[("origin", "null")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(audit_lines(&app, "sign_in").await, 0, "nobody signed in");

    // The server's own pages, and a client that names no page at all, sign in.
    let own = [("origin", app.base.as_str())];
    let (status, _, body) = sign_in_with(&app.base, "/fr/login", &own).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let own_page = format!("{}/fr/login", app.base);
    let (status, _, _) = sign_in_with(&app.base, "/fr/login", &[("referer", &own_page)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, _) = sign_in_with(&app.base, "/fr/login", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(audit_lines(&app, "sign_in").await, 3);
}

#[tokio::test]
async fn hsts_is_sent_only_when_the_server_is_told_it_is_behind_https() {
    let plain = spawn_app().await;
    person(&plain.store, "ana@example.org", Role::Admin, &[]).await;
    let (_, hsts, _) = sign_in_with(&plain.base, "/fr/login", &[]).await;
    assert_eq!(hsts, None, "plain http");
    // A client's own X-Forwarded-Proto means nothing without --trust-proxy.
    let forged = [("x-forwarded-proto", "https")];
    let (_, hsts, _) = sign_in_with(&plain.base, "/fr/login", &forged).await;
    assert_eq!(hsts, None, "forged X-Forwarded-Proto");

    let proxied = spawn_app_with(WebConfig {
        secure_cookies: false,
        trust_proxy: true,
        ..WebConfig::default()
    })
    .await;
    person(&proxied.store, "ana@example.org", Role::Admin, &[]).await;
    let (_, hsts, _) = sign_in_with(&proxied.base, "/fr/login", &forged).await;
    assert_eq!(
        hsts.as_deref(),
        Some("max-age=31536000; includeSubDomains"),
        "behind a trusted proxy over HTTPS"
    );
    let http = [("x-forwarded-proto", "http")];
    let (_, hsts, _) = sign_in_with(&proxied.base, "/fr/login", &http).await;
    assert_eq!(hsts, None, "behind a trusted proxy over http");

    let public = spawn_app_with(WebConfig {
        secure_cookies: false,
        public_origin: parite_web::origin_of("https://parite.example.org/"),
        ..WebConfig::default()
    })
    .await;
    person(&public.store, "ana@example.org", Role::Admin, &[]).await;
    let page = reqwest::get(format!("{}/fr/", public.base))
        .await
        .expect("answered");
    assert_eq!(
        page.headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000; includeSubDomains"),
        "--public-url https://…"
    );
    // With --public-url, forms come from that address and no other.
    let ours = [("origin", "https://parite.example.org")];
    let (status, hsts, _) = sign_in_with(&public.base, "/fr/login", &ours).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(hsts.is_some());
    let direct = [("origin", public.base.as_str())];
    let (status, _, _) = sign_in_with(&public.base, "/fr/login", &direct).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
