//! The plain-language summary at the top of a report: a few sentences, each a Fluent message id
//! and its arguments, said from the figures a reader may see and nothing else.
//!
//! [`summarize`] and [`overview`] take [`OrgFigures`], which holds only [`Masked`] values: a
//! hidden figure reaches them as its reason, never as a number, so no sentence can state it, rank
//! by it or compare with it. [`OrgFigures::of`] is the one place that reads the aggregates, and it
//! masks them with the report's own rules ([`IndexAggregate::masked`], [`WaveChange::masked`],
//! [`Participation::masked`]) before anything else sees them.
//!
//! The same statements are said in two voices ([`Voice`]): the report's (`summary-…` messages)
//! and the plainer one of the community report (`community-…`).
//!
//! [`IndexAggregate::masked`]: parite_core::aggregate::IndexAggregate::masked
//! [`WaveChange::masked`]: parite_core::aggregate::WaveChange::masked
//! [`Participation::masked`]: parite_core::aggregate::Participation::masked

mod figures;
mod statements;

pub use figures::{FidelityBand, Figures, MaskedBarrier, MaskedChange, OrgFigures, ShownChange};
pub use statements::{overview, participation_statement, summarize};

use parite_core::suppression::Masked;
use parite_i18n::{ArgValue, Texts};

/// Every message a statement or a summary box is said with, in both voices: the ids are put
/// together from a voice and a key, so `parite check` reads them here to know they are used
/// (and the tests check every statement said is one of them). The community report is about
/// one organization: the overview has no community voice.
pub const MESSAGES: &[&str] = &[
    "summary-no-wave",
    "summary-barriers-too-few",
    "summary-barriers-too-few-count",
    "summary-barriers-one",
    "summary-barriers-two",
    "summary-barriers-three",
    "summary-change-first",
    "summary-change-hidden",
    "summary-change-same",
    "summary-change-down",
    "summary-change-up",
    "summary-answered",
    "summary-answered-rate",
    "summary-answered-few",
    "summary-fidelity",
    "summary-fidelity-lowest",
    "summary-fidelity-none",
    "summary-stage",
    "summary-stage-none",
    "summary-overview-organizations",
    "summary-overview-not-started",
    "summary-overview-stage",
    "summary-overview-barrier",
    "summary-overview-barrier-none",
    "summary-title",
    "community-no-wave",
    "community-barriers-too-few",
    "community-barriers-too-few-count",
    "community-barriers-one",
    "community-barriers-two",
    "community-barriers-three",
    "community-change-first",
    "community-change-hidden",
    "community-change-same",
    "community-change-down",
    "community-change-up",
    "community-answered",
    "community-answered-rate",
    "community-answered-few",
    "community-fidelity",
    "community-fidelity-lowest",
    "community-fidelity-none",
    "community-stage",
    "community-stage-none",
    "community-title",
];

/// How many barriers the summary names as the largest.
pub const LARGEST: usize = 3;

/// Which messages say a statement: the report's, or the plainer community report's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// `summary-…` messages, for the organization report and the funders' overview.
    #[default]
    Report,
    /// `community-…` messages: short sentences, no statistics words.
    Community,
}

impl Voice {
    /// The first part of every message id said in this voice.
    pub fn prefix(self) -> &'static str {
        match self {
            Voice::Report => "summary",
            Voice::Community => "community",
        }
    }
}

/// One argument of a statement, before it is put in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A count of people or organizations (Fluent picks the plural from it).
    Count(u64),
    /// A figure on the 1–5 scale, written with one decimal.
    Decimal(f64),
    /// A share (0–1), written as a whole percentage.
    Percent(f64),
    /// Another message, translated (a barrier, a stage, a fidelity band).
    Message(String),
    /// Text as it is (a wave's label).
    Text(String),
}

/// One sentence of a summary: which message says it (without the voice's prefix) and its
/// arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Statement {
    fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Statement {
        Statement { key, args }
    }

    /// The Fluent message id in this voice, e.g. `summary-barriers-two`.
    pub fn message_id(&self, voice: Voice) -> String {
        format!("{}-{}", voice.prefix(), self.key)
    }

    /// The sentence in the reader's language.
    pub fn render(&self, texts: &Texts, voice: Voice) -> String {
        let args = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Count(n) => ArgValue::Number(*n as f64),
                    Arg::Decimal(x) => ArgValue::Text(texts.decimal(*x, 1)),
                    Arg::Percent(share) => ArgValue::Text(texts.percent(*share, 0)),
                    Arg::Message(id) => ArgValue::Text(texts.t(id)),
                    Arg::Text(text) => ArgValue::Text(text.clone()),
                };
                (*name, value)
            })
            .collect();
        texts.with_args(&self.message_id(voice), args)
    }
}

/// Every sentence of a summary in the reader's language.
pub fn render_all(statements: &[Statement], texts: &Texts, voice: Voice) -> Vec<String> {
    statements.iter().map(|s| s.render(texts, voice)).collect()
}

/// Whether a masked figure is shown; what the statements look at before using one.
fn shown<T: Copy>(masked: &Masked<T>) -> Option<T> {
    masked.as_ref().shown().copied()
}
