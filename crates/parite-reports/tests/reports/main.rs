//! All integration tests of parite-reports in one binary.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers and fixtures outside #[test] functions; a failure should panic"
)]

mod charts;
mod csv_aggregates;
mod csv_items;
mod csv_raw;
mod demo;
mod injection;
mod layout;
mod remainder;
mod same_name;
mod summary;
mod summary_privacy;
mod support_charts;
mod svg;
mod syntax;

use std::sync::{Arc, OnceLock};

use parite_core::Instrument;
use parite_i18n::{Locale, Localizer, Texts};

pub fn localizer() -> Arc<Localizer> {
    static LOCALIZER: OnceLock<Arc<Localizer>> = OnceLock::new();
    LOCALIZER
        .get_or_init(|| Arc::new(Localizer::embedded(Locale::fr_ca()).unwrap()))
        .clone()
}

pub fn fr() -> Texts {
    Texts::new(localizer(), Locale::fr_ca())
}

pub fn en() -> Texts {
    Texts::new(localizer(), Locale::en_ca())
}

pub fn survey() -> Instrument {
    Instrument::parse(include_str!("../../../../surveys/team-survey.toml")).unwrap()
}

pub fn checklist() -> Instrument {
    Instrument::parse(include_str!("../../../../surveys/fidelity.toml")).unwrap()
}

pub fn progress() -> Instrument {
    Instrument::parse(include_str!("../../../../surveys/progress.toml")).unwrap()
}

/// Reads CSV bytes back: checks and strips the BOM, returns the header and the records.
pub fn read_csv(bytes: &[u8], delimiter: u8, bom: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let body = if bom {
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "the file starts with a UTF-8 BOM"
        );
        &bytes[3..]
    } else {
        assert!(!bytes.starts_with(b"\xEF\xBB\xBF"));
        bytes
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(body);
    let headers = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let records = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (headers, records)
}

/// A number as written in either locale's CSV.
pub fn parse_number(text: &str) -> f64 {
    text.replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("{text:?} is a number"))
}
