//! Which section comes next, and what the review shows: decided on the server from the answers,
//! so conditional items need no JavaScript.

use parite_core::form::FieldError;
use parite_core::scoring::is_shown;
use parite_core::{Answer, Answers, Group, Instrument, ItemKind};
use parite_i18n::Texts;

/// Sections are numbered from 1 in addresses and in "Section 2 of 9".
pub fn section(instrument: &Instrument, number: usize) -> Option<&Group> {
    number.checked_sub(1).and_then(|i| instrument.groups.get(i))
}

/// A section with no item to show (all hidden by their conditions) is skipped.
fn has_visible_item(instrument: &Instrument, group: &Group, answers: &Answers) -> bool {
    group
        .items
        .iter()
        .any(|item| is_shown(instrument, item.show_if.as_ref(), answers))
}

/// The next section after `number` with something to show; `None` means the review comes next.
pub fn next_section(instrument: &Instrument, number: usize, answers: &Answers) -> Option<usize> {
    (number + 1..=instrument.groups.len())
        .find(|n| section(instrument, *n).is_some_and(|g| has_visible_item(instrument, g, answers)))
}

/// The previous section before `number` with something to show.
pub fn previous_section(
    instrument: &Instrument,
    number: usize,
    answers: &Answers,
) -> Option<usize> {
    (1..number)
        .rev()
        .find(|n| section(instrument, *n).is_some_and(|g| has_visible_item(instrument, g, answers)))
}

/// Replaces one section's answers in the draft: items of the section that were not sent (or are
/// now hidden) are cleared, so a changed condition never leaves a stale hidden answer behind.
pub fn merge_section(draft: &mut Answers, group: &Group, page: Answers) {
    for item in &group.items {
        draft.remove(&item.id);
    }
    draft.extend(page);
}

/// Drops answers of items that are hidden given the other answers (in instrument order).
pub fn without_hidden(instrument: &Instrument, answers: &Answers) -> Answers {
    let mut kept = Answers::new();
    for item in instrument.items() {
        if let Some(answer) = answers.get(&item.id)
            && is_shown(instrument, item.show_if.as_ref(), &kept)
        {
            kept.insert(item.id.clone(), answer.clone());
        }
    }
    kept
}

/// Required items that are shown but unanswered, with the section holding each.
pub fn missing_required<'a>(
    instrument: &'a Instrument,
    answers: &Answers,
) -> Vec<(usize, &'a parite_core::Item)> {
    let mut missing = Vec::new();
    for (i, group) in instrument.groups.iter().enumerate() {
        for item in &group.items {
            if item.required
                && !answers.contains_key(&item.id)
                && is_shown(instrument, item.show_if.as_ref(), answers)
            {
                missing.push((i + 1, item));
            }
        }
    }
    missing
}

/// An answer as the reader sees it: choice labels, numbers in the reader's format, text as typed.
pub fn answer_text(
    instrument: &Instrument,
    item: &parite_core::Item,
    answer: &Answer,
    tr: &Texts,
) -> String {
    let label = |code: &str| -> String {
        match &item.kind {
            ItemKind::Likert { scale, .. } => instrument
                .scales
                .get(scale)
                .and_then(|s| s.point(code))
                .map_or_else(|| code.to_owned(), |p| tr.t(p.label.as_str())),
            _ => item
                .kind
                .choices()
                .iter()
                .find(|c| c.code.as_str() == code)
                .map_or_else(|| code.to_owned(), |c| tr.t(c.label.as_str())),
        }
    };
    match answer {
        Answer::Choice(code) => label(code.as_str()),
        Answer::Choices(codes) => codes
            .iter()
            .map(|c| label(c.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Number(n) => tr.decimal(*n, if n.fract() == 0.0 { 0 } else { 2 }),
        Answer::Text(text) => text.clone(),
    }
}

/// The localized explanation of a field error.
pub fn field_error_text(error: &FieldError, tr: &Texts) -> String {
    let id = error.message_id();
    match error {
        FieldError::OutOfRange { min, max } => tr.t2(id, ("min", *min), ("max", *max)),
        FieldError::TooLong { max, length } => tr.t2(id, ("max", *max), ("length", *length)),
        FieldError::TooFewSelected { min } => tr.t1(id, "min", *min),
        FieldError::TooManySelected { max } => tr.t1(id, "max", *max),
        _ => tr.t(id),
    }
}
