//! `parite demo seed`, then `parite report` and `parite export` on its data, as an evaluator
//! would run them on a server.

use std::path::Path;
use std::process::{Command, Output};

fn parite(dir: &Path, args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .current_dir(dir)
        .env("PARITE_DEFAULT_LOCALE", "fr-CA")
        .env_remove("PARITE_DATABASE_URL")
        .output()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    assert!(
        output.status.success(),
        "parite {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn a_seeded_database_gives_readable_reports_charts_and_exports() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let seeded = parite(
        dir.path(),
        &[
            "demo",
            "seed",
            "--orgs",
            "3",
            "--responses",
            "8",
            "--seed",
            "7",
        ],
    );
    let stdout = String::from_utf8_lossy(&seeded.stdout);
    assert!(stdout.contains("3 organismes"), "{stdout}");

    parite(
        dir.path(),
        &[
            "report",
            "--report",
            "organization",
            "--org",
            "centre-horizon",
            "--format",
            "png",
            "--out",
            "x.png",
        ],
    );
    let png = std::fs::read(dir.path().join("x.png")).unwrap_or_default();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG file");
    assert!(png.len() > 10_000, "a drawn chart, not an empty image");

    parite(
        dir.path(),
        &[
            "report",
            "--report",
            "organization",
            "--org",
            "centre-horizon",
            "--format",
            "html",
            "--out",
            "r.html",
        ],
    );
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap_or_default();
    assert!(html.contains("<html lang=\"fr-CA\">"));
    assert!(
        html.contains("Profil des obstacles"),
        "the organization report opens with the barrier profile"
    );
    assert!(html.contains("<svg"), "charts inline");
    assert!(html.contains("Fidélité") && html.contains("Progression de la mise en œuvre"));
    // The demo gave both other questionnaires: each has its section, never mixed into the
    // barrier profile.
    assert!(
        html.contains("Les valeurs du soutien par les pairs dans la pratique"),
        "the peer-values section"
    );
    assert!(
        html.contains("L’expérience de participation des pairs"),
        "the peer-engagement section"
    );

    parite(
        dir.path(),
        &[
            "report",
            "--report",
            "organization",
            "--org",
            "maison-boreale",
            "--format",
            "csv",
            "--out",
            "b.csv",
        ],
    );
    let csv = std::fs::read_to_string(dir.path().join("b.csv")).unwrap_or_default();
    assert!(
        csv.starts_with('\u{feff}'),
        "UTF-8 BOM for spreadsheet programs"
    );
    assert!(
        csv.lines().next().unwrap_or_default().contains(";Moyenne;"),
        "French headers, semicolons"
    );
    assert!(
        csv.contains("moins de 5 personnes répondantes"),
        "the small demo organization is suppressed, never shown as 0"
    );

    parite(
        dir.path(),
        &[
            "export",
            "responses",
            "--out",
            "long.csv",
            "--delimiter",
            ",",
        ],
    );
    let long = std::fs::read_to_string(dir.path().join("long.csv")).unwrap_or_default();
    let header = long.lines().next().unwrap_or_default();
    assert_eq!(
        header.trim_start_matches('\u{feff}'),
        "Réponse,Organisme,Vague,Langue,Rôle,Question,Valeur,Libellé de la valeur"
    );
    assert!(long.lines().count() > 100);
    assert!(
        !long.contains(",v_hope_1,") && !long.contains(",e_heard,"),
        "the team survey's export holds its own answers only"
    );
    parite(
        dir.path(),
        &[
            "export",
            "responses",
            "--instrument",
            "peer-values",
            "--codes",
            "--delimiter",
            ",",
            "--out",
            "values.csv",
        ],
    );
    let values = std::fs::read_to_string(dir.path().join("values.csv")).unwrap_or_default();
    assert!(
        values.contains(",v_hope_1,"),
        "{}",
        &values[..200.min(values.len())]
    );
    assert!(!values.contains(",b_lead_1,"), "no team-survey answer");
    parite(
        dir.path(),
        &[
            "export",
            "responses",
            "--codes",
            "--no-bom",
            "--out",
            "codes.csv",
        ],
    );
    let codes = std::fs::read_to_string(dir.path().join("codes.csv")).unwrap_or_default();
    assert!(
        codes.starts_with("response_id;organization;wave;locale;role;item;value;value_label"),
        "{}",
        &codes[..80.min(codes.len())]
    );
    parite(
        dir.path(),
        &["export", "responses", "--wide", "--out", "wide.csv"],
    );
    // What evaluators record, item by item: the same files as the organization page offers.
    let org = ["--org", "centre-horizon", "--codes", "--delimiter", ","];
    let ratings = parite(
        dir.path(),
        &[
            &["export", "ratings", "--wide", "--out", "ratings.csv"],
            &org[..],
        ]
        .concat(),
    );
    assert!(
        String::from_utf8_lossy(&ratings.stdout).contains("lignes écrites dans ratings.csv"),
        "{}",
        String::from_utf8_lossy(&ratings.stdout)
    );
    let wide = std::fs::read_to_string(dir.path().join("ratings.csv")).unwrap_or_default();
    let mut lines = wide.lines();
    let header = lines.next().unwrap_or_default();
    assert!(
        header.starts_with("\u{feff}assessment_id,organization,wave,checklist_version"),
        "{header}"
    );
    assert!(header.contains(",f_pow_2b"), "version 2's items: {header}");
    assert_eq!(
        lines.count(),
        4,
        "one row per assessment: the demo's four waves"
    );
    for (command, file, column) in [
        ("milestones", "milestones.csv", "recorded_by"),
        ("support", "support.csv", "peers"),
    ] {
        parite(
            dir.path(),
            &[&["export", command, "--out", file], &org[..]].concat(),
        );
        let written = std::fs::read_to_string(dir.path().join(file)).unwrap_or_default();
        assert!(
            written.lines().next().unwrap_or_default().contains(column),
            "{file}: {written}"
        );
        assert!(written.lines().count() > 2, "{file}: {written}");
    }
    assert!(
        dir.path().join("wide.codebook.csv").exists(),
        "a codebook beside the wide export"
    );
}

#[test]
fn the_confirmation_is_in_the_language_asked_for_with_locale() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    parite(
        dir.path(),
        &["demo", "seed", "--orgs", "1", "--responses", "6"],
    );
    let report = parite(
        dir.path(),
        &[
            "report",
            "--report",
            "organization",
            "--org",
            "centre-horizon",
            "--locale",
            "en-CA",
            "--format",
            "html",
            "--out",
            "r.html",
        ],
    );
    let stdout = String::from_utf8_lossy(&report.stdout);
    assert!(stdout.contains("Written to r.html"), "{stdout}");
    assert!(!stdout.contains("Écrit"), "{stdout}");
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap_or_default();
    assert!(html.contains("<html lang=\"en-CA\">"));
}

/// `parite report --format pdf` read back with poppler's pdftotext and pdfinfo (skipped, with
/// a message, only when they are missing outside CI).
#[test]
fn the_funders_overview_and_an_organization_report_are_written_as_pdf() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "pdftotext is missing (Debian package poppler-utils) and CI=true"
        );
        eprintln!("skipped: pdftotext is not installed (apt-get install poppler-utils)");
        return;
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let seed = [
        "demo",
        "seed",
        "--orgs",
        "3",
        "--responses",
        "8",
        "--seed",
        "7",
    ];
    parite(dir.path(), &seed);
    let read = |file: &str| {
        let run = |program: &str, args: &[&str]| {
            let output = Command::new(program)
                .args(args)
                .current_dir(dir.path())
                .output()
                .unwrap_or_else(|e| panic!("{program}: {e}"));
            String::from_utf8_lossy(&output.stdout).into_owned()
        };
        (run("pdftotext", &[file, "-"]), run("pdfinfo", &[file]))
    };

    let args = ["report", "--report", "funder-overview", "--format", "pdf"];
    parite(dir.path(), &[&args[..], &["--out", "fr.pdf"]].concat());
    let (text, info) = read("fr.pdf");
    assert!(text.contains("Vue d’ensemble des organismes"), "{text}");
    assert!(text.contains("3 organismes"), "{text}");
    assert!(text.contains("Obstacles par organisme"), "{text}");
    assert!(text.contains("Page 1 de "), "{text}");
    assert!(info.contains("(letter)"), "{info}");

    let args = [
        "report",
        "--report",
        "organization",
        "--org",
        "centre-horizon",
    ];
    let en = ["--format", "pdf", "--locale", "en-CA", "--out", "en.pdf"];
    let written = parite(dir.path(), &[&args[..], &en[..]].concat());
    assert!(String::from_utf8_lossy(&written.stdout).contains("Written to en.pdf"));
    let (text, _) = read("en.pdf");
    assert!(text.contains("Organization report"), "{text}");
    assert!(text.contains("Centre Horizon"), "{text}");
    assert!(text.contains("Wave: "), "{text}");
    assert!(text.contains("Barrier profile"), "{text}");
    assert!(text.contains("Page 2 of "), "{text}");
}

#[test]
fn a_wave_is_opened_on_a_survey_and_refused_on_a_checklist_naming_the_surveys() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    parite(
        dir.path(),
        &["org", "add", "--slug", "rive-nord", "--name", "Rive-Nord"],
    );
    let open = |instrument: &str, locale: &str| {
        Command::new(env!("CARGO_BIN_EXE_parite"))
            .args([
                "wave",
                "open",
                "--org",
                "rive-nord",
                "--label",
                "Valeurs 2026",
            ])
            .args(["--instrument", instrument])
            .current_dir(dir.path())
            .env("PARITE_DEFAULT_LOCALE", locale)
            .env_remove("PARITE_DATABASE_URL")
            .output()
            .unwrap_or_else(|e| panic!("cannot run parite: {e}"))
    };
    let refused = open("fidelity", "en-CA");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("“fidelity” is not a survey")
            && stderr.contains("peer-engagement, peer-values, team-survey"),
        "{stderr}"
    );
    let refused = open("fidelite", "fr-CA");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("«\u{a0}fidelite\u{a0}» n’est pas un questionnaire"),
        "{stderr}"
    );
    let opened = open("peer-values", "fr-CA");
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    assert!(String::from_utf8_lossy(&opened.stdout).contains("/fr/s/"));
}
