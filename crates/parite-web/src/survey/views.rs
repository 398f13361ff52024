//! The survey's pages as templates, and the view of each item built from the instrument, the
//! saved answers and what was just typed.

use std::collections::BTreeMap;

use askama::Template;
use parite_core::form::FieldError;
use parite_core::{Answer, Answers, Instrument, Item, ItemId, ItemKind};
use parite_i18n::Texts;

use super::flow::field_error_text;
use crate::page::PageMeta;

pub struct OptionView {
    pub code: String,
    pub label: String,
    pub checked: bool,
}

pub struct ItemView {
    pub id: String,
    /// The element id that the error summary links to.
    pub anchor: String,
    /// `likert`, `single`, `multiple`, `number` or `text`.
    pub kind: &'static str,
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    pub error: Option<String>,
    pub describedby: Option<String>,
    pub options: Vec<OptionView>,
    pub value: String,
    pub multiline: bool,
    /// A text's longest length, stated beside the field and set as its `maxlength`.
    pub max_length: Option<u32>,
    pub limit: Option<String>,
}

/// Builds the views of a section's shown items. `typed` (what was just sent) wins over `saved`.
pub fn item_views(
    instrument: &Instrument,
    items: &[&Item],
    saved: &Answers,
    typed: &BTreeMap<ItemId, Vec<String>>,
    errors: &BTreeMap<ItemId, FieldError>,
    tr: &Texts,
) -> Vec<ItemView> {
    // A scale's labels once per page, not once per item that uses it.
    let mut scale_labels: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for item in items {
        if let ItemKind::Likert { scale, .. } = &item.kind
            && !scale_labels.contains_key(scale.as_str())
        {
            let labels = instrument.scales.get(scale).map_or_else(Vec::new, |s| {
                s.points.iter().map(|p| tr.t(p.label.as_str())).collect()
            });
            scale_labels.insert(scale.as_str(), labels);
        }
    }
    items
        .iter()
        .map(|item| {
            let values: Vec<String> = match typed.get(&item.id) {
                Some(values) => values.clone(),
                None if !errors.is_empty() => Vec::new(),
                None => saved
                    .get(&item.id)
                    .map(Answer::to_values)
                    .unwrap_or_default(),
            };
            let anchor = format!("q-{}", item.id);
            let help = item.help.as_ref().map(|h| tr.t(h.as_str()));
            let error = errors.get(&item.id).map(|e| field_error_text(e, tr));
            let max_length = match &item.kind {
                ItemKind::Text { max_length, .. } => Some(*max_length),
                _ => None,
            };
            let limit = max_length.map(|max| tr.t1("survey-text-limit", "max", max));
            let describedby: Vec<String> = [
                help.as_ref().map(|_| format!("{anchor}-hint")),
                limit.as_ref().map(|_| format!("{anchor}-limit")),
                error.as_ref().map(|_| format!("{anchor}-error")),
            ]
            .into_iter()
            .flatten()
            .collect();
            let checked = |code: &str| values.iter().any(|v| v == code);
            let option = |code: &str, label: &str| OptionView {
                code: code.to_owned(),
                label: tr.t(label),
                checked: checked(code),
            };
            let (kind, options, multiline) = match &item.kind {
                ItemKind::Likert { scale, .. } => {
                    let points = instrument
                        .scales
                        .get(scale)
                        .map(|s| s.points.as_slice())
                        .unwrap_or_default();
                    let labels = scale_labels
                        .get(scale.as_str())
                        .map(Vec::as_slice)
                        .unwrap_or_default();
                    (
                        "likert",
                        points
                            .iter()
                            .zip(labels)
                            .map(|(p, label)| OptionView {
                                code: p.code.to_string(),
                                label: label.clone(),
                                checked: checked(p.code.as_str()),
                            })
                            .collect(),
                        false,
                    )
                }
                ItemKind::Single { choices } => (
                    "single",
                    choices
                        .iter()
                        .map(|c| option(c.code.as_str(), c.label.as_str()))
                        .collect(),
                    false,
                ),
                ItemKind::Multiple { choices, .. } => (
                    "multiple",
                    choices
                        .iter()
                        .map(|c| option(c.code.as_str(), c.label.as_str()))
                        .collect(),
                    false,
                ),
                ItemKind::Number { .. } => ("number", Vec::new(), false),
                ItemKind::Text { multiline, .. } => ("text", Vec::new(), *multiline),
                ItemKind::Rating { .. } | ItemKind::Milestone => ("text", Vec::new(), false),
            };
            let value = match (&item.kind, saved.get(&item.id), typed.get(&item.id)) {
                // A saved number is shown in the reader's format; what was typed, as typed.
                (ItemKind::Number { .. }, Some(Answer::Number(n)), None) if errors.is_empty() => {
                    tr.decimal(*n, if n.fract() == 0.0 { 0 } else { 2 })
                }
                _ => values.first().cloned().unwrap_or_default(),
            };
            ItemView {
                id: item.id.to_string(),
                anchor,
                kind,
                label: tr.t(item.text.as_str()),
                help,
                required: item.required,
                error,
                describedby: (!describedby.is_empty()).then(|| describedby.join(" ")),
                options,
                value,
                multiline,
                max_length,
                limit,
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "survey_welcome.html")]
pub struct WelcomePage {
    pub page: PageMeta,
    pub survey_title: String,
    pub description: String,
    pub small_groups: String,
    /// Which questions must be answered: the role, or none.
    pub what_is_optional: String,
    pub closes: String,
    pub action: String,
    pub csrf: String,
    pub consent_error: bool,
    pub resume_error: Option<String>,
    pub error: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "survey_section.html")]
pub struct SectionPage {
    pub page: PageMeta,
    pub progress_text: String,
    pub section_number: usize,
    pub section_count: usize,
    pub section_title: String,
    pub intro: Option<String>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
    pub action: String,
    pub csrf: String,
    pub items: Vec<ItemView>,
    pub is_first: bool,
    pub is_last: bool,
}

#[derive(Template)]
#[template(path = "survey_thanks.html")]
pub struct ThanksPage {
    pub page: PageMeta,
    /// Where "start a new response" posts to; `None` for an address that is no invitation.
    pub another_action: Option<String>,
    pub csrf: String,
}

#[derive(Template)]
#[template(path = "survey_saved.html")]
pub struct SavedPage {
    pub page: PageMeta,
    pub resume_code: String,
    pub expires: String,
    pub continue_href: String,
}

pub struct ReviewSection {
    pub title: String,
    pub answers: Vec<(String, String)>,
    pub href: String,
    pub edit_label: String,
}

#[derive(Template)]
#[template(path = "survey_review.html")]
pub struct ReviewPage {
    pub page: PageMeta,
    pub progress_text: String,
    pub error_summary: String,
    pub missing: Vec<(String, String)>,
    pub sections: Vec<ReviewSection>,
    pub action: String,
    pub csrf: String,
}
