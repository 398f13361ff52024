use super::*;
use crate::report::WaveVisibility;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn kinds() -> SupportKinds {
    SupportKinds::parse(include_str!("../../../../support/kinds.toml")).unwrap()
}

fn record(org: &str, kind: &str, planned: &str, state: ActivityState) -> SupportRecord {
    let delivered = matches!(state, ActivityState::Delivered { .. });
    SupportRecord {
        organization: org.into(),
        kind: SupportKindId::parse(kind).unwrap(),
        planned_on: date(planned),
        duration_minutes: 90,
        state,
        attendance: delivered.then_some(Attendance {
            peers: 2,
            staff: 6,
            wrap_completed: (kind == "wrap").then_some(2),
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

fn schedule() -> Vec<SupportRecord> {
    vec![
        record("Nord", "coaching", "2026-01-13", delivered("2026-01-13")),
        record("Nord", "coaching", "2026-01-27", delivered("2026-01-27")),
        record("Nord", "coaching", "2026-02-10", cancelled()),
        record("Nord", "coaching", "2026-02-24", ActivityState::Planned),
        record("Nord", "coaching", "2026-04-07", delivered("2026-04-08")),
        record("Nord", "coaching", "2026-06-30", ActivityState::Planned),
        record("Nord", "wrap", "2026-03-05", delivered("2026-03-05")),
        record("Nord", "wrap", "2026-04-20", delivered("2026-04-20")),
        record("Sud", "training", "2026-02-02", delivered("2026-02-02")),
    ]
}

fn figures(visibility: WaveVisibility, today: &str) -> SupportFigures {
    SupportFigures::new(
        &kinds(),
        &["Nord".into(), "Sud".into()],
        schedule(),
        Vec::new(),
        visibility,
        date(today),
    )
}

#[test]
fn due_counts_what_has_come_and_the_share_delivered_leaves_out_what_is_still_ahead() {
    let figures = figures(WaveVisibility::Live, "2026-05-15");
    let coaching = figures
        .kinds
        .iter()
        .find(|k| k.organization == "Nord" && k.kind.as_str() == "coaching")
        .unwrap();
    // Five came due by 15 May (one cancelled, one never recorded), one is still ahead.
    assert_eq!(
        (
            coaching.due,
            coaching.delivered,
            coaching.cancelled,
            coaching.upcoming
        ),
        (5, 3, 1, 1)
    );
    assert_eq!(coaching.delivered_share(), Some(0.6));
    assert_eq!(coaching.minutes_delivered, 270);
    assert_eq!((coaching.peers, coaching.staff), (6, 18));
    // Kinds in the file's order, organizations in the order given, only kinds that occur.
    let rows: Vec<(&str, &str)> = figures
        .kinds
        .iter()
        .map(|k| (k.organization.as_str(), k.kind.as_str()))
        .collect();
    assert_eq!(
        rows,
        [("Nord", "coaching"), ("Nord", "wrap"), ("Sud", "training")]
    );
}

#[test]
fn wrap_completions_are_counted_by_the_quarter_of_delivery() {
    let figures = figures(WaveVisibility::Live, "2026-05-15");
    let quarters: Vec<(u8, u32, u64)> = figures
        .wrap
        .iter()
        .map(|w| (w.quarter.quarter, w.sessions, w.completed))
        .collect();
    assert_eq!(quarters, [(1, 1, 2), (2, 1, 2)]);
}

#[test]
fn team_leads_and_funders_read_the_schedule_as_it_stood_at_the_end_of_the_last_quarter() {
    // On 15 May the last quarter ended on 31 March: April's coaching and WRAP are not counted
    // yet, so downloads in April and May are the same and never differ by one session.
    let figures = figures(WaveVisibility::ClosedOnly, "2026-05-15");
    assert_eq!(figures.cutoff, Some(date("2026-03-31")));
    let coaching = figures.of_organization("Nord").next().unwrap();
    assert_eq!(
        (coaching.due, coaching.delivered, coaching.upcoming),
        (4, 2, 2)
    );
    assert_eq!(figures.wrap.len(), 1);
    assert_eq!(
        figures.wrap.first().map(|w| w.quarter),
        Some(Quarter {
            year: 2026,
            quarter: 1
        })
    );
    // A small count of peers is hidden for them, shown to the evaluator.
    let k = MinCell::DEFAULT;
    assert_eq!(
        figures.peers(coaching.peers, k),
        Masked::Suppressed {
            reason: Reason::Primary
        }
    );
    assert_eq!(
        self::figures(WaveVisibility::Live, "2026-05-15").peers(4, k),
        Masked::Shown(4)
    );
    assert_eq!(figures.peers(12, k), Masked::Shown(12));
}

#[test]
fn the_state_of_a_late_delivery_is_known_only_from_its_day() {
    let late = record("Nord", "coaching", "2026-03-30", delivered("2026-04-02"));
    assert_eq!(
        late.state_at(date("2026-03-31")),
        StateThen::NotRecorded(date("2026-03-30"))
    );
    assert_eq!(
        late.state_at(date("2026-04-02")),
        StateThen::Delivered(date("2026-04-02"))
    );
    assert_eq!(
        Quarter::last_ended(date("2026-01-01")),
        Some(date("2025-12-31"))
    );
}

#[test]
fn activities_of_one_day_come_in_the_order_of_the_kinds_file_whatever_the_store_gave() {
    let mut records = vec![
        record("Nord", "wrap", "2026-03-10", delivered("2026-03-10")),
        record("Sud", "coaching", "2026-03-10", delivered("2026-03-10")),
        record("Nord", "coaching", "2026-03-10", delivered("2026-03-10")),
        record("Nord", "training", "2026-03-09", delivered("2026-03-09")),
    ];
    let order = |records: Vec<SupportRecord>| {
        SupportFigures::new(
            &kinds(),
            &["Nord".into(), "Sud".into()],
            records,
            Vec::new(),
            WaveVisibility::Live,
            date("2026-05-15"),
        )
        .activities
        .iter()
        .map(|r| format!("{} {}", r.organization, r.kind))
        .collect::<Vec<_>>()
    };
    let expected = [
        "Nord training",
        "Nord coaching",
        "Nord wrap",
        "Sud coaching",
    ];
    assert_eq!(order(records.clone()), expected);
    records.reverse();
    assert_eq!(order(records), expected);
}
