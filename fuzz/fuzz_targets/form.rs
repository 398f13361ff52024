//! Any form body posted to a survey page: decoded as the web app decodes it, then either
//! refused as a forged form or turned into answers that each fit their item — a code the item
//! offers, a finite number within its bounds, text within its length — so nothing invalid
//! can reach the store.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use parite_core::form::{decode_page, parse_number};
use parite_core::{Answer, Answers, Group, Instrument, ItemKind};

/// The shipped survey, and a small one with every kind of item (numbers, multiple choice).
static SURVEYS: LazyLock<Vec<Instrument>> = LazyLock::new(|| {
    [
        include_str!("../../surveys/team-survey.toml"),
        include_str!("../fixtures/every-kind.toml"),
    ]
    .into_iter()
    .map(|text| match Instrument::parse(text) {
        Ok(survey) => survey,
        Err(failure) => panic!("a survey of the fuzz target does not parse: {failure:?}"),
    })
    .collect()
});

fuzz_target!(|data: &[u8]| {
    // The same decoding as `axum::Form<Vec<(String, String)>>`; a body it refuses is a 400.
    let Ok(fields) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) else {
        return;
    };
    for (_, value) in &fields {
        if let Some(number) = parse_number(value) {
            assert!(number.is_finite(), "{value:?} read as {number}");
        }
    }
    for survey in SURVEYS.iter() {
        // Pages in order, each seeing the answers of the earlier ones, as a respondent goes.
        let mut earlier = Answers::new();
        for group in &survey.groups {
            // One body fills every page: each page gets the fields of its own items, plus any
            // field that belongs to no page (which must then be refused).
            let sent: Vec<(String, String)> = fields
                .iter()
                .filter(|(name, _)| {
                    group.items.iter().any(|item| item.id.as_str() == name)
                        || survey.item(name).is_none()
                })
                .cloned()
                .collect();
            let Ok(page) = decode_page(survey, group, &earlier, &sent) else {
                continue;
            };
            for id in page.answers.keys().chain(page.errors.keys()) {
                assert!(
                    group.items.iter().any(|item| item.id == *id),
                    "{id:?} not on this page"
                );
            }
            for (id, answer) in &page.answers {
                check_fits(survey, group, id.as_str(), answer);
            }
            earlier.extend(page.answers);
        }
    }
});

fn check_fits(survey: &Instrument, group: &Group, id: &str, answer: &Answer) {
    let Some(item) = group.items.iter().find(|item| item.id.as_str() == id) else {
        return;
    };
    let offered = |code: &str| match &item.kind {
        ItemKind::Likert { scale, .. } => survey
            .scales
            .get(scale)
            .is_some_and(|s| s.point(code).is_some()),
        kind => kind.choices().iter().any(|c| c.code.as_str() == code),
    };
    match (&item.kind, answer) {
        (_, Answer::Choice(code)) => assert!(offered(code.as_str()), "{id}: {code:?}"),
        (
            ItemKind::Multiple {
                min_selected,
                max_selected,
                ..
            },
            Answer::Choices(codes),
        ) => {
            assert!(
                !codes.is_empty() && codes.iter().all(|c| offered(c.as_str())),
                "{id}"
            );
            let n = codes.len();
            assert!(
                min_selected.is_none_or(|min| n >= min as usize),
                "{id}: {n} chosen"
            );
            assert!(
                max_selected.is_none_or(|max| n <= max as usize),
                "{id}: {n} chosen"
            );
        }
        (
            ItemKind::Number {
                min, max, integer, ..
            },
            Answer::Number(n),
        ) => {
            assert!(n.is_finite() && *n >= *min && *n <= *max, "{id}: {n}");
            assert!(!integer || n.fract() == 0.0, "{id}: {n}");
        }
        (ItemKind::Text { max_length, .. }, Answer::Text(text)) => {
            assert!(
                text.chars().count() <= *max_length as usize,
                "{id}: too long"
            );
            assert!(!text.trim().is_empty(), "{id}: blank text kept");
        }
        (kind, answer) => panic!("{id}: {answer:?} for a {} item", kind.type_code()),
    }
}
