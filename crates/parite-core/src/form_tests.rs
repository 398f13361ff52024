use super::*;

fn survey() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/mini-survey.toml")).unwrap()
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn page(
    group: &str,
    earlier: &Answers,
    pairs: &[(&str, &str)],
) -> Result<PageAnswers, FormRejection> {
    let survey = survey();
    let group = survey.group(group).unwrap().clone();
    decode_page(&survey, &group, earlier, &fields(pairs))
}

fn id(s: &str) -> ItemId {
    ItemId::parse(s).unwrap()
}

#[test]
fn valid_answers_are_decoded_to_codes_and_numbers() {
    let page = page(
        "about",
        &Answers::new(),
        &[("role", "peer"), ("years", " 3 "), ("_csrf", "x")],
    )
    .unwrap();
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert_eq!(
        page.answers[&id("role")],
        Answer::Choice(ChoiceCode::parse("peer").unwrap())
    );
    assert_eq!(page.answers[&id("years")], Answer::Number(3.0));
}

#[test]
fn errors_are_reported_per_field_and_valid_answers_kept() {
    let page = page("about", &Answers::new(), &[("years", "3,5")]).unwrap();
    assert_eq!(page.errors[&id("role")], FieldError::Required);
    assert_eq!(page.errors[&id("years")], FieldError::NotAWholeNumber);
    assert_eq!(
        page.typed[&id("years")],
        vec!["3,5".to_owned()],
        "what was typed is shown again"
    );
    let page = super::tests::page(
        "about",
        &Answers::new(),
        &[("role", "peer"), ("years", "61")],
    )
    .unwrap();
    assert_eq!(
        page.errors[&id("years")],
        FieldError::OutOfRange {
            min: 0.0,
            max: 60.0
        }
    );
    assert!(page.answers.contains_key(&id("role")));
    let page = super::tests::page(
        "about",
        &Answers::new(),
        &[("role", "admin"), ("years", "ten")],
    )
    .unwrap();
    assert_eq!(page.errors[&id("role")], FieldError::NotAChoice);
    assert_eq!(page.errors[&id("years")], FieldError::NotANumber);
}

#[test]
fn forged_fields_are_rejected_outright() {
    assert_eq!(
        page("about", &Answers::new(), &[("role", "peer"), ("c1", "3")]),
        Err(FormRejection::UnknownField("c1".into())),
        "an item of another page"
    );
    assert_eq!(
        page(
            "about",
            &Answers::new(),
            &[("role", "peer"), ("role", "provider")]
        ),
        Err(FormRejection::DuplicateField("role".into()))
    );
}

#[test]
fn conditions_decide_which_items_are_kept() {
    // c4 is shown only when c2 >= 4, on the same page: its answer is dropped when c2 = 3.
    let hidden = page("culture", &Answers::new(), &[("c2", "3"), ("c4", "5")]).unwrap();
    assert!(!hidden.answers.contains_key(&id("c4")));
    let shown = page("culture", &Answers::new(), &[("c2", "4"), ("c4", "5")]).unwrap();
    assert!(shown.answers.contains_key(&id("c4")));
    // comment depends on role, from an earlier page.
    let mut earlier = Answers::new();
    earlier.insert(
        id("role"),
        Answer::Choice(ChoiceCode::parse("other").unwrap()),
    );
    let ready = page("ready", &earlier, &[("r1", "4"), ("comment", "hello")]).unwrap();
    assert!(!ready.answers.contains_key(&id("comment")));
}

#[test]
fn free_text_is_limited_in_characters_not_bytes() {
    let mut earlier = Answers::new();
    earlier.insert(
        id("role"),
        Answer::Choice(ChoiceCode::parse("peer").unwrap()),
    );
    let accents = "é".repeat(2000);
    let ok = page("ready", &earlier, &[("comment", &accents)]).unwrap();
    assert!(ok.errors.is_empty());
    let long = format!("{accents}é");
    let too_long = page("ready", &earlier, &[("comment", &long)]).unwrap();
    assert_eq!(
        too_long.errors[&id("comment")],
        FieldError::TooLong {
            max: 2000,
            length: 2001
        }
    );
}

#[test]
fn line_breaks_count_once_as_the_browser_counts_them() {
    let mut earlier = Answers::new();
    earlier.insert(
        id("role"),
        Answer::Choice(ChoiceCode::parse("peer").unwrap()),
    );
    // 1,000 lines of one letter: 1,999 characters in the browser, 2,998 as sent.
    let sent = vec!["a"; 1000].join("\r\n");
    let ok = page("ready", &earlier, &[("comment", &sent)]).unwrap();
    assert!(ok.errors.is_empty(), "{:?}", ok.errors);
    assert_eq!(
        ok.answers[&id("comment")],
        Answer::Text(vec!["a"; 1000].join("\n"))
    );
}

#[test]
fn numbers_are_read_as_people_type_them() {
    let cases = [
        ("3,5", Some(3.5)),
        ("3.5", Some(3.5)),
        ("1 234", Some(1234.0)),
        ("1\u{a0}234,5", Some(1234.5)),
        ("-2", Some(-2.0)),
        ("2-", None),
        ("1.2.3", None),
        ("1e400", None),
        ("NaN", None),
        ("inf", None),
        ("", None),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_number(text), expected, "{text:?}");
    }
}
