//! Flags, and the localized texts of the command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use std::sync::Arc;

use parite_i18n::{I18nError, Locale, Localizer, Texts};

pub use parite_i18n::ArgValue;

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
    texts: Texts,
}

impl CliText {
    pub fn new() -> Result<CliText, I18nError> {
        let requested = std::env::var("PARITE_DEFAULT_LOCALE").ok();
        let localizer = Localizer::embedded(Locale::fr_ca())?;
        let locale = localizer.negotiate(requested.as_deref(), None, None);
        Ok(CliText {
            texts: Texts::new(Arc::new(localizer), locale),
        })
    }

    /// A message of the command line.
    pub fn get(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        self.texts.with_args(
            id,
            args.iter()
                .map(|(name, value)| (*name, ArgValue::from(value)))
                .collect(),
        )
    }
}
