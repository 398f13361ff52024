//! `parite user add` as an operator runs it: the password on standard input (never a flag),
//! checked like the web's, the account usable at once, and no default account anywhere — and
//! what every command-line action leaves behind: one spelling of each address and name, and a
//! line in the audit log naming the system user who ran it.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// `parite user add --email E --role R`, the password on stdin.
fn add_user(db: &Path, email: &str, role: &str, stdin: &str) -> Output {
    parite(
        db,
        &["user", "add", "--email", email, "--role", role],
        stdin,
    )
}

fn parite(database: &Path, args: &[&str], stdin: &str) -> Output {
    parite_in("en-CA", database, args, stdin)
}

/// The system user every command of these tests runs as.
const OPERATOR: &str = "operator-test";

fn parite_in(locale: &str, database: &Path, args: &[&str], stdin: &str) -> Output {
    let url = format!("sqlite://{}", database.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", &url])
        .env("PARITE_DEFAULT_LOCALE", locale)
        .env("USER", OPERATOR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    if let Some(mut input) = child.stdin.take() {
        input
            .write_all(stdin.as_bytes())
            .unwrap_or_else(|e| panic!("{e}"));
    }
    child.wait_with_output().unwrap_or_else(|e| panic!("{e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn user_add_reads_the_password_from_stdin_and_checks_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    let org = parite(
        &db,
        &[
            "org",
            "add",
            "--slug",
            "centre-horizon",
            "--name",
            "Centre Horizon",
        ],
        "",
    );
    assert!(org.status.success(), "{}", text(&org.stderr));

    let weak = add_user(&db, "ana@example.org", "admin", "password1234\n");
    assert!(!weak.status.success());
    assert!(
        text(&weak.stderr).contains("too common"),
        "{}",
        text(&weak.stderr)
    );

    let short = add_user(&db, "ana@example.org", "admin", "short\n");
    assert!(
        text(&short.stderr).contains("at least 12 characters"),
        "{}",
        text(&short.stderr)
    );

    let empty = add_user(&db, "ana@example.org", "admin", "");
    assert!(!empty.status.success());

    let role = add_user(&db, "ana@example.org", "boss", "pont-levis orange 42\n");
    assert!(
        text(&role.stderr).contains("Unknown role"),
        "{}",
        text(&role.stderr)
    );

    let org = parite(
        &db,
        &[
            "user",
            "add",
            "--email",
            "eve@example.org",
            "--role",
            "evaluator",
            "--org",
            "nowhere",
        ],
        "pont-levis orange 42\n",
    );
    assert!(
        text(&org.stderr).contains("No organization"),
        "{}",
        text(&org.stderr)
    );

    let added = parite(
        &db,
        &[
            "user",
            "add",
            "--email",
            "Ana@Example.org",
            "--role",
            "evaluator",
            "--org",
            "centre-horizon",
        ],
        "pont-levis orange 42\n",
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let out = text(&added.stdout);
    assert!(
        out.contains("ana@example.org") && out.contains("evaluator"),
        "{out}"
    );
    // The password never appears in what the command prints.
    assert!(!out.contains("pont-levis") && !text(&added.stderr).contains("pont-levis"));

    // The stored hash is argon2id with OWASP's parameters, and verifies the password.
    let user = tokio::runtime::Runtime::new()
        .unwrap_or_else(|e| panic!("{e}"))
        .block_on(async {
            let url = format!("sqlite://{}", db.display());
            let store = parite_store::Store::connect(&url, std::sync::Arc::new(NoInstruments))
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            let user = store.user_by_email("ana@example.org").await;
            store.close().await;
            user.unwrap_or_else(|e| panic!("{e}"))
                .unwrap_or_else(|| panic!("no account"))
        });
    assert!(
        user.password_hash
            .starts_with("$argon2id$v=19$m=19456,t=2,p=1$")
    );
    assert!(parite_web::password::verify_password(
        "pont-levis orange 42",
        &user.password_hash
    ));

    let again = add_user(&db, "ana@example.org", "admin", "pont-levis orange 42\n");
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
}

struct NoInstruments;

impl parite_store::InstrumentCatalog for NoInstruments {
    fn has_item(&self, _: &str, _: u32, _: &str) -> Option<bool> {
        None
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap_or_else(|e| panic!("{e}"))
}

/// What the database holds, read through the store after a command has ended.
fn with_store<T>(db: &Path, read: impl AsyncFnOnce(&parite_store::Store) -> T) -> T {
    runtime().block_on(async {
        let url = format!("sqlite://{}", db.display());
        let store = parite_store::Store::connect(&url, std::sync::Arc::new(NoInstruments))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let value = read(&store).await;
        store.close().await;
        value
    })
}

/// The audit log, newest first.
fn audit_log(db: &Path) -> Vec<parite_store::AuditEntry> {
    with_store(db, async |store| {
        store
            .audit_entries(&parite_store::AuditFilter::default())
            .await
            .unwrap_or_else(|e| panic!("{e}"))
    })
}

/// One SQL statement on the database file, bypassing the store (rows as an older version
/// stored them, or a fault).
fn raw_sql(db: &Path, sql: &str) {
    use sqlx::Connection;
    runtime().block_on(async {
        let url = format!("sqlite://{}", db.display());
        let mut connection = sqlx::SqliteConnection::connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
            .execute(&mut connection)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        connection.close().await.unwrap_or_else(|e| panic!("{e}"));
    });
}

fn assert_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what}: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

/// `parite serve --demo` on an empty database: the passwords it printed for its accounts.
fn demo_passwords(db: &Path) -> Vec<String> {
    use std::io::BufRead;
    let url = format!("sqlite://{}", db.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args([
            "serve",
            "--demo",
            "--addr",
            "127.0.0.1:0",
            "--database",
            &url,
        ])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
        .env("USER", OPERATOR)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run parite: {e}"));
    let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut passwords = Vec::new();
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line.unwrap_or_else(|e| panic!("{e}"));
        if let Some((_, password)) = line.trim().split_once("@demo.parite.ca / ") {
            passwords.push(password.to_owned());
        }
        if passwords.len() == 4 {
            break;
        }
    }
    child.kill().unwrap_or_else(|e| panic!("{e}"));
    child.wait().unwrap_or_else(|e| panic!("{e}"));
    passwords
}

#[test]
fn user_add_refuses_blank_email_like_and_demo_printed_passwords() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    let blank = add_user(
        &db,
        "ana@example.org",
        "admin",
        &format!("{}\n", " ".repeat(12)),
    );
    assert!(!blank.status.success());
    assert!(
        text(&blank.stderr).contains("cannot be only spaces"),
        "{}",
        text(&blank.stderr)
    );
    let own = add_user(&db, "ana@example.org", "admin", "pont ANA levis 42\n");
    assert!(!own.status.success());
    assert!(
        text(&own.stderr).contains("does not contain your email address"),
        "{}",
        text(&own.stderr)
    );
    let printed = demo_passwords(&db);
    assert_eq!(printed.len(), 4, "the demo prints four accounts");
    for password in &printed {
        let reused = add_user(&db, "ana@example.org", "admin", &format!("{password}\n"));
        assert!(!reused.status.success());
        assert!(
            text(&reused.stderr).contains("was shown by the demo"),
            "{}",
            text(&reused.stderr)
        );
    }
    let fr = parite_in(
        "fr-CA",
        &db,
        &[
            "user",
            "add",
            "--email",
            "ana@example.org",
            "--role",
            "admin",
        ],
        &format!("{}\n", printed[0]),
    );
    assert!(
        text(&fr.stderr).contains("a été affiché par la démo"),
        "{}",
        text(&fr.stderr)
    );
    assert_ok(
        &add_user(&db, "ana@example.org", "admin", "pont-levis orange 42\n"),
        "a good password",
    );
}

#[test]
fn user_add_takes_an_address_in_either_unicode_spelling_as_one() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("parite.db");
    let first = add_user(
        &db,
        "ANDRE\u{301}@example.org",
        "admin",
        "pont-levis orange 42\n",
    );
    assert_ok(&first, "decomposed");
    assert!(text(&first.stdout).contains("andr\u{e9}@example.org"));
    let again = add_user(
        &db,
        "andr\u{e9}@example.org",
        "admin",
        "pont-levis orange 42\n",
    );
    assert!(
        text(&again.stderr).contains("already exists"),
        "{}",
        text(&again.stderr)
    );
}

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

    // When the log cannot be written: nothing is handed out, and a change says it is
    // unrecorded; neither succeeds.
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
        text(&org.stderr).contains("cannot be written"),
        "{}",
        text(&org.stderr)
    );
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
