//! Flags, and the localized texts of the command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use parite_i18n::{FluentArgs, I18nError, Locale, Localizer};

#[derive(Debug, Parser)]
#[command(
    name = "parite",
    version,
    about = "Parité — peer integration, measured (fr-CA / en-CA)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate every instrument and every locale file.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Folder of instrument files (*.toml).
    #[arg(long, default_value = "surveys", env = "PARITE_SURVEYS")]
    pub surveys: PathBuf,
    /// Folder of locale folders (<locale>/*.ftl).
    #[arg(long, default_value = "locales", env = "PARITE_LOCALES")]
    pub locales: PathBuf,
}

/// The command line's own texts, in the configured locale (`PARITE_DEFAULT_LOCALE`, fr-CA by
/// default), from the locales compiled into the binary.
pub struct CliText {
    localizer: Localizer,
    locale: Locale,
}

impl CliText {
    pub fn new() -> Result<CliText, I18nError> {
        let requested = std::env::var("PARITE_DEFAULT_LOCALE").ok();
        let localizer = Localizer::embedded(Locale::fr_ca())?;
        let locale = localizer.negotiate(requested.as_deref(), None, None);
        Ok(CliText { localizer, locale })
    }

    /// A message of the command line; a missing one shows its id rather than nothing, and the
    /// parity tests keep that from shipping.
    pub fn get(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                ArgValue::Text(text) => fluent_args.set(*name, text.clone()),
                ArgValue::Number(n) => fluent_args.set(*name, *n),
            }
        }
        self.localizer
            .message(&self.locale, id, Some(&fluent_args))
            .unwrap_or_else(|_| id.to_owned())
    }
}

/// A value for a message argument.
pub enum ArgValue {
    Text(String),
    Number(f64),
}

impl From<&str> for ArgValue {
    fn from(value: &str) -> Self {
        ArgValue::Text(value.to_owned())
    }
}

impl From<String> for ArgValue {
    fn from(value: String) -> Self {
        ArgValue::Text(value)
    }
}

impl From<usize> for ArgValue {
    fn from(value: usize) -> Self {
        ArgValue::Number(value as f64)
    }
}

impl From<u32> for ArgValue {
    fn from(value: u32) -> Self {
        ArgValue::Number(f64::from(value))
    }
}
