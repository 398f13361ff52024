//! The message that explains each kind of instrument problem.

use parite_core::ProblemKind;

use crate::cli::ArgValue;

/// The Fluent message id and arguments for a problem.
pub fn describe(kind: &ProblemKind) -> (&'static str, Vec<(&'static str, ArgValue)>) {
    use ProblemKind as P;
    let text = |s: &str| ArgValue::from(s);
    match kind {
        P::Syntax { detail } => ("check-toml-syntax", vec![("detail", text(detail))]),
        P::UnknownKind { value } => ("check-unknown-kind", vec![("value", text(value))]),
        P::BadIdentifier { value } => ("check-bad-identifier", vec![("value", text(value))]),
        P::BadMessageId { value } => ("check-bad-message-id", vec![("value", text(value))]),
        P::DuplicateId { first_line } => (
            "check-duplicate-id",
            vec![("line", ArgValue::from(*first_line))],
        ),
        P::DuplicateChoiceCode { code } => {
            ("check-duplicate-choice-code", vec![("code", text(code))])
        }
        P::UnknownScale { scale } => ("check-unknown-scale", vec![("scale", text(scale))]),
        P::UnknownIndex { index } => ("check-unknown-index", vec![("index", text(index))]),
        P::UnknownIndexKind { value } => ("check-unknown-index-kind", vec![("value", text(value))]),
        P::UnknownRoleGroup { value } => ("check-unknown-role-group", vec![("value", text(value))]),
        P::UnknownItemType { value } => ("check-unknown-item-type", vec![("value", text(value))]),
        P::ScaleTooFewScored => ("check-scale-too-few-scored", vec![]),
        P::KeyNotForKind { key, kind } => (
            "check-key-not-for-kind",
            vec![("key", text(key)), ("kind", text(kind))],
        ),
        P::KeyNotForType { key, item_type } => (
            "check-key-not-for-type",
            vec![("key", text(key)), ("type", text(item_type))],
        ),
        P::ItemTypeNotForKind { item_type, kind } => (
            "check-item-type-not-for-kind",
            vec![("type", text(item_type)), ("kind", text(kind))],
        ),
        P::MissingKey { key } => ("check-missing-key", vec![("key", text(key))]),
        P::MissingGroups { key } => ("check-missing-groups", vec![("key", text(key))]),
        P::EmptyGroup => ("check-empty-group", vec![]),
        P::NoChoices => ("check-no-choices", vec![]),
        P::BadRange => ("check-bad-range", vec![]),
        P::BadSelectionBounds => ("check-bad-selection-bounds", vec![]),
        P::ZeroLength => ("check-zero-length", vec![]),
        P::MinItemsZero => ("check-min-items-zero", vec![]),
        P::IndexWithoutItems => ("check-index-without-items", vec![]),
        P::IndexMinItemsTooHigh { min_items, items } => (
            "check-index-min-items-too-high",
            vec![
                ("min", ArgValue::from(*min_items)),
                ("items", ArgValue::from(*items)),
            ],
        ),
        P::BandsOutOfOrder => ("check-bands-out-of-order", vec![]),
        P::UnknownRoleItem { item } => ("check-unknown-role-item", vec![("item", text(item))]),
        P::RoleItemNotSingle => ("check-role-item-not-single", vec![]),
        P::ConditionSyntax { detail } => ("check-condition-syntax", vec![("detail", text(detail))]),
        P::ConditionUnknownItem { item } => {
            ("check-condition-unknown-item", vec![("item", text(item))])
        }
        P::ConditionLaterItem { item } => {
            ("check-condition-later-item", vec![("item", text(item))])
        }
        P::ConditionUnknownCode { item, code } => (
            "check-condition-unknown-code",
            vec![("item", text(item)), ("code", text(code))],
        ),
        P::ConditionNotNumeric { item } => {
            ("check-condition-not-numeric", vec![("item", text(item))])
        }
    }
}
