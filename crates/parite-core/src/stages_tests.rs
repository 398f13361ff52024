use proptest::prelude::*;

use super::*;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

// ----------------------------------------------------------------------------------------------
// Dates

#[test]
fn days_since_epoch_match_known_days() {
    // Checked against Python's datetime: (date(y, m, d) − date(1970, 1, 1)).days.
    let cases = [
        ("1970-01-01", 0),
        ("1969-12-31", -1),
        ("2000-03-01", 11_017),
        ("2024-03-01", 19_783),
        ("1600-01-01", -135_140),
        ("2400-12-31", 157_419),
        ("0001-01-01", -719_162),
    ];
    for (text, days) in cases {
        assert_eq!(date(text).days_since_epoch(), days, "{text}");
        assert_eq!(
            Date::from_days_since_epoch(days),
            Some(date(text)),
            "{text}"
        );
    }
}

#[test]
fn leap_years_have_a_29th_of_february() {
    // 2024-02-28 → 2024-03-01 crosses 29 February: 2 days; in 2023 only 1.
    assert_eq!(date("2024-02-28").days_until(date("2024-03-01")), 2);
    assert_eq!(date("2023-02-28").days_until(date("2023-03-01")), 1);
    // Centuries are leap years only when divisible by 400.
    assert_eq!(date("2000-02-28").days_until(date("2000-03-01")), 2);
    assert_eq!(date("1900-02-28").days_until(date("1900-03-01")), 1);
    assert_eq!(date("2024-01-01").days_until(date("2025-01-01")), 366);
    assert_eq!(date("2023-01-01").days_until(date("2024-01-01")), 365);
    assert!(Date::new(2024, 2, 29).is_some() && Date::new(2000, 2, 29).is_some());
    assert_eq!(Date::new(2023, 2, 29), None);
    assert_eq!(Date::new(2100, 2, 29), None);
    assert_eq!(date("2024-03-01").days_until(date("2024-02-28")), -2);
    assert_eq!(date("2024-02-28").add_days(2), Some(date("2024-03-01")));
}

#[test]
fn counting_day_by_day_agrees_with_the_formula() {
    // An independent check of days_from_civil: walk every day from 1600 to 2400 using only
    // month lengths (`Date::new`), and the count must go up by one each step.
    let mut day = date("1600-01-01");
    let mut count = day.days_since_epoch();
    while day < date("2401-01-01") {
        let next = Date::new(day.year(), day.month(), day.day() + 1)
            .or_else(|| Date::new(day.year(), day.month() + 1, 1))
            .or_else(|| Date::new(day.year() + 1, 1, 1))
            .unwrap();
        count += 1;
        assert_eq!(next.days_since_epoch(), count, "{next}");
        assert_eq!(day.add_days(1), Some(next));
        day = next;
    }
}

#[test]
fn dates_are_read_and_written_as_yyyy_mm_dd_only() {
    assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
    assert_eq!(
        (date("0987-06-05").year(), date("0987-06-05").to_string()),
        (987, "0987-06-05".to_owned())
    );
    for bad in [
        "2023-02-29",
        "2024-2-29",
        "24-02-29",
        "2024-02-29x",
        "2024-13-01",
        "2024-00-10",
        "",
        "+024-01-01",
    ] {
        assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
    }
    assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    assert_eq!(date("2024-01-01").add_days(i64::MIN), None);
}

proptest! {
    #[test]
    fn from_days_inverts_days_since_epoch(days in -1_000_000_000i64..1_000_000_000) {
        let day = Date::from_days_since_epoch(days).unwrap();
        prop_assert_eq!(day.days_since_epoch(), days);
        let four_digits = (0..=9999).contains(&day.year());
        prop_assert_eq!(Date::parse_iso(&day.to_string()).is_some(), four_digits);
    }
}

// ----------------------------------------------------------------------------------------------
// Stages, on tests/fixtures/mini-progress.toml:
// s1 = m1, m2 (required); s2 = m3 (required), m4 (optional); s3 = m5 (required).

fn progress() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/mini-progress.toml")).unwrap()
}

/// `("m1", "2024-01-10")` marks m1 done on that day; `("-m1", "2024-02-01")` undoes it.
fn events(rows: &[(&str, &str)]) -> Vec<MilestoneEvent> {
    rows.iter()
        .map(|(milestone, on)| MilestoneEvent {
            milestone: ItemId::parse(milestone.trim_start_matches('-')).unwrap(),
            done: !milestone.starts_with('-'),
            on: date(on),
        })
        .collect()
}

fn timeline(rows: &[(&str, &str)], today: &str) -> StageTimeline {
    stage_days(&progress(), &events(rows), date(today))
}

/// Per stage: the day reached ("" when not) and the days spent.
fn summary(timeline: &StageTimeline) -> Vec<(String, Option<i64>)> {
    timeline
        .stages
        .iter()
        .map(|s| {
            let reached = match s.reached {
                Reached::On(day) => day.to_string(),
                Reached::No => String::new(),
                Reached::Always => "always".to_owned(),
            };
            (reached, s.days)
        })
        .collect()
}

fn expect(rows: &[(&str, Option<i64>)]) -> Vec<(String, Option<i64>)> {
    rows.iter().map(|(r, d)| ((*r).to_owned(), *d)).collect()
}

fn current(timeline: &StageTimeline) -> Option<&str> {
    timeline.current_stage.as_ref().map(ItemId::as_str)
}

#[test]
fn stages_reached_in_order_count_until_the_next_or_today_across_a_leap_day() {
    // s1 is reached when its last required milestone, m2, is done (15 Jan); s2 on 28 Feb.
    // s1: 15 Jan → 28 Feb 2024 = 16 + 28 = 44 days. s2 is current: 28 Feb → 1 Mar 2024 = 2 days.
    let timeline = timeline(
        &[
            ("m1", "2024-01-10"),
            ("m4", "2024-01-12"),
            ("m2", "2024-01-15"),
            ("m3", "2024-02-28"),
        ],
        "2024-03-01",
    );
    assert_eq!(
        summary(&timeline),
        expect(&[
            ("2024-01-15", Some(44)),
            ("2024-02-28", Some(2)),
            ("", None)
        ])
    );
    assert_eq!(current(&timeline), Some("s2"));
}

#[test]
fn undoing_a_milestone_un_reaches_its_stage() {
    let history = [
        ("m1", "2024-01-10"),
        ("m2", "2024-01-15"),
        ("m3", "2024-02-01"),
        ("-m3", "2024-02-10"),
    ];
    // s2 was reached on 1 Feb, then m3 was undone: s2 is not reached and s1 is current again,
    // counting from 15 Jan to today, 1 Mar: 16 + 29 + 1 = 46 days.
    let undone = timeline(&history, "2024-03-01");
    assert_eq!(
        summary(&undone),
        expect(&[("2024-01-15", Some(46)), ("", None), ("", None)])
    );
    assert_eq!(current(&undone), Some("s1"));
    // m3 redone on 20 Feb: s2 is reached on the redo's day. s1: 15 Jan → 20 Feb = 36 days;
    // s2: 20 Feb → 1 Mar 2024 = 10 days (29 February included).
    let redone = [&history[..], &[("m3", "2024-02-20")]].concat();
    let redone = timeline(&redone, "2024-03-01");
    assert_eq!(
        summary(&redone),
        expect(&[
            ("2024-01-15", Some(36)),
            ("2024-02-20", Some(10)),
            ("", None)
        ])
    );
    assert_eq!(current(&redone), Some("s2"));
}

#[test]
fn undoing_an_earlier_stage_keeps_the_later_one_current_as_progress_status_does() {
    // m2 undone after s2 was reached: s1 is no longer reached, but s2 is (its required m3 is
    // done), and the current stage is the furthest reached: s2, since 1 Feb.
    let timeline = timeline(
        &[
            ("m1", "2024-01-10"),
            ("m2", "2024-01-15"),
            ("m3", "2024-02-01"),
            ("-m2", "2024-02-10"),
        ],
        "2024-03-01",
    );
    assert_eq!(
        summary(&timeline),
        expect(&[("", None), ("2024-02-01", Some(29)), ("", None)])
    );
    assert_eq!(current(&timeline), Some("s2"));
}

#[test]
fn a_stage_is_reached_when_its_last_required_milestone_was_done_even_if_recorded_first() {
    // m2 is recorded first but dated 20 Jan; m1, recorded later, is backdated to 5 Jan. s1 was
    // complete only on 20 Jan. A second done event for m2 corrects its day to 18 Jan.
    let recorded = [("m2", "2024-01-20"), ("m1", "2024-01-05")];
    assert_eq!(
        summary(&timeline(&recorded, "2024-01-30"))[0],
        ("2024-01-20".to_owned(), Some(10))
    );
    let corrected = [&recorded[..], &[("m2", "2024-01-18")]].concat();
    assert_eq!(
        summary(&timeline(&corrected, "2024-01-30"))[0],
        ("2024-01-18".to_owned(), Some(12))
    );
}

#[test]
fn a_stage_overtaken_before_it_was_reached_counts_zero_days() {
    // s3 (m5) reached on 1 Feb, s1 on 15 Jan, s2 only on 10 Feb: s3 was already current, so s2
    // never was. s1 ends when s3 is reached: 17 days. s3 is current: 1 Feb → 1 Mar = 29 days.
    let timeline = timeline(
        &[
            ("m1", "2024-01-10"),
            ("m2", "2024-01-15"),
            ("m5", "2024-02-01"),
            ("m3", "2024-02-10"),
        ],
        "2024-03-01",
    );
    assert_eq!(
        summary(&timeline),
        expect(&[
            ("2024-01-15", Some(17)),
            ("2024-02-10", Some(0)),
            ("2024-02-01", Some(29))
        ])
    );
    assert_eq!(current(&timeline), Some("s3"));
}

#[test]
fn no_days_are_counted_past_today() {
    // Reached on a day after `today` (a typo, or a clock behind): 0 days, never negative.
    let timeline = timeline(&[("m1", "2024-05-01"), ("m2", "2024-05-02")], "2024-03-01");
    assert_eq!(summary(&timeline)[0], ("2024-05-02".to_owned(), Some(0)));
}

#[test]
fn without_a_reached_stage_the_organization_has_not_started() {
    let cases: [&[(&str, &str)]; 4] = [
        &[],
        &[("m4", "2024-01-12")],
        &[("m1", "2024-01-10")],
        &[
            ("m1", "2024-01-10"),
            ("m2", "2024-01-15"),
            ("-m1", "2024-01-20"),
        ],
    ];
    for rows in cases {
        let timeline = timeline(rows, "2024-03-01");
        assert_eq!(
            summary(&timeline),
            expect(&[("", None), ("", None), ("", None)]),
            "{rows:?}"
        );
        assert_eq!(current(&timeline), None, "{rows:?}");
    }
}

#[test]
fn a_stage_without_required_milestones_is_reached_from_the_outset() {
    let instrument = Instrument::parse(
        r#"
        id = "two-stages"
        version = 1
        kind = "progress"
        title = "t"

        [[stages]]
        id = "s1"
        title = "t-s1"
        items = [{ id = "m1", type = "milestone", text = "t-m1", required = true }]

        [[stages]]
        id = "s2"
        title = "t-s2"
        items = [{ id = "m2", type = "milestone", text = "t-m2" }]
        "#,
    )
    .unwrap();
    let timeline = stage_days(
        &instrument,
        &events(&[("m1", "2024-01-10")]),
        date("2024-03-01"),
    );
    // progress_status makes s2 current from the start, so s1 was never current: 0 days.
    assert_eq!(timeline.stages[0].reached, Reached::On(date("2024-01-10")));
    assert_eq!(timeline.stages[0].days, Some(0));
    assert_eq!(
        (timeline.stages[1].reached, timeline.stages[1].days),
        (Reached::Always, None)
    );
    assert_eq!(current(&timeline), Some("s2"));
}

proptest! {
    #[test]
    fn days_partition_the_time_since_the_first_stage_was_reached(
        history in proptest::collection::vec((0usize..5, any::<bool>(), 0i64..120), 0..25),
        after in 0i64..60,
    ) {
        let start = date("2024-01-01");
        let rows: Vec<MilestoneEvent> = history
            .iter()
            .map(|&(m, done, offset)| MilestoneEvent {
                milestone: ItemId::parse(&format!("m{}", m + 1)).unwrap(),
                done,
                on: start.add_days(offset).unwrap(),
            })
            .collect();
        let today = start.add_days(120 + after).unwrap();
        let timeline = stage_days(&progress(), &rows, today);
        let done: BTreeSet<ItemId> = done_milestones(&rows).into_keys().collect();
        let status = progress_status(&progress(), &done);
        prop_assert_eq!(&timeline.current_stage, &status.current_stage);
        let mut first = None;
        let mut total = 0;
        for (stage, completion) in timeline.stages.iter().zip(&status.stages) {
            prop_assert_eq!(matches!(stage.reached, Reached::On(_)), completion.reached);
            prop_assert_eq!(stage.days.is_some(), completion.reached);
            if let Reached::On(day) = stage.reached {
                first = Some(first.map_or(day, |f: Date| f.min(day)));
            }
            total += stage.days.unwrap_or(0);
        }
        // The spells in each stage do not overlap, and together cover first reach → today.
        if let Some(first) = first {
            prop_assert_eq!(total, first.days_until(today));
        }
    }
}
