//! The respondent's side of what can go wrong: a thank-you page lost on the way, a comment over
//! the limit, a saved place to come back to, a tablet shared by a team, and what the privacy
//! text promises.

use std::sync::Arc;

use reqwest::StatusCode;
use reqwest::cookie::{CookieStore, Jar};

use crate::helpers::{Browser, TestApp, spawn_app, spawn_app_postgres};

/// A browser whose cookies the test can copy, to play a reply that never arrived.
fn browser_with(app: &TestApp, jar: Arc<Jar>) -> Browser {
    let client = reqwest::Client::builder()
        .cookie_provider(jar)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    Browser {
        client,
        base: app.base.clone(),
    }
}

/// A new cookie jar holding what `jar` holds now for the app's address.
fn copy_of(app: &TestApp, jar: &Jar) -> Arc<Jar> {
    let url: reqwest::Url = app.base.parse().expect("base URL");
    let copy = Jar::default();
    if let Some(header) = jar.cookies(&url) {
        for pair in header.to_str().expect("ASCII cookies").split("; ") {
            copy.add_cookie_str(pair, &url);
        }
    }
    Arc::new(copy)
}

async fn start(app: &TestApp, browser: &Browser, lang: &str) {
    let started = browser
        .submit(
            &format!("/{lang}/s/{}", app.code),
            &[("_action", "start"), ("consent", "yes")],
        )
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
}

async fn answer_role(app: &TestApp, browser: &Browser, lang: &str, role: &str) {
    let sent = browser
        .submit(
            &format!("/{lang}/s/{}/1", app.code),
            &[("role", role), ("_action", "next")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
}

async fn submitted(app: &TestApp) -> (u64, u64) {
    let counts = app
        .store
        .wave_response_counts(&app.wave)
        .await
        .expect("counts");
    (counts.submitted, counts.drafts)
}

/// The shown resume code of a "saved" page.
fn resume_code(body: &str) -> String {
    let marker = "<span class=\"code\">";
    let at = body.find(marker).expect("the code is shown") + marker.len();
    body[at..].chars().take_while(|c| *c != '<').collect()
}

async fn a_lost_thank_you_page_never_makes_a_second_response(app: TestApp) {
    let jar = Arc::new(Jar::default());
    let browser = browser_with(&app, jar.clone());
    start(&app, &browser, "en").await;
    answer_role(&app, &browser, "en", "peer").await;
    let review = format!("/en/s/{}/review", app.code);
    let csrf = browser.get(&review).await.csrf();
    // The cookies as they were when "Submit" was pressed: the reply, and the cookie it sets,
    // never reach the browser.
    let before_reply = copy_of(&app, &jar);
    let first = browser
        .post(&review, &[("_csrf", &csrf), ("_action", "submit")])
        .await;
    let thanks = format!("/en/s/{}/thanks", app.code);
    assert_eq!(first.location.as_deref(), Some(thanks.as_str()));

    let same_browser = browser_with(&app, before_reply);
    let resent = same_browser
        .post(&review, &[("_csrf", &csrf), ("_action", "submit")])
        .await;
    assert_eq!(resent.status, StatusCode::SEE_OTHER);
    assert_eq!(resent.location.as_deref(), Some(thanks.as_str()), "resent");
    for path in [
        review.clone(),
        format!("/en/s/{}/1", app.code),
        format!("/en/s/{}", app.code),
        format!("/fr/s/{}/review", app.code),
    ] {
        let visit = same_browser.get(&path).await;
        assert_eq!(visit.status, StatusCode::SEE_OTHER, "{path}");
        assert!(
            visit
                .location
                .as_deref()
                .is_some_and(|l| l.ends_with("/thanks")),
            "{path}: {:?}",
            visit.location
        );
    }
    // Starting over from the welcome page is not offered: the thank-you page is.
    assert_eq!(submitted(&app).await, (1, 0));
}

#[tokio::test]
async fn a_lost_thank_you_page_never_makes_a_second_response_on_sqlite() {
    a_lost_thank_you_page_never_makes_a_second_response(spawn_app().await).await;
}

#[tokio::test]
async fn a_lost_thank_you_page_never_makes_a_second_response_on_postgres() {
    let Some(app) =
        spawn_app_postgres("a_lost_thank_you_page_never_makes_a_second_response_on_postgres").await
    else {
        return;
    };
    a_lost_thank_you_page_never_makes_a_second_response(app).await;
}

#[tokio::test]
async fn a_comment_over_the_limit_is_kept_with_its_error_whatever_is_pressed() {
    let app = spawn_app().await;
    let browser = app.browser();
    start(&app, &browser, "en").await;
    answer_role(&app, &browser, "en", "peer").await;
    let last = format!("/en/s/{}/10", app.code);
    let kept = browser
        .submit(
            &last,
            &[("t_barrier", "Not enough time."), ("_action", "save")],
        )
        .await;
    assert_eq!(kept.status, StatusCode::OK);

    let page = browser.get(&last).await;
    // The limit is stated beside the field and enforced by the browser too.
    page.assert_has("id=\"q-t_barrier-limit\">Up to 2,000 characters.</p>");
    page.assert_has("maxlength=\"2000\"");
    page.assert_has("aria-describedby=\"q-t_barrier-limit\"");

    let long = "Trop long. ".repeat(200).trim_end().to_owned();
    for action in ["back", "save", "switch-lang", "next"] {
        let sent = browser
            .submit(&last, &[("t_barrier", &long), ("_action", action)])
            .await;
        assert_eq!(sent.status, StatusCode::UNPROCESSABLE_ENTITY, "{action}");
        sent.assert_has("Please shorten your answer to 2,000 characters or fewer (it has 2,199)");
        sent.assert_has(&format!(">{long}</textarea>"));
        // What was saved before is not overwritten by what could not be kept.
        let saved = browser.get(&last).await;
        saved.assert_has(">Not enough time.</textarea>");
    }
    let french = browser.get(&format!("/fr/s/{}/10", app.code)).await;
    french.assert_has("Jusqu’à 2\u{a0}000 caractères.");
}

#[tokio::test]
async fn resuming_opens_the_page_where_the_person_saved() {
    let app = spawn_app().await;
    let phone = app.browser();
    start(&app, &phone, "fr").await;
    answer_role(&app, &phone, "fr", "provider").await;
    let saved = phone
        .submit(
            &format!("/fr/s/{}/3", app.code),
            &[("b_cult_1", "4"), ("_action", "save")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    let code = resume_code(&saved.body);

    let welcome = format!("/fr/s/{}", app.code);
    let laptop = app.browser();
    let page = laptop.get(&welcome).await;
    // The hint shows a code as they are given: 12 characters in three groups.
    page.assert_has("par exemple K7PM-4QXD-9WTR.");
    let resumed = laptop
        .submit(&welcome, &[("_action", "resume"), ("resume_code", &code)])
        .await;
    assert_eq!(
        resumed.location,
        Some(format!("/fr/s/{}/3", app.code)),
        "back where the draft was saved"
    );
    laptop
        .get(&format!("/fr/s/{}/3", app.code))
        .await
        .assert_has("value=\"4\" checked");

    // Saved from the review, resumed at the review.
    let review = format!("/fr/s/{}/review", app.code);
    let saved = laptop.submit(&review, &[("_action", "save")]).await;
    let code = resume_code(&saved.body);
    let tablet = app.browser();
    let resumed = tablet
        .submit(&welcome, &[("_action", "resume"), ("resume_code", &code)])
        .await;
    assert_eq!(resumed.location, Some(review));
    app.browser()
        .get(&format!("/en/s/{}", app.code))
        .await
        .assert_has("for example K7PM-4QXD-9WTR.");
}

#[tokio::test]
async fn a_shared_tablet_takes_a_second_response_after_the_first() {
    let app = spawn_app().await;
    let tablet = app.browser();
    start(&app, &tablet, "en").await;
    answer_role(&app, &tablet, "en", "peer").await;
    let review = format!("/en/s/{}/review", app.code);
    let done = tablet.submit(&review, &[("_action", "submit")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);

    let thanks_path = format!("/en/s/{}/thanks", app.code);
    let thanks = tablet.get(&thanks_path).await;
    thanks.assert_has("Start a new response");
    thanks.assert_has(&format!("action=\"/en/s/{}\"", app.code));
    let another = tablet
        .post(
            &format!("/en/s/{}", app.code),
            &[("_csrf", &thanks.csrf()), ("_action", "another")],
        )
        .await;
    assert_eq!(another.location, Some(format!("/en/s/{}", app.code)));
    // The next person sees the welcome page, with its privacy notice and consent, not the
    // previous person's thank-you page or answers.
    let welcome = tablet.get(&format!("/en/s/{}", app.code)).await;
    assert_eq!(welcome.status, StatusCode::OK);
    welcome.assert_has("name=\"consent\"");
    start(&app, &tablet, "en").await;
    let first = tablet.get(&format!("/en/s/{}/1", app.code)).await;
    assert!(!first.body.contains("checked"), "a new, empty response");
    answer_role(&app, &tablet, "en", "manager").await;
    let done = tablet.submit(&review, &[("_action", "submit")]).await;
    assert_eq!(done.location, Some(thanks_path));
    assert_eq!(
        submitted(&app).await,
        (2, 0),
        "two responses, no draft left"
    );
}

#[tokio::test]
async fn the_privacy_text_says_drafts_are_saved_on_the_server_with_times() {
    let app = spawn_app().await;
    let browser = app.browser();
    let english = browser.get(&format!("/en/s/{}", app.code)).await;
    english.assert_has("are saved on our server as a draft each time you go to another section");
    english.assert_has("to the second");
    english.assert_has("only a scrambled form (a hash) of your resume code is kept");
    assert!(!english.body.contains("nothing is sent until"));
    let french = browser.get(&format!("/fr/s/{}", app.code)).await;
    french.assert_has("sont enregistrées sur notre serveur comme brouillon chaque fois");
    french.assert_has("à la seconde près");
    assert!(!french.body.contains("rien n’est envoyé avant"));
}
