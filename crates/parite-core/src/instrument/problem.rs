//! What can be wrong with an instrument file. Texts are the caller's business (the command line
//! localizes them), so each kind carries the values a message needs.

/// One problem, located by line and id.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line in the file.
    pub line: usize,
    /// The id concerned: an item, choice, scale, index, group or the instrument; empty when none.
    pub id: String,
    pub kind: ProblemKind,
}

/// Every problem found in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseFailure {
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// Not valid TOML, or a key or value of the wrong shape.
    Syntax {
        detail: String,
    },
    UnknownKind {
        value: String,
    },
    BadIdentifier {
        value: String,
    },
    BadMessageId {
        value: String,
    },
    DuplicateId {
        first_line: usize,
    },
    DuplicateChoiceCode {
        code: String,
    },
    UnknownScale {
        scale: String,
    },
    UnknownIndex {
        index: String,
    },
    UnknownIndexKind {
        value: String,
    },
    UnknownRoleGroup {
        value: String,
    },
    UnknownItemType {
        value: String,
    },
    ScaleTooFewScored,
    /// A key that this kind of instrument does not take (e.g. `scales` in a checklist).
    KeyNotForKind {
        key: String,
        kind: String,
    },
    /// A key that this type of item does not take (e.g. `scale` on a text item).
    KeyNotForType {
        key: String,
        item_type: String,
    },
    ItemTypeNotForKind {
        item_type: String,
        kind: String,
    },
    MissingKey {
        key: String,
    },
    /// The instrument has no `[[sections]]` / `[[domains]]` / `[[stages]]`.
    MissingGroups {
        key: String,
    },
    EmptyGroup,
    NoChoices,
    BadRange,
    BadSelectionBounds,
    ZeroLength,
    MinItemsZero,
    IndexWithoutItems,
    IndexMinItemsTooHigh {
        min_items: u32,
        items: usize,
    },
    BandsOutOfOrder,
    UnknownRoleItem {
        item: String,
    },
    RoleItemNotSingle,
    ConditionSyntax {
        detail: String,
    },
    ConditionUnknownItem {
        item: String,
    },
    ConditionLaterItem {
        item: String,
    },
    ConditionUnknownCode {
        item: String,
        code: String,
    },
    ConditionNotNumeric {
        item: String,
    },
}

/// The 1-based line of a byte offset.
pub(crate) fn line_at(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
