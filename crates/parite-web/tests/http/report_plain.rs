//! The plain-language summary at the top of the organization report and the funders'
//! overview, and the community report, over HTTP on the demo data.

use parite_store::Role;
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use parite_web::WebConfig;

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

async fn demo(app: &TestApp) {
    app.seed_demo(3, 8, 11).await;
}

/// The text of the summary box.
fn summary_box(body: &str) -> &str {
    let start = body
        .find("<section class=\"summary\"")
        .unwrap_or_else(|| panic!("a summary box: {body}"));
    let end = body[start..]
        .find("</section>")
        .map_or(body.len(), |e| start + e);
    &body[start..end]
}

#[tokio::test]
async fn the_organization_report_opens_with_its_summary_in_both_languages() {
    let app = spawn_app().await;
    demo(&app).await;
    let lead = person(
        &app.store,
        "lead@example.ca",
        Role::TeamLead,
        &["reseau-passerelle"],
    )
    .await;
    let lead = session(&app.store, &lead.id).await;
    let path = "/orgs/reseau-passerelle/reports/organization";
    let fr = request(&app.base, "GET", &format!("/fr{path}"), Some(&lead), &[]).await;
    assert_eq!(fr.status, StatusCode::OK, "{}", fr.body);
    let summary = summary_box(&fr.body);
    assert!(summary.contains("En bref"), "{summary}");
    assert!(
        summary.contains("Principaux obstacles de la vague"),
        "{summary}"
    );
    assert!(
        summary.contains("Étape actuelle de la mise en œuvre\u{a0}:")
            || summary.contains("Aucune étape"),
        "{summary}"
    );
    assert!(
        fr.body.find("class=\"summary\"") < fr.body.find("Profil des obstacles"),
        "the summary comes first"
    );
    fr.assert_has("href=\"/fr/orgs/reseau-passerelle/reports/community\"");

    let en = request(&app.base, "GET", &format!("/en{path}"), Some(&lead), &[]).await;
    assert_eq!(en.status, StatusCode::OK);
    let summary = summary_box(&en.body);
    assert!(
        summary.contains("<h2 id=\"summary-title\">Summary</h2>"),
        "{summary}"
    );
    assert!(summary.contains("Largest barriers in"), "{summary}");
    // The demo records each wave's team: the summary gives the response rate.
    assert!(summary.contains("team members answered in"), "{summary}");

    let overview = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/",
        Some(&lead),
        &[],
    )
    .await;
    assert_eq!(overview.status, StatusCode::OK);
    overview.assert_has("href=\"/fr/orgs/reseau-passerelle/reports/community\"");
    overview.assert_has("Version en langage clair");
}

#[tokio::test]
async fn the_funders_overview_opens_with_a_summary_across_organizations() {
    let app = spawn_app().await;
    demo(&app).await;
    let funder = person(
        &app.store,
        "fund@example.ca",
        Role::Funder,
        &["reseau-passerelle", "maison-boreale"],
    )
    .await;
    let funder = session(&app.store, &funder.id).await;
    let en = request(&app.base, "GET", "/en/funders/", Some(&funder), &[]).await;
    assert_eq!(en.status, StatusCode::OK);
    let summary = summary_box(&en.body);
    assert!(
        summary.contains("2 organizations in this overview."),
        "{summary}"
    );
    assert!(
        summary.contains("Most often among the largest barriers"),
        "{summary}"
    );
    let fr = request(&app.base, "GET", "/fr/funders/", Some(&funder), &[]).await;
    let summary = summary_box(&fr.body);
    assert!(
        summary.contains("2 organismes dans cette vue d’ensemble."),
        "{summary}"
    );
    assert!(
        !fr.body.contains("/reports/community"),
        "no community link on the overview"
    );
}

#[tokio::test]
async fn the_community_report_speaks_plainly_and_shows_no_free_text_nor_hidden_figure() {
    let app = spawn_app().await;
    demo(&app).await;
    let lead = person(
        &app.store,
        "lead@example.ca",
        Role::TeamLead,
        &["reseau-passerelle", "maison-boreale"],
    )
    .await;
    let lead = session(&app.store, &lead.id).await;
    for slug in ["reseau-passerelle", "maison-boreale"] {
        for lang in ["en", "fr"] {
            let path = format!("/{lang}/orgs/{slug}/reports/community");
            let page = request(&app.base, "GET", &path, Some(&lead), &[]).await;
            assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
            let body = &page.body;
            let (title, privacy, heading) = if lang == "en" {
                (
                    "Our team's results",
                    "Your answers are anonymous.",
                    "In short",
                )
            } else {
                (
                    "Les résultats de notre équipe",
                    "Vos réponses sont anonymes.",
                    "En bref",
                )
            };
            for text in [title, privacy, heading] {
                assert!(
                    body.contains(&text.replace('\'', "&#39;")),
                    "{path}: {text}\n{body}"
                );
            }
            // No statistics words, no group split, no free text.
            for jargon in [
                "n &lt;",
                "interval",
                "intervalle",
                "index",
                "indice",
                "suppressed",
                "masqué",
                "Professionals",
                "Professionnel",
                "Le manque de temps",
                "<svg class=\"chart",
            ] {
                assert!(!body.contains(jargon), "{path}: {jargon}\n{body}");
            }
        }
    }
    // Every figure the community page shows is a shown Everyone figure of the organization
    // report's table: the two pages are compared bar by bar.
    let community = request(
        &app.base,
        "GET",
        "/en/orgs/maison-boreale/reports/community",
        Some(&lead),
        &[],
    )
    .await;
    let shown = community.body.matches(" out of 5</span>").count();
    let hidden = community.body.matches("Not shown: too few answers").count();
    assert_eq!(shown + hidden, 6, "six barriers: {}", community.body);
}

#[tokio::test]
async fn out_of_scope_readers_get_the_same_answer_as_for_the_organization_report() {
    let app = spawn_app().await;
    demo(&app).await;
    let other = person(
        &app.store,
        "other@example.ca",
        Role::TeamLead,
        &["maison-boreale"],
    )
    .await;
    let other = session(&app.store, &other.id).await;
    let funder = person(
        &app.store,
        "fund@example.ca",
        Role::Funder,
        &["reseau-passerelle"],
    )
    .await;
    let funder = session(&app.store, &funder.id).await;
    for (who, reader) in [
        ("other lead", Some(&other)),
        ("funder", Some(&funder)),
        ("nobody", None),
    ] {
        for slug in ["reseau-passerelle", "no-such-org"] {
            let report = request(
                &app.base,
                "GET",
                &format!("/en/orgs/{slug}/reports/organization"),
                reader,
                &[],
            )
            .await;
            let community = request(
                &app.base,
                "GET",
                &format!("/en/orgs/{slug}/reports/community"),
                reader,
                &[],
            )
            .await;
            assert_eq!(community.status, report.status, "{who} on {slug}");
            assert_ne!(community.status, StatusCode::OK, "{who} on {slug}");
            assert!(!community.body.contains("In short"), "{who} on {slug}");
        }
    }
}

#[tokio::test]
async fn when_every_figure_is_hidden_the_community_report_shows_no_figure_and_no_count() {
    // Demo waves have 8 answers; with a minimum of 20 every figure is hidden.
    let app = spawn_app_with(WebConfig {
        secure_cookies: false,
        min_cell: 20,
        ..WebConfig::default()
    })
    .await;
    demo(&app).await;
    let lead = person(
        &app.store,
        "lead@example.ca",
        Role::TeamLead,
        &["reseau-passerelle"],
    )
    .await;
    let lead = session(&app.store, &lead.id).await;
    let path = "/en/orgs/reseau-passerelle/reports/community";
    let page = request(&app.base, "GET", path, Some(&lead), &[]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        page.body.matches("Not shown: too few answers").count(),
        6,
        "every barrier hidden: {}",
        page.body
    );
    assert!(!page.body.contains(" out of 5</span>"), "{}", page.body);
    page.assert_has("at least 20 people answered");
    let summary = summary_box(&page.body);
    assert!(
        summary.contains("Not enough people answered in"),
        "{summary}"
    );
    assert!(
        summary.contains("Only a few people answered in"),
        "{summary}"
    );
    assert!(
        !summary
            .split("<li>")
            .skip(1)
            .any(|li| li.replace("2026", "").chars().any(|c| c.is_ascii_digit())),
        "no count is said (only the waves' years): {summary}"
    );
}
