//! The two charts of the schedule of support: one organization's sessions between its survey
//! waves, and the hours each organization received, for funders. Read back from the SVG and
//! the data tables in both languages, as a reader sees them.

mod hours;
mod timeline;

use std::sync::Arc;

use parite_core::SupportKindId;
use parite_core::aggregate::Aggregates;
use parite_core::report::{ReportData, ReportInstruments, WaveVisibility};
use parite_core::stages::Date;
use parite_core::support::figures::{SupportFigures, SupportRecord, WaveMark};
use parite_core::support::{ActivityState, Attendance, SupportKinds};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;
use parite_reports::chart::{Chart, DataTable, SupportHours, SupportTimeline};
use parite_reports::compose::{self, Subject};
use parite_reports::definition::{ChartKind, TableKind};

use crate::svg;
use crate::{checklist, en, fr, progress, survey};

const LONG_FR: &str = "Regroupement des organismes communautaires en santé mentale et \
                       dépendances de l’Est ontarien";

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn kinds() -> SupportKinds {
    SupportKinds::parse(include_str!("../../../../../support/kinds.toml")).unwrap()
}

fn record(
    org: &str,
    kind: &str,
    planned: &str,
    minutes: u32,
    state: ActivityState,
) -> SupportRecord {
    let delivered = matches!(state, ActivityState::Delivered { .. });
    SupportRecord {
        organization: org.into(),
        kind: SupportKindId::parse(kind).unwrap(),
        planned_on: date(planned),
        duration_minutes: minutes,
        state,
        attendance: delivered.then_some(Attendance {
            peers: 2,
            staff: 6,
            wrap_completed: (kind == "wrap").then_some(1),
        }),
        shared: false,
    }
}

fn delivered(on: &str) -> ActivityState {
    ActivityState::Delivered { on: date(on) }
}

fn cancelled() -> ActivityState {
    ActivityState::Cancelled {
        reason: "Tempête".into(),
    }
}

fn wave(org: &str, label: &str, opens: &str) -> WaveMark {
    WaveMark {
        organization: org.into(),
        label: label.into(),
        opens: date(opens),
    }
}

/// Nord: coaching every other week (three delivered, one cancelled, one never recorded, one
/// still ahead) and two WRAP sessions, between a wave in December and one in April. Sud: one
/// training.
fn schedule() -> Vec<SupportRecord> {
    vec![
        record(
            "Nord",
            "coaching",
            "2026-01-13",
            90,
            delivered("2026-01-13"),
        ),
        record(
            "Nord",
            "coaching",
            "2026-01-27",
            90,
            delivered("2026-01-27"),
        ),
        record("Nord", "coaching", "2026-02-10", 90, cancelled()),
        record("Nord", "coaching", "2026-02-24", 90, ActivityState::Planned),
        record(
            "Nord",
            "coaching",
            "2026-04-07",
            90,
            delivered("2026-04-08"),
        ),
        record("Nord", "coaching", "2026-06-30", 90, ActivityState::Planned),
        record("Nord", "wrap", "2026-03-05", 180, delivered("2026-03-05")),
        record("Nord", "wrap", "2026-04-20", 180, delivered("2026-04-20")),
        record(
            "Sud",
            "training",
            "2026-02-02",
            120,
            delivered("2026-02-02"),
        ),
    ]
}

fn waves() -> Vec<WaveMark> {
    vec![
        wave("Nord", "Automne 2025", "2025-12-01"),
        wave("Nord", "Printemps 2026", "2026-04-01"),
        wave("Sud", "Hiver 2026", "2026-02-15"),
    ]
}

fn figures(visibility: WaveVisibility) -> SupportFigures {
    SupportFigures::new(
        &kinds(),
        &["Nord".into(), "Sud".into()],
        schedule(),
        waves(),
        visibility,
        date("2026-05-15"),
    )
}

fn timeline<'a>(kinds: &'a SupportKinds, figures: &'a SupportFigures) -> Chart<'a> {
    Chart::SupportTimeline(SupportTimeline {
        kinds,
        organization: "Nord",
        figures,
    })
}

fn hours<'a>(kinds: &'a SupportKinds, figures: &'a SupportFigures) -> Chart<'a> {
    Chart::SupportHours(SupportHours { kinds, figures })
}

fn svg_of(chart: &Chart<'_>, texts: &Texts) -> String {
    chart.render_svg(texts, MinCell::DEFAULT).unwrap()
}

/// Every text drawn, one per line.
fn drawn(svg: &str) -> String {
    svg::texts(svg)
        .into_iter()
        .map(|t| t.content)
        .collect::<Vec<_>>()
        .join("\n")
}

/// No two texts of the chart share any area, and none runs past its edges.
fn assert_nothing_overlaps(svg_text: &str, width: u32) {
    let texts = svg::texts(svg_text);
    for (i, a) in texts.iter().enumerate() {
        assert!(
            a.x0 >= 0.0 && a.x1 <= f64::from(width),
            "{:?} runs off the chart",
            a.content
        );
        for b in &texts[i + 1..] {
            assert!(!a.overlaps(b), "{:?} overlaps {:?}", a.content, b.content);
        }
    }
}

/// How many `<circle>` elements have this attribute, e.g. `fill="#0072B2"`.
fn circles(svg: &str, attribute: &str) -> usize {
    svg.split("<circle")
        .skip(1)
        .filter(|c| {
            c.split_once('>')
                .is_some_and(|(tag, _)| tag.contains(attribute))
        })
        .count()
}

fn row<'a>(table: &'a DataTable, first: &str) -> &'a [String] {
    table
        .rows
        .iter()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row {first} in {:?}", table.rows))
}

#[test]
fn both_charts_render_to_png_of_their_size_in_both_languages() {
    let (kinds, figures) = (kinds(), figures(WaveVisibility::Live));
    for chart in [timeline(&kinds, &figures), hours(&kinds, &figures)] {
        for texts in [fr(), en()] {
            let png = chart.render_png(&texts, MinCell::DEFAULT).unwrap();
            let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
            let size = chart.size(&texts, MinCell::DEFAULT);
            assert_eq!(
                (image.width(), image.height()),
                size,
                "{}",
                chart.kind().code()
            );
            // Not a blank page: some pixels are the delivered blue (or near it, antialiased).
            let blue = image
                .pixels()
                .iter()
                .filter(|p| p.red() < 40 && p.green() > 90 && p.green() < 130 && p.blue() > 160)
                .count();
            assert!(blue > 50, "{}: {blue} blue pixels", chart.kind().code());
            assert_nothing_overlaps(&svg_of(&chart, &texts), size.0);
        }
    }
}

#[test]
fn a_report_draws_the_timeline_only_for_an_organization_with_sessions() {
    let kinds = Arc::new(kinds());
    let which = ReportInstruments {
        survey: Arc::new(survey()),
        other_surveys: Vec::new(),
        checklist: Arc::new(checklist()),
        progress: Arc::new(progress()),
        support: Arc::clone(&kinds),
    };
    let data = |support| ReportData {
        aggregates: Aggregates::default(),
        other_surveys: Default::default(),
        changes: Vec::new(),
        across_versions: Vec::new(),
        fidelity: Vec::new(),
        progress: Vec::new(),
        support,
        provisional: false,
        withheld_open: false,
    };
    let full = data(figures(WaveVisibility::Live));
    let of = |organization| Subject { organization };
    let drawn = compose::chart(ChartKind::SupportTimeline, &full, &which, of(Some("Nord")));
    assert_eq!(drawn.map(|c| c.kind().code()), Some("support-timeline"));
    let none = compose::chart(ChartKind::SupportTimeline, &full, &which, of(Some("Ouest")));
    assert!(none.is_none(), "no session, no timeline");
    assert!(compose::chart(ChartKind::SupportTimeline, &full, &which, of(None)).is_none());
    let drawn = compose::chart(ChartKind::SupportHours, &full, &which, of(None));
    assert_eq!(drawn.map(|c| c.kind().code()), Some("support-hours"));
    let empty = data(SupportFigures::default());
    assert!(compose::chart(ChartKind::SupportHours, &empty, &which, of(None)).is_none());
    // Neither support chart stands in for the support table on the page: the hours chart has
    // no cancelled, not-recorded or attendance figures, the timeline lists sessions.
    assert_eq!(
        ChartKind::from_code("support-hours"),
        Some(ChartKind::SupportHours)
    );
    assert_eq!(ChartKind::ALL.len(), 7);
    assert!(!ChartKind::SupportHours.shows(TableKind::Support));
    assert!(!ChartKind::SupportTimeline.shows(TableKind::Support));
}
