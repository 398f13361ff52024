//! Formula injection: text that a spreadsheet would run is neutralized; our numbers are not.

use parite_core::aggregate::{ByGroup, Estimate, IndexAggregate, Interval};
use parite_core::suppression::MinCell;
use parite_core::{IndexKind, ItemId, MessageId};
use parite_reports::export::{BarrierTableWriter, CsvOptions, neutralize};

use crate::{en, read_csv};

#[test]
fn dangerous_leading_characters_are_prefixed_and_the_rest_is_left_alone() {
    let cases = [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Centre Horizon", "Centre Horizon"),
        ("a=1", "a=1"),
        ("", ""),
        ("« Culture »", "« Culture »"),
    ];
    for (input, expected) in cases {
        assert_eq!(neutralize(input), expected, "{input:?}");
    }
}

#[test]
fn an_organization_named_like_a_formula_is_written_as_text_and_a_negative_bound_as_a_number() {
    let estimate = Estimate {
        n: 12,
        mean: Some(1.5),
        sd: Some(2.0),
        ci95: Some(Interval {
            low: -0.25,
            high: 2.75,
        }),
        major_share: Some(0.0),
    };
    let aggregate = IndexAggregate {
        organization_id: "org-1".to_owned(),
        organization: "=HYPERLINK(\"http://evil\",\"x\")".to_owned(),
        wave_id: "wave-1".to_owned(),
        wave: "@T1".to_owned(),
        wave_order: 1,
        instrument_version: 1,
        index: ItemId::parse("culture").unwrap(),
        kind: IndexKind::Barrier,
        label: MessageId::parse("team-survey-index-culture").unwrap(),
        estimates: ByGroup {
            all: estimate,
            peer: estimate,
            professional: estimate,
        },
    };
    let texts = en();
    let options = CsvOptions::for_locale(texts.locale());
    let mut writer =
        BarrierTableWriter::new(Vec::new(), &texts, MinCell::clamped(3), &options).unwrap();
    writer.write(&aggregate).unwrap();
    let (_, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    assert_eq!(rows[0][0], "'=HYPERLINK(\"http://evil\",\"x\")");
    assert_eq!(rows[0][1], "'@T1");
    assert_eq!(rows[0][8], "-0.25", "our own number, never prefixed");
}
