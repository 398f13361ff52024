//! A report that mixes waves given on version 1 and version 2 of the team survey: each wave is
//! scored with its own version, and the change between them is over the items both versions
//! share, with the report saying so — on SQLite and on PostgreSQL.

use parite_core::aggregate::ItemsCompared;
use parite_core::report::{ReportInstruments, WaveVisibility};
use parite_store::figures::load;
use parite_store::{NewWave, OrgId, Role, Store, Timestamp, WaveId};

use crate::accounts::{person, request, session};
use crate::helpers::{TestApp, spawn_app};

#[tokio::test]
async fn a_report_compares_a_version_1_and_a_version_2_wave_over_their_shared_items() {
    a_report_compares_across_versions(spawn_app().await).await;
}

#[tokio::test]
async fn a_report_compares_across_versions_on_postgres() {
    let Some(app) =
        crate::helpers::spawn_app_postgres("a_report_compares_across_versions_on_postgres").await
    else {
        return;
    };
    a_report_compares_across_versions(app).await;
}

async fn wave(store: &Store, org: &OrgId, version: u32, label: &str, opens: i64) -> WaveId {
    store
        .open_wave(NewWave {
            organization_id: org.clone(),
            instrument_id: parite_core::InstrumentId::parse("team-survey").expect("id"),
            instrument_version: version,
            label: label.into(),
            opens_at: Timestamp::from_unix(opens),
            closes_at: None,
        })
        .await
        .expect("wave")
}

/// Six responses to `wave`, half peers, half providers, each with `values`.
async fn answered(app: &TestApp, wave: &WaveId, version: u32, values: &[(&str, &str)]) {
    let survey = app
        .instruments
        .get("team-survey", version)
        .expect("shipped version");
    for respondent in 0..6 {
        let role = if respondent % 2 == 0 {
            "peer"
        } else {
            "provider"
        };
        let mut pairs = vec![("role", role)];
        pairs.extend_from_slice(values);
        let answers = parite_core::answer::answers_from_values(survey, pairs.iter().copied());
        app.submitted(wave, "fr-CA", role, answers).await;
    }
}

async fn a_report_compares_across_versions(app: TestApp) {
    let store = &app.store;
    let org = store
        .create_organization("rive-sud", "Rive-Sud")
        .await
        .expect("org");
    let spring = wave(store, &org, 1, "Printemps 2026", 1_777_000_000).await;
    let fall = wave(store, &org, 2, "Automne 2026", 1_790_000_000).await;
    // Leadership (a barrier; b_lead_1 and b_lead_2 reverse-coded): version 1 has b_lead_3,
    // version 2 b_lead_4 in its place. Over all three items the index goes from 5/3 to 3
    // (+1.33); over the two both versions share, from 2 to 4 (+2.00).
    answered(
        &app,
        &spring,
        1,
        &[
            ("b_lead_1", "4"),
            ("b_lead_2", "4"),
            ("b_lead_3", "1"),
            ("r_1", "3"),
            ("r_2", "3"),
        ],
    )
    .await;
    answered(
        &app,
        &fall,
        2,
        &[
            ("b_lead_1", "2"),
            ("b_lead_2", "2"),
            ("b_lead_4", "5"),
            ("r_1", "4"),
            ("r_2", "4"),
            ("p_refl", "4"),
            ("p_loop", "2"),
        ],
    )
    .await;
    store
        .close_wave(&spring, Timestamp::from_unix(1_789_000_000))
        .await
        .expect("close");

    let which = ReportInstruments::latest(&app.instruments, parite_web::support::kinds())
        .expect("shipped instruments");
    let orgs = vec![
        store
            .organization_by_slug("rive-sud")
            .await
            .expect("read")
            .expect("the organization"),
    ];
    let data = load(store, &app.instruments, &which, &orgs, WaveVisibility::Live)
        .await
        .expect("report");

    // Each wave is scored with its own version: version 1's leadership over its three items.
    let leadership_of = |wave: &str| {
        data.aggregates
            .indices
            .iter()
            .find(|a| a.wave == wave && a.index.as_str() == "leadership")
            .and_then(|a| a.estimates.all.mean)
    };
    let spring_mean = leadership_of("Printemps 2026").expect("spring mean");
    assert!((spring_mean - 5.0 / 3.0).abs() < 1e-9, "{spring_mean}");
    assert_eq!(leadership_of("Automne 2026"), Some(3.0));

    let change_of = |index: &str| {
        data.changes
            .iter()
            .find(|c| c.index.as_str() == index)
            .unwrap_or_else(|| panic!("a change of {index}: {:?}", data.changes))
    };
    let leadership = change_of("leadership");
    assert_eq!(
        leadership.compared,
        ItemsCompared::Shared {
            from_version: 1,
            to_version: 2,
            shared: 2
        }
    );
    let difference = leadership.difference.all.expect("a difference");
    assert!((difference.estimate - 2.0).abs() < 1e-9, "{difference:?}");
    // Readiness has the same items in both versions: compared as it is.
    let readiness = change_of("readiness");
    assert_eq!(readiness.compared, ItemsCompared::Same);
    assert_eq!(readiness.difference.all.map(|d| d.estimate), Some(1.0));
    // Practices exist in version 2 only: nothing to compare them with.
    assert!(!data.changes.iter().any(|c| c.index.as_str() == "practices"));

    // The report says what the change is over, and the table says how many items.
    let eva = person(store, "eva@example.ca", Role::Evaluator, &["rive-sud"]).await;
    let eva = session(store, &eva.id).await;
    let page = request(
        &app.base,
        "GET",
        "/en/orgs/rive-sud/reports/organization",
        Some(&eva),
        &[],
    )
    .await;
    assert!(
        page.body.contains(
            "Leadership support: versions 1 and 2 of the survey share 2 of its items (3 in \
             version 1, 3 in version 2)."
        ),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("Precedent and ways of working: versions 1 and 2")
    );
    let csv = request(
        &app.base,
        "GET",
        "/en/orgs/rive-sud/exports/change.csv",
        Some(&eva),
        &[],
    )
    .await;
    let header = csv.body.lines().next().expect("a header");
    assert!(
        header.ends_with("shared_items") || header.contains("Items compared"),
        "{header}"
    );
    let leadership_rows: Vec<&str> = csv
        .body
        .lines()
        .filter(|line| line.contains(",leadership,"))
        .collect();
    assert_eq!(leadership_rows.len(), 3, "everyone, peers, professionals");
    assert!(
        leadership_rows.iter().all(|row| row.ends_with(",2")),
        "{leadership_rows:?}"
    );
    let readiness_row = csv
        .body
        .lines()
        .find(|line| line.contains(",readiness,"))
        .expect("readiness row");
    assert!(readiness_row.ends_with(','), "{readiness_row}");
}
