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
    /// Serve the web app.
    Serve(ServeArgs),
    /// Apply pending database migrations (`--check`: only say where the database stands).
    Migrate(MigrateArgs),
    /// Organizations.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Survey waves.
    #[command(subcommand)]
    Wave(WaveCommand),
    /// Accounts.
    #[command(subcommand)]
    User(crate::users::UserCommand),
    /// Copy an SQLite database to a file while the server runs.
    Backup(BackupArgs),
    /// Put an SQLite backup in place of a database (checked first; refused while it is open).
    Restore(RestoreArgs),
    /// Copy a whole database into an empty one, across backends (SQLite to PostgreSQL and back).
    Copy(CopyArgs),
    /// Realistic synthetic data.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Write a standard report, one of its charts or one of its tables.
    Report(ReportArgs),
    /// Export raw data.
    #[command(subcommand)]
    Export(ExportCommand),
    /// The schedule of support: training, coaching, WRAP, evaluation oversight.
    #[command(subcommand)]
    Support(crate::support::SupportCommand),
    /// Delete what is kept past its retention period.
    #[command(subcommand)]
    Purge(PurgeCommand),
    /// A locale's texts out to a translator (CSV or XLIFF 2.0) and back into its .ftl files.
    #[command(subcommand)]
    Translations(TranslationsCommand),
}

#[derive(Debug, Subcommand)]
pub enum TranslationsCommand {
    /// Write every text of a locale beside its English source, its hash and its status.
    Export(TranslationsExportArgs),
    /// Write a translator's CSV or XLIFF file back into the locale's .ftl files (only the
    /// texts that changed; nothing at all if one of them is not valid Fluent).
    Import(TranslationsImportArgs),
    /// Record the current English as the source of translations edited by hand in the .ftl
    /// files: the given ids, or every translated text that has no record yet.
    Record(TranslationsRecordArgs),
}

/// The translator's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TranslationFormat {
    /// A spreadsheet: UTF-8 with a byte order mark, one row per text.
    Csv,
    /// XLIFF 2.0, for translation tools.
    Xliff,
}

#[derive(Debug, Args)]
pub struct TranslationsExportArgs {
    /// The locale to translate into (its folder under --locales).
    #[arg(long, default_value = "fr-CA")]
    pub locale: String,
    /// The file to write; `.csv`, `.xlf` or `.xliff` choose the format.
    #[arg(long)]
    pub out: PathBuf,
    /// The format, whatever the file's name.
    #[arg(long, value_enum)]
    pub format: Option<TranslationFormat>,
    /// CSV only: `,` or `;` (default: `;` for French, `,` otherwise).
    #[arg(long)]
    pub delimiter: Option<char>,
    /// Folder of locale folders (<locale>/*.ftl).
    #[arg(long, default_value = "locales", env = "PARITE_LOCALES")]
    pub locales: PathBuf,
}

#[derive(Debug, Args)]
pub struct TranslationsImportArgs {
    /// A file written by `parite translations export`, then translated (CSV or XLIFF).
    pub file: PathBuf,
    /// The format, when the file's name does not tell (by default: XLIFF if it starts with `<`).
    #[arg(long, value_enum)]
    pub format: Option<TranslationFormat>,
    /// The locale to write; by default the one the file names (and it must match).
    #[arg(long)]
    pub locale: Option<String>,
    /// Folder of locale folders (<locale>/*.ftl).
    #[arg(long, default_value = "locales", env = "PARITE_LOCALES")]
    pub locales: PathBuf,
}

#[derive(Debug, Args)]
pub struct TranslationsRecordArgs {
    #[arg(long, default_value = "fr-CA")]
    pub locale: String,
    /// A message (`id`) or attribute (`id.attr`) whose translation is current; repeatable.
    #[arg(long)]
    pub id: Vec<String>,
    /// Folder of locale folders (<locale>/*.ftl).
    #[arg(long, default_value = "locales", env = "PARITE_LOCALES")]
    pub locales: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum PurgeCommand {
    /// Delete drafts never submitted and last saved more than DAYS days ago, with their answers.
    Drafts(PurgeDraftsArgs),
}

#[derive(Debug, Args)]
pub struct PurgeDraftsArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Days since a draft's last save.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    pub older_than: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Html,
    /// The whole report, paginated (Letter), charts as vectors.
    Pdf,
    Csv,
    Svg,
    Png,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    /// `organization`, `community` or `funder-overview` (the files of reports/).
    #[arg(long)]
    pub report: String,
    /// The organization (reports about one organization).
    #[arg(long)]
    pub org: Option<String>,
    /// fr-CA or en-CA.
    #[arg(long, env = "PARITE_DEFAULT_LOCALE", default_value = "fr-CA")]
    pub locale: String,
    #[arg(long, value_enum)]
    pub format: ReportFormat,
    /// The chart (svg, png); the report's first by default.
    #[arg(long)]
    pub chart: Option<String>,
    /// The table (csv); the report's first by default.
    #[arg(long)]
    pub table: Option<String>,
    /// Groups smaller than this are hidden (never below 3).
    #[arg(long, env = "PARITE_MIN_CELL", default_value_t = 5)]
    pub min_cell: u32,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Every submitted answer, streamed to a CSV file (free text included: evaluators only).
    Responses(ExportArgs),
    /// Every checklist rating of an organization, with raters, evidence and sources.
    Ratings(RatingsExportArgs),
    /// Every mark and unmark of an organization's milestones, with evidence and who recorded it.
    Milestones(ItemExportArgs),
    /// An organization's schedule of support, activity by activity, with attendance counts.
    Support(ItemExportArgs),
}

/// What every item-level export takes: where, whose, and how the CSV is written.
#[derive(Debug, Args)]
pub struct ItemExportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    #[arg(long)]
    pub org: String,
    #[command(flatten)]
    pub csv: CsvArgs,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RatingsExportArgs {
    #[command(flatten)]
    pub export: ItemExportArgs,
    /// One row per assessment, a column per item, instead of one row per rating.
    #[arg(long)]
    pub wide: bool,
    /// Only the submitted consensus ratings (what reports use), not each rater's.
    #[arg(long)]
    pub consensus: bool,
}

/// How a CSV file is written.
#[derive(Debug, Args)]
pub struct CsvArgs {
    /// `,` or `;` (default: `;` in fr-CA, `,` in en-CA).
    #[arg(long)]
    pub delimiter: Option<char>,
    /// The language of labels and column names.
    #[arg(long, env = "PARITE_DEFAULT_LOCALE", default_value = "fr-CA")]
    pub locale: String,
    /// Column names as stable codes (`item`, `rating`…) instead of labels in the chosen language.
    #[arg(long)]
    pub codes: bool,
    /// Leave out the UTF-8 byte order mark (on by default, for spreadsheet programs).
    #[arg(long)]
    pub no_bom: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    #[arg(long)]
    pub org: Option<String>,
    /// The survey whose answers to write (each survey has its own columns).
    #[arg(long, default_value = parite_core::report::TEAM_SURVEY)]
    pub instrument: String,
    /// One row per response (with a codebook written beside it) instead of one per answer.
    #[arg(long)]
    pub wide: bool,
    #[command(flatten)]
    pub csv: CsvArgs,
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Generate organizations, waves, responses, checklists and milestones (deterministic).
    Seed(DemoSeedArgs),
}

#[derive(Debug, Args)]
pub struct DemoSeedArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    /// How many organizations.
    #[arg(long, default_value_t = 6)]
    pub orgs: usize,
    /// Responses per organization and wave.
    #[arg(long, default_value_t = 14)]
    pub responses: usize,
    /// The same seed always gives the same data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// `sqlite://data/parite.db` (created on first run) or `postgres://…`.
    #[arg(
        long = "database",
        env = "PARITE_DATABASE_URL",
        default_value = "sqlite://data/parite.db"
    )]
    pub url: String,
}

/// The instruments and texts of every command that shows or records answers. Either folder is
/// checked as `parite check` checks it before the command starts; a command given a broken one
/// refuses to start. By default, the copies built into the binary.
#[derive(Debug, Args)]
pub struct ContentArgs {
    /// Folder of instrument files (*.toml), read at start-up instead of the built-in ones.
    #[arg(long, env = "PARITE_SURVEYS")]
    pub surveys: Option<PathBuf>,
    /// Folder of locale folders (<locale>/*.ftl), read at start-up instead of the built-in ones.
    #[arg(long, env = "PARITE_LOCALES")]
    pub locales: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    /// Address to listen on.
    #[arg(long, env = "PARITE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// On an empty database, create demo organizations with open waves and print their links.
    #[arg(long)]
    pub demo: bool,
    /// Groups smaller than this are never shown (never below 3).
    #[arg(long, env = "PARITE_MIN_CELL", default_value_t = 5)]
    pub min_cell: u32,
    /// Send cookies without `Secure`: only for plain http on this machine.
    #[arg(long, env = "PARITE_INSECURE_COOKIES")]
    pub insecure_cookies: bool,
    /// Behind a reverse proxy: take the client's address (for sign-in throttling) from the
    /// last `X-Forwarded-For` entry, and whether it was reached over HTTPS from
    /// `X-Forwarded-Proto`. Without a proxy that sets them, anyone could forge them.
    #[arg(long, env = "PARITE_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// The address people reach the server at, e.g. `https://parite.example.org`: forms are
    /// accepted only from it, and with `https://` every page carries Strict-Transport-Security.
    #[arg(long, env = "PARITE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// On SIGTERM or SIGINT, how long requests in flight may take to finish, in seconds.
    #[arg(long, env = "PARITE_SHUTDOWN_TIMEOUT", default_value_t = 20)]
    pub shutdown_timeout: u64,
    /// Every day, delete drafts last saved more than this many days ago (0: never).
    #[arg(long, env = "PARITE_PURGE_DRAFTS_AFTER", default_value_t = 90)]
    pub purge_drafts_after: u32,
    /// Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464); off unless given.
    /// Bind it to loopback or a private interface, never the public one.
    #[arg(long, env = "PARITE_METRICS_ADDR")]
    pub metrics_addr: Option<String>,
    /// `text` for a terminal, `json` (one object a line) for a log collector.
    #[arg(long, env = "PARITE_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Change nothing; exit 0 when the schema is current, 10 when migrations are pending, 11
    /// when a newer release migrated the database.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organization.
    Add(OrgAddArgs),
    /// Delete an organization and everything that belongs to it (export it first).
    Delete(OrgDeleteArgs),
}

#[derive(Debug, Args)]
pub struct OrgDeleteArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The organization to delete.
    #[arg(long)]
    pub slug: String,
    /// The same slug again: nothing is deleted unless the two match.
    #[arg(long)]
    pub confirm: String,
}

#[derive(Debug, Args)]
pub struct OrgAddArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Short name used in addresses, e.g. `centre-francophone`.
    #[arg(long)]
    pub slug: String,
    /// Full name.
    #[arg(long)]
    pub name: String,
}

#[derive(Debug, Subcommand)]
pub enum WaveCommand {
    /// Open a survey wave for an organization, pinned to the instrument's latest version, with
    /// one shared invitation link.
    Open(WaveOpenArgs),
}

#[derive(Debug, Args)]
pub struct WaveOpenArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub content: ContentArgs,
    #[arg(long)]
    pub org: String,
    #[arg(long, default_value = parite_core::report::TEAM_SURVEY)]
    pub instrument: String,
    /// e.g. `Automne 2026`.
    #[arg(long)]
    pub label: String,
    /// Closing date, YYYY-MM-DD (optional).
    #[arg(long)]
    pub closes: Option<String>,
    /// Base address printed in the invitation links.
    #[arg(
        long,
        env = "PARITE_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The new file to write.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The backup to restore (a file written by `parite backup`).
    #[arg(long)]
    pub from: PathBuf,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The database to copy (`sqlite://…` or `postgres://…`); only read.
    #[arg(long)]
    pub from: String,
    /// The empty database to copy into; migrated first, created if it is a new SQLite file.
    #[arg(long)]
    pub to: String,
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
