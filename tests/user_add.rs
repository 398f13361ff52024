//! `parite user add` as an operator runs it: the password on standard input (never a flag),
//! checked like the web's (never blank, never holding the email, never one the demo printed),
//! one account for an address however it is spelled, and no default account anywhere.

mod command_line;

use std::path::Path;
use std::process::{Command, Stdio};

use command_line::{OPERATOR, add_user, assert_ok, parite, parite_in, text};

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
            let store = parite_store::Store::connect(&url, command_line::no_instruments())
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
