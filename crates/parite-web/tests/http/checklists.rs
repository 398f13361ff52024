//! Fidelity checklists over HTTP: two evaluators rate one organization's wave blind to each
//! other, see their scores and then their agreement, and the lead records the consensus that
//! reports use. Figures are worked by hand below.

use std::collections::BTreeMap;
use std::sync::Arc;

use parite_store::{AssessmentKind, NewAssessment, Role};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, Person, assert_status, person, second_org, sign_in};

use crate::helpers::{Browser, TestApp, spawn_app};

pub(crate) const NBSP: char = '\u{a0}';

/// The first edition of the checklist, which ratings given on it keep.
pub(crate) const FIRST_EDITION: &str = include_str!("../../../../surveys/fidelity.toml");
/// The second edition: what a new rating is given on.
pub(crate) const SECOND_EDITION: &str = include_str!("../../../../surveys/fidelity-v2.toml");

/// Every item of the latest checklist rated 2, except those named.
pub(crate) fn plan(exceptions: &[(&str, &str)]) -> BTreeMap<String, String> {
    plan_on(SECOND_EDITION, exceptions)
}

/// Every item of `checklist` (an instrument file) rated 2, except those named.
pub(crate) fn plan_on(checklist: &str, exceptions: &[(&str, &str)]) -> BTreeMap<String, String> {
    let mut ratings: BTreeMap<String, String> = checklist
        .lines()
        .filter_map(|l| l.strip_prefix("id = \"f_"))
        .map(|rest| (format!("f_{}", rest.trim_end_matches('"')), "2".to_owned()))
        .collect();
    for (item, rating) in exceptions {
        ratings.insert((*item).to_owned(), (*rating).to_owned());
    }
    ratings
}

/// Evaluator A: f_com_1 and f_des_2 partly, f_des_1 not in place, f_del_5 not applicable.
fn plan_a() -> BTreeMap<String, String> {
    plan(&[
        ("f_com_1", "1"),
        ("f_des_1", "0"),
        ("f_des_2", "1"),
        ("f_del_5", "na"),
    ])
}

/// Evaluator B differs from A on f_com_2 (1 for A's 2) and f_des_1 (1 for A's 0).
fn plan_b() -> BTreeMap<String, String> {
    plan(&[
        ("f_com_1", "1"),
        ("f_com_2", "1"),
        ("f_des_1", "1"),
        ("f_des_2", "1"),
        ("f_del_5", "na"),
    ])
}

pub(crate) async fn post_ratings(
    browser: &Browser,
    path: &str,
    action: &str,
    ratings: &BTreeMap<String, String>,
    evidence: &[(&str, &str)],
) -> crate::helpers::Page {
    let page = path.strip_suffix("/consensus").unwrap_or(path);
    let csrf = browser.get(page).await.csrf();
    let names: Vec<(String, String)> = ratings
        .iter()
        .map(|(item, rating)| (format!("r_{item}"), rating.clone()))
        .chain(
            evidence
                .iter()
                .map(|(item, text)| (format!("e_{item}"), (*text).to_owned())),
        )
        .collect();
    let mut fields: Vec<(&str, &str)> = vec![("_csrf", &csrf), ("action", action)];
    fields.extend(names.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    browser.post(path, &fields).await
}

pub(crate) async fn signed_in(app: &TestApp, who: &Person) -> Browser {
    let browser = app.browser();
    let page = sign_in(&browser, &who.email, PASSWORD).await;
    assert_status(&page, StatusCode::SEE_OTHER, "sign-in");
    browser
}

pub(crate) fn checked(item: &str, code: &str) -> String {
    format!("id=\"r-{item}-{code}\" name=\"r_{item}\" value=\"{code}\" checked")
}

#[tokio::test]
async fn two_evaluators_rate_blind_see_their_agreement_and_record_a_consensus() {
    two_raters_and_a_consensus(spawn_app().await).await;
}

#[tokio::test]
async fn two_evaluators_rate_blind_see_their_agreement_and_record_a_consensus_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "two_evaluators_rate_blind_see_their_agreement_and_record_a_consensus_on_postgres",
    )
    .await
    else {
        return;
    };
    two_raters_and_a_consensus(app).await;
}

async fn two_raters_and_a_consensus(app: TestApp) {
    let store = &app.store;
    let a = person(
        store,
        "ana@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let b = person(
        store,
        "bruno@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let path = format!("/fr/orgs/centre-horizon/checklists/{}", app.wave);
    let ana = signed_in(&app, &a).await;

    // The organization's page leads to the checklist.
    let overview = ana.get("/fr/orgs/centre-horizon/").await;
    overview.assert_has(&path);

    // A draft keeps what was rated, with its evidence.
    let draft = post_ratings(
        &ana,
        &path,
        "save",
        &plan(&[("f_com_1", "1")]).into_iter().take(1).collect(),
        &[("f_com_1", "Politique adoptée par le CA en 2025")],
    )
    .await;
    assert_status(&draft, StatusCode::SEE_OTHER, "draft");
    let page = ana.get(&format!("{path}?done=saved")).await;
    page.assert_has("Brouillon enregistré");
    page.assert_has(&checked("f_com_1", "1"));
    page.assert_has("Politique adoptée par le CA en 2025");
    page.assert_has("Il reste 28 éléments à coter");

    // Submitting with items unrated: the page again, every choice kept, the unrated named.
    let incomplete = post_ratings(
        &ana,
        &path,
        "submit",
        &[
            ("f_com_1".to_owned(), "1".to_owned()),
            ("f_com_2".to_owned(), "2".to_owned()),
        ]
        .into_iter()
        .collect(),
        &[],
    )
    .await;
    assert_status(
        &incomplete,
        StatusCode::UNPROCESSABLE_ENTITY,
        "incomplete submit",
    );
    incomplete.assert_has("Cotez cet élément avant d’envoyer la cotation.");
    incomplete.assert_has(&checked("f_com_2", "2"));
    incomplete.assert_has("<title>27 erreurs");

    // Evidence without a rating is refused rather than dropped.
    let unrated_evidence = post_ratings(
        &ana,
        &path,
        "save",
        &BTreeMap::new(),
        &[("f_pow_1", "Deux pairs au comité")],
    )
    .await;
    assert_status(
        &unrated_evidence,
        StatusCode::UNPROCESSABLE_ENTITY,
        "evidence alone",
    );
    unrated_evidence.assert_has("Choisissez une cote pour que ces preuves soient enregistrées.");
    unrated_evidence.assert_has("Deux pairs au comité");

    let secret = "Politique adoptée par le CA en 2025";
    let submitted = post_ratings(&ana, &path, "submit", &plan_a(), &[("f_com_1", secret)]).await;
    assert_status(&submitted, StatusCode::SEE_OTHER, "A submits");
    let page = ana.get(&format!("{path}?done=submitted")).await;
    // Design: 0 + 1 + 2 + 2 + 2 of 10 = 70 % (moderate). Delivery: 14 of 14 with one item N/A.
    // Overall: mean(90, 70, 100, 100, 100) = 92 % (high).
    page.assert_has("7 sur 10");
    page.assert_has(&format!("70{NBSP}%"));
    page.assert_has("Fidélité modérée");
    page.assert_has("1 élément sans objet");
    page.assert_has(&format!("92{NBSP}%"));
    page.assert_has("Fidélité élevée");
    page.assert_has("L’accord s’affichera quand au moins deux personnes");
    // Submitting again changes nothing.
    let again = post_ratings(&ana, &path, "submit", &plan(&[]), &[]).await;
    assert_eq!(
        again.location.as_deref(),
        Some(format!("{path}?done=already-submitted").as_str())
    );
    ana.get(&path).await.assert_has("7 sur 10");

    // B sees that A submitted, never what A rated, while B's own rating is not submitted.
    let bruno = signed_in(&app, &b).await;
    let a_only = "<td>0 – Absent</td>";
    let blind = bruno.get(&path).await;
    blind.assert_has("ana@example.org — cotation envoyée le");
    blind.assert_has("restent cachées jusqu’à ce que vous ayez envoyé les vôtres");
    assert!(!blind.body.contains(secret), "B saw A's evidence");
    assert!(!blind.body.contains(a_only), "B saw A's ratings");
    assert!(
        !blind
            .body
            .contains("Accord entre les personnes évaluatrices")
    );
    let b_draft = post_ratings(&bruno, &path, "save", &plan_b(), &[]).await;
    assert_status(&b_draft, StatusCode::SEE_OTHER, "B's draft");
    let still_blind = bruno.get(&path).await;
    assert!(
        !still_blind.body.contains(secret),
        "B saw A's evidence before submitting"
    );
    let consensus_path = format!("{path}/consensus");
    let early = bruno
        .post(
            &consensus_path,
            &[("_csrf", &still_blind.csrf()), ("action", "start")],
        )
        .await;
    assert_status(&early, StatusCode::CONFLICT, "consensus before B submitted");

    let b_submitted = post_ratings(&bruno, &path, "submit", &plan_b(), &[]).await;
    assert_status(&b_submitted, StatusCode::SEE_OTHER, "B submits");
    // Agreement: 27 of 29 items alike (93.1 %). Kappa (Cohen, quadratic weights) over the 28
    // items neither rated N/A: p_o = 27.5/28, p_e = 722/784, κ = 48/62 = 0.77 — worked out in
    // crates/parite-core/src/agreement_tests.rs's style, by hand:
    // rows A (0,1,2) = (1,2,25), columns B = (0,4,24); cells (1,1) (2,1) (0,1) (1,1) and
    // 24 × (2,2).
    let compared = bruno.get(&path).await;
    compared.assert_has("Accord entre les personnes évaluatrices");
    compared.assert_has(&format!("93{NBSP}%"));
    compared.assert_has("0,77");
    compared.assert_has("Le kappa est celui de Cohen");
    compared.assert_has("Éléments sur lesquels les cotes diffèrent");
    compared.assert_has(a_only);

    // A, the lead, starts the consensus: the agreed items come filled in.
    let a_page = ana.get(&path).await;
    let started = ana
        .post(
            &consensus_path,
            &[("_csrf", &a_page.csrf()), ("action", "start")],
        )
        .await;
    assert_status(&started, StatusCode::SEE_OTHER, "consensus started");
    let form = ana.get(&path).await;
    form.assert_has("id=\"c-f_com_1-1\" name=\"r_f_com_1\" value=\"1\" checked");
    form.assert_has(&format!(
        "ana@example.org\u{a0}: 1 – Partiellement en place — {secret}"
    ));
    form.assert_has("ana@example.org\u{a0}: 2 – Entièrement en place");
    form.assert_has("bruno@example.org\u{a0}: 1 – Partiellement en place");
    assert!(
        !form.body.contains("name=\"r_f_des_1\" value=\"0\" checked")
            && !form.body.contains("name=\"r_f_des_1\" value=\"1\" checked"),
        "a disagreement must be left for the lead"
    );
    // Only the lead edits it.
    let not_lead = bruno
        .post(
            &consensus_path,
            &[("_csrf", &still_blind.csrf()), ("action", "save")],
        )
        .await;
    assert_status(&not_lead, StatusCode::CONFLICT, "B edits A's consensus");
    not_lead.assert_has("Seule la personne qui a commencé la cotation consensuelle");

    let mut agreed = plan_a();
    agreed.insert("f_des_1".into(), "1".into());
    let consensus = post_ratings(&ana, &consensus_path, "submit", &agreed, &[]).await;
    assert_status(&consensus, StatusCode::SEE_OTHER, "consensus submitted");
    // Consensus: design 8 of 10; overall mean(90, 80, 100, 100, 100) = 94.0 %.
    let done = bruno.get(&path).await;
    done.assert_has("Cotation consensuelle inscrite par ana@example.org");
    done.assert_has("8 sur 10");
    done.assert_has(&format!("94{NBSP}%"));
    // Every rating is kept; the report uses the consensus.
    let assessments = app
        .store
        .assessments_of(&app.org().await.id, &app.wave)
        .await
        .expect("read");
    assert_eq!(assessments.len(), 3);
    let csv = ana
        .get("/fr/orgs/centre-horizon/exports/fidelity.csv")
        .await;
    assert_status(&csv, StatusCode::OK, "fidelity CSV");
    assert!(csv.body.contains("94,0"), "{}", csv.body);

    // Submissions and consensus are in the audit log.
    let audit = store
        .audit_entries(&Default::default())
        .await
        .expect("audit");
    assert!(audit.iter().any(|e| e.action == "checklist_submit"));
    assert!(audit.iter().any(|e| e.action == "consensus_submit"));
}

#[tokio::test]
async fn forged_ratings_and_other_organizations_waves_are_refused() {
    let app = spawn_app().await;
    let a = person(
        &app.store,
        "ana@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let ana = signed_in(&app, &a).await;
    let path = format!("/fr/orgs/centre-horizon/checklists/{}", app.wave);
    for forged in [
        [("r_f_com_1", "3")],
        [("r_f_com_1", "na")],
        [("r_f_invented", "2")],
        [("e_q1", "texte")],
    ] {
        let csrf = ana.get(&path).await.csrf();
        let mut fields = vec![("_csrf", csrf.as_str()), ("action", "save")];
        fields.extend_from_slice(&forged);
        let page = ana.post(&path, &fields).await;
        assert_status(&page, StatusCode::BAD_REQUEST, &format!("{forged:?}"));
    }
    let stored = app
        .store
        .assessments_of(&app.org().await.id, &app.wave)
        .await
        .expect("read");
    assert!(stored.is_empty(), "a forged form created an assessment");
    // Another organization's wave under this organization's address.
    let (_, _, other_wave, _) = second_org(&app).await;
    let page = ana
        .get(&format!("/fr/orgs/centre-horizon/checklists/{other_wave}"))
        .await;
    assert_status(&page, StatusCode::NOT_FOUND, "another organization's wave");
    // Team leads see the organization, not its checklists.
    let lead = person(
        &app.store,
        "lea@example.org",
        Role::TeamLead,
        &["centre-horizon"],
    )
    .await;
    let lea = signed_in(&app, &lead).await;
    assert_status(&lea.get(&path).await, StatusCode::FORBIDDEN, "team lead");
    assert!(
        !lea.get("/fr/orgs/centre-horizon/")
            .await
            .body
            .contains(&path)
    );
}

/// The date of `unix` as a page in `locale` writes it.
fn page_date(locale: parite_i18n::Locale, unix: i64) -> String {
    let localizer =
        Arc::new(parite_i18n::Localizer::embedded(parite_i18n::Locale::fr_ca()).expect("locales"));
    let day =
        parite_core::stages::Date::from_days_since_epoch(unix.div_euclid(86_400)).expect("a date");
    parite_i18n::Texts::new(localizer, locale).date(&day.to_string())
}

/// Demo and imported data can hold a consensus with no individual rating: the raters' list
/// then says a consensus was recorded, and when, instead of that nobody has started.
#[tokio::test]
async fn a_consensus_without_individual_ratings_is_not_called_unstarted() {
    let app = spawn_app().await;
    let lead = person(
        &app.store,
        "lou@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let a = person(
        &app.store,
        "ana@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let ana = signed_in(&app, &a).await;
    let fr_path = format!("/fr/orgs/centre-horizon/checklists/{}", app.wave);
    let en_path = format!("/en/orgs/centre-horizon/checklists/{}", app.wave);
    let unstarted = "Personne n’a encore commencé à coter cette grille.";
    ana.get(&fr_path).await.assert_has(unstarted);

    let org = app.org().await;
    let consensus = app
        .store
        .create_assessment(NewAssessment {
            organization_id: org.id.clone(),
            wave_id: app.wave.clone(),
            instrument_id: parite_core::InstrumentId::parse("fidelity").expect("instrument id"),
            instrument_version: 1,
            rater_id: lead.id.clone(),
            kind: AssessmentKind::Consensus,
        })
        .await
        .expect("consensus");
    let draft = ana.get(&fr_path).await;
    draft.assert_has(
        "Une cotation consensuelle est en cours\u{202f}; il n’y a aucune cotation individuelle.",
    );
    assert!(!draft.body.contains(unstarted), "{}", draft.body);

    let _ = app
        .store
        .submit_assessment(&consensus)
        .await
        .expect("submit");
    let submitted_at = app
        .store
        .assessments_of(&org.id, &app.wave)
        .await
        .expect("read")
        .into_iter()
        .find(|s| s.id == consensus)
        .and_then(|s| s.submitted_at)
        .expect("submitted")
        .unix();
    let fr = ana.get(&fr_path).await;
    fr.assert_has(&format!(
        "Une cotation consensuelle a été inscrite le {}\u{202f}; il n’y a aucune cotation individuelle.",
        page_date(parite_i18n::Locale::fr_ca(), submitted_at)
    ));
    assert!(!fr.body.contains(unstarted), "{}", fr.body);
    let en = ana.get(&en_path).await;
    en.assert_has(&format!(
        "A consensus rating was recorded on {}; there are no individual ratings.",
        page_date(parite_i18n::Locale::en_ca(), submitted_at)
    ));
    assert!(!en.body.contains("No one has started"), "{}", en.body);
}
