//! Hostile input over HTTP: bodies that are not UTF-8 or not a form, numbers far out of range,
//! forged hidden fields, and invitation codes guessed at speed each get a clear 4xx, store
//! nothing, and never break a connection (a panic while serving would: the request fails).

use futures_util::StreamExt;
use parite_store::{AnswerFilter, Role};
use reqwest::StatusCode;

use crate::accounts::{ANONYMOUS_CSRF, person, session};
use crate::helpers::{TestApp, spawn_app};

/// Submitted and draft responses stored, counted through the export stream.
async fn stored_answers(app: &TestApp) -> usize {
    let filter = AnswerFilter {
        organization: None,
        wave: None,
        submitted_only: false,
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
            .milestone_history(&org.id, "progress")
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
        "10",
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
