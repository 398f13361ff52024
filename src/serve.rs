//! `parite serve`, and the demo it can set up on an empty database.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use parite_core::InstrumentSet;
use parite_store::{NewUser, Role, Store, UserId};
use parite_web::demo::{SeedOptions, seed};
use parite_web::{AppState, WebConfig};

use crate::audit::{self, Moment};
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
    let content = setup::content(&args.content, text)?;
    let instruments = Arc::clone(&content.instruments);
    let localizer = content.localizer()?;
    let public_origin = match &args.public_url {
        None => None,
        Some(url) => Some(parite_web::origin_of(url).ok_or_else(|| {
            text.get(
                "serve-bad-public-url",
                &[("url", ArgValue::from(url.as_str()))],
            )
        })?),
    };
    let store = setup::store(&args.database.url, &content, text).await?;
    if args.demo {
        demo(&store, &instruments, &args.addr, text).await?;
    }
    // Checked before anything listens: a typo in the metrics address must not leave a server
    // running without the figures its operator expects.
    let metrics_addr = args
        .metrics_addr
        .as_deref()
        .map(|addr| {
            addr.parse::<std::net::SocketAddr>().map_err(|_| {
                text.get(
                    "serve-metrics-addr-invalid",
                    &[("addr", ArgValue::from(addr))],
                )
            })
        })
        .transpose()?;
    let listener = tokio::net::TcpListener::bind(&args.addr)
        .await
        .map_err(|e| format!("{}: {e}", args.addr))?;
    let metrics_listener = match metrics_addr {
        Some(addr) => Some(
            tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| format!("{addr}: {e}"))?,
        ),
        None => None,
    };
    let config = WebConfig {
        secure_cookies: !args.insecure_cookies && !args.demo,
        min_cell: args.min_cell.max(3),
        trust_proxy: args.trust_proxy,
        public_origin,
        ..WebConfig::default()
    };
    let state = AppState::new(localizer, instruments, store.clone(), config);
    println!(
        "{}",
        text.get(
            "serve-listening",
            &[("url", ArgValue::from(format!("http://{}/", args.addr)))]
        )
    );
    if let Some(metrics_listener) = metrics_listener {
        let metrics = parite_web::metrics_app(state.clone());
        // Ends with the process: a scrape during the drain still reads `parite_draining 1`.
        tokio::spawn(async move {
            if let Err(error) = axum::serve(metrics_listener, metrics).await {
                tracing::error!(%error, "the metrics listener stopped");
            }
        });
    }
    let housekeeping = tokio::spawn(parite_web::retention::run_daily(
        store.clone(),
        args.purge_drafts_after,
    ));
    let lifecycle = state.lifecycle.clone();
    let signalled = Arc::new(Notify::new());
    let shutdown = {
        let signalled = Arc::clone(&signalled);
        async move {
            shutdown_signal().await;
            // Before the listener closes: a load balancer probing /readyz on a kept-alive
            // connection learns at once to send new requests elsewhere.
            lifecycle.start_draining();
            tracing::info!("shutdown signal: draining the requests in flight");
            signalled.notify_one();
        }
    };
    let served = parite_web::serve(listener, state, shutdown);
    let deadline = Duration::from_secs(args.shutdown_timeout);
    let served = tokio::select! {
        served = served => served,
        () = async { signalled.notified().await; tokio::time::sleep(deadline).await } => {
            tracing::warn!(seconds = args.shutdown_timeout, "shutdown deadline passed: requests still in flight are dropped");
            Ok(())
        }
    };
    housekeeping.abort();
    // Commit whatever the writer still holds before the process ends: acknowledged work is
    // already committed, and this flushes what was queued behind it.
    store.close().await;
    tracing::info!("stopped");
    served.map_err(|e| e.to_string())
}

/// SIGTERM (systemd, a container runtime, a rolling restart) or SIGINT (Ctrl+C), whichever
/// comes first. Without a SIGTERM handler the process would die at once with status 143.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

/// The evaluator the demo's checklists and milestones are recorded by.
const DEMO_EVALUATOR: &str = "evaluatrice@demo.parite.ca";

/// The demo's accounts: one a role, each with a fresh random password printed once.
const DEMO_ACCOUNTS: [(&str, Role); 4] = [
    ("admin@demo.parite.ca", Role::Admin),
    (DEMO_EVALUATOR, Role::Evaluator),
    ("direction@demo.parite.ca", Role::TeamLead),
    ("bailleur@demo.parite.ca", Role::Funder),
];

async fn demo_evaluator(store: &Store) -> Result<UserId, String> {
    if let Some(user) = store
        .user_by_email(DEMO_EVALUATOR)
        .await
        .map_err(|e| e.to_string())?
    {
        return Ok(user.id);
    }
    // No password: this account cannot sign in until an administrator sends it a link.
    let new = NewUser {
        email: DEMO_EVALUATOR.to_owned(),
        password_hash: "!".to_owned(),
        role: Role::Evaluator,
    };
    store.create_user(new).await.map_err(|e| e.to_string())
}

/// Creates the demo accounts, scopes them to the demo organizations and prints their logins.
async fn demo_accounts(store: &Store, base: &str, text: &CliText) -> Result<(), String> {
    let orgs = store
        .organizations(false)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        text.get(
            "demo-accounts",
            &[("url", ArgValue::from(format!("{base}/fr/login")))]
        )
    );
    for (email, role) in DEMO_ACCOUNTS {
        let password = parite_web::random_code(12)?;
        let hash = parite_web::password::hash_password(&password)?;
        // Printed for anyone at this console to read: never accepted again as a real password.
        store
            .record_printed_password(&hash)
            .await
            .map_err(|e| e.to_string())?;
        let id = match store
            .user_by_email(email)
            .await
            .map_err(|e| e.to_string())?
        {
            Some(user) => {
                store
                    .set_password_hash(&user.id, &hash)
                    .await
                    .map_err(|e| e.to_string())?;
                user.id
            }
            None => store
                .create_user(NewUser {
                    email: email.to_owned(),
                    password_hash: hash,
                    role,
                })
                .await
                .map_err(|e| e.to_string())?,
        };
        // The team lead leads the first organization; the others see every demo organization.
        let scope = if role == Role::TeamLead {
            &orgs[..orgs.len().min(1)]
        } else {
            &orgs[..]
        };
        for org in scope {
            store
                .grant_scope(&id, &org.id)
                .await
                .map_err(|e| e.to_string())?;
        }
        println!("  {email} / {password}");
    }
    let emails: Vec<&str> = DEMO_ACCOUNTS.iter().map(|(email, _)| *email).collect();
    audit::record(
        store,
        text,
        Moment::AfterChanging,
        "demo_accounts",
        "",
        &emails.join(", "),
    )
    .await
}

async fn seed_and_print(
    store: &Store,
    instruments: &InstrumentSet,
    options: &SeedOptions,
    base: &str,
    text: &CliText,
) -> Result<(), String> {
    let evaluator = demo_evaluator(store).await?;
    let summary = seed(store, instruments, options, &evaluator)
        .await
        .map_err(|e| e.to_string())?;
    let args = [
        ("orgs", ArgValue::from(summary.organizations.len())),
        ("responses", ArgValue::from(summary.responses)),
    ];
    let details = format!(
        "{} organizations; {} responses; seed {}",
        summary.organizations.len(),
        summary.responses,
        options.seed
    );
    audit::record(
        store,
        text,
        Moment::AfterChanging,
        "demo_seed",
        "",
        &details,
    )
    .await?;
    println!("{}", text.get("demo-seeded", &args));
    for (_, name, code) in &summary.organizations {
        println!("  {name}");
        for lang in ["fr", "en"] {
            println!("    {base}/{lang}/s/{code}");
        }
    }
    Ok(())
}

async fn demo(
    store: &Store,
    instruments: &InstrumentSet,
    addr: &str,
    text: &CliText,
) -> Result<(), String> {
    if !store
        .organizations(true)
        .await
        .map_err(|e| e.to_string())?
        .is_empty()
    {
        println!("{}", text.get("serve-demo-skipped", &[]));
        return Ok(());
    }
    println!("{}", text.get("serve-demo-created", &[]));
    let base = format!("http://{addr}");
    seed_and_print(store, instruments, &SeedOptions::default(), &base, text).await?;
    demo_accounts(store, &base, text).await
}

pub async fn demo_seed(args: &DemoSeedArgs, text: &CliText) -> ExitCode {
    let result = async {
        let content = setup::content(&args.content, text)?;
        let instruments = Arc::clone(&content.instruments);
        let store = setup::store(&args.database.url, &content, text).await?;
        let options = SeedOptions {
            organizations: args.orgs,
            responses: args.responses,
            seed: args.seed,
        };
        let seeded = seed_and_print(
            &store,
            &instruments,
            &options,
            "http://127.0.0.1:8080",
            text,
        )
        .await;
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
