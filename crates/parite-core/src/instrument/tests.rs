use super::*;

mod roundtrip;

const SURVEY: &str = include_str!("../../tests/fixtures/mini-survey.toml");

#[test]
fn a_valid_survey_parses_into_the_typed_model() {
    let survey = Instrument::parse(SURVEY).unwrap();
    assert_eq!(
        (survey.id.as_str(), survey.version, survey.kind),
        ("mini", 3, InstrumentKind::Survey)
    );
    assert_eq!(survey.groups.len(), 3);
    assert_eq!(survey.items().count(), 9);
    let role = survey.item("role").unwrap();
    assert!(role.required);
    assert_eq!(role.kind.choices()[0].group, Some(RoleGroup::Peer));
    assert!(matches!(
        survey.item("c1").unwrap().kind,
        ItemKind::Likert { reverse: true, .. }
    ));
    assert_eq!(
        survey
            .item("c4")
            .unwrap()
            .show_if
            .as_ref()
            .unwrap()
            .to_string(),
        "c2 >= 4"
    );
    assert_eq!(survey.message_ids().len(), 24);
}

/// Replaces the first occurrence of `from` in the mini survey, or appends `to` when `from` is empty.
fn broken(from: &str, to: &str) -> Vec<Problem> {
    let source = if from.is_empty() {
        format!("{SURVEY}\n{to}")
    } else {
        SURVEY.replacen(from, to, 1)
    };
    assert_ne!(source, SURVEY, "the fixture edit {from:?} did not apply");
    Instrument::parse(&source).unwrap_err().problems
}

#[test]
fn each_problem_names_its_line_and_id() {
    let p = |line: usize, id: &str, kind: ProblemKind| Problem {
        line,
        id: id.into(),
        kind,
    };
    let cases = [
        (
            ("kind = \"survey\"", "kind = \"quiz\""),
            p(
                4,
                "mini",
                ProblemKind::UnknownKind {
                    value: "quiz".into(),
                },
            ),
        ),
        (
            ("id = \"c2\"", "id = \"c1\""),
            p(68, "c1", ProblemKind::DuplicateId { first_line: 60 }),
        ),
        (
            (
                "scale = \"agree5\"\nindex = \"culture\"\ntext = \"mini-c2\"",
                "scale = \"agree6\"\nindex = \"culture\"\ntext = \"mini-c2\"",
            ),
            p(
                70,
                "c2",
                ProblemKind::UnknownScale {
                    scale: "agree6".into(),
                },
            ),
        ),
        (
            (
                "index = \"readiness\"\ntext = \"mini-r1\"",
                "index = \"ready\"\ntext = \"mini-r1\"",
            ),
            p(
                98,
                "r1",
                ProblemKind::UnknownIndex {
                    index: "ready".into(),
                },
            ),
        ),
        (
            ("show_if = \"c2 >= 4\"", "show_if = \"r1 >= 4\""),
            p(
                88,
                "c4",
                ProblemKind::ConditionLaterItem { item: "r1".into() },
            ),
        ),
        (
            ("show_if = \"c2 >= 4\"", "show_if = \"q9 >= 4\""),
            p(
                88,
                "c4",
                ProblemKind::ConditionUnknownItem { item: "q9".into() },
            ),
        ),
        (
            ("show_if = \"c2 >= 4\"", "show_if = \"c2 = 7\""),
            p(
                88,
                "c4",
                ProblemKind::ConditionUnknownCode {
                    item: "c2".into(),
                    code: "7".into(),
                },
            ),
        ),
        (
            ("show_if = \"c2 >= 4\"", "show_if = \"role >= 4\""),
            p(
                88,
                "c4",
                ProblemKind::ConditionNotNumeric {
                    item: "role".into(),
                },
            ),
        ),
        (
            ("show_if = \"c2 >= 4\"", "show_if = \"c2 >=\""),
            p(
                88,
                "c4",
                ProblemKind::ConditionSyntax {
                    detail: "expected a number at character 5".into(),
                },
            ),
        ),
        (
            ("{ code = \"other\"", "{ code = \"peer\""),
            p(
                45,
                "role",
                ProblemKind::DuplicateChoiceCode {
                    code: "peer".into(),
                },
            ),
        ),
        (
            ("min = 0\nmax = 60", "min = 70\nmax = 60"),
            p(49, "years", ProblemKind::BadRange),
        ),
        (
            ("max_length = 2000", "max_length = 2000\nscale = \"agree5\""),
            p(
                109,
                "comment",
                ProblemKind::KeyNotForType {
                    key: "scale".into(),
                    item_type: "text".into(),
                },
            ),
        ),
        (
            ("", "[[sections]]\nid = \"empty\"\ntitle = \"mini-empty\""),
            p(117, "empty", ProblemKind::EmptyGroup),
        ),
        (
            ("role_item = \"role\"", "role_item = \"years\""),
            p(6, "years", ProblemKind::RoleItemNotSingle),
        ),
        (
            ("type = \"text\"", "type = \"essay\""),
            p(
                110,
                "comment",
                ProblemKind::UnknownItemType {
                    value: "essay".into(),
                },
            ),
        ),
        (
            ("type = \"text\"", "type = \"rating\""),
            p(
                109,
                "comment",
                ProblemKind::KeyNotForType {
                    key: "max_length".into(),
                    item_type: "rating".into(),
                },
            ),
        ),
        (
            ("text = \"mini-r2\"", "text = \"2-mini\""),
            p(
                106,
                "r2",
                ProblemKind::BadMessageId {
                    value: "2-mini".into(),
                },
            ),
        ),
        (
            (
                "min_items = 2\n\n[[indices]]\nid = \"readiness\"",
                "min_items = 5\n\n[[indices]]\nid = \"readiness\"",
            ),
            p(
                22,
                "culture",
                ProblemKind::IndexMinItemsTooHigh {
                    min_items: 5,
                    items: 4,
                },
            ),
        ),
    ];
    for ((from, to), expected) in cases {
        let problems = broken(from, to);
        assert!(
            problems.contains(&expected),
            "{to:?}: expected {expected:?} in {problems:#?}"
        );
    }
}

#[test]
fn toml_syntax_errors_and_wrong_shapes_name_their_line() {
    let problems = broken("version = 3", "version = three");
    assert_eq!(
        (
            problems[0].line,
            matches!(problems[0].kind, ProblemKind::Syntax { .. })
        ),
        (3, true)
    );
    let problems = broken("required = true", "required = \"yes\"");
    assert_eq!(problems[0].line, 41);
    let problems = broken("multiline = true", "multi_line = true");
    let ProblemKind::Syntax { detail } = &problems[0].kind else {
        panic!("{problems:?}")
    };
    assert!(detail.contains("multi_line"), "{detail}");
}

#[test]
fn a_checklist_needs_domains_and_bands_and_takes_only_ratings() {
    let checklist = include_str!("../../tests/fixtures/mini-checklist.toml");
    let no_bands = checklist.replacen("[scoring]\nbands", "[scoring]\nno_bands", 1);
    assert!(Instrument::parse(&no_bands).is_err());
    let likert = checklist.replacen(
        "type = \"rating\", text = \"mini-a\"",
        "type = \"likert\", text = \"mini-a\", scale = \"x\"",
        1,
    );
    let problems = Instrument::parse(&likert).unwrap_err().problems;
    assert!(problems.iter().any(|p| p.id == "a"), "{problems:?}");
    let sections = checklist.replace("[[domains]]", "[[sections]]");
    let problems = Instrument::parse(&sections).unwrap_err().problems;
    assert!(
        problems.iter().any(|p| p.kind
            == ProblemKind::MissingGroups {
                key: "domains".into()
            }),
        "{problems:?}"
    );
    let bands = checklist.replacen("min = 60.0", "min = 90.0", 1);
    let problems = Instrument::parse(&bands).unwrap_err().problems;
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::BandsOutOfOrder),
        "{problems:?}"
    );
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let source = SURVEY
        .replacen("scale = \"agree5\"", "scale = \"nope\"", 2)
        .replacen("text = \"mini-r2\"", "text = \"_bad\"", 1);
    let problems = Instrument::parse(&source).unwrap_err().problems;
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems.windows(2).all(|w| w[0].line <= w[1].line),
        "sorted by line"
    );
}
