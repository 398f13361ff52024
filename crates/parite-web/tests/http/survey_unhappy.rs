//! Every unhappy path of the survey has a page in the respondent's language with the right status.

use parite_web::WebConfig;
use reqwest::StatusCode;

use crate::helpers::{spawn_app, spawn_app_with};

#[tokio::test]
async fn unknown_and_revoked_codes_are_not_found() {
    let app = spawn_app().await;
    let browser = app.browser();
    let unknown = browser.get("/fr/s/ZZZZ-ZZZZ").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    unknown.assert_has("Ce lien de sondage ne fonctionne pas");
    let garbage = browser.get("/en/s/%3Cscript%3E").await;
    assert_eq!(garbage.status, StatusCode::NOT_FOUND);
    garbage.assert_has("This survey link does not work");
    let invitation = app
        .store
        .invitation_by_code(&app.code)
        .await
        .expect("read")
        .expect("exists");
    // Open first, so that the link is known to the server when it is revoked.
    let open = browser.get(&format!("/fr/s/{}", app.code)).await;
    assert_eq!(open.status, StatusCode::OK);
    app.store
        .revoke_invitation(&invitation.id)
        .await
        .expect("revoke");
    let revoked = browser.get(&format!("/fr/s/{}", app.code)).await;
    assert_eq!(revoked.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_wave_not_open_yet_or_closed_is_gone_with_its_date() {
    let app = spawn_app().await;
    let browser = app.browser();
    // 2030-01-15 and 2021-03-02 at noon UTC.
    app.wave_with_dates(1_894_708_800, None, "LATE-WAVE").await;
    app.wave_with_dates(1_514_764_800, Some(1_614_686_400), "PAST-WAVE")
        .await;
    let later = browser.get("/fr/s/LATE-WAVE").await;
    assert_eq!(later.status, StatusCode::GONE);
    later.assert_has("Il ouvrira le 15 janvier 2030.");
    let closed = browser.get("/en/s/PAST-WAVE").await;
    assert_eq!(closed.status, StatusCode::GONE);
    closed.assert_has("It closed on March 2, 2021.");
}

#[tokio::test]
async fn an_expired_resume_code_says_so() {
    let app = spawn_app_with(WebConfig {
        secure_cookies: false,
        resume_days: 0,
        ..WebConfig::default()
    })
    .await;
    let browser = app.browser();
    let welcome = format!("/fr/s/{}", app.code);
    browser
        .submit(&welcome, &[("_action", "start"), ("consent", "yes")])
        .await;
    let saved = browser
        .submit(&format!("/fr/s/{}/1", app.code), &[("_action", "save")])
        .await;
    let marker = "<span class=\"code\">";
    let at = saved.body.find(marker).expect("code shown") + marker.len();
    let code: String = saved.body[at..].chars().take_while(|c| *c != '<').collect();
    let other = app.browser();
    let expired = other
        .submit(&welcome, &[("_action", "resume"), ("resume_code", &code)])
        .await;
    assert_eq!(expired.status, StatusCode::GONE);
    expired.assert_has("Ce code de reprise est expiré");
}

#[tokio::test]
async fn consent_is_required_to_start() {
    let app = spawn_app().await;
    let browser = app.browser();
    let page = browser
        .submit(&format!("/fr/s/{}", app.code), &[("_action", "start")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("Veuillez confirmer que vous acceptez de participer.");
    let counts = app
        .store
        .wave_response_counts(&app.wave)
        .await
        .expect("counts");
    assert_eq!(
        counts.drafts + counts.submitted,
        0,
        "nothing is stored without consent"
    );
}

#[tokio::test]
async fn a_post_without_the_csrf_token_is_refused() {
    let app = spawn_app().await;
    let browser = app.browser();
    let path = format!("/fr/s/{}", app.code);
    browser.get(&path).await;
    let forged = browser
        .post(
            &path,
            &[("_action", "start"), ("consent", "yes"), ("_csrf", "0000")],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    forged.assert_has("Cette page a expiré");
    let missing = browser
        .post(&path, &[("_action", "start"), ("consent", "yes")])
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn forged_fields_are_a_bad_request_and_store_nothing() {
    let app = spawn_app().await;
    let browser = app.browser();
    browser
        .submit(
            &format!("/fr/s/{}", app.code),
            &[("_action", "start"), ("consent", "yes")],
        )
        .await;
    let path = format!("/fr/s/{}/1", app.code);
    for fields in [
        vec![("role", "peer"), ("b_cult_1", "5"), ("_action", "next")],
        vec![("role", "peer"), ("role", "provider"), ("_action", "next")],
        vec![("not_an_item", "x"), ("_action", "next")],
    ] {
        let page = browser.submit(&path, &fields).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{fields:?}");
    }
    let wrong_choice = browser
        .submit(&path, &[("role", "admin"), ("_action", "next")])
        .await;
    assert_eq!(wrong_choice.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong_choice.assert_has("Veuillez choisir l’une des options proposées.");
    let huge = "x".repeat(100_000);
    let oversized = browser.submit(&path, &[("role", &huge)]).await;
    assert_eq!(oversized.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn when_the_database_is_gone_the_respondent_is_told_the_truth() {
    let app = spawn_app().await;
    let browser = app.browser();
    browser
        .submit(
            &format!("/fr/s/{}", app.code),
            &[("_action", "start"), ("consent", "yes")],
        )
        .await;
    let path = format!("/fr/s/{}/1", app.code);
    let form = browser.get(&path).await;
    app.store.close().await;
    let page = browser
        .post(
            &path,
            &[
                ("_csrf", &form.csrf()),
                ("role", "peer"),
                ("_action", "next"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(!page.body.contains("Merci"), "never a false thank-you");
    let health = browser.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn the_root_sends_each_reader_to_their_language() {
    let app = spawn_app().await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let cases = [
        (None, "/fr/"),
        (Some("en-US,en;q=0.9"), "/en/"),
        (Some("fr-BE"), "/fr/"),
        (Some("de"), "/fr/"),
    ];
    for (accept, expected) in cases {
        let mut request = client.get(format!("{}/", app.base));
        if let Some(accept) = accept {
            request = request.header("accept-language", accept);
        }
        let response = request.send().await.expect("GET /");
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok()),
            Some(expected),
            "{accept:?}"
        );
    }
    let home = app.browser().get("/en/").await;
    assert_eq!(home.status, StatusCode::OK);
    home.assert_has("<html lang=\"en-CA\">");
    let missing = app.browser().get("/en/nothing-here").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_has("Page not found");
}
