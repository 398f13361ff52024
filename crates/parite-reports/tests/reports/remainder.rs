//! What a reader can work out from one downloaded table: respondents outside the role groups
//! ("other", "prefer not to say") must not be derivable by subtraction.

use parite_core::suppression::MinCell;
use parite_reports::export::{
    BarrierTableWriter, CsvOptions, HeaderStyle, ParticipationTableWriter,
};

use crate::demo::{Lcg, accumulate, wave};
use crate::{en, read_csv, survey};

fn codes() -> CsvOptions {
    CsvOptions {
        headers: HeaderStyle::Codes,
        ..CsvOptions::for_locale(en().locale())
    }
}

fn number(cell: &str) -> Option<f64> {
    cell.parse().ok()
}

#[test]
fn one_respondent_outside_the_groups_cannot_be_worked_out_from_the_downloaded_tables() {
    let instrument = survey();
    let mut rng = Lcg::new(7);
    // 6 peers, 6 professionals (both at least k = 5) and one "other".
    let responses = wave(
        &instrument,
        &mut rng,
        ("o1", "Maison Alpha"),
        (6, 6, 1),
        3.0,
    );
    let aggregates = accumulate(&instrument, &responses);
    let texts = en();
    let k = MinCell::DEFAULT;

    let mut writer = BarrierTableWriter::new(Vec::new(), &texts, k, &codes()).unwrap();
    for aggregate in &aggregates.indices {
        writer.write(aggregate).unwrap();
    }
    let (headers, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    let (group, n) = (
        headers.iter().position(|h| h == "group").unwrap(),
        headers.iter().position(|h| h == "n").unwrap(),
    );
    let mut protected = 0;
    // Three rows per index: everyone, peers, professionals. A hidden row has neither n nor
    // mean, so a derived count is what any derived mean would need.
    for line in rows.chunks(3) {
        assert_eq!(
            line.iter().map(|r| r[group].as_str()).collect::<Vec<_>>(),
            ["all", "peer", "professional"]
        );
        let counts: Vec<Option<f64>> = line.iter().map(|r| number(&r[n])).collect();
        match counts[..] {
            [Some(all), Some(peer), Some(professional)] => {
                // All three shown: what is left over must be nobody.
                let left = all - peer - professional;
                assert_eq!(left, 0.0, "{line:?}: {left} respondent(s) derivable");
            }
            _ => protected += 1,
        }
    }
    assert!(protected > 0, "the lone respondent answered some index");

    let mut writer = ParticipationTableWriter::new(Vec::new(), &texts, k, &codes()).unwrap();
    for participation in &aggregates.participation {
        writer.write(participation).unwrap();
    }
    let (_, rows) = read_csv(&writer.finish().unwrap(), b',', true);
    let responses: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(responses[0], "13", "everyone is still counted");
    assert!(
        responses[1..].contains(&"hidden to protect another group"),
        "13 − 6 − 6 would give the lone respondent away: {responses:?}"
    );
}
