//! Change between two waves given on different versions of a survey.
//!
//! An index is a mean over its items, so a version that adds, retires or re-codes one of them
//! changes what the index measures: comparing a version-1 mean with a version-2 mean would mix
//! a real change with a change of instrument. Between such waves an index is compared only over
//! the items both versions score the same way (same code, same index, same scale and reverse
//! coding); an index sharing fewer items than its `min_items` is not compared at all. Reports
//! say which, from [`VersionComparison`].

use super::IndexAggregate;
use crate::ident::{ItemId, MessageId};
use crate::instrument::{Instrument, Item, ItemKind};

/// One index whose items differ between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedIndex {
    pub index: ItemId,
    pub label: MessageId,
    /// Items both versions score the same way.
    pub shared: usize,
    pub from_items: usize,
    pub to_items: usize,
    /// The fewest items the index needs for a value.
    pub min_items: usize,
}

impl SharedIndex {
    /// Whether a change can be computed over the shared items at all.
    pub fn comparable(&self) -> bool {
        self.shared >= self.min_items.max(1)
    }
}

/// Two consecutive waves of one organization given on different versions, with their index
/// figures over the items both versions share (for the indices whose items differ).
#[derive(Debug, Clone, PartialEq)]
pub struct SharedItemFigures {
    pub from_wave_id: String,
    pub to_wave_id: String,
    pub from_version: u32,
    pub to_version: u32,
    pub indices: Vec<SharedIndex>,
    /// Both waves' aggregates of the comparable indices of `indices`, scored over the shared
    /// items only.
    pub aggregates: Vec<IndexAggregate>,
}

impl SharedItemFigures {
    pub(super) fn index(&self, index: &ItemId) -> Option<&SharedIndex> {
        self.indices.iter().find(|s| &s.index == index)
    }

    pub(super) fn aggregate(&self, wave_id: &str, index: &ItemId) -> Option<&IndexAggregate> {
        self.aggregates
            .iter()
            .find(|a| a.wave_id == wave_id && &a.index == index)
    }
}

/// What a report says about one index compared across two versions: the same for every
/// organization, so listed once.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct VersionComparison {
    pub from_version: u32,
    pub to_version: u32,
    pub label: MessageId,
    pub shared: usize,
    pub from_items: usize,
    pub to_items: usize,
    pub comparable: bool,
}

/// The comparisons behind `figures`, once each, in version then index order.
pub fn version_comparisons(figures: &[SharedItemFigures]) -> Vec<VersionComparison> {
    let mut all: Vec<VersionComparison> = figures
        .iter()
        .flat_map(|pair| {
            pair.indices.iter().map(|index| VersionComparison {
                from_version: pair.from_version,
                to_version: pair.to_version,
                label: index.label.clone(),
                shared: index.shared,
                from_items: index.from_items,
                to_items: index.to_items,
                comparable: index.comparable(),
            })
        })
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The indices of `from` whose scored items differ in `to`, with what they share. Indices only
/// one version has are left out: no change is computed for them (there is no pair of waves).
pub fn indices_with_different_items(from: &Instrument, to: &Instrument) -> Vec<SharedIndex> {
    from.indices
        .iter()
        .filter(|index| to.indices.iter().any(|other| other.id == index.id))
        .filter_map(|index| {
            let from_items = members(from, &index.id);
            let to_items = members(to, &index.id);
            let shared = from_items
                .iter()
                .filter(|item| scored_alike(from, item, to))
                .count();
            (shared != from_items.len() || shared != to_items.len()).then(|| SharedIndex {
                index: index.id.clone(),
                label: index.label.clone(),
                shared,
                from_items: from_items.len(),
                to_items: to_items.len(),
                min_items: usize::try_from(index.min_items).unwrap_or(usize::MAX),
            })
        })
        .collect()
}

/// `instrument` with each index keeping only the items `other` scores the same way: scoring a
/// wave with it gives the index over the shared items. Everything else is unchanged.
pub fn restricted_to_shared(instrument: &Instrument, other: &Instrument) -> Instrument {
    let mut restricted = instrument.clone();
    for group in &mut restricted.groups {
        for item in &mut group.items {
            let shared = scored_alike(instrument, item, other);
            if let ItemKind::Likert { index, .. } = &mut item.kind
                && !shared
            {
                *index = None;
            }
        }
    }
    restricted
}

fn members<'a>(instrument: &'a Instrument, index: &ItemId) -> Vec<&'a Item> {
    instrument
        .items()
        .filter(|item| matches!(&item.kind, ItemKind::Likert { index: Some(i), .. } if i == index))
        .collect()
}

/// The item is in the same index in `other`, on an identical scale, coded the same way.
fn scored_alike(instrument: &Instrument, item: &Item, other: &Instrument) -> bool {
    let ItemKind::Likert {
        scale,
        index: Some(index),
        reverse,
    } = &item.kind
    else {
        return false;
    };
    let Some(ItemKind::Likert {
        scale: other_scale,
        index: Some(other_index),
        reverse: other_reverse,
    }) = other.item(item.id.as_str()).map(|i| &i.kind)
    else {
        return false;
    };
    index == other_index
        && reverse == other_reverse
        && instrument.scales.get(scale.as_str()) == other.scales.get(other_scale.as_str())
}
