use super::*;

fn id(s: &str) -> ItemId {
    ItemId::parse(s).unwrap()
}

fn code(s: &str) -> ChoiceCode {
    ChoiceCode::parse(s).unwrap()
}

fn numeric(_: &ItemId, answer: &Answer) -> Option<f64> {
    match answer {
        Answer::Choice(c) => c.as_str().parse().ok(),
        Answer::Number(n) => Some(*n),
        _ => None,
    }
}

#[test]
fn parses_the_documented_examples() {
    assert_eq!(
        Condition::parse("role in [peer, provider]").unwrap(),
        Condition::Test {
            item: id("role"),
            test: Test::In(vec![code("peer"), code("provider")])
        }
    );
    assert_eq!(
        Condition::parse("b_div_2 >= 4").unwrap(),
        Condition::Test {
            item: id("b_div_2"),
            test: Test::Compare(Comparison::GreaterOrEqual, 4.0)
        }
    );
    let combined = Condition::parse("role = peer and not (r_1 <= 2)").unwrap();
    assert_eq!(
        combined,
        Condition::And(vec![
            Condition::Test {
                item: id("role"),
                test: Test::Equals(code("peer"))
            },
            Condition::Not(Box::new(Condition::Test {
                item: id("r_1"),
                test: Test::Compare(Comparison::LessOrEqual, 2.0)
            })),
        ])
    );
}

#[test]
fn and_binds_tighter_than_or() {
    let c = Condition::parse("a = x or b = y and c answered").unwrap();
    let Condition::Or(parts) = c else {
        panic!("expected or")
    };
    assert!(matches!(parts[1], Condition::And(_)));
}

#[test]
fn rejects_malformed_conditions_with_a_position() {
    let cases = [
        ("", 0, "empty condition"),
        ("role in [peer", 13, "expected ']'"),
        ("role ~ peer", 5, "unexpected character '~'"),
        (
            "role peer",
            5,
            "expected =, !=, <, <=, >, >=, in or answered",
        ),
        ("q7 >= high", 6, "expected a number"),
        ("q7 >= 4 q8", 8, "unexpected text after the condition"),
        ("role = \"peer", 7, "unclosed quote"),
        ("(role = peer", 12, "expected ')'"),
        ("and = x", 0, "expected an item id"),
    ];
    for (text, at, what) in cases {
        let err = Condition::parse(text).unwrap_err();
        assert_eq!((err.at, err.what.as_str()), (at, what), "{text}");
    }
}

#[test]
fn evaluates_against_answers() {
    let mut answers = Answers::new();
    answers.insert(id("role"), Answer::Choice(code("peer")));
    answers.insert(id("q7"), Answer::Choice(code("4")));
    answers.insert(id("q8"), Answer::Choice(code("dk")));
    answers.insert(id("langs"), Answer::Choices(vec![code("fr"), code("en")]));
    let cases = [
        ("role = peer", true),
        ("role != peer", false),
        ("role in [staff, peer]", true),
        ("q7 >= 4", true),
        ("q7 > 4", false),
        ("q8 >= 1", false),
        ("q8 < 100", false),
        ("missing answered", false),
        ("missing = x", false),
        ("not missing answered", true),
        ("langs = en", true),
        ("langs in [es, de]", false),
        ("role = peer and q7 < 3 or langs = fr", true),
        ("role = peer and (q7 < 3 or langs = es)", false),
    ];
    for (text, expected) in cases {
        assert_eq!(
            Condition::parse(text).unwrap().holds(&answers, &numeric),
            expected,
            "{text}"
        );
    }
}

#[test]
fn display_is_canonical_and_parses_back() {
    for text in [
        "role in [peer, provider]",
        "b_div_2 >= 4",
        "role = peer and not (r_1 <= 2)",
        "(a = x or b = y) and c answered",
        "a = \"and\"",
        "not not (a answered)",
        "a < -1.5",
    ] {
        let parsed = Condition::parse(text).unwrap();
        assert_eq!(parsed.to_string(), text);
        assert_eq!(Condition::parse(&parsed.to_string()).unwrap(), parsed);
    }
}
