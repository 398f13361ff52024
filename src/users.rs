//! `parite user add`: an account from the command line. No default password ships, so this is
//! how the first administrator is made; the password is read from standard input, never from a
//! flag (which would end up in the shell's history and the process list).

use std::io::{BufRead, IsTerminal, Write};
use std::process::{Command, ExitCode, Stdio};

use clap::{Args, Subcommand};
use parite_store::{NewUser, Role, Store, StoreError, email_key};
use parite_web::password::{check_new_password, check_new_password_in, hash_password};

use crate::audit;
use crate::cli::{ArgValue, CliText, DatabaseArgs};
use crate::setup;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; its password is read from standard input (not echoed on a terminal).
    Add(UserAddArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[arg(long)]
    pub email: String,
    /// admin, evaluator, team_lead or funder.
    #[arg(long)]
    pub role: String,
    /// An organization the account may see (repeat the flag for several).
    #[arg(long = "org")]
    pub orgs: Vec<String>,
}

pub async fn add(args: &UserAddArgs, text: &CliText) -> ExitCode {
    match run(args, text).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &UserAddArgs, text: &CliText) -> Result<(), String> {
    let email = email_key(&args.email);
    if !parite_web::valid_email(&email) {
        return Err(text.get(
            "user-bad-email",
            &[("email", ArgValue::from(email.as_str()))],
        ));
    }
    let role = Role::parse(&args.role).ok_or_else(|| {
        text.get(
            "user-bad-role",
            &[("role", ArgValue::from(args.role.as_str()))],
        )
    })?;
    let password = read_password(&email, text)?;
    check_new_password(&password, &email).map_err(|problem| text.get(problem.message_id(), &[]))?;
    let store = setup::upkeep_store(&args.database.url, text).await?;
    let created = create(&store, args, text, &email, role, password).await;
    store.close().await;
    created?;
    println!(
        "{}",
        text.get(
            "user-added",
            &[
                ("email", ArgValue::from(email.as_str())),
                ("role", ArgValue::from(role.as_str()))
            ]
        )
    );
    Ok(())
}

/// Everything `user add` does with the store: the demo's printed passwords refused, the
/// account, its scope, and the audit line.
async fn create(
    store: &Store,
    args: &UserAddArgs,
    text: &CliText,
    email: &str,
    role: Role,
    password: String,
) -> Result<(), String> {
    check_new_password_in(store, &password, email)
        .await
        .map_err(|e| e.to_string())?
        .map_err(|problem| text.get(problem.message_id(), &[]))?;
    let hash = hash_password(&password)?;
    let mut orgs = Vec::new();
    for slug in &args.orgs {
        match store
            .organization_by_slug(slug)
            .await
            .map_err(|e| e.to_string())?
        {
            Some(org) => orgs.push(org),
            None => {
                return Err(text.get(
                    "user-unknown-org",
                    &[("slug", ArgValue::from(slug.as_str()))],
                ));
            }
        }
    }
    let new = NewUser {
        email: email.to_owned(),
        password_hash: hash,
        role,
    };
    let details = format!("role={role}; scope={}; command line", args.orgs.join(","));
    // The line commits with the account; its scope follows in writes of its own.
    let creating = async {
        let id = store.create_user(new).await?;
        for org in &orgs {
            store.grant_scope(&id, &org.id).await?;
        }
        Ok::<_, StoreError>(id)
    };
    match audit::audited(store, "user_create", email, &details, creating).await {
        Ok(_) => Ok(()),
        Err(StoreError::Conflict { .. }) => {
            Err(text.get("user-email-taken", &[("email", ArgValue::from(email))]))
        }
        Err(error) => Err(error.to_string()),
    }
}

/// One line from standard input. On a terminal: a prompt, echo turned off while typing, and
/// the password asked twice.
fn read_password(email: &str, text: &CliText) -> Result<String, String> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let password = line.trim_end_matches(['\n', '\r']).to_owned();
        if password.is_empty() {
            return Err(text.get("user-password-none", &[]));
        }
        return Ok(password);
    }
    let first =
        prompt_hidden(&text.get("user-password-prompt", &[("email", ArgValue::from(email))]))?;
    let second = prompt_hidden(&text.get("user-password-again", &[]))?;
    if first != second {
        return Err(text.get("password-mismatch", &[]));
    }
    Ok(first)
}

fn prompt_hidden(prompt: &str) -> Result<String, String> {
    eprint!("{prompt} ");
    let _ = std::io::stderr().flush();
    // `stty` acts on the terminal it is given as input: ours.
    let stty = |mode: &str| {
        Command::new("stty")
            .arg(mode)
            .stdin(Stdio::inherit())
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    let hidden = stty("-echo");
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if hidden {
        stty("echo");
    }
    eprintln!();
    read.map_err(|e| e.to_string())?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}
