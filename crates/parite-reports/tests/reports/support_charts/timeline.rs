//! The support timeline: one organization's sessions between its survey waves.

use parite_core::report::WaveVisibility;
use parite_core::support::ActivityState;
use parite_core::support::figures::SupportFigures;
use parite_core::suppression::MinCell;

use super::{
    assert_nothing_overlaps, cancelled, circles, date, delivered, drawn, figures, kinds, record,
    row, svg_of, timeline, wave,
};
use crate::svg::{self, Text};
use crate::{en, fr};

#[test]
fn the_timeline_shows_each_kind_the_waves_and_the_months_in_the_reader_language() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    let chart = timeline(&kinds, &figures);
    let fr_text = drawn(&svg_of(&chart, &fr()));
    for label in [
        "Le soutien entre les vagues du sondage — Nord",
        "Séance de coaching",
        "Automne 2025",
        "Printemps 2026",
        "Ouverture d’une vague du sondage",
        "Annulée",
        "déc.",
        "janv.",
        "juill.",
        "2025",
        "2026",
    ] {
        assert!(fr_text.contains(label), "{label:?} missing in {fr_text}");
    }
    // Only Nord's waves; the axis starts with December's wave and ends after June's session.
    assert!(!fr_text.contains("Hiver 2026"), "{fr_text}");
    assert!(
        !fr_text.lines().any(|l| l == "nov." || l == "août"),
        "{fr_text}"
    );
    let en_text = drawn(&svg_of(&chart, &en()));
    for label in [
        "Support between the survey waves — Nord",
        "Dec.",
        "Jan.",
        "Jul.",
        "Planned",
    ] {
        assert!(en_text.contains(label), "{label:?} missing in {en_text}");
    }
    assert!(!en_text.contains("janv."), "{en_text}");
}

#[test]
fn the_timeline_tells_the_states_apart_by_shape() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    let svg_text = svg_of(&timeline(&kinds, &figures), &en());
    // Each count is the sessions of that state plus the legend's mark.
    assert_eq!(
        circles(&svg_text, "fill=\"#0072B2\""),
        5 + 1,
        "filled: delivered"
    );
    assert_eq!(
        circles(&svg_text, "stroke=\"#D55E00\""),
        1 + 1,
        "hollow: not recorded"
    );
    let crosses = svg::lines(&svg_text)
        .iter()
        .filter(|l| l.stroke == "#333333" && l.points.len() == 2)
        .count();
    assert_eq!(crosses, 2 * (1 + 1), "two strokes per ×: cancelled");
    // The planned ring is drawn in dashes, 12 to a ring.
    let dashes = svg::lines(&svg_text)
        .iter()
        .filter(|l| l.stroke == "#777777" && l.points.len() == 5)
        .count();
    assert_eq!(dashes, 12 * (1 + 1), "a dashed ring: planned");
}

#[test]
fn the_timeline_table_lists_each_session_with_its_day_state_and_duration() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    let chart = timeline(&kinds, &figures);
    let table = chart.data_table(&fr(), MinCell::DEFAULT);
    assert_eq!(
        table.headers,
        ["Date", "Type de soutien", "État", "Durée (heures)"]
    );
    assert_eq!(table.rows.len(), 8, "Nord's sessions only");
    assert_eq!(
        row(&table, "10 février 2026"),
        ["10 février 2026", "Séance de coaching", "annulée", "1,5"]
    );
    assert_eq!(row(&table, "24 février 2026")[2], "non consignée");
    // A late delivery is placed on the day it was held.
    assert_eq!(row(&table, "8 avril 2026")[2], "donnée");
    assert_eq!(row(&table, "30 juin 2026")[2], "planifiée");
    assert_eq!(row(&table, "5 mars 2026")[3], "3,0");
    let table = chart.data_table(&en(), MinCell::DEFAULT);
    assert_eq!(
        table.headers,
        ["Date", "Kind of support", "State", "Duration (hours)"]
    );
    assert_eq!(
        row(&table, "February 10, 2026"),
        ["February 10, 2026", "Coaching session", "cancelled", "1.5"]
    );
    assert_eq!(row(&table, "February 24, 2026")[2], "not recorded");
}

#[test]
fn a_team_lead_reads_the_timeline_as_it_stood_at_the_end_of_the_last_quarter() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::ClosedOnly));
    let chart = timeline(&kinds, &figures);
    // April's sessions are not known yet on 31 March: still planned, on their planned day.
    let table = chart.data_table(&en(), MinCell::DEFAULT);
    assert_eq!(row(&table, "April 7, 2026")[2], "planned");
    assert_eq!(row(&table, "April 20, 2026")[2], "planned");
    let text = drawn(&svg_of(&chart, &en()));
    assert!(
        text.contains("March 31, 2026"),
        "the note says when: {text}"
    );
    let text = drawn(&svg_of(&chart, &fr()));
    assert!(text.contains("31 mars 2026"), "{text}");
}

#[test]
fn close_waves_and_a_long_kind_name_keep_their_labels_apart() {
    let kinds = kinds();
    let records = vec![
        record("Nord", "wrap", "2026-01-13", 180, delivered("2026-01-13")),
        record("Nord", "coaching", "2026-01-20", 90, ActivityState::Planned),
        record("Nord", "other", "2026-02-20", 60, cancelled()),
    ];
    // Three waves within ten days: their labels stack rather than run into each other.
    let marks = vec![
        wave("Nord", "Vague 1 — automne", "2026-01-05"),
        wave("Nord", "Vague 1 bis — reprise", "2026-01-09"),
        wave("Nord", "Vague 2 — hiver", "2026-01-15"),
    ];
    let figures = SupportFigures::new(
        &kinds,
        &["Nord".into()],
        records,
        marks,
        WaveVisibility::Live,
        date("2026-02-01"),
    );
    let chart = timeline(&kinds, &figures);
    for texts in [fr(), en()] {
        let svg_text = svg_of(&chart, &texts);
        let (width, _) = chart.size(&texts, MinCell::DEFAULT);
        assert_nothing_overlaps(&svg_text, width);
        let text = drawn(&svg_text);
        for label in [
            "Vague 1 — automne",
            "Vague 1 bis — reprise",
            "Vague 2 — hiver",
        ] {
            assert!(text.contains(label), "{label:?} missing in {text}");
        }
    }
    // The WRAP kind's French name takes several lines at the left, every word kept.
    let svg_text = svg_of(&chart, &fr());
    let name = "Formation WRAP® (planification du rétablissement et du mieux-être, WRAPMC)";
    let lines: Vec<Text> = svg::texts(&svg_text)
        .into_iter()
        .filter(|t| t.anchor == "end" && name.contains(&t.content))
        .collect();
    let joined: Vec<&str> = lines.iter().map(|t| t.content.as_str()).collect();
    assert!(lines.len() >= 3, "{joined:?}");
    assert_eq!(joined.join(" "), name);
}
