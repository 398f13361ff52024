//! A whole survey over HTTP, in French, as a respondent on a phone would fill it.

use futures_util::StreamExt;
use parite_store::AnswerFilter;
use reqwest::StatusCode;

use crate::helpers::{Browser, TestApp, spawn_app};

/// Every section of the team survey (version 2, what a new wave is given on) with answers, in
/// order.
fn french_answers() -> Vec<Vec<(&'static str, &'static str)>> {
    vec![
        vec![("role", "peer"), ("work_language", "fr")],
        vec![
            ("b_prec_1", "2"),
            ("b_prec_2", "4"),
            ("b_prec_3", "dk"),
            ("b_prec_4", "4"),
        ],
        vec![("b_cult_1", "1"), ("b_cult_2", "5"), ("b_cult_3", "2")],
        vec![("b_lang_1", "3"), ("b_lang_2", "2"), ("b_lang_3", "4")],
        vec![("b_lead_1", "4"), ("b_lead_2", "2"), ("b_lead_4", "3")],
        vec![("b_stig_1", "5"), ("b_stig_2", "5"), ("b_stig_3", "1")],
        vec![("b_div_1", "2"), ("b_div_2", "5"), ("b_div_3", "2")],
        vec![("r_1", "4"), ("r_2", "3"), ("r_3", "5"), ("r_4", "5")],
        vec![("p_refl", "2"), ("p_loop", "1"), ("p_equity", "3")],
        vec![
            ("t_barrier", "Le manque de temps « réel » : 3,5 h par mois"),
            ("t_divide_example", "Une réunion d’équipe"),
        ],
    ]
}

async fn start(app: &TestApp, browser: &Browser, lang: &str) -> String {
    let path = format!("/{lang}/s/{}", app.code);
    let started = browser
        .submit(&path, &[("_action", "start"), ("consent", "yes")])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let location = started.location.expect("redirect to the first section");
    assert_eq!(location, format!("/{lang}/s/{}/1", app.code));
    location
}

async fn stored_answers(app: &TestApp) -> Vec<parite_store::AnswerRow> {
    let filter = AnswerFilter {
        organization: None,
        wave: Some(app.wave.clone()),
        submitted_only: true,
        instrument: None,
    };
    let rows: Vec<_> = app.store.stream_answers(&filter).collect().await;
    rows.into_iter().map(|r| r.expect("row")).collect()
}

#[tokio::test]
async fn a_team_member_fills_the_whole_survey_in_french() {
    let app = spawn_app().await;
    let browser = app.browser();
    let welcome = browser.get(&format!("/fr/s/{}", app.code)).await;
    assert_eq!(welcome.status, StatusCode::OK);
    welcome.assert_has("<html lang=\"fr-CA\">");
    welcome.assert_has("Votre vie privée");
    welcome.assert_has("moins de 5 personnes");
    // Canadian French typography: a no-break space before the colon, inside the guillemets.
    welcome.assert_has("sur notre serveur\u{a0}: le sondage");
    welcome.assert_has("«\u{a0}Envoyer mes réponses\u{a0}»");
    start(&app, &browser, "fr").await;
    let sections = french_answers();
    for (i, answers) in sections.iter().enumerate() {
        let number = i + 1;
        let path = format!("/fr/s/{}/{number}", app.code);
        let page = browser.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "section {number}");
        page.assert_has(&format!("Section {number} de 10"));
        let mut fields = answers.clone();
        fields.push(("_action", "next"));
        let sent = browser.submit(&path, &fields).await;
        assert_eq!(
            sent.status,
            StatusCode::SEE_OTHER,
            "section {number}: {}",
            sent.body
        );
        let next = if number == sections.len() {
            format!("/fr/s/{}/review", app.code)
        } else {
            format!("/fr/s/{}/{}", app.code, number + 1)
        };
        assert_eq!(sent.location.as_deref(), Some(next.as_str()));
    }
    let review = browser.get(&format!("/fr/s/{}/review", app.code)).await;
    review.assert_has("Relisez vos réponses");
    review.assert_has("Pair, pair aidant ou paire aidante");
    review.assert_has("Le manque de temps « réel » : 3,5 h par mois");
    let submitted = browser
        .submit(
            &format!("/fr/s/{}/review", app.code),
            &[("_action", "submit")],
        )
        .await;
    assert_eq!(
        submitted.location,
        Some(format!("/fr/s/{}/thanks", app.code))
    );
    let thanks = browser.get(&format!("/fr/s/{}/thanks", app.code)).await;
    thanks.assert_has("Merci\u{202f}!");

    let rows = stored_answers(&app).await;
    let value = |item: &str| {
        rows.iter()
            .find(|r| r.item_id == item)
            .map(|r| r.value.clone())
    };
    assert_eq!(
        value("role").as_deref(),
        Some("peer"),
        "codes are stored, not labels"
    );
    assert_eq!(value("b_prec_3").as_deref(), Some("dk"));
    assert_eq!(
        value("t_divide_example").as_deref(),
        Some("Une réunion d’équipe"),
        "shown because b_div_2 >= 4"
    );
    assert_eq!(
        rows.len(),
        31 - 1,
        "every item of version 2 but the unanswered t_help"
    );
    assert!(
        rows.iter()
            .all(|r| r.locale == "fr-CA" && r.respondent_role.as_deref() == Some("peer"))
    );
}

#[tokio::test]
async fn a_validation_error_shows_beside_the_field_and_keeps_the_answers() {
    let app = spawn_app().await;
    let browser = app.browser();
    start(&app, &browser, "fr").await;
    let path = format!("/fr/s/{}/1", app.code);
    let page = browser
        .submit(&path, &[("work_language", "both"), ("_action", "next")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has("<title>Erreur\u{a0}: À propos de vous");
    page.assert_has("Il y a 1 problème sur cette page");
    page.assert_has("<a href=\"#q-role\">");
    page.assert_has("id=\"q-role-error\">Veuillez répondre à cette question.</p>");
    page.assert_has("aria-describedby=\"q-role-error\"");
    page.assert_has("value=\"both\" checked");
}

#[tokio::test]
async fn a_respondent_saves_and_resumes_in_another_browser() {
    let app = spawn_app().await;
    let phone = app.browser();
    start(&app, &phone, "fr").await;
    let path = format!("/fr/s/{}/1", app.code);
    let saved = phone
        .submit(&path, &[("role", "provider"), ("_action", "save")])
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    saved.assert_has("Vos réponses sont enregistrées");
    let marker = "<span class=\"code\">";
    let start_at = saved.body.find(marker).expect("the code is shown") + marker.len();
    let code: String = saved.body[start_at..]
        .chars()
        .take_while(|c| *c != '<')
        .collect();
    assert_eq!(code.len(), 14, "{code}");

    let laptop = app.browser();
    let welcome = format!("/fr/s/{}", app.code);
    let wrong = laptop
        .submit(
            &welcome,
            &[("_action", "resume"), ("resume_code", "AAAA-BBBB-CCCC")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_has("Ce code de reprise est introuvable");
    let typed = code.to_lowercase().replace('-', " ");
    let resumed = laptop
        .submit(&welcome, &[("_action", "resume"), ("resume_code", &typed)])
        .await;
    assert_eq!(resumed.status, StatusCode::SEE_OTHER);
    let page = laptop.get(&path).await;
    page.assert_has("value=\"provider\" checked");
}

#[tokio::test]
async fn switching_language_mid_survey_keeps_the_place_and_the_answers() {
    let app = spawn_app().await;
    let browser = app.browser();
    start(&app, &browser, "fr").await;
    let path = format!("/fr/s/{}/2", app.code);
    let switched = browser
        .submit(&path, &[("b_prec_1", "4"), ("_action", "switch-lang")])
        .await;
    assert_eq!(switched.location, Some(format!("/en/s/{}/2", app.code)));
    let english = browser.get(&format!("/en/s/{}/2", app.code)).await;
    english.assert_has("<html lang=\"en-CA\">");
    english.assert_has("Section 2 of 10");
    english.assert_has("value=\"4\" checked");
    english.assert_has("lang=\"fr-CA\">Français</button>");
}

#[tokio::test]
async fn a_double_submit_shows_thanks_again_and_stores_once() {
    let app = spawn_app().await;
    let browser = app.browser();
    start(&app, &browser, "en").await;
    let first = browser
        .submit(
            &format!("/en/s/{}/1", app.code),
            &[("role", "manager"), ("_action", "next")],
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let review = format!("/en/s/{}/review", app.code);
    let form = browser.get(&review).await;
    let csrf = form.csrf();
    let one = browser
        .post(&review, &[("_csrf", &csrf), ("_action", "submit")])
        .await;
    let two = browser
        .post(&review, &[("_csrf", &csrf), ("_action", "submit")])
        .await;
    assert_eq!(one.location, two.location);
    assert_eq!(two.location, Some(format!("/en/s/{}/thanks", app.code)));
    let counts = app
        .store
        .wave_response_counts(&app.wave)
        .await
        .expect("counts");
    assert_eq!(counts.submitted, 1);
    // The back button to a section after submitting leads to the thank-you page too.
    let back = browser.get(&format!("/en/s/{}/1", app.code)).await;
    assert_eq!(back.location, Some(format!("/en/s/{}/thanks", app.code)));
}
