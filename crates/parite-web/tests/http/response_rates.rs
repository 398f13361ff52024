//! Teams and response rates: an administrator records a wave's team on its page (a wrong
//! count is refused with everything typed kept), and the organization report, its summary, its
//! CSV and the funders' overview give the rate out of it — or say that no team is recorded.

use parite_store::{AuditFilter, Role, Team};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, person, sign_in};
use crate::helpers::{Browser, TestApp, spawn_app};

/// The demo's organizations (slug, name), seeded with teams on every wave but the second
/// organization's first.
async fn demo(app: &TestApp) -> Vec<(String, String)> {
    app.seed_demo(3, 9, 17)
        .await
        .1
        .organizations
        .into_iter()
        .map(|(slug, name, _)| (slug, name))
        .collect()
}

async fn admin(app: &TestApp) -> Browser {
    person(&app.store, "admin@example.ca", Role::Admin, &[]).await;
    let browser = app.browser();
    let signed_in = sign_in(&browser, "admin@example.ca", PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    browser
}

#[tokio::test]
async fn an_administrator_records_a_team_and_every_report_gives_the_response_rate() {
    let app = spawn_app().await;
    let orgs = demo(&app).await;
    let browser = admin(&app).await;
    let (slug, name) = &orgs[0];
    let org = app
        .store
        .organization_by_slug(slug)
        .await
        .expect("read")
        .expect("demo organization");
    let latest = app.store.waves_of(&org.id).await.expect("waves")[0].clone();
    let wave_page = format!("/fr/admin/orgs/{slug}/waves/{}", latest.id);
    let action = format!("{wave_page}/team");

    // More peers than members: refused, both numbers kept, the error said in French.
    let csrf = browser.get(&wave_page).await.csrf();
    let refused = browser
        .post(
            &action,
            &[("_csrf", &csrf), ("team_members", "3"), ("team_peers", "9")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_has("Une équipe ne peut pas compter plus de pairs que de membres.");
    refused.assert_has("value=\"3\"");
    refused.assert_has("value=\"9\"");
    let not_a_number = browser
        .post(
            &action,
            &[
                ("_csrf", &csrf),
                ("team_members", "vingt"),
                ("team_peers", "4"),
            ],
        )
        .await;
    assert_eq!(not_a_number.status, StatusCode::UNPROCESSABLE_ENTITY);
    not_a_number.assert_has("value=\"vingt\"");
    not_a_number.assert_has("Veuillez inscrire un nombre entier de membres de 1 à 10");
    let unchanged = app
        .store
        .wave(&latest.id)
        .await
        .expect("read")
        .expect("wave");
    assert_eq!(
        unchanged.team, latest.team,
        "nothing saved from a refused form"
    );

    // A real team: saved, audited, and said on the wave's page.
    let saved = browser
        .post(
            &action,
            &[
                ("_csrf", &csrf),
                ("team_members", "20"),
                ("team_peers", "4"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let stored = app
        .store
        .wave(&latest.id)
        .await
        .expect("read")
        .expect("wave");
    assert_eq!(stored.team, Team::new(20, 4).ok());
    browser
        .get(&wave_page)
        .await
        .assert_has("20 membres, dont 4 pairs");
    let audit = app
        .store
        .audit_entries(&AuditFilter::default())
        .await
        .expect("audit");
    assert!(
        audit
            .iter()
            .any(|e| e.action == "wave_team" && e.details.contains("→ 20 members, 4 peers"))
    );

    // The report's participation table and summary, in French typography.
    let tallies = app
        .store
        .wave_tallies(Some(&org.id))
        .await
        .expect("tallies");
    let answered = tallies
        .iter()
        .find(|t| t.wave_id == latest.id)
        .map(|t| t.submitted)
        .expect("the wave's tally");
    let percent = (answered as f64 / 20.0 * 100.0).round();
    let report = browser
        .get(&format!("/fr/orgs/{slug}/reports/organization"))
        .await;
    assert_eq!(report.status, StatusCode::OK);
    report.assert_has(&format!("{answered} sur 20 ({percent}\u{a0}%)"));
    report.assert_has(&format!(
        "{answered} des 20 membres de l’équipe ont répondu à la vague {}",
        latest.label
    ));
    let english = browser
        .get(&format!("/en/orgs/{slug}/reports/organization"))
        .await;
    english.assert_has(&format!("{answered} of 20 ({percent}%)"));
    english.assert_has(&format!(
        "{answered} of the 20 team members answered in {}",
        latest.label
    ));

    // The CSV: eligible and rate beside each count.
    let csv = browser
        .get(&format!("/en/orgs/{slug}/exports/participation.csv"))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    let everyone = csv
        .body
        .lines()
        .find(|l| l.contains(&latest.label) && l.contains(",all,"))
        .unwrap_or_else(|| panic!("a row for everyone in {}", csv.body));
    assert!(
        everyone.ends_with(&format!(
            ",{answered},20,{:.1}",
            answered as f64 / 20.0 * 100.0
        )),
        "{everyone}"
    );

    // The funders' overview lists the rate too, with the organization's name.
    let overview = browser.get("/fr/funders/").await;
    overview.assert_has(name);
    overview.assert_has(&format!("{answered} sur 20 ({percent}\u{a0}%)"));
}

#[tokio::test]
async fn a_wave_without_a_team_says_so_instead_of_a_rate() {
    let app = spawn_app().await;
    let orgs = demo(&app).await;
    let browser = admin(&app).await;
    // The demo records no team for the second organization's first wave.
    let (slug, _) = &orgs[1];
    let report = browser
        .get(&format!("/fr/orgs/{slug}/reports/organization"))
        .await;
    report.assert_has("Taille de l’équipe non inscrite\u{a0}: pas de taux de réponse");
    let english = browser
        .get(&format!("/en/orgs/{slug}/reports/organization"))
        .await;
    english.assert_has("Team size not recorded: no response rate");
    let org = app
        .store
        .organization_by_slug(slug)
        .await
        .expect("read")
        .expect("demo organization");
    let first = app.store.waves_of(&org.id).await.expect("waves");
    let first = first.last().expect("a first wave");
    browser
        .get(&format!("/en/admin/orgs/{slug}/waves/{}", first.id))
        .await
        .assert_has("No team size recorded yet");
}
