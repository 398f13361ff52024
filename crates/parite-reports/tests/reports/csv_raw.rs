//! Raw response exports: long, wide, codebook, and streaming at scale.

use parite_core::{Instrument, ItemId};
use parite_reports::export::{
    AnswerRow, CsvOptions, Delimiter, HeaderStyle, ResponsesLongWriter, ResponsesWideWriter,
    write_codebook,
};

use crate::{en, fr, read_csv, survey};

fn row(response: &str, item: &str, value: &str) -> AnswerRow {
    AnswerRow {
        response_id: response.to_owned(),
        organization: "Centre Horizon".to_owned(),
        wave: "T1".to_owned(),
        locale: "fr-CA".to_owned(),
        role: Some("peer".to_owned()),
        item_id: ItemId::parse(item).unwrap(),
        value: value.to_owned(),
    }
}

fn sample() -> Vec<AnswerRow> {
    vec![
        row("r1", "role", "peer"),
        row("r1", "b_cult_1", "4"),
        row("r1", "b_cult_2", "dk"),
        row("r1", "t_barrier", "=HYPERLINK(\"http://x\")"),
        row("r2", "role", "peer"),
        row("r2", "b_cult_1", "2"),
    ]
}

#[test]
fn long_format_has_one_row_per_value_with_labels_in_the_readers_language() {
    let instrument = survey();
    for (texts, delimiter) in [
        (fr(), Delimiter::Semicolon),
        (en(), Delimiter::Comma),
        (fr(), Delimiter::Comma),
    ] {
        let options = CsvOptions {
            delimiter,
            ..CsvOptions::for_locale(texts.locale())
        };
        let mut writer =
            ResponsesLongWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
        for answer in sample() {
            writer.write(&answer).unwrap();
        }
        let (headers, rows) = read_csv(&writer.finish().unwrap(), delimiter.byte(), true);
        assert_eq!(headers.len(), 8);
        // Free text is left out unless asked for.
        assert_eq!(rows.len(), 5);
        let agree = texts.t("scale-agree5-4");
        assert_eq!(rows[1][5..], ["b_cult_1".to_owned(), "4".to_owned(), agree]);
        assert_eq!(rows[2][7], texts.t("scale-agree5-dk"));
        assert_eq!(rows[0][7], texts.t("team-survey-role-peer"));
    }
    assert_eq!(fr().t("scale-agree5-4"), "Plutôt d’accord");
}

#[test]
fn free_text_is_exported_only_when_asked_and_then_neutralized() {
    let instrument = survey();
    let texts = en();
    let options = CsvOptions {
        include_free_text: true,
        ..CsvOptions::for_locale(texts.locale())
    };
    let mut writer = ResponsesLongWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
    for answer in sample() {
        writer.write(&answer).unwrap();
    }
    let (_, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    let text = rows.iter().find(|r| r[5] == "t_barrier").unwrap();
    assert_eq!(text[6], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn wide_format_has_one_row_per_response_and_a_codebook() {
    let instrument = survey();
    let texts = fr();
    let options = CsvOptions::for_locale(texts.locale());
    let mut writer = ResponsesWideWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
    for answer in sample() {
        writer.write(&answer).unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b';', true);
    assert_eq!(headers[..2], ["Réponse".to_owned(), "Organisme".to_owned()]);
    let column = |id: &str| headers.iter().position(|h| h == id).unwrap();
    assert!(
        !headers.iter().any(|h| h == "t_barrier"),
        "no free-text column by default"
    );
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (
            rows[0][column("b_cult_1")].as_str(),
            rows[0][column("b_cult_2")].as_str()
        ),
        ("4", "dk")
    );
    assert_eq!(rows[1][column("b_cult_2")], "", "unanswered is empty");
    assert_eq!(headers[4], "Rôle");
    assert_eq!(rows[1][4], "peer");
    assert!(
        !headers.iter().any(|h| h == "role"),
        "the role item's answer is the Rôle column, not a second one"
    );

    let bytes = write_codebook(Vec::new(), &instrument, &texts, &options).unwrap();
    let (headers, rows) = read_csv(&bytes, b';', true);
    assert_eq!(headers[4], "Énoncé");
    let points: Vec<&Vec<String>> = rows.iter().filter(|r| r[1] == "b_cult_1").collect();
    assert_eq!(points.len(), 6, "five scored points and don't know");
    assert_eq!(points[0][0], "1", "the version");
    assert_eq!(
        points[4][9..],
        ["5".to_owned(), texts.t("scale-agree5-5"), "5".to_owned()]
    );
    assert_eq!(points[5][11], "", "don't know has no score");
    assert_eq!(points[0][5], "culture");
    let divide_example: Vec<&Vec<String>> =
        rows.iter().filter(|r| r[1] == "t_divide_example").collect();
    assert!(
        divide_example.is_empty(),
        "free text is not a column by default"
    );
}

#[test]
fn a_number_item_is_a_number_cell_with_the_locales_decimal_separator() {
    let instrument = Instrument::parse(include_str!(
        "../../../parite-core/tests/fixtures/mini-survey.toml"
    ))
    .unwrap();
    for (texts, expected) in [(fr(), "-0,25"), (en(), "-0.25")] {
        let options = CsvOptions {
            headers: HeaderStyle::Codes,
            ..CsvOptions::for_locale(texts.locale())
        };
        let mut writer =
            ResponsesWideWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
        writer.write(&row("r1", "years", "-0.25")).unwrap();
        let (headers, rows) = read_csv(&writer.finish().unwrap(), options.delimiter.byte(), true);
        let years = headers.iter().position(|h| h == "years").unwrap();
        assert_eq!(rows[0][years], expected, "a number, so not prefixed with '");
        assert_eq!(
            headers[..5],
            ["response_id", "organization", "wave", "locale", "role"]
        );
    }
    let texts = en();
    let options = CsvOptions::for_locale(texts.locale());
    let mut writer = ResponsesWideWriter::new(Vec::new(), &instrument, &texts, &options).unwrap();
    assert!(
        writer.write(&row("r1", "nope", "1")).is_err(),
        "an unknown item is an error"
    );
}

#[test]
fn two_hundred_thousand_rows_stream_to_a_sink_without_being_collected() {
    let instrument = survey();
    let texts = fr();
    let options = CsvOptions::for_locale(texts.locale());
    let items = ["b_cult_1", "b_prec_2", "r_3", "role"];
    let rows = (0..200_000_u32).map(|i| {
        let item = items[i as usize % items.len()];
        let value = if item == "role" {
            "provider".to_owned()
        } else {
            (i % 5 + 1).to_string()
        };
        AnswerRow {
            response_id: format!("r{}", i / 4),
            organization: "Centre Horizon".to_owned(),
            wave: "T1".to_owned(),
            locale: "fr-CA".to_owned(),
            role: Some("provider".to_owned()),
            item_id: ItemId::parse(item).unwrap(),
            value,
        }
    });
    let mut writer =
        ResponsesLongWriter::new(std::io::sink(), &instrument, &texts, &options).unwrap();
    let mut written = 0_u32;
    for answer in rows {
        writer.write(&answer).unwrap();
        written += 1;
    }
    writer.finish().unwrap();
    assert_eq!(written, 200_000);
}
