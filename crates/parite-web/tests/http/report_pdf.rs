//! The PDF download of the reports on the demo data, read back with poppler's `pdftotext`,
//! `pdfinfo` and `pdffonts` as a reader's viewer would: the titles and figures in French and
//! in English, page numbers, Letter pages, every font embedded.

use std::path::Path;
use std::process::Command;

use parite_store::Role;
use reqwest::StatusCode;

use crate::accounts::{Session, person, session};
use crate::helpers::{TestApp, spawn_app};

async fn demo(app: &TestApp) {
    app.seed_demo(3, 8, 11).await;
}

/// poppler's tools, or `None` (with a message) when they are absent outside CI; under
/// `CI=true` a missing tool fails the test.
fn poppler(test: &str) -> Option<()> {
    let found = Command::new("pdftotext").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is missing (Debian package poppler-utils) and CI=true"
        );
        eprintln!("skipped {test}: pdftotext is not installed (apt-get install poppler-utils)");
        return None;
    }
    Some(())
}

fn tool(program: &str, args: &[&str], pdf: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .arg(pdf)
        .args(if program == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        output.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

struct Pdf {
    text: String,
    info: String,
    fonts: String,
    file_name: String,
}

async fn download(app: &TestApp, who: &Session, path: &str) -> Pdf {
    let response = reqwest::Client::new()
        .get(format!("{}{path}", app.base))
        .header(
            "cookie",
            format!("{}={}", parite_web::SESSION_COOKIE, who.token),
        )
        .send()
        .await
        .expect("pdf");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    let disposition = header("content-disposition");
    assert!(
        disposition.starts_with("attachment; filename=\""),
        "{disposition}"
    );
    let file_name = disposition
        .trim_start_matches("attachment; filename=\"")
        .trim_end_matches('"')
        .to_owned();
    let bytes = response.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, &bytes).expect("write");
    Pdf {
        text: tool("pdftotext", &["-layout"], &file),
        info: tool("pdfinfo", &[], &file),
        fonts: tool("pdffonts", &[], &file),
        file_name,
    }
}

/// One field of `pdfinfo`'s output (`Pages`, `Page size`).
fn info<'a>(pdf: &'a Pdf, field: &str) -> &'a str {
    pdf.info
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .map_or("", str::trim)
}

/// The number of pages `pdfinfo` counts.
fn pages(pdf: &Pdf) -> usize {
    info(pdf, "Pages").parse().unwrap_or(0)
}

/// A figure with its percent sign: `75 %` in French (pdftotext gives the no-break space back
/// as a plain one), `75%` in English.
fn has_percent(text: &str, separator: &str) -> bool {
    text.match_indices(&format!("{separator}%")).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

fn assert_well_formed(pdf: &Pdf) {
    assert_eq!(
        info(pdf, "Page size"),
        "612 x 792 pts (letter)",
        "{}",
        pdf.info
    );
    assert_eq!(info(pdf, "Tagged"), "yes", "{}", pdf.info);
    // Every font line of pdffonts says `emb yes`: nothing is left to the viewer's fonts.
    let fonts: Vec<&str> = pdf.fonts.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "{}", pdf.fonts);
    assert!(
        fonts
            .iter()
            .all(|l| l.contains("DejaVu") && l.split_whitespace().rev().nth(3) == Some("yes")),
        "{}",
        pdf.fonts
    );
}

#[tokio::test]
async fn the_organization_report_downloads_as_a_letter_pdf_in_both_languages() {
    let Some(()) = poppler("the_organization_report_downloads_as_a_letter_pdf_in_both_languages")
    else {
        return;
    };
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

    let page = crate::accounts::request(
        &app.base,
        "GET",
        "/fr/orgs/reseau-passerelle/reports/organization",
        Some(&lead),
        &[],
    )
    .await;
    page.assert_has(
        "href=\"/fr/orgs/reseau-passerelle/reports/organization/pdf\" download>Télécharger en PDF</a>",
    );

    let fr = download(
        &app,
        &lead,
        "/fr/orgs/reseau-passerelle/reports/organization/pdf",
    )
    .await;
    assert_eq!(fr.file_name, "organization-reseau-passerelle-fr-CA.pdf");
    assert_well_formed(&fr);
    let n = pages(&fr);
    assert!(n >= 3, "a cover and the sections: {}", fr.info);
    for text in [
        "Rapport de l’organisme",
        "Réseau Passerelle",
        "Produit le ",
        "En bref",
        "Profil des obstacles",
        "Évolution d’une vague à l’autre",
        "Participation",
        "Fidélité",
        "sont masqués (n < 5)",
        "Page 1 de ",
    ] {
        assert!(fr.text.contains(text), "{text:?} in:\n{}", fr.text);
    }
    assert!(fr.text.contains(&format!("Page {n} de {n}")), "{}", fr.text);
    assert!(has_percent(&fr.text, " "), "a French `75 %`:\n{}", fr.text);

    let en = download(
        &app,
        &lead,
        "/en/orgs/reseau-passerelle/reports/organization/pdf",
    )
    .await;
    assert_eq!(en.file_name, "organization-reseau-passerelle-en-CA.pdf");
    assert_well_formed(&en);
    for text in [
        "Organization report",
        "Produced on ",
        "Summary",
        "Barrier profile",
        "Page 1 of ",
    ] {
        assert!(en.text.contains(text), "{text:?} in:\n{}", en.text);
    }
    assert!(has_percent(&en.text, ""), "an English `75%`:\n{}", en.text);
    assert!(
        !has_percent(&en.text, " "),
        "no `75 %` in English:\n{}",
        en.text
    );
}

#[tokio::test]
async fn the_community_report_and_the_funders_overview_download_as_pdf() {
    let Some(()) = poppler("the_community_report_and_the_funders_overview_download_as_pdf") else {
        return;
    };
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
    let community = download(
        &app,
        &lead,
        "/fr/orgs/reseau-passerelle/reports/community/pdf",
    )
    .await;
    assert_well_formed(&community);
    assert!(
        community.text.contains("Réseau Passerelle"),
        "{}",
        community.text
    );

    let funder = person(
        &app.store,
        "funder@example.ca",
        Role::Funder,
        &["reseau-passerelle", "centre-horizon"],
    )
    .await;
    let funder = session(&app.store, &funder.id).await;
    let page = crate::accounts::request(&app.base, "GET", "/en/funders/", Some(&funder), &[]).await;
    page.assert_has("href=\"/en/funders/pdf\" download>Download as PDF</a>");
    let overview = download(&app, &funder, "/en/funders/pdf").await;
    assert_eq!(overview.file_name, "funder-overview-en-CA.pdf");
    assert_well_formed(&overview);
    for text in ["2 organizations", "Barriers by organization", "Page 1 of "] {
        assert!(
            overview.text.contains(text),
            "{text:?} in:\n{}",
            overview.text
        );
    }
    // Only the organizations in the funder's scope.
    assert!(
        !overview.text.contains("Maison Boréale"),
        "{}",
        overview.text
    );
}
