//! The file format as serde sees it: every field optional where the format allows, with spans
//! kept so that problems can name the line. `validate` turns this into an `Instrument`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

pub(crate) type Text = Spanned<String>;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InstrumentFile {
    pub id: Text,
    pub version: u32,
    pub kind: Text,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_item: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<ScoringFile>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scales: BTreeMap<Text, ScaleFile>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indices: Vec<IndexFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<GroupFile>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<GroupFile>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stages: Option<Vec<GroupFile>>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScaleFile {
    pub points: Vec<PointFile>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PointFile {
    pub code: Text,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IndexFile {
    pub id: Text,
    pub kind: Text,
    pub label: Text,
    pub min_items: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScoringFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub major_barrier_at: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<BandFile>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BandFile {
    pub id: Text,
    pub min: f64,
    pub label: Text,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupFile {
    pub id: Text,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    #[serde(default)]
    pub items: Vec<ItemFile>,
}

/// One item, with the keys of every type: `validate` reports a key that does not apply.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ItemFile {
    pub id: Text,
    #[serde(rename = "type")]
    pub item_type: Text,
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reverse: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<ChoiceFile>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_selected: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_selected: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiline: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_na: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChoiceFile {
    pub code: Text,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Text>,
}

impl ItemFile {
    /// An item with only its required keys.
    pub fn new(id: Text, item_type: Text, text: Text) -> ItemFile {
        ItemFile {
            id,
            item_type,
            text,
            help: None,
            required: None,
            show_if: None,
            scale: None,
            index: None,
            reverse: None,
            choices: None,
            min_selected: None,
            max_selected: None,
            min: None,
            max: None,
            integer: None,
            unit: None,
            max_length: None,
            multiline: None,
            allow_na: None,
        }
    }

    /// The keys present that only some item types take, with the types that take them.
    pub fn type_specific_keys(&self) -> Vec<(&'static str, &'static [&'static str])> {
        let mut present = Vec::new();
        let mut check = |set: bool, key: &'static str, types: &'static [&'static str]| {
            if set {
                present.push((key, types));
            }
        };
        check(self.scale.is_some(), "scale", &["likert"]);
        check(self.index.is_some(), "index", &["likert"]);
        check(self.reverse.is_some(), "reverse", &["likert"]);
        check(self.choices.is_some(), "choices", &["single", "multiple"]);
        check(self.min_selected.is_some(), "min_selected", &["multiple"]);
        check(self.max_selected.is_some(), "max_selected", &["multiple"]);
        check(self.min.is_some(), "min", &["number"]);
        check(self.max.is_some(), "max", &["number"]);
        check(self.integer.is_some(), "integer", &["number"]);
        check(self.unit.is_some(), "unit", &["number"]);
        check(self.max_length.is_some(), "max_length", &["text"]);
        check(self.multiline.is_some(), "multiline", &["text"]);
        check(self.allow_na.is_some(), "allow_na", &["rating"]);
        present
    }
}

/// A span-less value for serialization.
pub(crate) fn text(value: &str) -> Text {
    Spanned::new(0..0, value.to_owned())
}
