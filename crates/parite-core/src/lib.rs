//! Parité's domain: instruments, answers, conditions and scoring.
//!
//! This crate does no I/O — no files, no clock, no database. Callers read files and pass text in,
//! pass `now` in, and get plain values back, so every rule here is tested with hand-worked tables.

pub mod aggregate;
pub mod agreement;
pub mod answer;
pub mod condition;
pub mod fingerprint;
pub mod form;
pub mod ident;
pub mod instrument;
pub mod registry;
pub mod report;

/// The instrument files this program ships (`surveys/*.toml`), as `(file name, text)`, sorted by
/// name: the default instruments of every command, and the instruments of the tests.
pub mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped_surveys.rs"));
}
pub mod scoring;
pub mod stages;
pub mod support;
pub mod suppression;

pub use answer::{Answer, Answers, EvidenceSource, Rating, Ratings};
pub use condition::{Condition, ConditionError};
pub use fingerprint::Fingerprint;
pub use ident::{ChoiceCode, IdentError, InstrumentId, ItemId, MessageId, SupportKindId, TopicId};
pub use instrument::{
    Choice, Group, Index, IndexKind, Instrument, InstrumentKind, Item, ItemKind, ParseFailure,
    Problem, ProblemKind, RoleGroup, Scale, ScalePoint, Scoring,
};
pub use registry::{FileProblems, InstrumentSet};
