//! `parite support`: a coaching series planned, sessions delivered with attendance counts or
//! cancelled, a shared training, the schedule listed in the reader's language, each change
//! audited; and bad input refused with what is wrong.

mod command_line;

use command_line::{assert_ok, audit_log, parite, parite_in, text};

fn planned_ids(stdout: &[u8]) -> Vec<String> {
    let said = text(stdout);
    let ids = said.rsplit(':').next().unwrap_or_default();
    ids.split_whitespace().map(str::to_owned).collect()
}

#[test]
fn an_evaluator_plans_delivers_and_cancels_support_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    for (slug, name) in [
        ("centre-est", "Centre Est"),
        ("maison-ouest", "Maison Ouest"),
    ] {
        assert_ok(
            &parite(&db, &["org", "add", "--slug", slug, "--name", name], ""),
            "org add",
        );
    }
    let series = parite(
        &db,
        &[
            "support",
            "add",
            "--org",
            "centre-est",
            "--kind",
            "coaching",
            "--date",
            "2027-01-05",
            "--every-weeks",
            "2",
            "--until",
            "2027-03-02",
            "--minutes",
            "90",
            "--facilitator",
            "Josée Tremblay",
            "--peer-facilitator",
        ],
        "",
    );
    assert_ok(&series, "support add (series)");
    let ids = planned_ids(&series.stdout);
    assert_eq!(ids.len(), 5, "{}", text(&series.stdout));
    let shared = parite(
        &db,
        &[
            "support",
            "add",
            "--org",
            "centre-est",
            "--org",
            "maison-ouest",
            "--kind",
            "training",
            "--topic",
            "anti-oppression",
            "--date",
            "2027-02-10",
            "--minutes",
            "180",
            "--language",
            "both",
        ],
        "",
    );
    assert_ok(&shared, "support add (shared training)");
    let training = planned_ids(&shared.stdout);

    assert_ok(
        &parite(
            &db,
            &[
                "support",
                "deliver",
                "--id",
                &ids[0],
                "--date",
                "2027-01-05",
                "--attendance",
                "centre-est=2,5",
            ],
            "",
        ),
        "support deliver",
    );
    assert_ok(
        &parite(
            &db,
            &["support", "cancel", "--id", &ids[1], "--reason", "Tempête"],
            "",
        ),
        "support cancel",
    );
    // A shared training counts every organization it is for: one missing is refused.
    let partial = parite(
        &db,
        &[
            "support",
            "deliver",
            "--id",
            &training[0],
            "--date",
            "2027-02-10",
            "--attendance",
            "centre-est=3,7",
        ],
        "",
    );
    assert!(!partial.status.success());
    assert!(
        text(&partial.stderr).contains("attendance"),
        "{}",
        text(&partial.stderr)
    );

    let listed = parite_in(
        "fr-CA",
        &db,
        &["support", "list", "--org", "centre-est"],
        "",
    );
    assert_ok(&listed, "support list");
    let listed = text(&listed.stdout);
    assert_eq!(listed.lines().count(), 1 + 6, "{listed}");
    assert!(
        listed.contains("2027-01-05\tSéance de coaching\tofferte le 2027-01-05\t90"),
        "{listed}"
    );
    assert!(listed.contains("annulée (Tempête)"), "{listed}");
    assert!(
        listed.contains("Formation\tplanifiée\t180\tFrançais et anglais"),
        "{listed}"
    );
    let english = parite_in(
        "en-CA",
        &db,
        &["support", "list", "--org", "maison-ouest"],
        "",
    );
    assert!(text(&english.stdout).contains("Training\tplanned\t180\tFrench and English"));

    // The log reads newest first; a refused delivery left no line.
    let actions: Vec<(String, String)> = audit_log(&db)
        .into_iter()
        .rev()
        .filter(|line| line.action.starts_with("support_"))
        .map(|line| (line.action, line.target))
        .collect();
    assert_eq!(
        actions,
        [
            ("support_plan".to_owned(), "centre-est".to_owned()),
            (
                "support_plan".to_owned(),
                "centre-est,maison-ouest".to_owned()
            ),
            ("support_deliver".to_owned(), ids[0].clone()),
            ("support_cancel".to_owned(), ids[1].clone()),
        ]
    );
}

#[test]
fn bad_support_input_names_what_is_wrong_and_plans_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    assert_ok(
        &parite(
            &db,
            &["org", "add", "--slug", "centre-est", "--name", "Centre Est"],
            "",
        ),
        "org add",
    );
    let refused = |args: &[&str], says: &str| {
        let mut all = vec!["support", "add", "--org", "centre-est", "--minutes", "60"];
        all.extend_from_slice(args);
        let output = parite_in("en-CA", &db, &all, "");
        assert!(!output.status.success(), "{args:?} was accepted");
        let stderr = text(&output.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    };
    refused(
        &["--kind", "yoga", "--date", "2027-01-05"],
        "“yoga” is not a kind of support",
    );
    refused(
        &[
            "--kind",
            "training",
            "--topic",
            "knitting",
            "--date",
            "2027-01-05",
        ],
        "“knitting” is not a topic of training",
    );
    refused(
        &["--kind", "other", "--date", "2027-01-05"],
        "needs its name (--label)",
    );
    refused(
        &["--kind", "coaching", "--date", "05/01/2027"],
        "“05/01/2027” is not a date",
    );
    refused(
        &[
            "--kind",
            "coaching",
            "--date",
            "2027-01-05",
            "--every-weeks",
            "1",
            "--until",
            "2026-12-01",
        ],
        "the last date is before the first",
    );
    refused(
        &[
            "--kind",
            "coaching",
            "--date",
            "2027-01-05",
            "--language",
            "de",
        ],
        "“de” is not a language",
    );
    let listed = parite_in(
        "en-CA",
        &db,
        &["support", "list", "--org", "centre-est"],
        "",
    );
    assert!(
        text(&listed.stdout).contains("No activity is planned"),
        "{}",
        text(&listed.stdout)
    );
}
