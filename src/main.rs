//! The `parite` command line: parses flags and calls into the crates.

mod admin;
mod audit;
mod check;
mod cli;
mod report;
mod serve;
mod setup;
mod users;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Command, DemoCommand, ExportCommand, OrgCommand, WaveCommand};

/// Many small, short-lived allocations per request (headers, texts, answers): glibc's malloc
/// spent a fifth of a survey page's CPU on them, mimalloc a fraction of that (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::INFO)
        .with_writer(std::io::stderr)
        .init();
    let cli = cli::Cli::parse();
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
        Command::Org(OrgCommand::Add(args)) => admin::org_add(args, &text).await,
        Command::Wave(WaveCommand::Open(args)) => admin::wave_open(args, &text).await,
        Command::User(users::UserCommand::Add(args)) => users::add(args, &text).await,
        Command::Backup(args) => admin::backup(args, &text).await,
        Command::Demo(DemoCommand::Seed(args)) => serve::demo_seed(args, &text).await,
        Command::Report(args) => report::report(args, &text).await,
        Command::Export(ExportCommand::Responses(args)) => {
            report::export_responses(args, &text).await
        }
    }
}
