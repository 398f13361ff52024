//! Report pages over HTTP, on the demo data: what an evaluator, a team lead and a funder each
//! get, in French, with suppression applied.

use parite_store::Role;
use reqwest::StatusCode;

use crate::accounts::{person, request, session};
use crate::helpers::spawn_app;

#[tokio::test]
async fn evaluators_read_the_organization_report_and_download_its_charts_and_tables() {
    let app = spawn_app().await;
    let (evaluator, _) = app.seed_demo(3, 8, 11).await;
    app.grant(&evaluator.id, &["reseau-passerelle", "maison-boreale"])
        .await;
    let signed_in = session(&app.store, &evaluator.id).await;
    let report = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/reports/organization",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(report.status, StatusCode::OK, "{}", report.body);
    report.assert_has("<html lang=\"fr-CA\">");
    report.assert_has("Profil des obstacles");
    report.assert_has("<svg");
    report.assert_has("Réseau Passerelle");
    report.assert_has("sont masqués (n &lt; 5)");
    let first_chart = report
        .body
        .find("Profil des obstacles")
        .unwrap_or(usize::MAX);
    // The sections: the summary box above them names the fidelity band too.
    let fidelity = report.body.find(">Fidélité</h2>").unwrap_or(0);
    assert!(
        first_chart < fidelity,
        "the report's sections open with the barrier profile"
    );

    let small = request(
        &app.base,
        "GET",
        "/en/orgs/maison-boreale/reports/organization",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(small.status, StatusCode::OK);
    small.assert_has("n &lt; 5");

    let png = reqwest::Client::new()
        .get(format!(
            "{}/fr/orgs/reseau-passerelle/reports/organization/barrier-profile.png",
            app.base
        ))
        .header(
            "cookie",
            format!("{}={}", parite_web::SESSION_COOKIE, signed_in.token),
        )
        .send()
        .await
        .expect("png");
    assert_eq!(
        png.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("image/png")
    );
    assert!(png.bytes().await.expect("bytes").starts_with(b"\x89PNG"));

    let csv = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/exports/barriers.csv",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with('\u{feff}'));
    assert!(csv.body.contains(";Moyenne;"));
    let raw = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/exports/raw/responses.csv",
        Some(&signed_in),
        &[],
    )
    .await;
    assert_eq!(raw.status, StatusCode::OK);
    assert!(raw.body.lines().count() > 50, "every answer streamed");

    let audit = app
        .store
        .audit_entries(&Default::default())
        .await
        .expect("audit");
    assert!(
        audit.iter().any(|e| e.action == "export_raw"),
        "downloads are audited"
    );
    assert!(audit.iter().any(|e| e.action == "report_download"));
}

/// The syntax files beside the wide export, linked from the organization's page: each reads
/// the wide file as the same reader downloads it (its name, delimiter, decimal mark and number
/// of columns), with comments in the reader's language. R and PSPP run them in the root crate's
/// tests/syntax_files.rs.
#[tokio::test]
async fn evaluators_download_r_spss_and_stata_files_that_read_the_wide_export() {
    let app = spawn_app().await;
    let (evaluator, _) = app.seed_demo(2, 8, 3).await;
    app.grant(&evaluator.id, &["reseau-passerelle"]).await;
    let signed_in = session(&app.store, &evaluator.id).await;
    let get = |path: String| {
        let base = app.base.clone();
        let signed_in = &signed_in;
        async move { request(&base, "GET", &path, Some(signed_in), &[]).await }
    };
    let org = get("/fr/orgs/reseau-passerelle/".to_owned()).await;
    for file in [
        "responses-wide.R",
        "responses-wide.sps",
        "responses-wide.do",
    ] {
        org.assert_has(&format!(
            "/fr/orgs/reseau-passerelle/exports/raw/syntax/{file}"
        ));
    }
    org.assert_has("Syntaxe SPSS qui lit les réponses brutes");
    for (lang, delimiter, intro) in [
        ("fr", ';', "Lit responses-wide.csv dans"),
        ("en", ',', "Reads responses-wide.csv into"),
    ] {
        let raw = |file: &str| format!("/{lang}/orgs/reseau-passerelle/exports/raw/{file}");
        let wide = get(raw("responses-wide.csv")).await;
        assert_eq!(wide.status, StatusCode::OK);
        let header = wide.body.lines().next().unwrap_or_default();
        let columns = header.split(delimiter).count();
        let syntax = |file: &str| raw(&format!("syntax/{file}"));
        let r = get(syntax("responses-wide.R")).await;
        assert_eq!(r.status, StatusCode::OK);
        r.assert_has(intro);
        r.assert_has("parite_file <- \"responses-wide.csv\"");
        r.assert_has(&format!("sep = \"{delimiter}\""));
        r.assert_has(&format!("if (ncol(parite_raw) != {columns}L)"));
        let spss = get(syntax("responses-wide.sps")).await;
        assert_eq!(spss.status, StatusCode::OK);
        spss.assert_has(&format!("/DELIMITERS='{delimiter}'"));
        spss.assert_has(if lang == "fr" {
            "SET DECIMAL=COMMA."
        } else {
            "SET DECIMAL=DOT."
        });
        spss.assert_has("t_barrier A8000");
        let stata = get(syntax("responses-wide.do")).await;
        assert_eq!(stata.status, StatusCode::OK);
        stata.assert_has(&format!("if c(k) != {columns} {{"));
        stata.assert_has(&format!("rename v{columns} t_divide_example"));
    }
    let unknown = get("/fr/orgs/reseau-passerelle/exports/raw/syntax/responses.R".to_owned()).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn team_leads_see_aggregates_only_and_funders_only_the_overview() {
    let app = spawn_app().await;
    app.seed_demo(2, 8, 3).await;
    let lead = person(
        &app.store,
        "lead@example.ca",
        Role::TeamLead,
        &["reseau-passerelle"],
    )
    .await;
    let funder = person(
        &app.store,
        "fund@example.ca",
        Role::Funder,
        &["reseau-passerelle", "centre-horizon"],
    )
    .await;
    let lead = session(&app.store, &lead.id).await;
    let funder = session(&app.store, &funder.id).await;

    let report = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/reports/organization",
        Some(&lead),
        &[],
    )
    .await;
    assert_eq!(report.status, StatusCode::OK);
    let raw = request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/exports/raw/responses.csv",
        Some(&lead),
        &[],
    )
    .await;
    assert_eq!(
        raw.status,
        StatusCode::FORBIDDEN,
        "no raw data or free text for team leads"
    );

    let overview = request(&app.base, "GET", "/en/funders/", Some(&funder), &[]).await;
    assert_eq!(overview.status, StatusCode::OK);
    overview.assert_has("Overview across organizations");
    overview.assert_has("2 organizations");
    assert!(
        !overview.body.contains("Le manque de temps"),
        "never free text"
    );
    let org_report = request(
        &app.base,
        "GET",
        "/en/orgs/reseau-passerelle/reports/organization",
        Some(&funder),
        &[],
    )
    .await;
    assert_eq!(org_report.status, StatusCode::FORBIDDEN);

    // Every chart and table the overview offers downloads, as aggregates only.
    let links: Vec<&str> = overview
        .body
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| {
            href.starts_with("/en/funders/charts/") || href.starts_with("/en/funders/exports/")
        })
        .collect();
    assert!(
        links.iter().any(|l| l.ends_with(".png")) && links.iter().any(|l| l.ends_with(".csv")),
        "{links:?}"
    );
    for link in links {
        let file = request(&app.base, "GET", link, Some(&funder), &[]).await;
        assert_eq!(file.status, StatusCode::OK, "{link}");
        assert!(
            !file.body.contains("Le manque de temps"),
            "{link}: free text"
        );
    }
    let barriers = request(
        &app.base,
        "GET",
        "/en/funders/exports/barriers.csv",
        Some(&funder),
        &[],
    )
    .await;
    assert!(
        barriers.body.contains("Réseau Passerelle"),
        "{}",
        barriers.body
    );
    // Only the overview's own tables: raw answers are not one of them.
    for refused in [
        "/en/funders/exports/responses.csv",
        "/en/funders/charts/nothing.svg",
    ] {
        let page = request(&app.base, "GET", refused, Some(&funder), &[]).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{refused}");
    }
}
