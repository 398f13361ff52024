//! Signed-in readers on a phone-sized screen, keyboard only and with scripts off: an evaluator
//! signs in, rates a fidelity checklist, reads an organization's report (charts, barrier profile first) and downloads its
//! barriers CSV; a funder signs in, sees the funders' overview and its heatmap, and is refused
//! the organization report and the raw responses.

use fantoccini::key::Key;
use parite_store::{Role, Store, UserId};
use reqwest::StatusCode;

use crate::driver::{ChromeDriver, Session, find_browser, target_dir};
use crate::server::{PASSWORD, TestApp, person, seed_demo, spawn_app};

/// Opens `path` signed out: the sign-in form comes, filled with the keyboard; the page asked
/// for comes back after it.
pub(crate) async fn sign_in_to(app: &TestApp, session: &Session, email: &str, path: &str) {
    session.goto(&app.url(path)).await;
    session.wait_for_path("/fr/login").await;
    assert_eq!(session.lang().await, "fr-CA");
    session.tab_to("input#email[email=]", false, 10).await;
    session.type_text(email).await;
    session.press(Key::Tab).await;
    assert_eq!(session.focused().await, "input#password[password=]");
    session.type_text(PASSWORD).await;
    session.press(Key::Enter).await;
    session.wait_for_path(path).await;
}

/// The session cookie the browser holds, for a plain HTTP client.
async fn session_cookie(session: &Session) -> String {
    let cookie = session
        .client
        .get_named_cookie(parite_web::SESSION_COOKIE)
        .await
        .expect("a session cookie after signing in");
    format!("{}={}", parite_web::SESSION_COOKIE, cookie.value())
}

/// `GET path` with `cookie`, as the browser would download it: status, content type, body.
async fn download(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String, Vec<u8>) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = response.bytes().await.expect("body").to_vec();
    (status, content_type, body)
}

async fn grant(store: &Store, user: &UserId, slugs: &[String]) {
    for slug in slugs {
        let org = store
            .organization_by_slug(slug)
            .await
            .expect("read")
            .expect("org exists");
        store.grant_scope(user, &org.id).await.expect("scope");
    }
}

/// From the organization's page to its checklist: every item rated, one with evidence, then
/// submitted; the scores show at once.
async fn evaluator_rates_a_checklist(app: &TestApp, phone: &Session, slug: &str) {
    let overview = format!("/fr/orgs/{slug}/");
    sign_in_to(app, phone, "evaluatrice@example.org", &overview).await;
    let link = phone.find("main a[href*='/checklists/']").await;
    let checklist = link
        .attr("href")
        .await
        .ok()
        .flatten()
        .expect("a checklist link");
    link.click().await.expect("follow the checklist link");
    phone.wait_for_path(&checklist).await;
    let fully = phone
        .client
        .find_all(fantoccini::Locator::Css(
            "main input[type=radio][value='2']",
        ))
        .await
        .expect("rating buttons");
    assert_eq!(
        fully.len(),
        29,
        "one '2' per item of the checklist's second edition"
    );
    for radio in fully {
        radio.click().await.expect("choose a rating");
    }
    phone
        .find("main textarea")
        .await
        .send_keys("Politique adoptée par le conseil en 2025")
        .await
        .expect("type evidence");
    phone
        .screenshot(&target_dir().join("screenshots/fr-CA-checklist.png"))
        .await;
    phone
        .find("main button[value=submit]")
        .await
        .click()
        .await
        .expect("submit the rating");
    // The page comes back with the same path and title: only its confirmation tells it apart.
    phone.wait_for_text("Votre cotation a été envoyée").await;
    let title = phone.title().await;
    assert!(title.starts_with("Grille de fidélité"), "{title}");
    // Submitted, then sent back to the page (no error page in between).
    assert_eq!(
        app.recorder.last("POST", &checklist).map(|r| r.status),
        None
    );
    assert_eq!(
        app.recorder
            .last("GET", &format!("{checklist}?done=submitted"))
            .map(|r| r.status),
        Some(200)
    );
    let text = phone.visible_text().await;
    assert!(
        text.contains("100\u{a0}%") && text.contains("Fidélité élevée"),
        "{text}"
    );
}

async fn evaluator_reads_the_report(app: &TestApp, phone: &Session, slug: &str) {
    let report = format!("/fr/orgs/{slug}/reports/organization");
    phone.goto(&app.url(&report)).await;
    assert_eq!(
        app.recorder.last("GET", &report).map(|r| r.status),
        Some(200)
    );
    let figures = phone.find_all("figure.chart").await;
    assert!(figures >= 2, "the report has charts: {figures}");
    assert_eq!(
        phone.find_all("figure.chart svg").await,
        figures,
        "an inline SVG in each chart"
    );
    let first = phone.find("figure.chart a").await;
    let first = first.attr("href").await.ok().flatten().unwrap_or_default();
    assert!(
        first.ends_with("/barrier-profile.svg"),
        "the barrier profile comes first: {first}"
    );
    phone
        .screenshot(&target_dir().join("screenshots/fr-CA-report.png"))
        .await;
    report_prints_cleanly(phone).await;

    // The barriers table's link is reached with Tab; its file is fetched as a download.
    let csv = format!("/fr/orgs/{slug}/exports/barriers.csv");
    phone.tab_to(&format!("a[href={csv}]"), false, 60).await;
    let cookie = session_cookie(phone).await;
    let (status, content_type, body) = download(app, &csv, &cookie).await;
    assert_eq!(status, StatusCode::OK, "the barriers CSV");
    assert!(
        content_type.starts_with("text/csv"),
        "a CSV: {content_type}"
    );
    assert!(body.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let text = String::from_utf8(body).expect("UTF-8");
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains(';'), "French CSV uses ';': {header}");
    assert!(text.lines().count() > 1, "rows under the header");
    let raw = format!("/fr/orgs/{slug}/exports/raw/responses.csv");
    let (status, _, _) = download(app, &raw, &cookie).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "an evaluator gets the raw responses"
    );
}

/// The browser's print of the report (Letter, the print stylesheet): the report's text, and
/// none of the page's navigation, sign-out button or download links. Read back with poppler's
/// pdftotext where it is installed (always in CI).
async fn report_prints_cleanly(phone: &Session) {
    let printed = phone
        .client
        .print(fantoccini::wd::PrintConfiguration::default())
        .await
        .expect("print the page");
    assert!(printed.starts_with(b"%PDF-"), "a PDF from the browser");
    let file = target_dir().join("screenshots/fr-CA-report-print.pdf");
    std::fs::write(&file, &printed).expect("write the printed report");
    let Ok(output) = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
    else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is missing (Debian package poppler-utils) and CI=true"
        );
        crate::driver::say("printed report not read back: pdftotext is not installed");
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Profil des obstacles"), "{text}");
    for hidden in [
        "Se déconnecter",
        "Télécharger en PDF",
        "(CSV)",
        "Télécharger (SVG)",
    ] {
        assert!(!text.contains(hidden), "{hidden:?} printed:\n{text}");
    }
}

async fn funder_sees_only_the_overview(app: &TestApp, phone: &Session, slug: &str) {
    sign_in_to(app, phone, "bailleur@example.org", "/fr/funders/").await;
    assert_eq!(
        app.recorder.last("GET", "/fr/funders/").map(|r| r.status),
        Some(200)
    );
    assert_eq!(
        phone
            .find_all("figure.chart a[href$='/barrier-heatmap.svg']")
            .await,
        1,
        "the heatmap"
    );
    assert!(
        phone.find_all("figure.chart svg").await >= 1,
        "drawn inline"
    );
    phone
        .screenshot(&target_dir().join("screenshots/fr-CA-funders.png"))
        .await;

    let report = format!("/fr/orgs/{slug}/reports/organization");
    phone.goto(&app.url(&report)).await;
    assert_eq!(
        app.recorder.last("GET", &report).map(|r| r.status),
        Some(403),
        "a funder does not read one organization's report"
    );
    assert_eq!(phone.path().await, report, "refused in place");
    let cookie = session_cookie(phone).await;
    let raw = format!("/fr/orgs/{slug}/exports/raw/responses.csv");
    let (status, _, body) = download(app, &raw, &cookie).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "no raw responses for a funder"
    );
    assert!(
        !String::from_utf8_lossy(&body).contains(';'),
        "no data in the refusal"
    );
}

#[tokio::test]
async fn an_evaluator_rates_a_checklist_reads_the_report_and_a_funder_only_the_overview() {
    let Some(tools) = find_browser() else {
        return;
    };
    let app = spawn_app().await;
    let evaluator = person(&app.store, "evaluatrice@example.org", Role::Evaluator, &[]).await;
    let slugs = seed_demo(&app, &evaluator).await;
    grant(&app.store, &evaluator, &slugs).await;
    let funder = person(&app.store, "bailleur@example.org", Role::Funder, &[]).await;
    grant(&app.store, &funder, &slugs).await;

    let driver = ChromeDriver::start(&tools).await;
    let phone = driver.session(false).await;
    evaluator_rates_a_checklist(&app, &phone, &slugs[0]).await;
    evaluator_reads_the_report(&app, &phone, &slugs[0]).await;
    phone.close().await;
    let phone = driver.session(false).await;
    funder_sees_only_the_overview(&app, &phone, &slugs[0]).await;
    phone.close().await;
}
