//! The instruments a deployment knows, by id and version. Answers name the version they were
//! given on, so every version ever used stays loadable.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::ident::{InstrumentId, ItemId};
use crate::instrument::{Instrument, InstrumentKind, Problem};

/// Every loaded instrument version.
#[derive(Debug, Clone, Default)]
pub struct InstrumentSet {
    by_key: BTreeMap<(InstrumentId, u32), Arc<Instrument>>,
}

/// A file that did not load, with its problems.
#[derive(Debug, Clone, PartialEq)]
pub struct FileProblems {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl InstrumentSet {
    /// Parses every `(file name, text)`; fails with every file's problems if any is invalid or if
    /// two files define the same id and version.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<InstrumentSet, Vec<FileProblems>> {
        let mut set = InstrumentSet::default();
        let mut failures = Vec::new();
        for (file, text) in sources {
            match Instrument::parse(text) {
                Ok(instrument) => {
                    let key = (instrument.id.clone(), instrument.version);
                    if set.by_key.insert(key, Arc::new(instrument)).is_some() {
                        let problem = Problem {
                            line: 1,
                            id: String::new(),
                            kind: crate::instrument::ProblemKind::DuplicateId { first_line: 1 },
                        };
                        failures.push(FileProblems {
                            file: file.to_owned(),
                            problems: vec![problem],
                        });
                    }
                }
                Err(failure) => failures.push(FileProblems {
                    file: file.to_owned(),
                    problems: failure.problems,
                }),
            }
        }
        if failures.is_empty() {
            Ok(set)
        } else {
            Err(failures)
        }
    }

    pub fn get(&self, id: &str, version: u32) -> Option<&Arc<Instrument>> {
        self.by_key
            .iter()
            .find(|((i, v), _)| i.as_str() == id && *v == version)
            .map(|(_, inst)| inst)
    }

    /// The highest version of an instrument: what a new wave is pinned to.
    pub fn latest(&self, id: &str) -> Option<&Arc<Instrument>> {
        self.by_key
            .iter()
            .filter(|((i, _), _)| i.as_str() == id)
            .map(|(_, inst)| inst)
            .next_back()
    }

    /// The lowest version of an instrument loaded.
    pub fn earliest(&self, id: &str) -> Option<&Arc<Instrument>> {
        self.by_key
            .iter()
            .find(|((i, _), _)| i.as_str() == id)
            .map(|(_, inst)| inst)
    }

    /// The latest version of `id` with every item an earlier version had and it lacks added to
    /// the group of the same id (or, when that group is gone, a group of its own at the end),
    /// with the scales and indices they need: the columns of an export whose responses were
    /// given on several versions. Never a version to answer or score with.
    pub fn every_item_of(&self, id: &str) -> Option<Instrument> {
        let mut union = self.latest(id)?.as_ref().clone();
        let earlier = self
            .by_key
            .iter()
            .filter(|((i, v), _)| i.as_str() == id && *v < union.version)
            .map(|(_, instrument)| instrument)
            .rev();
        for instrument in earlier {
            for group in &instrument.groups {
                for item in &group.items {
                    if union.item(item.id.as_str()).is_some() {
                        continue;
                    }
                    if let crate::instrument::ItemKind::Likert { scale, index, .. } = &item.kind {
                        if let Some(points) = instrument.scales.get(scale.as_str()) {
                            union
                                .scales
                                .entry(scale.clone())
                                .or_insert_with(|| points.clone());
                        }
                        let known = |i: &ItemId| union.indices.iter().any(|x| &x.id == i);
                        if let Some(index) = index.as_ref().filter(|i| !known(i))
                            && let Some(definition) =
                                instrument.indices.iter().find(|x| &x.id == index)
                        {
                            union.indices.push(definition.clone());
                        }
                    }
                    match union.groups.iter_mut().find(|g| g.id == group.id) {
                        Some(same) => same.items.push(item.clone()),
                        None => {
                            let mut own = group.clone();
                            own.items = vec![item.clone()];
                            union.groups.push(own);
                        }
                    }
                }
            }
        }
        Some(union)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Arc<Instrument>> {
        self.by_key.values()
    }

    /// The latest version of every instrument of this kind, by id.
    pub fn latest_of_kind(&self, kind: InstrumentKind) -> Vec<&Arc<Instrument>> {
        let mut latest: BTreeMap<&str, &Arc<Instrument>> = BTreeMap::new();
        // Keys are ordered by id then version: the last one seen of an id is its latest.
        for ((id, _), instrument) in &self.by_key {
            if instrument.kind == kind {
                latest.insert(id.as_str(), instrument);
            }
        }
        latest.into_values().collect()
    }

    /// `None` when that version is unknown; whether the item exists in it otherwise.
    pub fn has_item(&self, id: &str, version: u32, item: &str) -> Option<bool> {
        self.get(id, version)
            .map(|instrument| instrument.item(item).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SURVEY: &str = include_str!("../tests/fixtures/mini-survey.toml");

    #[test]
    fn versions_are_kept_apart_and_the_latest_is_found() {
        let v4 = SURVEY.replacen("version = 3", "version = 4", 1).replacen(
            "id = \"years\"",
            "id = \"tenure\"",
            1,
        );
        let set = InstrumentSet::from_sources([("a.toml", SURVEY), ("b.toml", v4.as_str())]);
        let set = set.unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(set.latest("mini").map(|i| i.version), Some(4));
        assert_eq!(set.earliest("mini").map(|i| i.version), Some(3));
        assert_eq!(set.has_item("mini", 3, "years"), Some(true));
        assert_eq!(
            set.has_item("mini", 4, "years"),
            Some(false),
            "an old item is not in the new version"
        );
        assert_eq!(set.has_item("mini", 9, "years"), None);
        let surveys = set.latest_of_kind(InstrumentKind::Survey);
        assert_eq!(
            surveys.iter().map(|i| i.version).collect::<Vec<_>>(),
            [4],
            "one entry per instrument, its latest version"
        );
        assert!(set.latest_of_kind(InstrumentKind::Checklist).is_empty());
    }

    #[test]
    fn an_export_has_the_items_of_every_version() {
        let v4 = SURVEY.replacen("version = 3", "version = 4", 1).replacen(
            "id = \"years\"",
            "id = \"tenure\"",
            1,
        );
        let set = InstrumentSet::from_sources([("a.toml", SURVEY), ("b.toml", v4.as_str())]);
        let set = set.unwrap_or_else(|e| panic!("{e:?}"));
        let union = set.every_item_of("mini").unwrap_or_else(|| panic!("mini"));
        assert_eq!(union.version, 4, "the latest version's structure");
        assert!(union.item("tenure").is_some());
        assert!(union.item("years").is_some(), "the item only version 3 had");
        let latest = set.latest("mini").unwrap_or_else(|| panic!("mini"));
        assert_eq!(union.items().count(), latest.items().count() + 1);
    }

    #[test]
    fn the_same_version_twice_is_refused() {
        let failures =
            InstrumentSet::from_sources([("a.toml", SURVEY), ("b.toml", SURVEY)]).unwrap_err();
        assert_eq!(failures[0].file, "b.toml");
    }
}
