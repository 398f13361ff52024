//! What two versions of the shipped team survey share, and how change between a version-1 and
//! a version-2 wave is computed from it.

use parite_core::Instrument;
use parite_core::aggregate::{
    BarrierAccumulator, ItemsCompared, ResponseAnswers, SharedItemFigures,
    indices_with_different_items, restricted_to_shared, version_comparisons, wave_changes,
};
use parite_core::answer::answers_from_values;

const V1: &str = include_str!("../../../surveys/team-survey.toml");
const V2: &str = include_str!("../../../surveys/team-survey-v2.toml");

fn parse(source: &str) -> Instrument {
    Instrument::parse(source).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn version_2_changes_the_items_of_leadership_and_precedent_only() {
    let (v1, v2) = (parse(V1), parse(V2));
    let differing = indices_with_different_items(&v1, &v2);
    let summary: Vec<(&str, usize, usize, usize)> = differing
        .iter()
        .map(|d| (d.index.as_str(), d.shared, d.from_items, d.to_items))
        .collect();
    assert_eq!(
        summary,
        [("precedent", 3, 3, 4), ("leadership", 2, 3, 3)],
        "practices exist in version 2 only and are not listed"
    );
    assert!(differing.iter().all(|d| d.comparable()));
}

#[test]
fn an_item_coded_the_other_way_is_not_shared() {
    let v1 = parse(V1);
    // b_cult_2 reverse-coded in a later version: the same code, scored differently.
    let flipped = V2.replacen(
        "index = \"culture\"\ntext = \"team-survey-b-cult-2\"",
        "index = \"culture\"\nreverse = true\ntext = \"team-survey-b-cult-2\"",
        1,
    );
    assert_ne!(flipped, V2, "the fixture edit applies");
    let differing = indices_with_different_items(&v1, &parse(&flipped));
    let culture = differing
        .iter()
        .find(|d| d.index.as_str() == "culture")
        .expect("culture differs");
    assert_eq!(culture.shared, 2);
}

/// Six identical responses per wave, scored as the store scores them.
fn aggregates(
    survey: &Instrument,
    wave: &str,
    order: i64,
    values: &[(&str, &str)],
) -> Vec<parite_core::aggregate::IndexAggregate> {
    let mut accumulator = BarrierAccumulator::new(survey);
    for _ in 0..6 {
        let answers = answers_from_values(survey, values.iter().copied());
        accumulator.add(&ResponseAnswers {
            organization_id: "o".into(),
            organization: "Org".into(),
            wave_id: wave.into(),
            wave: wave.into(),
            wave_order: order,
            role_group: None,
            answers,
        });
    }
    accumulator.finish().indices
}

#[test]
fn an_index_sharing_too_few_items_shows_no_change_and_the_notes_say_why() {
    let v1 = parse(V1);
    // A version 3 keeping only b_lead_1 of version 1's leadership items.
    let v3_source = V2.replacen("version = 2", "version = 3", 1).replacen(
        "index = \"leadership\"\nreverse = true\ntext = \"team-survey-b-lead-2\"",
        "reverse = true\ntext = \"team-survey-b-lead-2\"",
        1,
    );
    assert_ne!(v3_source, V2);
    let v3 = parse(&v3_source);
    let earlier = [
        ("b_lead_1", "4"),
        ("b_lead_2", "4"),
        ("b_lead_3", "1"),
        ("r_1", "3"),
        ("r_2", "3"),
    ];
    let later = [
        ("b_lead_1", "2"),
        ("b_lead_2", "2"),
        ("b_lead_4", "5"),
        ("r_1", "4"),
        ("r_2", "4"),
    ];
    let mut all = aggregates(&v1, "w1", 1, &earlier);
    all.extend(aggregates(&v3, "w2", 2, &later));

    let indices = indices_with_different_items(&v1, &v3);
    let leadership = indices
        .iter()
        .find(|d| d.index.as_str() == "leadership")
        .expect("differs");
    assert_eq!((leadership.shared, leadership.comparable()), (1, false));
    let mut shared_aggregates = aggregates(&restricted_to_shared(&v1, &v3), "w1", 1, &earlier);
    shared_aggregates.extend(aggregates(&restricted_to_shared(&v3, &v1), "w2", 2, &later));
    let across = [SharedItemFigures {
        from_wave_id: "w1".into(),
        to_wave_id: "w2".into(),
        from_version: 1,
        to_version: 3,
        indices,
        aggregates: shared_aggregates,
    }];
    let changes = wave_changes(&all, &across);
    assert!(
        !changes.iter().any(|c| c.index.as_str() == "leadership"),
        "no change over one shared item: {changes:?}"
    );
    let readiness = changes
        .iter()
        .find(|c| c.index.as_str() == "readiness")
        .expect("readiness");
    assert_eq!(readiness.compared, ItemsCompared::Same);
    let notes = version_comparisons(&across);
    let leadership_note = notes
        .iter()
        .find(|n| n.label.as_str() == "team-survey-index-leadership")
        .expect("a note");
    assert!(!leadership_note.comparable);

    // Without figures for the pair, nothing is compared across the two versions at all.
    assert!(wave_changes(&all, &[]).is_empty());
}
