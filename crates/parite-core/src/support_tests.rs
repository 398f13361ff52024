use super::*;

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

#[test]
fn the_shipped_kinds_load_with_their_topics() {
    let kinds = SupportKinds::parse(include_str!("../../../support/kinds.toml")).unwrap();
    let ids: Vec<&str> = kinds.iter().map(|kind| kind.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "training",
            "coaching",
            "wrap",
            "evaluation-oversight",
            "community-of-practice",
            "other"
        ]
    );
    let training = kinds.get("training").unwrap();
    assert!(
        training
            .topics
            .iter()
            .any(|t| t.id.as_str() == "anti-oppression")
    );
    assert!(kinds.get("wrap").unwrap().wrap);
    assert!(kinds.get("other").unwrap().named_label);
    assert!(
        kinds
            .message_ids()
            .any(|m| m.as_str() == "support-topic-peer-support-values")
    );
}

#[test]
fn a_broken_kinds_file_names_the_kind_and_the_problem() {
    let problems = SupportKinds::parse(
        "[[kinds]]\nid = \"coaching\"\nlabel = \"support-kind-coaching\"\n\
         [[kinds]]\nid = \"coaching\"\nlabel = \"support-kind-coaching\"\n\
         [[kinds]]\nid = \"bad id\"\nlabel = \"x\"\n",
    )
    .unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].kind, "coaching");
    assert!(problems[0].problem.contains("given twice"));
    assert_eq!(problems[1].kind, "bad id");
    assert!(problems[1].problem.starts_with("id:"));
    let unknown = SupportKinds::parse("[[kinds]]\nid = \"a\"\nlabel = \"b\"\ncolour = 1\n");
    assert!(unknown.unwrap_err()[0].problem.contains("colour"));
    assert!(SupportKinds::parse("kinds = []").is_err());
}

#[test]
fn a_series_plans_every_date_until_the_last_inclusive() {
    let every_second_week = Repeat {
        every_weeks: 2,
        until: date("2027-06-22"),
    };
    // Every second Tuesday from 2027-01-05 until 2027-06-22, itself a session.
    let dates = session_dates(date("2027-01-05"), Some(every_second_week)).unwrap();
    assert_eq!(dates.len(), 13);
    assert_eq!(dates[1], date("2027-01-19"));
    assert_eq!(
        dates.last(),
        Some(&date("2027-06-22")),
        "the last day is included"
    );
    assert_eq!(
        session_dates(date("2027-01-05"), None).unwrap(),
        [date("2027-01-05")]
    );
}

#[test]
fn an_impossible_series_is_refused_with_its_reason() {
    let first = date("2027-01-05");
    let repeat = |every_weeks, until| {
        Some(Repeat {
            every_weeks,
            until: date(until),
        })
    };
    assert_eq!(
        session_dates(first, repeat(0, "2027-03-01")),
        Err(SeriesError::BadInterval)
    );
    assert_eq!(
        session_dates(first, repeat(1, "2026-12-01")),
        Err(SeriesError::EndsBeforeItStarts)
    );
    assert_eq!(
        session_dates(first, repeat(1, "2030-01-01")),
        Err(SeriesError::TooMany)
    );
}

#[test]
fn attendance_counts_cannot_say_more_completed_than_came() {
    let came = Attendance {
        peers: 3,
        staff: 5,
        wrap_completed: Some(3),
    };
    assert_eq!(came.check(), Ok(()));
    let impossible = Attendance {
        wrap_completed: Some(4),
        ..came
    };
    assert_eq!(
        impossible.check(),
        Err(AttendanceError::MoreCompletedThanCame)
    );
    assert_eq!(
        SessionLanguage::from_code("both"),
        Some(SessionLanguage::Both)
    );
}
