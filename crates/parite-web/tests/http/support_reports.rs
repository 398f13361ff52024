//! The schedule of support beyond one organization's page: a training shared by two
//! organizations is planned once by clicking, each records its own attendance, and the
//! reports show it — the organization report to the evaluator up to today, the funders'
//! overview as of the end of the last quarter with small counts of peers hidden, in the page
//! and in the CSV of both languages.

use std::collections::BTreeMap;

use parite_core::stages::Date;
use parite_core::support::figures::Quarter;
use parite_core::support::{Attendance, SessionLanguage};
use parite_core::{SupportKindId, TopicId};
use parite_store::{OrgId, PlannedActivity, Role, Store, Timestamp};
use reqwest::StatusCode;

use crate::accounts::{PASSWORD, Session, assert_status, person, request, session, sign_in};
use crate::helpers::{TestApp, spawn_app};

const PAGE: &str = "/fr/orgs/centre-horizon/support";

async fn get(app: &TestApp, path: &str, who: &Session) -> String {
    let page = request(&app.base, "GET", path, Some(who), &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
    page.body
}

#[tokio::test]
async fn a_training_shared_by_two_organizations_is_planned_once_and_each_records_its_attendance() {
    let app = spawn_app().await;
    let nord = app
        .store
        .create_organization("maison-nord", "Maison Nord")
        .await
        .expect("organization");
    app.store
        .create_organization("ailleurs", "Ailleurs")
        .await
        .expect("organization");
    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon", "maison-nord"],
    )
    .await;
    let browser = app.browser();
    assert_status(
        &sign_in(&browser, &eva.email, PASSWORD).await,
        StatusCode::SEE_OTHER,
        "sign-in",
    );
    // The planner is offered the organizations they work with, and only those.
    let page = browser.get(PAGE).await;
    page.assert_has("Aussi pour (activité commune)");
    page.assert_has("name=\"also\" value=\"maison-nord\"");
    assert!(!page.body.contains("value=\"ailleurs\""), "{}", page.body);

    let plan = [
        ("kind", "training"),
        ("topic", "peer-movement-history"),
        ("date", "2026-06-09"),
        ("minutes", "240"),
        ("language", "both"),
        ("facilitator", "Réseau des pairs"),
        ("also", "maison-nord"),
    ];
    // A forged organization outside the planner's scope is refused, every answer kept.
    let mut forged = plan.to_vec();
    forged.push(("also", "ailleurs"));
    let refused = browser.submit(PAGE, &forged).await;
    assert_status(
        &refused,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an organization outside the scope",
    );
    refused.assert_has("Choisissez seulement des organismes avec lesquels vous travaillez.");
    refused.assert_has("value=\"Réseau des pairs\"");
    refused.assert_has("id=\"plan-also-maison-nord\" name=\"also\" value=\"maison-nord\" checked");

    let planned = browser.submit(PAGE, &plan).await;
    assert_status(&planned, StatusCode::SEE_OTHER, "plan a shared training");
    let horizon = app.org().await;
    let both = app
        .store
        .support_for(std::slice::from_ref(&nord.clone()))
        .await
        .expect("read");
    assert_eq!(both.len(), 1, "planned once");
    let training = &both[0];
    assert_eq!(
        training
            .attendance
            .keys()
            .cloned()
            .collect::<Vec<_>>()
            .len(),
        2,
        "for both organizations"
    );
    // Maison Nord's own schedule shows it, shared.
    let nord_page = browser.get("/fr/orgs/maison-nord/support").await;
    nord_page.assert_has("Centre Horizon");
    nord_page.assert_has("Formation — Histoire du mouvement des pairs");

    // Delivered with each organization's counts.
    // The activity's form is on the schedule page, with its CSRF token.
    let csrf = browser.get(PAGE).await.csrf();
    let delivered = browser
        .post(
            &format!("{PAGE}/{}", training.id.as_str()),
            &[
                ("_csrf", csrf.as_str()),
                ("action", "deliver"),
                ("date", "2026-06-09"),
                (&format!("peers-{}", horizon.id.as_str()), "3"),
                (&format!("staff-{}", horizon.id.as_str()), "6"),
                (&format!("peers-{}", nord.as_str()), "2"),
                (&format!("staff-{}", nord.as_str()), "4"),
            ],
        )
        .await;
    assert_status(&delivered, StatusCode::SEE_OTHER, "deliver");

    // Each organization's report counts its own attendance, not the other's.
    let report = browser
        .get("/fr/orgs/maison-nord/reports/organization")
        .await;
    report.assert_has("Calendrier de soutien");
    report.assert_has("Soutien par type");
    let row = table_row(&report.body, "Soutien par type", "Formation").expect("a training row");
    assert!(row.contains("<td>1 sur 1 (100"), "{row}");
    assert!(row.contains("<td>4,0</td>"), "four hours: {row}");
    assert!(
        row.contains("<td>2</td>") && row.contains("<td>4</td>"),
        "{row}"
    );
}

/// The cells of the first row whose text holds `needle`, in the page table captioned
/// `caption` ("Support by kind": not the timeline's table of sessions).
fn table_row(html: &str, caption: &str, needle: &str) -> Option<String> {
    let table = html
        .split(&format!("<caption>{caption}</caption>"))
        .nth(1)?
        .split("</table>")
        .next()?;
    table
        .split("<tr>")
        .skip(1)
        .map(|row| row.split("</tr>").next().unwrap_or_default().to_owned())
        .find(|row| row.contains(needle) && row.contains("<td>"))
}

fn kind(id: &str) -> SupportKindId {
    SupportKindId::parse(id).expect("kind")
}

/// Plans one coaching session on `day` for `org` and records it delivered with `peers` peers.
async fn coached(store: &Store, org: &OrgId, day: Date, peers: u32) {
    let plan = PlannedActivity {
        organizations: vec![org.clone()],
        kind: kind("coaching"),
        topic: None::<TopicId>,
        label: String::new(),
        duration_minutes: 90,
        language: SessionLanguage::French,
        facilitator: "Équipe de coaching".into(),
        facilitator_is_peer: false,
    };
    let ids = store.plan_support(plan, &[day], None).await.expect("plan");
    let counts = Attendance {
        peers,
        staff: 6,
        wrap_completed: None,
    };
    store
        .deliver_support(&ids[0], day, BTreeMap::from([(org.clone(), counts)]))
        .await
        .expect("deliver");
}

#[tokio::test]
async fn funders_read_support_as_of_the_last_quarter_with_small_counts_of_peers_hidden() {
    funders_read_support_as_of_the_last_quarter(spawn_app().await).await;
}

#[tokio::test]
async fn funders_read_support_as_of_the_last_quarter_on_postgres() {
    let Some(app) = crate::helpers::spawn_app_postgres(
        "funders_read_support_as_of_the_last_quarter_on_postgres",
    )
    .await
    else {
        return;
    };
    funders_read_support_as_of_the_last_quarter(app).await;
}

async fn funders_read_support_as_of_the_last_quarter(app: TestApp) {
    let org = app.org().await;
    let today = Timestamp::now().date().expect("today");
    let last_quarter = Quarter::last_ended(today).expect("last quarter");
    // One session in the last quarter ended, with 2 peers; one this quarter, with 9.
    coached(
        &app.store,
        &org.id,
        last_quarter.add_days(-20).expect("day"),
        2,
    )
    .await;
    coached(&app.store, &org.id, today, 9).await;

    let eva = person(
        &app.store,
        "eva@example.org",
        Role::Evaluator,
        &["centre-horizon"],
    )
    .await;
    let funder = person(
        &app.store,
        "fund@example.ca",
        Role::Funder,
        &["centre-horizon"],
    )
    .await;
    let (eva, funder) = (
        session(&app.store, &eva.id).await,
        session(&app.store, &funder.id).await,
    );

    // The evaluator, who records attendance, sees both sessions and every count.
    let report = get(&app, "/en/orgs/centre-horizon/reports/organization", &eva).await;
    let row = table_row(&report, "Support by kind", "Coaching session").expect("coaching row");
    assert!(row.contains("<td>2 of 2 (100%)</td>"), "{row}");
    assert!(row.contains("<td>11</td>"), "2 + 9 peer attendances: {row}");

    // The funder sees the schedule as it stood at the end of the last quarter: one session,
    // its 2 peers hidden, and is told why.
    let overview = get(&app, "/en/funders/", &funder).await;
    overview.assert_contains("Support delivered");
    let row = table_row(&overview, "Support by kind", "Coaching session").expect("coaching row");
    assert!(row.contains("<td>1 of 1 (100%)</td>"), "{row}");
    assert!(row.contains("<td>fewer than 5</td>"), "{row}");
    assert!(
        !row.contains("<td>2</td>") && !row.contains("<td>11</td>"),
        "{row}"
    );
    assert!(
        overview.contains("the end of the last full quarter; counts of peers under 5 are hidden"),
        "{overview}"
    );

    // The CSV says the same, in each language's spreadsheet conventions.
    let csv = get(&app, "/fr/funders/exports/support.csv", &funder).await;
    assert!(csv.contains(";moins de 5;6"), "{csv}");
    assert!(csv.contains("Séance de coaching"), "{csv}");
    let csv = get(&app, "/en/funders/exports/support.csv", &funder).await;
    assert!(csv.contains(",fewer than 5,6"), "{csv}");
    let csv = get(&app, "/fr/orgs/centre-horizon/exports/support.csv", &eva).await;
    assert!(
        csv.contains(";100,0;3,0;11;12"),
        "evaluator's French CSV: {csv}"
    );
}

trait Contains {
    fn assert_contains(&self, needle: &str);
}

impl Contains for String {
    fn assert_contains(&self, needle: &str) {
        assert!(self.contains(needle), "missing {needle:?} in {self}");
    }
}
