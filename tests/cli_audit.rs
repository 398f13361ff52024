//! What every command-line action on data leaves behind: a line in the audit log naming the
//! system user who ran it (or a refusal when the log cannot be written), and one spelling of
//! each address and name, with the rows that clash named.

mod command_line;

use command_line::{add_user, assert_ok, audit_log, parite, parite_in, raw_sql, text, with_store};

#[test]
fn every_command_line_action_on_data_writes_an_audit_line_as_the_system_user() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    let out = |name: &str| dir.path().join(name).display().to_string();
    let commands: Vec<(Vec<String>, &str, &str)> = vec![
        (
            vec![
                "org",
                "add",
                "--slug",
                "centre-horizon",
                "--name",
                "Centre Horizon",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
            "org_create",
            "centre-horizon",
        ),
        (
            [
                "wave",
                "open",
                "--org",
                "centre-horizon",
                "--label",
                "Automne 2026",
            ]
            .map(String::from)
            .to_vec(),
            "wave_open",
            "centre-horizon/",
        ),
        (
            ["demo", "seed", "--orgs", "1", "--responses", "5"]
                .map(String::from)
                .to_vec(),
            "demo_seed",
            "",
        ),
        (
            vec![
                "export".into(),
                "responses".into(),
                "--out".into(),
                out("responses.csv"),
            ],
            "export_raw",
            "",
        ),
        (
            vec![
                "report".into(),
                "--report".into(),
                "organization".into(),
                "--org".into(),
                "centre-horizon".into(),
                "--format".into(),
                "csv".into(),
                "--out".into(),
                out("barriers.csv"),
            ],
            "report_download",
            "centre-horizon",
        ),
        (
            vec![
                "export".into(),
                "ratings".into(),
                "--org".into(),
                "centre-horizon".into(),
                "--out".into(),
                out("ratings.csv"),
            ],
            "export_items",
            "centre-horizon",
        ),
        (
            vec!["backup".into(), "--out".into(), out("copy.db")],
            "backup",
            "",
        ),
    ];
    for (args, action, target) in &commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_ok(&parite(&db, &args, ""), action);
        let newest = audit_log(&db).into_iter().next();
        let newest = newest.unwrap_or_else(|| panic!("{action}: no audit line"));
        assert_eq!(newest.action, *action);
        assert!(newest.target.starts_with(target), "{action}: {newest:?}");
        assert_eq!(newest.actor, None);
        assert_eq!(
            newest.system_actor.as_deref(),
            Some("system:operator-test"),
            "{action}"
        );
    }
    assert_ok(
        &add_user(&db, "ana@example.org", "admin", "pont-levis orange 42\n"),
        "user add",
    );
    let newest = audit_log(&db).into_iter().next();
    assert_eq!(
        newest.map(|e| (e.action, e.system_actor)),
        Some(("user_create".into(), Some("system:operator-test".into())))
    );

    // When the log cannot be written: nothing is handed out, and a change is not made (it and
    // its line are one transaction); neither succeeds.
    raw_sql(
        &db,
        "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log \
         BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    );
    let export = parite(
        &db,
        &["export", "responses", "--out", &out("again.csv")],
        "",
    );
    assert!(!export.status.success());
    assert!(
        text(&export.stderr).contains("nothing was handed out"),
        "{}",
        text(&export.stderr)
    );
    assert!(!dir.path().join("again.csv").exists(), "no file written");
    let backup = parite(&db, &["backup", "--out", &out("again.db")], "");
    assert!(!backup.status.success());
    assert!(!dir.path().join("again.db").exists(), "no copy written");
    let org = parite(
        &db,
        &["org", "add", "--slug", "autre", "--name", "Autre"],
        "",
    );
    assert!(!org.status.success());
    assert!(
        text(&org.stderr).contains("disk full"),
        "the database's own reason: {}",
        text(&org.stderr)
    );
    let created = with_store(&db, async |store| {
        store
            .organization_by_slug("autre")
            .await
            .unwrap_or_else(|e| panic!("{e}"))
    });
    assert!(created.is_none(), "an unrecorded organization was created");
}

#[test]
fn migrate_names_rows_that_look_the_same_and_rewrites_the_others() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    assert_ok(&parite(&db, &["migrate"], ""), "first migrate");
    // Rows as a version before one spelling stored them.
    raw_sql(
        &db,
        "INSERT INTO users (id, email, password_hash, role, created_at) VALUES \
         ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'andr\u{e9}@example.org', '!', 'admin', 0), \
         ('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'andre\u{301}@example.org', '!', 'funder', 0), \
         ('cccccccccccccccccccccccccccccccc', 'zoe\u{301}@example.org', '!', 'funder', 0); \
         INSERT INTO organizations (id, slug, name, created_at) VALUES \
         ('dddddddddddddddddddddddddddddddd', 'maison', 'Maison Ame\u{301}lie', 0);",
    );
    let migrated = parite(&db, &["migrate"], "");
    assert_ok(&migrated, "migrate");
    let said = text(&migrated.stderr);
    assert!(said.contains("look the same"), "{said}");
    assert!(
        said.contains("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            && said.contains("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
            && said.contains("andre\\u{301}@example.org"),
        "the two accounts named, their spellings told apart: {said}"
    );
    assert!(!said.contains("cccccccc"), "Zoé does not clash: {said}");
    let fr = parite_in("fr-CA", &db, &["migrate"], "");
    assert!(
        text(&fr.stderr).contains("paraissent identiques"),
        "{}",
        text(&fr.stderr)
    );
    let (zoe, maison, andre) = with_store(&db, async |store| {
        let zoe = store.user_by_email("zo\u{e9}@example.org").await;
        let maison = store.organization_by_slug("maison").await;
        let andre = store
            .user(&parite_store::UserId::from("b".repeat(32)))
            .await;
        (zoe, maison, andre)
    });
    assert!(zoe.unwrap_or_else(|e| panic!("{e}")).is_some(), "rewritten");
    let maison = maison.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        maison.map(|o| o.name).as_deref(),
        Some("Maison Am\u{e9}lie")
    );
    let andre = andre.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        andre.map(|u| u.email).as_deref(),
        Some("andre\u{301}@example.org"),
        "a clashing row is left for an administrator"
    );
    let lines = audit_log(&db);
    assert_eq!(
        lines
            .iter()
            .filter(|e| e.action == "identity_normalize")
            .count(),
        1,
        "one rewrite, recorded once"
    );
}
