//! The `parite` command line: parses flags and calls into the crates.

mod admin;
mod audit;
mod check;
mod cli;
mod copy;
mod export_items;
mod report;
mod serve;
mod setup;
mod support;
mod translations;
mod users;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Command, DemoCommand, ExportCommand, OrgCommand, PurgeCommand, WaveCommand};

/// Many small, short-lived allocations per request (headers, texts, answers): glibc's malloc
/// spent a fifth of a survey page's CPU on them, mimalloc a fraction of that (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let log_format = match &cli.command {
        Command::Serve(args) => args.log_format,
        _ => cli::LogFormat::Text,
    };
    init_logs(log_format);
    let text = match cli::CliText::new() {
        Ok(text) => text,
        Err(error) => {
            eprintln!("parite: {error}");
            return ExitCode::FAILURE;
        }
    };
    match &cli.command {
        Command::Check(args) => check::run(args, &text),
        Command::Serve(args) => serve::run(args, &text).await,
        Command::Migrate(args) => admin::migrate(args, &text).await,
        Command::Support(command) => support::run(command, &text).await,
        Command::Org(OrgCommand::Add(args)) => admin::org_add(args, &text).await,
        Command::Org(OrgCommand::Delete(args)) => admin::org_delete(args, &text).await,
        Command::Wave(WaveCommand::Open(args)) => admin::wave_open(args, &text).await,
        Command::User(users::UserCommand::Add(args)) => users::add(args, &text).await,
        Command::Backup(args) => admin::backup(args, &text).await,
        Command::Restore(args) => admin::restore(args, &text).await,
        Command::Copy(args) => copy::copy(args, &text).await,
        Command::Demo(DemoCommand::Seed(args)) => serve::demo_seed(args, &text).await,
        Command::Report(args) => report::report(args, &text).await,
        Command::Export(ExportCommand::Responses(args)) => {
            report::export_responses(args, &text).await
        }
        Command::Export(ExportCommand::Ratings(args)) => export_items::ratings(args, &text).await,
        Command::Export(ExportCommand::Milestones(args)) => {
            export_items::milestones(args, &text).await
        }
        Command::Export(ExportCommand::Support(args)) => export_items::support(args, &text).await,
        Command::Purge(PurgeCommand::Drafts(args)) => admin::purge_drafts(args, &text).await,
        Command::Translations(command) => translations::run(command, &text),
    }
}

/// Log lines go to standard error (journald keeps them under systemd): plain text for a person
/// at a terminal, or one JSON object a line for a log collector. Each line written during a
/// request carries that request's span (its id and route template).
fn init_logs(format: cli::LogFormat) {
    use std::io::IsTerminal;
    // Colours only for a person at a terminal: journald and log files would keep the escapes.
    let logs = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    match format {
        cli::LogFormat::Text => logs.init(),
        cli::LogFormat::Json => logs
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}
