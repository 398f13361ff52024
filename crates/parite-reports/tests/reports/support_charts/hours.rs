//! The hours of support by organization, for funders.

use parite_core::report::WaveVisibility;
use parite_core::support::ActivityState;
use parite_core::support::figures::{SupportFigures, SupportRecord};
use parite_core::suppression::MinCell;

use super::{
    LONG_FR, assert_nothing_overlaps, date, delivered, drawn, figures, hours, kinds, record, row,
    schedule, svg_of,
};
use crate::svg;
use crate::{en, fr};

#[test]
fn the_hours_chart_says_sessions_delivered_of_due_beside_each_bar() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    let chart = hours(&kinds, &figures);
    let fr_text = drawn(&svg_of(&chart, &fr()));
    // Nord: coaching 3 of 5 due, WRAP 2 of 2; Sud: training 1 of 1.
    for label in [
        "Heures de soutien données, par organisme",
        "5 sur 7 prévues (71\u{a0}%)",
        "1 sur 1 prévues (100\u{a0}%)",
        "Séance de coaching",
        "Heures données",
        // The coaching segment, labelled with its hours.
        "4,5",
    ] {
        assert!(fr_text.contains(label), "{label:?} missing in {fr_text}");
    }
    let en_text = drawn(&svg_of(&chart, &en()));
    for label in [
        "5 of 7 due (71%)",
        "1 of 1 due (100%)",
        "4.5",
        "Hours delivered",
    ] {
        assert!(en_text.contains(label), "{label:?} missing in {en_text}");
    }
    assert!(!en_text.contains(" sur "), "{en_text}");
}

#[test]
fn the_hours_axis_is_in_the_reader_number_format() {
    let kinds = kinds();
    // Half an hour at most: the ticks fall between whole hours.
    let records = vec![record(
        "Nord",
        "coaching",
        "2026-01-13",
        30,
        delivered("2026-01-13"),
    )];
    let figures = SupportFigures::new(
        &kinds,
        &["Nord".into()],
        records,
        Vec::new(),
        WaveVisibility::Live,
        date("2026-02-01"),
    );
    let chart = hours(&kinds, &figures);
    let fr_text = drawn(&svg_of(&chart, &fr()));
    assert!(fr_text.lines().any(|l| l == "0,2"), "{fr_text}");
    assert!(!fr_text.lines().any(|l| l == "0.2"), "{fr_text}");
    let en_text = drawn(&svg_of(&chart, &en()));
    assert!(en_text.lines().any(|l| l == "0.2"), "{en_text}");
}

#[test]
fn the_hours_table_has_a_column_per_kind_that_occurs() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    let chart = hours(&kinds, &figures);
    let table = chart.data_table(&fr(), MinCell::DEFAULT);
    assert_eq!(
        table.headers,
        [
            "Organisme",
            "Formation (heures)",
            "Séance de coaching (heures)",
            "Formation WRAP® (planification du rétablissement et du mieux-être, WRAPMC) (heures)",
            "Données sur prévues",
        ]
    );
    // A kind the organization had none of is empty, not nought.
    assert_eq!(
        row(&table, "Nord"),
        ["Nord", "", "4,5", "6,0", "5 sur 7 (71\u{a0}%)"]
    );
    assert_eq!(
        row(&table, "Sud"),
        ["Sud", "2,0", "", "", "1 sur 1 (100\u{a0}%)"]
    );
    let table = chart.data_table(&en(), MinCell::DEFAULT);
    assert_eq!(
        row(&table, "Nord"),
        ["Nord", "", "4.5", "6.0", "5 of 7 (71%)"]
    );
    assert_eq!(table.headers[2], "Coaching session (hours)");
}

#[test]
fn an_organization_with_nothing_due_yet_says_so_beside_an_empty_bar() {
    let kinds = kinds();
    let mut records = schedule();
    records.push(record(
        "Ouest",
        "coaching",
        "2026-09-01",
        90,
        ActivityState::Planned,
    ));
    let figures = SupportFigures::new(
        &kinds,
        &["Nord".into(), "Sud".into(), "Ouest".into()],
        records,
        Vec::new(),
        WaveVisibility::Live,
        date("2026-05-15"),
    );
    let chart = hours(&kinds, &figures);
    let text = drawn(&svg_of(&chart, &fr()));
    assert!(text.contains("Ouest\naucune prévue à ce jour"), "{text}");
    let table = chart.data_table(&en(), MinCell::DEFAULT);
    assert_eq!(
        row(&table, "Ouest"),
        ["Ouest", "", "0.0", "", "none due yet"]
    );
}

#[test]
fn a_long_organization_name_wraps_in_the_hours_chart_without_overlapping() {
    let kinds = kinds();
    let mut records = schedule();
    for r in records.iter_mut().filter(|r| r.organization == "Nord") {
        r.organization = LONG_FR.to_owned();
    }
    let figures = SupportFigures::new(
        &kinds,
        &[LONG_FR.into(), "Sud".into()],
        records,
        Vec::new(),
        WaveVisibility::Live,
        date("2026-05-15"),
    );
    let chart = hours(&kinds, &figures);
    for texts in [fr(), en()] {
        let svg_text = svg_of(&chart, &texts);
        let (width, _) = chart.size(&texts, MinCell::DEFAULT);
        assert_nothing_overlaps(&svg_text, width);
        let lines: Vec<String> = svg::texts(&svg_text)
            .into_iter()
            .filter(|t| t.bold && t.anchor == "end" && LONG_FR.contains(&t.content))
            .map(|t| t.content)
            .collect();
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines.join(" "), LONG_FR, "every word of the name is drawn");
    }
}

#[test]
fn a_hundred_organizations_give_a_tall_chart_that_still_reads() {
    let kinds = kinds();
    let names: Vec<String> = (1..=100).map(|i| format!("Organisme {i:03}")).collect();
    let records: Vec<SupportRecord> = names
        .iter()
        .enumerate()
        .flat_map(|(i, name)| {
            let kind = ["training", "coaching", "wrap"][i % 3];
            [
                record(
                    name,
                    kind,
                    "2026-01-13",
                    60 + 15 * (i as u32 % 7),
                    delivered("2026-01-13"),
                ),
                record(name, "coaching", "2026-02-10", 90, ActivityState::Planned),
            ]
        })
        .collect();
    let figures = SupportFigures::new(
        &kinds,
        &names,
        records,
        Vec::new(),
        WaveVisibility::Live,
        date("2026-03-01"),
    );
    let chart = hours(&kinds, &figures);
    for texts in [fr(), en()] {
        let (width, height) = chart.size(&texts, MinCell::DEFAULT);
        assert!(height > 100 * 46, "one row per organization: {height}");
        let svg_text = svg_of(&chart, &texts);
        assert!(svg_text.contains(&format!("height=\"{height}\"")));
        assert_nothing_overlaps(&svg_text, width);
        let text = drawn(&svg_text);
        for name in &names {
            assert_eq!(text.lines().filter(|l| l == name).count(), 1, "{name}");
        }
        let png = chart.render_png(&texts, MinCell::DEFAULT).unwrap();
        let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((image.width(), image.height()), (width, height));
    }
}
