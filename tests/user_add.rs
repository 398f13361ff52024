//! `parite user add` as an operator runs it: the password on standard input (never a flag),
//! checked like the web's, the account usable at once, and no default account anywhere.

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
    let url = format!("sqlite://{}", database.display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_parite"))
        .args(args)
        .args(["--database", &url])
        .env("PARITE_DEFAULT_LOCALE", "en-CA")
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
