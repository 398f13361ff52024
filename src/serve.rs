//! `parite serve`, and the demo it can set up on an empty database.

use std::process::ExitCode;
use std::sync::Arc;

use parite_core::InstrumentSet;
use parite_store::{NewUser, Role, Store, UserId};
use parite_web::demo::{SeedOptions, seed};
use parite_web::{AppState, WebConfig};

use crate::cli::{ArgValue, CliText, DemoSeedArgs, ServeArgs};
use crate::setup;

pub async fn run(args: &ServeArgs, text: &CliText) -> ExitCode {
    match serve(args, text).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(args: &ServeArgs, text: &CliText) -> Result<(), String> {
    let instruments = setup::instruments(text)?;
    let localizer = setup::localizer()?;
    let store = setup::store(&args.database.url, &instruments).await?;
    if args.demo {
        demo(&store, &instruments, &args.addr, text).await?;
    }
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .map_err(|e| format!("{}: {e}", args.addr))?;
    let config = WebConfig {
        secure_cookies: !args.insecure_cookies && !args.demo,
        min_cell: args.min_cell.max(3),
        ..WebConfig::default()
    };
    let state = AppState {
        localizer,
        instruments,
        store: store.clone(),
        config: Arc::new(config),
    };
    println!(
        "{}",
        text.get(
            "serve-listening",
            &[("url", ArgValue::from(format!("http://{}/", args.addr)))]
        )
    );
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let served = parite_web::serve(listener, state, shutdown).await;
    // Commit whatever the writer still holds before the process ends.
    store.close().await;
    served.map_err(|e| e.to_string())
}

/// The evaluator the demo's checklists and milestones are recorded by.
const DEMO_EVALUATOR: &str = "evaluatrice@demo.parite.ca";

async fn demo_evaluator(store: &Store) -> Result<UserId, String> {
    if let Some(user) = store.user_by_email(DEMO_EVALUATOR).await.map_err(|e| e.to_string())? {
        return Ok(user.id);
    }
    // No password: this account cannot sign in until an administrator sends it a link.
    let new = NewUser { email: DEMO_EVALUATOR.to_owned(), password_hash: "!".to_owned(), role: Role::Evaluator };
    store.create_user(new).await.map_err(|e| e.to_string())
}

async fn seed_and_print(store: &Store, instruments: &InstrumentSet, options: &SeedOptions, base: &str, text: &CliText) -> Result<(), String> {
    let evaluator = demo_evaluator(store).await?;
    let summary = seed(store, instruments, options, &evaluator).await.map_err(|e| e.to_string())?;
    let args = [("orgs", ArgValue::from(summary.organizations.len())), ("responses", ArgValue::from(summary.responses))];
    println!("{}", text.get("demo-seeded", &args));
    for (_, name, code) in &summary.organizations {
        println!("  {name}");
        for lang in ["fr", "en"] {
            println!("    {base}/{lang}/s/{code}");
        }
    }
    Ok(())
}

async fn demo(store: &Store, instruments: &InstrumentSet, addr: &str, text: &CliText) -> Result<(), String> {
    if !store.organizations(true).await.map_err(|e| e.to_string())?.is_empty() {
        println!("{}", text.get("serve-demo-skipped", &[]));
        return Ok(());
    }
    println!("{}", text.get("serve-demo-created", &[]));
    seed_and_print(store, instruments, &SeedOptions::default(), &format!("http://{addr}"), text).await
}

pub async fn demo_seed(args: &DemoSeedArgs, text: &CliText) -> ExitCode {
    let result = async {
        let instruments = setup::instruments(text)?;
        let store = setup::store(&args.database.url, &instruments).await?;
        let options = SeedOptions { organizations: args.orgs, responses: args.responses, seed: args.seed };
        let seeded = seed_and_print(&store, &instruments, &options, "http://127.0.0.1:8080", text).await;
        store.close().await;
        seeded
    }
    .await;
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parite: {message}");
            ExitCode::FAILURE
        }
    }
}
