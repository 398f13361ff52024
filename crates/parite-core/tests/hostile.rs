//! Hostile input never panics: whatever text reaches the instrument parser, the condition parser
//! or the form decoder, the answer is a value or a clear error.

use parite_core::form::{decode_page, parse_number};
use parite_core::{Answers, Condition, Instrument};
use proptest::prelude::*;

const SURVEY: &str = include_str!("../../../surveys/team-survey.toml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_parsed_or_refused_with_lines_inside_the_file(text in "\\PC{0,400}") {
        if let Err(failure) = Instrument::parse(&text) {
            let lines = text.lines().count().max(1);
            for problem in failure.problems {
                prop_assert!(problem.line >= 1 && problem.line <= lines + 1, "{problem:?}");
            }
        }
    }

    #[test]
    fn a_damaged_shipped_survey_never_panics(at in 0usize..12_000, insert in "\\PC{0,12}", cut in 0usize..40) {
        let mut text: String = SURVEY.to_owned();
        let at = (0..=at.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let end = (at..=(at + cut).min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(at);
        text.replace_range(at..end, &insert);
        let _ = Instrument::parse(&text);
    }

    #[test]
    fn conditions_parse_or_fail_and_parsed_ones_round_trip(text in "[a-z0-9_ <>=!\\[\\],()\"]{0,60}") {
        if let Ok(condition) = Condition::parse(&text) {
            let again = Condition::parse(&condition.to_string());
            prop_assert_eq!(again.ok(), Some(condition));
        }
    }

    #[test]
    fn any_form_fields_are_decoded_or_rejected(fields in proptest::collection::vec(("[a-z_0-9]{0,12}", "\\PC{0,30}"), 0..30)) {
        let survey = Instrument::parse(SURVEY).expect("shipped survey");
        for group in &survey.groups {
            let _ = decode_page(&survey, group, &Answers::new(), &fields);
        }
    }

    #[test]
    fn numbers_typed_anyhow_are_finite_or_refused(text in "\\PC{0,20}") {
        if let Some(n) = parse_number(&text) {
            prop_assert!(n.is_finite());
        }
    }
}
