//! The schedule of support: training, coaching, WRAP training, evaluation oversight and the
//! rest, planned ahead and marked delivered (with attendance as counts, never names) or
//! cancelled. The kinds are data (`support/kinds.toml`, texts in `locales/*/support.ftl`), so a
//! program can add its own.

pub mod figures;

use serde::Deserialize;

use crate::ident::{IdentError, MessageId, SupportKindId, TopicId};
use crate::stages::Date;

/// The kinds of support a deployment knows, in the order its file gives them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SupportKinds {
    kinds: Vec<SupportKind>,
}

/// One kind of support.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportKind {
    pub id: SupportKindId,
    /// Its name.
    pub label: MessageId,
    /// The topics an activity of this kind may have (training), if any.
    pub topics: Vec<Topic>,
    /// Its delivered sessions count towards WRAP completions.
    pub wrap: bool,
    /// The evaluator names each activity ("other").
    pub named_label: bool,
}

/// A topic of a kind of support, e.g. peer-support values for a training.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: TopicId,
    pub label: MessageId,
}

/// What is wrong in a kinds file, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindsProblem {
    /// The kind (its id or position) the problem is in, empty for the file itself.
    pub kind: String,
    pub problem: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    kinds: Vec<KindEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindEntry {
    id: String,
    label: String,
    #[serde(default)]
    topics: Vec<TopicEntry>,
    #[serde(default)]
    wrap: bool,
    #[serde(default)]
    named_label: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicEntry {
    id: String,
    label: String,
}

impl SupportKinds {
    /// Reads a kinds file; fails with every problem found.
    pub fn parse(text: &str) -> Result<SupportKinds, Vec<KindsProblem>> {
        let file: KindsFile = toml::from_str(text).map_err(|error| {
            vec![KindsProblem {
                kind: String::new(),
                problem: error.to_string(),
            }]
        })?;
        let mut problems = Vec::new();
        let mut kinds: Vec<SupportKind> = Vec::new();
        for (position, entry) in file.kinds.into_iter().enumerate() {
            let name = if entry.id.is_empty() {
                format!("#{}", position + 1)
            } else {
                entry.id.clone()
            };
            let mut problem = |what: String| {
                problems.push(KindsProblem {
                    kind: name.clone(),
                    problem: what,
                })
            };
            let id = SupportKindId::parse(&entry.id).map_err(|e| problem(describe("id", &e)));
            let label = MessageId::parse(&entry.label).map_err(|e| problem(describe("label", &e)));
            let mut topics = Vec::new();
            for topic in entry.topics {
                let id = TopicId::parse(&topic.id).map_err(|e| problem(describe("topic id", &e)));
                let label = MessageId::parse(&topic.label)
                    .map_err(|e| problem(describe("topic label", &e)));
                if let (Ok(id), Ok(label)) = (id, label) {
                    if topics.iter().any(|t: &Topic| t.id == id) {
                        problem(format!("topic {id} is given twice"));
                    }
                    topics.push(Topic { id, label });
                }
            }
            if let (Ok(id), Ok(label)) = (id, label) {
                if kinds.iter().any(|k| k.id == id) {
                    problem(format!("kind {id} is given twice"));
                }
                kinds.push(SupportKind {
                    id,
                    label,
                    topics,
                    wrap: entry.wrap,
                    named_label: entry.named_label,
                });
            }
        }
        if kinds.is_empty() && problems.is_empty() {
            problems.push(KindsProblem {
                kind: String::new(),
                problem: "no kind of support is defined".to_owned(),
            });
        }
        if problems.is_empty() {
            Ok(SupportKinds { kinds })
        } else {
            Err(problems)
        }
    }

    /// The kind with this id.
    pub fn get(&self, id: &str) -> Option<&SupportKind> {
        self.kinds.iter().find(|kind| kind.id.as_str() == id)
    }

    /// Every kind, in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = &SupportKind> {
        self.kinds.iter()
    }

    /// Every message the kinds name, for checking that each locale has them.
    pub fn message_ids(&self) -> impl Iterator<Item = &MessageId> {
        self.kinds.iter().flat_map(|kind| {
            std::iter::once(&kind.label).chain(kind.topics.iter().map(|topic| &topic.label))
        })
    }
}

fn describe(field: &str, error: &IdentError) -> String {
    format!("{field}: {error}")
}

/// The language an activity is given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionLanguage {
    French,
    English,
    Both,
}

impl SessionLanguage {
    pub const ALL: [SessionLanguage; 3] = [
        SessionLanguage::French,
        SessionLanguage::English,
        SessionLanguage::Both,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            SessionLanguage::French => "fr",
            SessionLanguage::English => "en",
            SessionLanguage::Both => "both",
        }
    }

    pub fn from_code(code: &str) -> Option<SessionLanguage> {
        SessionLanguage::ALL
            .into_iter()
            .find(|language| language.code() == code)
    }

    /// The Fluent message naming it.
    pub fn message_id(self) -> &'static str {
        match self {
            SessionLanguage::French => "support-language-fr",
            SessionLanguage::English => "support-language-en",
            SessionLanguage::Both => "support-language-both",
        }
    }
}

/// Who came to a delivered activity, from one organization: counts, never names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attendance {
    /// People with lived experience (peer workers, peer members of the team).
    pub peers: u32,
    /// Staff who are not peers.
    pub staff: u32,
    /// Of the peers, how many completed the WRAP training (WRAP kinds only).
    pub wrap_completed: Option<u32>,
}

impl Attendance {
    /// Fails when more peers completed WRAP than attended.
    pub fn check(&self) -> Result<(), AttendanceError> {
        match self.wrap_completed {
            Some(completed) if completed > self.peers => {
                Err(AttendanceError::MoreCompletedThanCame)
            }
            _ => Ok(()),
        }
    }
}

/// Attendance that cannot be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttendanceError {
    MoreCompletedThanCame,
}

/// Where an activity stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityState {
    /// Planned, not yet held.
    Planned,
    /// Held on this day.
    Delivered { on: Date },
    /// Will not be held, for this reason.
    Cancelled { reason: String },
}

impl ActivityState {
    /// The stored code.
    pub fn code(&self) -> &'static str {
        match self {
            ActivityState::Planned => "planned",
            ActivityState::Delivered { .. } => "delivered",
            ActivityState::Cancelled { .. } => "cancelled",
        }
    }
}

/// A recurring series: every `every_weeks` weeks from the first date, until `until`
/// (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repeat {
    pub every_weeks: u32,
    pub until: Date,
}

/// The most sessions one series plans: two years of weekly sessions.
pub const MOST_SESSIONS_IN_SERIES: usize = 104;

/// A series that cannot be planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesError {
    /// `every_weeks` is 0 or more than 52.
    BadInterval,
    /// The last date is before the first.
    EndsBeforeItStarts,
    /// More sessions than [`MOST_SESSIONS_IN_SERIES`].
    TooMany,
}

/// The dates of the sessions to plan: the first alone, or every date of the series.
pub fn session_dates(first: Date, repeat: Option<Repeat>) -> Result<Vec<Date>, SeriesError> {
    let Some(repeat) = repeat else {
        return Ok(vec![first]);
    };
    if repeat.every_weeks == 0 || repeat.every_weeks > 52 {
        return Err(SeriesError::BadInterval);
    }
    if repeat.until < first {
        return Err(SeriesError::EndsBeforeItStarts);
    }
    let step = i64::from(repeat.every_weeks) * 7;
    let mut dates = Vec::new();
    let mut next = Some(first);
    while let Some(date) = next.filter(|date| *date <= repeat.until) {
        if dates.len() == MOST_SESSIONS_IN_SERIES {
            return Err(SeriesError::TooMany);
        }
        dates.push(date);
        next = date.add_days(step);
    }
    Ok(dates)
}

#[cfg(test)]
#[path = "support_tests.rs"]
mod tests;
