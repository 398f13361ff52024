//! Every distinct survey page, then the signed-in pages (sign-in and its error, an
//! organization's overview and report, the funders' overview, the administration console, the
//! 403 page), in both languages, through axe-core (WCAG 2.1 A and AA) and the Nu Html Checker;
//! screenshots of the key pages at 360 × 740 go to `target/screenshots/`.
//!
//! axe-core is JavaScript: it cannot run where page scripts are off (its promises never settle),
//! so this sweep uses a session with scripts on. The pages themselves carry no script (checked
//! here on every page, and the CSP forbids any), and the keyboard journey runs with scripts off.

use std::path::PathBuf;

use std::collections::BTreeSet;

use crate::checks::{Axe, Vnu, message_ids};
use crate::driver::{ChromeDriver, Session, WIDTH, find_browser, say, target_dir};
use fantoccini::cookies::Cookie;
use parite_store::Role;

use crate::server::{CLOSED_CODE, TestApp, person, seed_demo, session_token, spawn_app};

/// The pages photographed in each language.
const SCREENSHOTS: [&str; 7] = [
    "welcome",
    "section-1",
    "section-1-errors",
    "review",
    "thanks",
    "login-errors",
    "org-report",
];

/// Set to copy the two README screenshots to `docs/screenshots/` after a run.
const UPDATE_DOCS: &str = "PARITE_UPDATE_SCREENSHOTS";

struct Lang {
    segment: &'static str,
    tag: &'static str,
    other: &'static str,
    /// The start of a page title that reports errors.
    error_title: &'static str,
}

const LANGS: [Lang; 2] = [
    Lang {
        segment: "fr",
        tag: "fr-CA",
        other: "en-CA",
        error_title: "Erreur",
    },
    Lang {
        segment: "en",
        tag: "en-CA",
        other: "fr-CA",
        error_title: "Error",
    },
];

/// The signed-in side: a demo organization, and the session tokens of an administrator and of a
/// funder (put in the browser as cookies: signing in is the evaluator test's journey).
struct Accounts {
    slug: String,
    /// A wave of that organization, for its fidelity checklist.
    wave: String,
    admin: String,
    funder: String,
}

struct Sweep<'a> {
    app: &'a TestApp,
    session: Session,
    axe: Option<Axe>,
    html_dir: PathBuf,
    shots_dir: PathBuf,
    /// Each checked page: language tag and saved HTML file.
    pages: Vec<(&'static str, PathBuf)>,
    message_ids: BTreeSet<String>,
    problems: Vec<String>,
}

impl Sweep<'_> {
    /// Checks the page the browser shows, which answered `method path` with `status`.
    async fn check(&mut self, lang: &Lang, name: &str, method: &str, path: &str, status: u16) {
        let page = self
            .app
            .recorder
            .last(method, path)
            .unwrap_or_else(|| panic!("{}: no HTML response to {method} {path}", lang.tag));
        let place = format!("{} {name} ({method} {path})", lang.tag);
        assert_eq!(page.status, status, "{place}: status");
        let html = &page.html;
        assert!(
            html.contains(&format!("<html lang=\"{}\">", lang.tag)),
            "{place}: the page's language"
        );
        assert!(
            html.contains(&format!("lang=\"{}\"", lang.other)),
            "{place}: a way to the other language"
        );
        assert!(!html.contains("<script"), "{place}: pages carry no script");
        let file = self.html_dir.join(lang.tag).join(format!("{name}.html"));
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("html folder");
        std::fs::write(&file, html).expect("save the HTML source");
        self.pages.push((lang.tag, file));
        let text = self.session.visible_text().await;
        let unformatted: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, '«' | '»' | '"' | '(' | ')'))
            .filter(|word| self.message_ids.contains(*word))
            .collect();
        assert!(
            unformatted.is_empty() && !text.contains("Unknown localization key"),
            "{place}: message ids instead of texts: {unformatted:?}"
        );
        // WCAG 1.4.10 (reflow), which axe does not test: nothing makes the phone's page scroll
        // sideways (a wide data table scrolls inside its own box).
        let width = self
            .session
            .client
            .execute(
                "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
                vec![],
            )
            .await
            .expect("the page's width");
        let page_width = width[0].as_u64().expect("scrollWidth");
        let viewport = width[1].as_u64().expect("clientWidth");
        if page_width > viewport {
            self.problems.push(format!(
                "reflow {place}: the page is {page_width} px wide in a {viewport} px window"
            ));
        }
        if let Some(axe) = &self.axe {
            for violation in axe.violations(&self.session).await {
                self.problems.push(format!("axe {place}: {violation}"));
            }
        }
        if SCREENSHOTS.contains(&name) {
            let png = self.shots_dir.join(format!("{}-{name}.png", lang.tag));
            self.session.screenshot(&png).await;
        }
    }

    /// Replaces the browser's cookies with a session cookie holding `token`.
    async fn sign_in_as(&self, token: &str) {
        let client = &self.session.client;
        client.delete_all_cookies().await.expect("cookies cleared");
        // SameSite is said: WebDriver's default, None, needs a secure cookie.
        let cookie = Cookie::parse(format!(
            "{}={token}; Path=/; Domain=127.0.0.1; SameSite=Lax",
            parite_web::SESSION_COOKIE
        ))
        .expect("a cookie");
        client.add_cookie(cookie).await.expect("session cookie set");
    }

    /// Sign-in (and its error), then the pages of an administrator, then a funder refused an
    /// organization's report.
    async fn signed_in(&mut self, lang: &Lang, accounts: &Accounts) {
        let l = lang.segment;
        let login = format!("/{l}/login");
        self.session.goto(&self.app.url(&login)).await;
        self.check(lang, "login", "GET", &login, 200).await;
        let email = self.session.find("#email").await;
        email
            .send_keys("personne@example.org")
            .await
            .expect("type an email");
        let password = self.session.find("#password").await;
        password
            .send_keys("pas le bon mot de passe")
            .await
            .expect("type a password");
        self.click("main button[type=submit]").await;
        self.session.wait_for_title(lang.error_title).await;
        self.check(lang, "login-errors", "POST", &login, 422).await;

        self.sign_in_as(&accounts.admin).await;
        let slug = &accounts.slug;
        let pages = [
            ("orgs-list", format!("/{l}/orgs/")),
            ("org-overview", format!("/{l}/orgs/{slug}/")),
            (
                "org-report",
                format!("/{l}/orgs/{slug}/reports/organization"),
            ),
            (
                "org-community",
                format!("/{l}/orgs/{slug}/reports/community"),
            ),
            ("funders", format!("/{l}/funders/")),
            (
                "checklist",
                format!("/{l}/orgs/{slug}/checklists/{}", accounts.wave),
            ),
            ("progress", format!("/{l}/orgs/{slug}/progress")),
            ("support", format!("/{l}/orgs/{slug}/support")),
            ("admin", format!("/{l}/admin/")),
            ("admin-orgs", format!("/{l}/admin/orgs")),
            ("admin-people", format!("/{l}/admin/people")),
            ("admin-audit", format!("/{l}/admin/audit")),
            (
                "admin-wave",
                format!("/{l}/admin/orgs/{slug}/waves/{}", accounts.wave),
            ),
            (
                "admin-wave-close",
                format!("/{l}/admin/orgs/{slug}/waves/{}/close", accounts.wave),
            ),
            ("instruments", format!("/{l}/instruments/")),
            ("codebook", format!("/{l}/instruments/fidelity/2")),
        ];
        for (name, path) in pages {
            self.session.goto(&self.app.url(&path)).await;
            self.check(lang, name, "GET", &path, 200).await;
        }
        // Submitting the checklist unrated: its error summary and the errors by each item.
        let checklist = format!("/{l}/orgs/{slug}/checklists/{}", accounts.wave);
        self.session.goto(&self.app.url(&checklist)).await;
        self.click("main button[value=submit]").await;
        // One error for each of the 29 items of the checklist's second edition.
        self.session.wait_for_title("29 ").await;
        self.check(lang, "checklist-errors", "POST", &checklist, 422)
            .await;
        self.sign_in_as(&accounts.funder).await;
        let report = format!("/{l}/orgs/{slug}/reports/organization");
        self.session.goto(&self.app.url(&report)).await;
        self.check(lang, "forbidden", "GET", &report, 403).await;
        self.session
            .client
            .delete_all_cookies()
            .await
            .expect("cookies cleared");
    }

    async fn click(&self, css: &str) {
        self.session
            .find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// The whole survey in one language: welcome, each section (with errors on the first),
    /// review, saved, thanks, then the error pages.
    async fn language(&mut self, lang: &Lang) {
        let code = self.app.code.clone();
        let survey = format!("/{}/s/{code}", lang.segment);
        self.session.goto(&self.app.url(&survey)).await;
        self.check(lang, "welcome", "GET", &survey, 200).await;

        self.click("button[value=start]").await;
        self.session.wait_for_title(lang.error_title).await;
        self.check(lang, "welcome-errors", "POST", &survey, 422)
            .await;

        self.click("#consent").await;
        self.click("button[value=start]").await;
        // The ten sections of the team survey's version 2, what a new wave is given on.
        for number in 1..=10 {
            let path = format!("{survey}/{number}");
            self.session.wait_for_path(&path).await;
            self.check(lang, &format!("section-{number}"), "GET", &path, 200)
                .await;
            if number == 1 {
                self.click(".actions button[value=next]").await;
                self.session.wait_for_title(lang.error_title).await;
                self.check(lang, "section-1-errors", "POST", &path, 422)
                    .await;
                self.click("#q-role-peer").await;
            }
            if number == 7 {
                // "Strongly agree" on b_div_2 shows a follow-up question in section 10.
                self.click("#q-b_div_2-5").await;
            }
            self.click(".actions button[value=next]").await;
        }
        let review = format!("{survey}/review");
        self.session.wait_for_path(&review).await;
        self.check(lang, "review", "GET", &review, 200).await;

        self.click("button[value=save]").await;
        self.session
            .wait_until("the saved page", || async {
                self.session.find_all(".code").await > 0
            })
            .await;
        self.check(lang, "saved", "POST", &review, 200).await;
        self.click("a.button").await;
        // The saved page answered the review's own path: wait for the review's form instead.
        self.session
            .wait_until("the review page", || async {
                self.session.find_all("button[value=submit]").await > 0
            })
            .await;

        self.click("button[value=submit]").await;
        let thanks = format!("{survey}/thanks");
        self.session.wait_for_path(&thanks).await;
        self.check(lang, "thanks", "GET", &thanks, 200).await;

        let missing = [
            ("not-found", format!("/{}/nowhere", lang.segment), 404),
            (
                "invitation-not-found",
                format!("/{}/s/NOPE-0000", lang.segment),
                404,
            ),
            (
                "wave-closed",
                format!("/{}/s/{CLOSED_CODE}", lang.segment),
                410,
            ),
        ];
        for (name, path, status) in missing {
            self.session.goto(&self.app.url(&path)).await;
            self.check(lang, name, "GET", &path, status).await;
        }
        // The next language starts as a new respondent.
        self.session
            .client
            .delete_all_cookies()
            .await
            .expect("cookies cleared");
    }
}

#[tokio::test]
async fn every_survey_page_passes_axe_and_the_html_checker_in_both_languages() {
    let Some(tools) = find_browser() else {
        return;
    };
    let axe = Axe::find();
    let vnu = Vnu::find();
    let app = spawn_app().await;
    let admin = person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let slugs = seed_demo(&app, &admin).await;
    let funder = person(&app.store, "bailleur@example.org", Role::Funder, &[]).await;
    let org = app
        .store
        .organization_by_slug(&slugs[0])
        .await
        .expect("read")
        .expect("a demo organization");
    let waves = app.store.waves_of(&org.id).await.expect("read");
    let accounts = Accounts {
        wave: waves.first().expect("a demo wave").id.to_string(),
        slug: slugs[0].clone(),
        admin: session_token(&app.store, &admin).await,
        funder: session_token(&app.store, &funder).await,
    };
    let driver = ChromeDriver::start(&tools).await;
    let session = driver.session(true).await;
    let html_dir = target_dir().join("browser-html");
    let _ = std::fs::remove_dir_all(&html_dir);
    let mut sweep = Sweep {
        app: &app,
        session,
        axe,
        html_dir,
        shots_dir: target_dir().join("screenshots"),
        pages: Vec::new(),
        message_ids: message_ids(),
        problems: Vec::new(),
    };
    if let Some(axe) = &sweep.axe {
        axe_finds_a_known_violation(axe, &sweep.session).await;
    }
    let mut survey_pages = 0;
    for lang in &LANGS {
        let before = sweep.pages.len();
        sweep.language(lang).await;
        survey_pages = sweep.pages.len() - before;
        sweep.signed_in(lang, &accounts).await;
    }
    let count = |tag: &str| sweep.pages.iter().filter(|(t, _)| *t == tag).count();
    let per_lang = format!(
        "{} fr-CA, {} en-CA; each {survey_pages} survey + {} signed-in",
        count("fr-CA"),
        count("en-CA"),
        count("fr-CA") - survey_pages
    );
    let total = sweep.pages.len();
    let tally = |kind: &str| {
        sweep
            .problems
            .iter()
            .filter(|p| p.starts_with(kind))
            .count()
    };
    let axe_violations = tally("axe ");
    let mut summary = vec![format!(
        "reflow at {WIDTH} px: {total} pages, {} too wide",
        tally("reflow ")
    )];
    if sweep.axe.is_some() {
        summary.push(format!(
            "axe: {total} pages ({per_lang}), {axe_violations} violations"
        ));
    }
    if let Some(vnu) = &vnu {
        // A page known to be invalid goes first: the checker must find its error.
        let canary = sweep.html_dir.join("canary.html");
        std::fs::write(
            &canary,
            "<!DOCTYPE html><html lang=\"en\"><head></head></html>",
        )
        .expect("canary page");
        let mut files = vec![canary.clone()];
        files.extend(sweep.pages.iter().map(|(_, f)| f.clone()));
        let mut report = vnu.check(&files);
        let canary_name = "canary.html:";
        let before = report.errors.len();
        report.errors.retain(|e| !e.contains(canary_name));
        assert!(
            report.errors.len() < before,
            "the Nu Html Checker found no error in a page without a title"
        );
        for warning in &report.warnings {
            say(&format!("vnu warning: {warning}"));
        }
        summary.push(format!(
            "vnu: {total} pages ({per_lang}), {} errors, {} warnings",
            report.errors.len(),
            report.warnings.len()
        ));
        sweep
            .problems
            .extend(report.errors.iter().map(|e| format!("vnu error: {e}")));
    }
    sweep.session.close().await;
    if std::env::var(UPDATE_DOCS).is_ok_and(|v| v == "1") {
        copy_docs_screenshots();
    }
    for problem in &sweep.problems {
        say(problem);
    }
    if !summary.is_empty() {
        say(&summary.join("; "));
    }
    assert!(
        sweep.problems.is_empty(),
        "{} accessibility or HTML problems (listed above)",
        sweep.problems.len()
    );
}

/// axe really runs: a page with an image without text must fail `image-alt`.
async fn axe_finds_a_known_violation(axe: &Axe, session: &Session) {
    session
        .goto("data:text/html,<html lang=en><title>canary</title><img src=x.png></html>")
        .await;
    let found = axe.violations(session).await;
    assert!(
        found.iter().any(|v| v.starts_with("image-alt ")),
        "axe-core missed a known violation: {found:?}"
    );
}

/// The README shows the French welcome and a French section with an error.
fn copy_docs_screenshots() {
    let docs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/screenshots");
    std::fs::create_dir_all(&docs).expect("docs/screenshots");
    for name in ["welcome", "section-1-errors"] {
        let file = format!("fr-CA-{name}.png");
        std::fs::copy(
            target_dir().join("screenshots").join(&file),
            docs.join(&file),
        )
        .expect("copy a screenshot");
    }
}
