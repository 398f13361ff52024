//! Implementation progress over HTTP: an evaluator marks milestones done with a day and
//! evidence, undoes one with a reason, and sees the current stage, each stage's completion and
//! the days spent in each — the history keeping every change.
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, assert_status, person, sign_in};
use crate::helpers::{Browser, spawn_app};

const PAGE: &str = "/fr/orgs/centre-horizon/progress";

async fn mark(
    browser: &Browser,
    milestone: &str,
    date: &str,
    evidence: &str,
) -> crate::helpers::Page {
    let csrf = browser.get(PAGE).await.csrf();
    browser
        .post(
            &format!("{PAGE}/{milestone}"),
            &[
                ("_csrf", &csrf),
                ("action", "done"),
                ("date", date),
                ("evidence", evidence),
            ],
        )
        .await
}

#[tokio::test]
async fn an_evaluator_marks_milestones_and_sees_the_stage_and_the_days_in_it() {
    let app = spawn_app().await;
    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let browser = app.browser();
    assert_status(
        &sign_in(&browser, &eva.email, PASSWORD).await,
        StatusCode::SEE_OTHER,
        "sign-in",
    );
    let empty = browser.get(PAGE).await;
    assert_status(&empty, StatusCode::OK, "progress page");
    empty.assert_has("Étape actuelle\u{a0}: pas encore commencée");
    empty.assert_has("Aucun jalon n’a encore été marqué.");

    // Exploration's required milestones, the last on March 2; installation's required ones
    // (m_ins_1…) on May 1 at the latest.
    let exploration = required_of("exploration");
    for (n, milestone) in exploration.iter().enumerate() {
        let date = if n + 1 == exploration.len() {
            "2026-03-02"
        } else {
            "2026-01-15"
        };
        let done = mark(&browser, milestone, date, "Procès-verbal de la réunion").await;
        assert_status(&done, StatusCode::SEE_OTHER, milestone);
    }
    let exploring = browser.get(&format!("{PAGE}?done=done")).await;
    exploring.assert_has("Jalon marqué comme atteint.");
    exploring.assert_has("Étape actuelle\u{a0}: Exploration");
    exploring.assert_has("Atteint le 2 mars 2026. Preuves\u{a0}: Procès-verbal de la réunion");
    let all_required = exploration.len();
    exploring.assert_has(&format!("{all_required} sur {all_required}"));
    // Strength of stage: every exploration milestone is required, so all are done.
    exploring.assert_has("<td>100\u{a0}%</td>");

    let installation = required_of("installation");
    for milestone in &installation {
        let done = mark(
            &browser,
            milestone,
            "2026-05-01",
            "Équipe de mise en œuvre formée",
        )
        .await;
        assert_status(&done, StatusCode::SEE_OTHER, milestone);
    }
    let installed = browser.get(PAGE).await;
    installed.assert_has("Étape actuelle\u{a0}: Installation");
    // Exploration from March 2 to May 1: 60 days.
    installed.assert_has("60 jours");
    installed.assert_has("1er mai 2026");

    // Wrong input: the page again, with what was typed and the message by its field.
    let next = first_not_done(&browser.get(PAGE).await.body);
    let refused = mark(&browser, &next, "2999-01-01", "Texte gardé").await;
    assert_status(&refused, StatusCode::UNPROCESSABLE_ENTITY, "future date");
    refused.assert_has("La date ne peut pas être dans le futur.");
    refused.assert_has("Texte gardé");
    refused.assert_has("<title>Erreur\u{a0}:");
    let no_evidence = mark(&browser, &next, "2026-05-02", "").await;
    assert_status(
        &no_evidence,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no evidence",
    );
    no_evidence.assert_has("Décrivez les preuves ou observations");

    // Undoing a required installation milestone takes the organization back to exploration;
    // the history keeps the mark and the undo.
    let undone_id = &installation[0];
    let csrf = browser.get(PAGE).await.csrf();
    let no_reason = browser
        .post(
            &format!("{PAGE}/{undone_id}"),
            &[("_csrf", &csrf), ("action", "undo"), ("reason", " ")],
        )
        .await;
    assert_status(
        &no_reason,
        StatusCode::UNPROCESSABLE_ENTITY,
        "undo without reason",
    );
    no_reason.assert_has("Indiquez pourquoi vous annulez ce jalon.");
    let undo = browser
        .post(
            &format!("{PAGE}/{undone_id}"),
            &[
                ("_csrf", &csrf),
                ("action", "undo"),
                ("reason", "Entré par erreur"),
            ],
        )
        .await;
    assert_status(&undo, StatusCode::SEE_OTHER, "undo");
    let back = browser.get(PAGE).await;
    back.assert_has("Étape actuelle\u{a0}: Exploration");
    back.assert_has("Entré par erreur");
    back.assert_has("annulé");
    let history = app
        .store
        .milestone_history(
            &app.org().await.id,
            &parite_core::InstrumentId::parse("progress").expect("instrument id"),
        )
        .await
        .expect("history");
    assert_eq!(history.len(), exploration.len() + installation.len() + 1);
    // Undoing it twice is refused with a message, not an error page.
    let twice = browser
        .post(
            &format!("{PAGE}/{undone_id}"),
            &[("_csrf", &csrf), ("action", "undo"), ("reason", "Encore")],
        )
        .await;
    assert_status(&twice, StatusCode::UNPROCESSABLE_ENTITY, "second undo");
    twice.assert_has("quelqu’un l’a déjà annulé");

    // The same page in English.
    let english = browser.get("/en/orgs/centre-horizon/progress").await;
    english.assert_has("Current stage: Exploration");
    english.assert_has("March 2, 2026");
    // An unknown milestone is not found.
    let unknown = browser
        .post(
            &format!("{PAGE}/m_nope"),
            &[
                ("_csrf", &csrf),
                ("action", "done"),
                ("date", "2026-01-01"),
                ("evidence", "x"),
            ],
        )
        .await;
    assert_status(&unknown, StatusCode::NOT_FOUND, "unknown milestone");
}

#[tokio::test]
async fn a_stage_reached_past_an_unfinished_one_is_flagged() {
    let app = spawn_app().await;
    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let browser = app.browser();
    sign_in(&browser, &eva.email, PASSWORD).await;
    // Exploration and initial implementation done, installation skipped.
    for stage in ["exploration", "initial"] {
        for milestone in required_of(stage) {
            let done = mark(&browser, &milestone, "2026-03-02", "Compte rendu").await;
            assert_status(&done, StatusCode::SEE_OTHER, &milestone);
        }
    }
    let page = browser.get(PAGE).await;
    page.assert_has("Étape actuelle\u{a0}: Mise en œuvre initiale");
    let missing = required_of("installation").len();
    page.assert_has(&format!(
        "<p class=\"warning\">L’étape «\u{a0}Mise en œuvre initiale\u{a0}» est considérée comme \
         atteinte, mais l’étape précédente «\u{a0}Installation\u{a0}» compte encore {missing} \
         jalons obligatoires non atteints.</p>"
    ));
    let english = browser.get("/en/orgs/centre-horizon/progress").await;
    english.assert_has(&format!(
        "The stage “Initial implementation” counts as reached, but the earlier stage \
         “Installation” still has {missing} required milestones not done."
    ));
}

/// The required milestones of a stage, from the shipped instrument a new organization is
/// tracked on (the latest version).
fn required_of(stage: &str) -> Vec<String> {
    let set = crate::helpers::instruments();
    let progress = set.latest("progress").expect("progress");
    progress
        .groups
        .iter()
        .find(|g| g.id.as_str() == stage)
        .expect("stage")
        .items
        .iter()
        .filter(|m| m.required)
        .map(|m| m.id.to_string())
        .collect()
}

/// The first milestone whose form marks it done.
fn first_not_done(body: &str) -> String {
    let marker = "<input type=\"hidden\" name=\"action\" value=\"done\">";
    let at = body.find(marker).expect("a milestone not done");
    let before = &body[..at];
    let action = before.rfind("action=\"").expect("form action") + "action=\"".len();
    before[action..]
        .split('"')
        .next()
        .and_then(|a| a.rsplit('/').next())
        .expect("milestone id")
        .to_owned()
}

use parite_store::Role;

/// The milestones the schedule of support is evidence of show what it says, so the evaluator
/// marks them from the record.
#[tokio::test]
async fn the_progress_page_says_what_the_schedule_of_support_holds() {
    use parite_core::stages::Date;
    use parite_core::support::{Attendance, SessionLanguage};
    let app = spawn_app().await;
    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let browser = app.browser();
    sign_in(&browser, &eva.email, PASSWORD).await;
    let before = browser.get(PAGE).await;
    assert!(
        !before.body.contains("calendrier de soutien"),
        "nothing planned, nothing said"
    );

    let org = app.org().await;
    let plan = |kind: &str| parite_store::PlannedActivity {
        organizations: vec![org.id.clone()],
        kind: parite_core::SupportKindId::parse(kind).expect("kind"),
        topic: None,
        label: String::new(),
        duration_minutes: 60,
        language: SessionLanguage::French,
        facilitator: String::new(),
        facilitator_is_peer: false,
    };
    let day = |d: &str| Date::parse_iso(d).expect("date");
    let coaching = app
        .store
        .plan_support(
            plan("coaching"),
            &[
                day("2026-09-01"),
                day("2026-10-01"),
                day("2026-11-01"),
                day("2099-01-01"),
            ],
            None,
        )
        .await
        .expect("plan");
    app.store
        .plan_support(plan("wrap"), &[day("2026-10-15")], None)
        .await
        .expect("plan");
    for id in &coaching[..2] {
        let counts = Attendance {
            peers: 2,
            staff: 4,
            wrap_completed: None,
        };
        app.store
            .deliver_support(id, day("2026-10-01"), [(org.id.clone(), counts)].into())
            .await
            .expect("deliver");
    }
    let page = browser.get(PAGE).await;
    page.assert_has(
        "Le calendrier de soutien compte 5 activités\u{a0}: 0 de formation, 4 de coaching, 1 WRAP.",
    );
    // Three sessions were due by today, two of them held; the one of 2099 is not due yet.
    page.assert_has(
        "Séances de coaching prévues à ce jour et offertes\u{a0}: 2 sur 3 (calendrier de soutien).",
    );
}
