//! The `parite` command line: parses flags and calls into the crates.

mod check;
mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let text = match cli::CliText::new() {
        Ok(text) => text,
        Err(error) => {
            eprintln!("parite: {error}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        cli::Command::Check(args) => check::run(&args, &text),
    }
}
