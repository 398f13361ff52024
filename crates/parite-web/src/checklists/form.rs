//! Reading a posted checklist: each rating item's `r_<item>` (0, 1, 2 or na), `e_<item>`
//! (evidence) and `s_<item>` (the sources used, one field per source ticked), checked against
//! the checklist the ratings are given on.

use std::collections::{BTreeMap, BTreeSet};

use parite_core::instrument::ItemKind;
use parite_core::{EvidenceSource, Instrument, ItemId, Rating, Ratings};

/// The longest evidence note kept for one item.
pub const EVIDENCE_MAX_CHARS: usize = 2_000;

/// What the evaluator typed: the ratings chosen, the evidence notes and the sources ticked,
/// by item.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Typed {
    pub ratings: Ratings,
    pub evidence: BTreeMap<ItemId, String>,
    /// Only items with at least one source ticked.
    pub sources: BTreeMap<ItemId, BTreeSet<EvidenceSource>>,
}

impl Typed {
    /// The stored ratings as a form shows them.
    pub fn from_stored(ratings: &[parite_store::ItemRating]) -> Typed {
        let mut typed = Typed::default();
        for stored in ratings {
            let Ok(item) = ItemId::parse(&stored.item_id) else {
                continue;
            };
            typed.ratings.insert(item.clone(), stored.value);
            if !stored.sources.is_empty() {
                typed.sources.insert(item.clone(), stored.sources.clone());
            }
            if !stored.evidence.is_empty() {
                typed.evidence.insert(item, stored.evidence.clone());
            }
        }
        typed
    }

    /// The sources ticked for `item`; none if none.
    pub fn sources_of(&self, item: &ItemId) -> BTreeSet<EvidenceSource> {
        self.sources.get(item).cloned().unwrap_or_default()
    }

    /// The ratings to store: one per rated item, with its evidence and sources.
    pub fn to_store(&self) -> Vec<parite_store::ItemRating> {
        self.ratings
            .iter()
            .map(|(item, rating)| parite_store::ItemRating {
                item_id: item.to_string(),
                value: *rating,
                evidence: self.evidence.get(item).cloned().unwrap_or_default(),
                sources: self.sources_of(item),
            })
            .collect()
    }
}

/// Which button was pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    Submit,
    /// Begin the consensus rating (consensus form only).
    Start,
}

impl Action {
    pub fn from_field(value: Option<&str>) -> Option<Action> {
        match value {
            None | Some("save") => Some(Action::Save),
            Some("submit") => Some(Action::Submit),
            Some("start") => Some(Action::Start),
            Some(_) => None,
        }
    }
}

/// A posted form no page of ours produces: an item the checklist does not have, a rating it
/// does not offer, a field given twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forged(pub String);

/// The rating items of a checklist, by id, with whether they allow N/A.
fn rating_items(instrument: &Instrument) -> BTreeMap<&str, bool> {
    instrument
        .groups
        .iter()
        .flat_map(|g| &g.items)
        .filter_map(|item| match item.kind {
            ItemKind::Rating { allow_na } => Some((item.id.as_str(), allow_na)),
            _ => None,
        })
        .collect()
}

/// Which of an item's fields a posted name is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Rating,
    Evidence,
    Source,
}

/// Reads the posted fields; fields other than `r_…`, `e_…` and `s_…` (the CSRF token, the
/// button) are left to the caller. An empty evidence is no evidence. A rating or evidence
/// given twice is forged; so is a source ticked twice, while several sources are the point.
pub fn decode(instrument: &Instrument, fields: &[(String, String)]) -> Result<Typed, Forged> {
    let items = rating_items(instrument);
    let mut typed = Typed::default();
    let mut seen = BTreeSet::new();
    for (name, value) in fields {
        let (field, item) = if let Some(item) = name.strip_prefix("r_") {
            (Field::Rating, item)
        } else if let Some(item) = name.strip_prefix("e_") {
            (Field::Evidence, item)
        } else if let Some(item) = name.strip_prefix("s_") {
            (Field::Source, item)
        } else {
            continue;
        };
        let Some(&allow_na) = items.get(item) else {
            return Err(Forged(format!("no rating item {item:?}")));
        };
        let once = match field {
            Field::Source => (name.as_str(), value.as_str()),
            Field::Rating | Field::Evidence => (name.as_str(), ""),
        };
        if !seen.insert(once) {
            return Err(Forged(format!("{name} given twice")));
        }
        let Ok(id) = ItemId::parse(item) else {
            return Err(Forged(format!("bad item id {item:?}")));
        };
        match field {
            Field::Rating => {
                let rating = Rating::from_code(value)
                    .filter(|r| allow_na || *r != Rating::NotApplicable)
                    .ok_or_else(|| Forged(format!("{item}: {value:?} is not a rating offered")))?;
                typed.ratings.insert(id, rating);
            }
            Field::Evidence => {
                let evidence = value.trim();
                if !evidence.is_empty() {
                    typed.evidence.insert(id, evidence.to_owned());
                }
            }
            Field::Source => {
                let source = EvidenceSource::from_code(value)
                    .ok_or_else(|| Forged(format!("{item}: {value:?} is not a source offered")))?;
                typed.sources.entry(id).or_default().insert(source);
            }
        }
    }
    Ok(typed)
}

/// What is wrong with one item, as a message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Evidence longer than [`EVIDENCE_MAX_CHARS`].
    EvidenceTooLong,
    /// Evidence typed or sources ticked but no rating chosen: they could not be stored.
    EvidenceUnrated,
    /// Submitting with the item unrated.
    Unrated,
}

impl Problem {
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::EvidenceTooLong => "checklist-error-evidence-too-long",
            Problem::EvidenceUnrated => "checklist-error-evidence-unrated",
            Problem::Unrated => "checklist-error-unrated",
        }
    }

    /// Whether the typed ratings can still be saved as a draft.
    pub fn blocks_saving(self) -> bool {
        self != Problem::Unrated
    }
}

/// The problems of a posted form, item by item in the checklist's order. `submitting` asks
/// that every item be rated.
pub fn problems(
    instrument: &Instrument,
    typed: &Typed,
    submitting: bool,
) -> Vec<(ItemId, Problem)> {
    let mut found = Vec::new();
    for item in instrument.groups.iter().flat_map(|g| &g.items) {
        if !matches!(item.kind, ItemKind::Rating { .. }) {
            continue;
        }
        let rated = typed.ratings.contains_key(&item.id);
        let evidence = typed.evidence.get(&item.id);
        let sourced = typed.sources.contains_key(&item.id);
        let problem = if evidence.is_some_and(|e| e.chars().count() > EVIDENCE_MAX_CHARS) {
            Some(Problem::EvidenceTooLong)
        } else if (evidence.is_some() || sourced) && !rated {
            Some(Problem::EvidenceUnrated)
        } else if submitting && !rated {
            Some(Problem::Unrated)
        } else {
            None
        };
        if let Some(problem) = problem {
            found.push((item.id.clone(), problem));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use parite_core::InstrumentSet;

    fn fidelity() -> std::sync::Arc<Instrument> {
        let sources = [(
            "fidelity.toml",
            include_str!("../../../../surveys/fidelity.toml"),
        )];
        let set = InstrumentSet::from_sources(sources).unwrap();
        set.latest("fidelity").unwrap().clone()
    }

    fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn ratings_and_evidence_are_read_by_item() {
        let checklist = fidelity();
        let typed = decode(
            &checklist,
            &pairs(&[
                ("_csrf", "x"),
                ("r_f_com_1", "2"),
                ("e_f_com_1", "  Politique adoptée en 2025  "),
                ("s_f_com_1", "observation"),
                ("s_f_com_1", "documents"),
                ("r_f_del_5", "na"),
                ("e_f_com_2", ""),
            ]),
        )
        .unwrap();
        assert_eq!(typed.ratings.len(), 2);
        assert_eq!(
            typed.evidence.values().collect::<Vec<_>>(),
            ["Politique adoptée en 2025"]
        );
        let com_1 = ItemId::parse("f_com_1").unwrap();
        assert_eq!(
            typed.sources_of(&com_1).into_iter().collect::<Vec<_>>(),
            [EvidenceSource::Documents, EvidenceSource::Observation]
        );
        assert_eq!(typed.to_store()[0].sources, typed.sources_of(&com_1));
    }

    #[test]
    fn forged_fields_are_refused() {
        let checklist = fidelity();
        for forged in [
            &[("r_f_nope", "1")][..],
            &[("r_f_com_1", "3")],
            &[("r_f_com_1", "na")],
            &[("r_f_com_1", "1"), ("r_f_com_1", "2")],
            &[("e_q1", "text")],
            &[("s_f_com_1", "gossip")],
            &[("s_f_com_1", "documents"), ("s_f_com_1", "documents")],
            &[("s_f_nope", "documents")],
        ] {
            assert!(decode(&checklist, &pairs(forged)).is_err(), "{forged:?}");
        }
    }

    #[test]
    fn submitting_asks_for_every_item_and_evidence_needs_a_rating() {
        let checklist = fidelity();
        let total = checklist
            .groups
            .iter()
            .map(|g| g.items.len())
            .sum::<usize>();
        let mut typed = decode(
            &checklist,
            &pairs(&[
                ("r_f_com_1", "1"),
                ("e_f_com_2", "Un budget existe"),
                ("s_f_com_3", "documents"),
            ]),
        )
        .unwrap();
        let saving = problems(&checklist, &typed, false);
        assert_eq!(
            saving,
            [
                (ItemId::parse("f_com_2").unwrap(), Problem::EvidenceUnrated),
                (ItemId::parse("f_com_3").unwrap(), Problem::EvidenceUnrated)
            ]
        );
        let submitting = problems(&checklist, &typed, true);
        assert_eq!(submitting.len(), total - 1);
        typed
            .evidence
            .insert(ItemId::parse("f_com_1").unwrap(), "é".repeat(2_001));
        assert!(
            problems(&checklist, &typed, false)
                .contains(&(ItemId::parse("f_com_1").unwrap(), Problem::EvidenceTooLong))
        );
    }
}
