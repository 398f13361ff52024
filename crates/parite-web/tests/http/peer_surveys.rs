//! The peer-values and peer-engagement questionnaires beside the team survey: a wave opened on
//! each, answered, and reported in sections and tables of their own, never mixed into the
//! team survey's figures — on SQLite and on PostgreSQL.

use parite_core::aggregate::IndexAggregate;
use parite_core::report::{ReportInstruments, WaveVisibility};
use parite_core::suppression::{Masked, MinCell};
use parite_store::figures::load;
use parite_store::{NewWave, OrgId, Role, Timestamp, WaveId};
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::{Browser, TestApp, spawn_app};

#[tokio::test]
async fn the_peer_questionnaires_have_their_own_sections_and_tables() {
    peer_questionnaires(spawn_app().await).await;
}

#[tokio::test]
async fn the_peer_questionnaires_have_their_own_sections_and_tables_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres("peer_questionnaires_on_postgres").await
    else {
        return;
    };
    peer_questionnaires(app).await;
}

/// A wave of `instrument`'s latest version.
async fn wave(app: &TestApp, org: &OrgId, instrument: &str, label: &str, opens: i64) -> WaveId {
    let latest = app.instruments.latest(instrument).expect("shipped");
    app.store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: latest.id.clone(),
            instrument_version: latest.version,
            label: label.into(),
            opens_at: Timestamp::from_unix(opens),
            closes_at: None,
        })
        .await
        .expect("wave")
}

/// `count` responses to a wave of `instrument` (latest version), each with `values`.
async fn answered(
    app: &TestApp,
    wave: &WaveId,
    instrument: &str,
    role: &str,
    count: usize,
    values: &[(&str, &str)],
) {
    let survey = app.instruments.latest(instrument).expect("shipped");
    for _ in 0..count {
        let mut pairs = vec![("role", role)];
        pairs.extend_from_slice(values);
        let answers = parite_core::answer::answers_from_values(survey, pairs.iter().copied());
        app.submitted(wave, "fr-CA", role, answers).await;
    }
}

/// A peer answers the engagement questionnaire through its invitation link, section by
/// section, as on a phone: it has no role question (every respondent is a peer).
async fn engagement_by_link(browser: &Browser, code: &str, heard: &str) {
    let welcome = format!("/fr/s/{code}");
    let started = browser
        .submit(&welcome, &[("_action", "start"), ("consent", "yes")])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.body);
    let sections: [&[(&str, &str)]; 4] = [
        &[
            ("e_level", "consulted"),
            ("e_purpose", "4"),
            ("e_info", "4"),
            ("e_support", "dk"),
            ("e_paid", "2"),
        ],
        &[
            ("e_heard", heard),
            ("e_disagree", heard),
            ("e_share", "5"),
            ("e_partners", "4"),
            ("e_not_alone", "4"),
        ],
        &[("e_influence", "3"), ("e_told", "2"), ("e_again", "5")],
        &[("t_easier", "Recevoir les documents plus tôt")],
    ];
    for (i, answers) in sections.iter().enumerate() {
        let path = format!("/fr/s/{code}/{}", i + 1);
        let page = browser.get(&path).await;
        page.assert_has(&format!("Section {} de 4", i + 1));
        let mut fields = answers.to_vec();
        fields.push(("_action", "next"));
        let sent = browser.submit(&path, &fields).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    }
    let review = format!("/fr/s/{code}/review");
    let submitted = browser.submit(&review, &[("_action", "submit")]).await;
    assert_eq!(submitted.location, Some(format!("/fr/s/{code}/thanks")));
}

fn index<'a>(indices: &'a [IndexAggregate], id: &str) -> &'a IndexAggregate {
    indices
        .iter()
        .find(|a| a.index.as_str() == id)
        .unwrap_or_else(|| panic!("no {id} in {indices:?}"))
}

async fn peer_questionnaires(app: TestApp) {
    let store = &app.store;
    let org = store
        .create_organization("rive-nord", "Rive-Nord")
        .await
        .expect("org");
    // The values wave falls between two team-survey waves: the team survey's change from one
    // to the other must still be there.
    let spring = wave(&app, &org, "team-survey", "Printemps 2026", 1_777_000_000).await;
    let values = wave(&app, &org, "peer-values", "Valeurs 2026", 1_780_000_000).await;
    let engagement = wave(&app, &org, "peer-engagement", "Comité 2026", 1_782_000_000).await;
    let fall = wave(&app, &org, "team-survey", "Automne 2026", 1_790_000_000).await;
    for (wave, (lead, role)) in [(&spring, ("4", "peer")), (&fall, ("2", "provider"))] {
        let answers = [
            ("b_lead_1", lead),
            ("b_lead_2", lead),
            ("r_1", "3"),
            ("r_2", "3"),
        ];
        answered(&app, wave, "team-survey", role, 6, &answers).await;
    }
    // Hope: peer workers 4.5, managers 3.5, so a gap of +1.0. Wellness: only two managers
    // answer it, too few to show, so neither their mean nor the gap is shown.
    let peer_values = [
        ("v_hope_1", "5"),
        ("v_hope_2", "4"),
        ("v_well_1", "4"),
        ("v_well_2", "4"),
    ];
    answered(&app, &values, "peer-values", "peer_worker", 5, &peer_values).await;
    let manager_values = [("v_hope_1", "4"), ("v_hope_2", "3")];
    answered(&app, &values, "peer-values", "manager", 3, &manager_values).await;
    let manager_wellness = [
        ("v_hope_1", "4"),
        ("v_hope_2", "3"),
        ("v_well_1", "3"),
        ("v_well_2", "3"),
    ];
    answered(
        &app,
        &values,
        "peer-values",
        "manager",
        2,
        &manager_wellness,
    )
    .await;
    // Five peers of a committee, by their invitation link.
    store
        .create_invitation(&engagement, "COMITE-26")
        .await
        .expect("invitation");
    let welcome = app.browser().get("/fr/s/COMITE-26").await;
    welcome.assert_has("Toutes les questions sont facultatives. Vous pouvez");
    assert!(
        !welcome.body.contains("sauf votre rôle"),
        "no role question in this questionnaire"
    );
    for heard in ["5", "4", "4", "5", "2"] {
        engagement_by_link(&app.browser(), "COMITE-26", heard).await;
    }
    for wave in [&spring, &values, &engagement] {
        store
            .close_wave(wave, Timestamp::from_unix(1_789_000_000))
            .await
            .expect("close");
    }

    let which = ReportInstruments::latest(&app.instruments, parite_web::support::kinds())
        .expect("shipped instruments");
    let orgs = vec![
        store
            .organization_by_slug("rive-nord")
            .await
            .expect("read")
            .expect("the organization"),
    ];
    let data = load(store, &app.instruments, &which, &orgs, WaveVisibility::Live)
        .await
        .expect("report");
    // The team survey's figures are its own: its two waves, none of the values' indices.
    assert!(
        data.aggregates
            .indices
            .iter()
            .all(|a| a.wave == "Printemps 2026" || a.wave == "Automne 2026"),
        "{:?}",
        data.aggregates.indices
    );
    assert_eq!(data.aggregates.participation.len(), 2);
    let leadership = data
        .changes
        .iter()
        .find(|c| c.index.as_str() == "leadership")
        .expect("the team survey's change across the values wave");
    assert_eq!(leadership.difference.all.map(|d| d.estimate), Some(2.0));

    let k = MinCell::new(5).expect("k");
    let values_figures = &data.other_surveys["peer-values"].indices;
    let hope = index(values_figures, "hope");
    assert_eq!(hope.estimates.peer.mean, Some(4.5));
    assert_eq!(hope.estimates.professional.mean, Some(3.5));
    assert_eq!(hope.estimates.all.n, 10);
    let Masked::Shown(gap) = hope.group_gap(k) else {
        panic!("the hope gap is shown: {hope:?}");
    };
    assert!((gap.estimate - 1.0).abs() < 1e-9, "{gap:?}");
    let wellness = index(values_figures, "wellness");
    assert_eq!(wellness.estimates.professional.n, 2);
    assert!(matches!(wellness.group_gap(k), Masked::Suppressed { .. }));
    let engagement_figures = &data.other_surveys["peer-engagement"].indices;
    let participation = index(engagement_figures, "participation");
    assert_eq!(participation.estimates.all.n, 5, "pooled over the wave");
    assert_eq!(
        participation.estimates.peer.n, 0,
        "no role question, no groups"
    );

    // The organization's report: a section for each questionnaire, with its table.
    let eva = person(store, "eva@example.ca", Role::Evaluator, &["rive-nord"]).await;
    let eva = session(store, &eva.id).await;
    let page = request(
        &app.base,
        "GET",
        "/en/orgs/rive-nord/reports/organization",
        Some(&eva),
        &[],
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Peer-support values in practice",
        "Hope and recovery",
        "4.5 (n = 5)",
        "+1.0 [",
        "Peers’ experience of engagement",
        "Participatory culture",
        "/en/orgs/rive-nord/exports/peer-values.csv",
    ] {
        assert!(page.body.contains(text), "{text} in {}", page.body);
    }
    assert!(
        !page.body.contains("Recevoir les documents"),
        "free text never in a report"
    );
    let csv = request(
        &app.base,
        "GET",
        "/en/orgs/rive-nord/exports/peer-values.csv",
        Some(&eva),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut lines = csv.body.trim_start_matches('\u{feff}').lines();
    let header = lines.next().expect("a header");
    assert!(header.contains("Gap (peer workers − managers)"), "{header}");
    let hope_row = lines
        .clone()
        .find(|l| l.contains(",hope,"))
        .expect("a hope row");
    assert!(hope_row.contains(",10,4.00,"), "{hope_row}");
    assert!(hope_row.contains(",5,4.50,5,3.50,1.00,"), "{hope_row}");
    let wellness_row = lines
        .find(|l| l.contains(",wellness,"))
        .expect("a wellness row");
    assert!(
        wellness_row.ends_with(
            "fewer than 5 respondents,fewer than 5 respondents,fewer than 5 respondents"
        ),
        "{wellness_row}"
    );

    // The organization page offers each survey's raw answers, named by the survey, and its
    // checklist link is the latest team-survey wave's even when another survey's is newer.
    let newest = wave(&app, &org, "peer-values", "Valeurs 2027", 1_795_000_000).await;
    let list = request(&app.base, "GET", "/en/orgs/", Some(&eva), &[]).await;
    assert!(
        list.body
            .contains("/en/orgs/rive-nord/exports/raw/peer-values-responses-wide.csv"),
        "{}",
        list.body
    );
    assert!(
        list.body
            .contains("/en/orgs/rive-nord/exports/raw/peer-engagement-codebook.csv")
    );
    assert!(
        list.body
            .contains(&format!("/en/orgs/rive-nord/checklists/{fall}"))
    );
    assert!(!list.body.contains(&format!("/checklists/{newest}")));
    let wide = request(
        &app.base,
        "GET",
        "/en/orgs/rive-nord/exports/raw/peer-values-responses-wide.csv",
        Some(&eva),
        &[],
    )
    .await;
    assert_eq!(wide.status, StatusCode::OK);
    let header = wide.body.lines().next().unwrap_or_default();
    assert!(
        header.contains("v_hope_1") && !header.contains("b_lead_1"),
        "{header}"
    );
    assert_eq!(
        wide.body.lines().count(),
        1 + 10,
        "the ten values responses"
    );
    let script = request(
        &app.base,
        "GET",
        "/en/orgs/rive-nord/exports/raw/syntax/peer-values-responses-wide.R",
        Some(&eva),
        &[],
    )
    .await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(
        script.body.contains("peer-values-responses-wide.csv"),
        "{}",
        script.body
    );

    // An organization without either questionnaire has neither section.
    store
        .create_organization("sans-pairs", "Sans pairs")
        .await
        .expect("org");
    let eva2 = person(store, "eve@example.ca", Role::Evaluator, &["sans-pairs"]).await;
    let eva2 = session(store, &eva2.id).await;
    let page = request(
        &app.base,
        "GET",
        "/en/orgs/sans-pairs/reports/organization",
        Some(&eva2),
        &[],
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Peer-support values in practice"));
    assert!(!page.body.contains("Peers’ experience of engagement"));
}

#[tokio::test]
async fn an_administrator_opens_a_wave_on_any_survey_but_not_on_the_checklist() {
    let app = spawn_app().await;
    person(&app.store, "admin@example.org", Role::Admin, &[]).await;
    let browser = app.browser();
    let signed =
        crate::accounts::sign_in(&browser, "admin@example.org", crate::accounts::PASSWORD).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let org_page = "/en/admin/orgs/centre-horizon";
    let page = browser.get(org_page).await;
    for survey in ["team-survey", "peer-values", "peer-engagement"] {
        page.assert_has(&format!("<option value=\"{survey}\""));
    }
    assert!(
        !page.body.contains("<option value=\"fidelity\""),
        "a checklist is rated, not answered: no wave"
    );
    let open = |instrument: &'static str| {
        let browser = &browser;
        async move {
            let csrf = browser.get(org_page).await.csrf();
            let fields = [
                ("_csrf", csrf.as_str()),
                ("instrument", instrument),
                ("label", "Valeurs 2027"),
                ("closes", ""),
            ];
            browser.post(&format!("{org_page}/waves"), &fields).await
        }
    };
    let refused = open("fidelity").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Please choose one of the instruments listed.");
    refused.assert_has("value=\"Valeurs 2027\"");
    let opened = open("peer-values").await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let org = app.org().await;
    let waves = app.store.waves_of(&org.id).await.expect("waves");
    let values = waves
        .iter()
        .find(|w| w.label == "Valeurs 2027")
        .expect("the new wave");
    assert_eq!(values.instrument_id.as_str(), "peer-values");
}
