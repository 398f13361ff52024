//! Any valid instrument survives serialize → parse unchanged.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::condition::{Comparison, Condition, Test};
use crate::ident::{ChoiceCode, InstrumentId, ItemId, MessageId};
use crate::instrument::*;

fn id(s: &str) -> ItemId {
    ItemId::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn msg(s: &str) -> MessageId {
    MessageId::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn code(s: &str) -> ChoiceCode {
    ChoiceCode::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[derive(Debug, Clone)]
struct ItemSpec {
    kind: u8,
    required: bool,
    reverse: bool,
    index: u8,
    condition: Option<(usize, u8)>,
    choices: usize,
    range: (i32, i32),
    fraction: bool,
    length: u32,
    help: bool,
}

fn item_spec() -> impl Strategy<Value = ItemSpec> {
    (
        (0u8..5, any::<bool>(), any::<bool>(), 0u8..4),
        (proptest::option::of((0usize..50, 0u8..4)), 1usize..5),
        (
            (-1000i32..1000, 0i32..1000),
            any::<bool>(),
            1u32..5000,
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (kind, required, reverse, index),
                (condition, choices),
                (range, fraction, length, help),
            )| ItemSpec {
                kind,
                required,
                reverse,
                index,
                condition,
                choices,
                range,
                fraction,
                length,
                help,
            },
        )
}

fn condition_on(earlier: &Item, pick: u8) -> Condition {
    let test = match &earlier.kind {
        ItemKind::Likert { .. } => match pick {
            0 => Test::Equals(code("dk")),
            1 => Test::In(vec![code("1"), code("5")]),
            _ => Test::Compare(Comparison::GreaterOrEqual, f64::from(pick)),
        },
        ItemKind::Single { choices } | ItemKind::Multiple { choices, .. } => Test::In(
            choices
                .iter()
                .take(usize::from(pick) + 1)
                .map(|c| c.code.clone())
                .collect(),
        ),
        ItemKind::Number { min, .. } => Test::Compare(Comparison::Less, *min + 0.5),
        _ => Test::Answered,
    };
    let test = Condition::Test {
        item: earlier.id.clone(),
        test,
    };
    if pick == 3 {
        Condition::Not(Box::new(test))
    } else {
        test
    }
}

fn survey(version: u32, sections: Vec<Vec<ItemSpec>>, major: f64) -> Instrument {
    let mut all: Vec<Item> = Vec::new();
    let mut groups = Vec::new();
    for (s, specs) in sections.into_iter().enumerate() {
        let mut items = Vec::new();
        for spec in specs {
            let n = all.len() + items.len();
            let item_id = format!("q{n}");
            let choices: Vec<Choice> = (0..spec.choices)
                .map(|c| Choice {
                    code: code(&format!("c{c}")),
                    label: msg(&format!("m-{item_id}-c{c}")),
                    group: (c == 0).then_some(RoleGroup::Peer),
                })
                .collect();
            let kind = match spec.kind {
                0 => ItemKind::Likert {
                    scale: id("agree5"),
                    index: (spec.index < 3).then(|| id(&format!("i{}", spec.index))),
                    reverse: spec.reverse,
                },
                1 => ItemKind::Single { choices },
                2 => ItemKind::Multiple {
                    max_selected: Some(choices.len() as u32),
                    min_selected: spec.required.then_some(1),
                    choices,
                },
                3 => {
                    let min = f64::from(spec.range.0) / if spec.fraction { 4.0 } else { 1.0 };
                    ItemKind::Number {
                        min,
                        max: min + f64::from(spec.range.1),
                        integer: !spec.fraction,
                        unit: spec.help.then(|| msg("m-unit")),
                    }
                }
                _ => ItemKind::Text {
                    max_length: spec.length,
                    multiline: spec.reverse,
                },
            };
            let seen: Vec<&Item> = all.iter().chain(items.iter()).collect();
            let show_if = spec.condition.and_then(|(at, pick)| {
                (!seen.is_empty()).then(|| condition_on(seen[at % seen.len()], pick))
            });
            items.push(Item {
                id: id(&item_id),
                text: msg(&format!("m-{item_id}")),
                help: spec.help.then(|| msg(&format!("m-{item_id}-help"))),
                required: spec.required,
                show_if,
                kind,
            });
        }
        all.extend(items.iter().cloned());
        groups.push(Group {
            id: id(&format!("s{s}")),
            title: msg(&format!("m-s{s}")),
            intro: s.is_multiple_of(2).then(|| msg("m-intro")),
            items,
        });
    }
    let indices = (0..3)
        .filter_map(|i| {
            let index = id(&format!("i{i}"));
            let feeding = all.iter().filter(|item| matches!(&item.kind, ItemKind::Likert { index: Some(x), .. } if *x == index)).count();
            (feeding > 0).then(|| Index {
                id: index,
                kind: if i == 2 { IndexKind::Readiness } else { IndexKind::Barrier },
                label: msg(&format!("m-i{i}")),
                min_items: feeding.min(2) as u32,
            })
        })
        .collect();
    let points = (1..=5)
        .map(|s| ScalePoint {
            code: code(&s.to_string()),
            label: msg(&format!("scale-{s}")),
            score: Some(s),
        })
        .chain([ScalePoint {
            code: code("dk"),
            label: msg("scale-dk"),
            score: None,
        }])
        .collect();
    Instrument {
        id: InstrumentId::parse("generated").unwrap_or_else(|e| panic!("{e}")),
        version,
        kind: InstrumentKind::Survey,
        title: msg("m-title"),
        description: version.is_multiple_of(2).then(|| msg("m-description")),
        role_item: all
            .iter()
            .find(|i| matches!(i.kind, ItemKind::Single { .. }))
            .map(|i| i.id.clone()),
        scales: BTreeMap::from([(id("agree5"), Scale { points })]),
        indices,
        scoring: Scoring {
            major_barrier_at: Some(major),
            bands: Vec::new(),
        },
        groups,
    }
}

fn checklist(domains: Vec<Vec<bool>>, high: f64) -> Instrument {
    let groups = domains
        .into_iter()
        .enumerate()
        .map(|(d, items)| Group {
            id: id(&format!("d{d}")),
            title: msg(&format!("m-d{d}")),
            intro: None,
            items: items
                .into_iter()
                .enumerate()
                .map(|(i, allow_na)| Item {
                    id: id(&format!("f{d}_{i}")),
                    text: msg(&format!("m-f{d}-{i}")),
                    help: None,
                    required: true,
                    show_if: None,
                    kind: ItemKind::Rating { allow_na },
                })
                .collect(),
        })
        .collect();
    Instrument {
        id: InstrumentId::parse("fid").unwrap_or_else(|e| panic!("{e}")),
        version: 2,
        kind: InstrumentKind::Checklist,
        title: msg("m-title"),
        description: None,
        role_item: None,
        scales: BTreeMap::new(),
        indices: Vec::new(),
        scoring: Scoring {
            major_barrier_at: None,
            bands: vec![
                Band {
                    id: id("high"),
                    min: high,
                    label: msg("band-high"),
                },
                Band {
                    id: id("low"),
                    min: 0.0,
                    label: msg("band-low"),
                },
            ],
        },
        groups,
    }
}

proptest! {
    #[test]
    fn any_valid_survey_round_trips(
        version in 1u32..1000,
        sections in proptest::collection::vec(proptest::collection::vec(item_spec(), 1..6), 1..5),
        major in 1.0f64..5.0,
    ) {
        let instrument = survey(version, sections, major);
        let text = instrument.to_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed = Instrument::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(parsed, instrument);
    }

    #[test]
    fn any_valid_checklist_round_trips(
        domains in proptest::collection::vec(proptest::collection::vec(any::<bool>(), 1..6), 1..6),
        high in 1.0f64..100.0,
    ) {
        let instrument = checklist(domains, high);
        let text = instrument.to_toml().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let parsed = Instrument::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(parsed, instrument);
    }
}
