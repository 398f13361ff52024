//! The typed instrument: only valid instruments exist past `Instrument::parse`.

use std::collections::BTreeMap;

use crate::answer::Answer;
use crate::condition::Condition;
use crate::ident::{ChoiceCode, InstrumentId, ItemId, MessageId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InstrumentKind {
    /// Filled anonymously by implementation-team members.
    Survey,
    /// The fidelity checklist, rated by an evaluator.
    Checklist,
    /// Implementation milestones grouped by stage.
    Progress,
}

impl InstrumentKind {
    pub fn code(self) -> &'static str {
        match self {
            InstrumentKind::Survey => "survey",
            InstrumentKind::Checklist => "checklist",
            InstrumentKind::Progress => "progress",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "survey" => Some(InstrumentKind::Survey),
            "checklist" => Some(InstrumentKind::Checklist),
            "progress" => Some(InstrumentKind::Progress),
            _ => None,
        }
    }

    /// The file's key for this kind's groups: sections, domains or stages.
    pub fn group_key(self) -> &'static str {
        match self {
            InstrumentKind::Survey => "sections",
            InstrumentKind::Checklist => "domains",
            InstrumentKind::Progress => "stages",
        }
    }
}

/// A validated instrument. Answers are stored against `id` and `version`.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub id: InstrumentId,
    pub version: u32,
    pub kind: InstrumentKind,
    pub title: MessageId,
    pub description: Option<MessageId>,
    /// The single-choice item that gives a survey respondent's role.
    pub role_item: Option<ItemId>,
    pub scales: BTreeMap<ItemId, Scale>,
    pub indices: Vec<Index>,
    pub scoring: Scoring,
    /// Sections, domains or stages, by kind.
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub points: Vec<ScalePoint>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScalePoint {
    pub code: ChoiceCode,
    pub label: MessageId,
    /// `None` for points offered but never scored, such as "don't know".
    pub score: Option<i32>,
}

impl Scale {
    /// The lowest and highest scores, used for reverse coding.
    pub fn score_range(&self) -> Option<(i32, i32)> {
        let scores = self.points.iter().filter_map(|p| p.score);
        let min = scores.clone().min()?;
        let max = scores.max()?;
        Some((min, max))
    }

    pub fn point(&self, code: &str) -> Option<&ScalePoint> {
        self.points.iter().find(|p| p.code.as_str() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexKind {
    /// Higher means a bigger barrier.
    Barrier,
    /// Higher means more ready.
    Readiness,
}

impl IndexKind {
    pub fn code(self) -> &'static str {
        match self {
            IndexKind::Barrier => "barrier",
            IndexKind::Readiness => "readiness",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub id: ItemId,
    pub kind: IndexKind,
    pub label: MessageId,
    /// How many of its items must be answered (scored) for the index to have a value.
    pub min_items: u32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scoring {
    pub major_barrier_at: Option<f64>,
    /// Highest first; a percentage falls in the first band whose `min` it reaches.
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub id: ItemId,
    pub min: f64,
    pub label: MessageId,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: ItemId,
    pub title: MessageId,
    pub intro: Option<MessageId>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub text: MessageId,
    pub help: Option<MessageId>,
    pub required: bool,
    pub show_if: Option<Condition>,
    pub kind: ItemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleGroup {
    Peer,
    Professional,
}

impl RoleGroup {
    pub fn code(self) -> &'static str {
        match self {
            RoleGroup::Peer => "peer",
            RoleGroup::Professional => "professional",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "peer" => Some(RoleGroup::Peer),
            "professional" => Some(RoleGroup::Professional),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub code: ChoiceCode,
    pub label: MessageId,
    pub group: Option<RoleGroup>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ItemKind {
    Likert {
        scale: ItemId,
        index: Option<ItemId>,
        reverse: bool,
    },
    Single {
        choices: Vec<Choice>,
    },
    Multiple {
        choices: Vec<Choice>,
        min_selected: Option<u32>,
        max_selected: Option<u32>,
    },
    Number {
        min: f64,
        max: f64,
        integer: bool,
        unit: Option<MessageId>,
    },
    Text {
        max_length: u32,
        multiline: bool,
    },
    Rating {
        allow_na: bool,
    },
    Milestone,
}

impl ItemKind {
    /// The `type` key in the file.
    pub fn type_code(&self) -> &'static str {
        match self {
            ItemKind::Likert { .. } => "likert",
            ItemKind::Single { .. } => "single",
            ItemKind::Multiple { .. } => "multiple",
            ItemKind::Number { .. } => "number",
            ItemKind::Text { .. } => "text",
            ItemKind::Rating { .. } => "rating",
            ItemKind::Milestone => "milestone",
        }
    }

    /// Which instrument kind may hold items of this type.
    pub fn belongs_to(&self) -> InstrumentKind {
        match self {
            ItemKind::Rating { .. } => InstrumentKind::Checklist,
            ItemKind::Milestone => InstrumentKind::Progress,
            _ => InstrumentKind::Survey,
        }
    }

    pub fn choices(&self) -> &[Choice] {
        match self {
            ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => choices,
            _ => &[],
        }
    }
}

impl Instrument {
    /// Every item, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.groups.iter().flat_map(|g| g.items.iter())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items().find(|item| item.id.as_str() == id)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id.as_str() == id)
    }

    pub fn index(&self, id: &str) -> Option<&Index> {
        self.indices.iter().find(|i| i.id.as_str() == id)
    }

    /// The numeric value of an answer: a Likert point's score or a number. Conditions and
    /// scoring use it; a "don't know" has none.
    pub fn score_of(&self, item: &ItemId, answer: &Answer) -> Option<f64> {
        let item = self.item(item.as_str())?;
        match (&item.kind, answer) {
            (ItemKind::Likert { scale, .. }, Answer::Choice(code)) => self
                .scales
                .get(scale.as_str())
                .and_then(|s| s.point(code.as_str()))
                .and_then(|p| p.score)
                .map(f64::from),
            (ItemKind::Number { .. }, Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// Every Fluent message id this instrument needs, with a description of where for errors.
    pub fn message_ids(&self) -> Vec<&MessageId> {
        let mut ids = vec![&self.title];
        ids.extend(self.description.iter());
        for scale in self.scales.values() {
            ids.extend(scale.points.iter().map(|p| &p.label));
        }
        ids.extend(self.indices.iter().map(|i| &i.label));
        ids.extend(self.scoring.bands.iter().map(|b| &b.label));
        for group in &self.groups {
            ids.push(&group.title);
            ids.extend(group.intro.iter());
            for item in &group.items {
                ids.push(&item.text);
                ids.extend(item.help.iter());
                ids.extend(item.kind.choices().iter().map(|c| &c.label));
                if let ItemKind::Number {
                    unit: Some(unit), ..
                } = &item.kind
                {
                    ids.push(unit);
                }
            }
        }
        ids
    }
}
