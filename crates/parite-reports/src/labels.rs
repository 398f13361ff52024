//! Localized words shared by the CSV writers and the charts.

use parite_core::aggregate::Subgroup;
use parite_core::support::SupportKinds;
use parite_core::support::figures::Quarter;
use parite_core::suppression::{MinCell, Reason};
use parite_core::{Instrument, InstrumentKind, SupportKindId};
use parite_i18n::Texts;

use crate::ReportError;

/// What stands in for a hidden figure, saying why it is hidden: "fewer than 5 respondents"
/// (its own count is small) or "hidden to protect another group" (complementary). Both are
/// true of every cell they label, so a group of 12 is never said to be under 5.
#[derive(Debug, Clone)]
pub(crate) struct HiddenLabels {
    primary: String,
    complementary: String,
}

impl HiddenLabels {
    pub(crate) fn new(texts: &Texts, k: MinCell) -> HiddenLabels {
        HiddenLabels {
            primary: texts.t1("reports-hidden-primary", "k", k.get()),
            complementary: texts.t("reports-hidden-complementary"),
        }
    }

    /// The label of a cell hidden for `reason`.
    pub(crate) fn of(&self, reason: Reason) -> &str {
        match reason {
            Reason::Primary => &self.primary,
            Reason::Complementary => &self.complementary,
        }
    }
}

/// "Everyone", "Peers", "Professionals".
pub(crate) fn group(texts: &Texts, group: Subgroup) -> String {
    texts.t(match group {
        Subgroup::All => "reports-group-all",
        Subgroup::Peer => "reports-group-peer",
        Subgroup::Professional => "reports-group-professional",
    })
}

/// Refuses an instrument of another kind than the report needs.
pub(crate) fn expect_kind(
    instrument: &Instrument,
    expected: InstrumentKind,
) -> Result<(), ReportError> {
    if instrument.kind == expected {
        Ok(())
    } else {
        Err(ReportError::WrongInstrument {
            instrument: instrument.id.to_string(),
            expected: expected.code(),
            found: instrument.kind.code(),
        })
    }
}

/// An interval as `[2.0, 4.5]` / `[2,0 ; 4,5]`, negative bounds with a minus sign.
pub(crate) fn interval(texts: &Texts, low: f64, high: f64, digits: u8) -> String {
    texts.t2(
        "reports-interval",
        ("low", number(texts, low, digits)),
        ("high", number(texts, high, digits)),
    )
}

/// A number for reading, a negative one with the minus sign U+2212 (`−0,70`), as typography
/// asks in both languages; the CSV keeps the ASCII hyphen that spreadsheets parse.
pub(crate) fn number(texts: &Texts, value: f64, digits: u8) -> String {
    let text = texts.decimal(value, digits);
    match text.strip_prefix('-') {
        Some(magnitude) => format!("\u{2212}{magnitude}"),
        None => text,
    }
}

/// A change with its sign always written: `+0,25`, `−0,70`, `0,00`.
pub(crate) fn signed(texts: &Texts, value: f64, digits: u8) -> String {
    let text = number(texts, value, digits);
    let nonzero = text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if value > 0.0 && nonzero {
        format!("+{text}")
    } else {
        text
    }
}

/// The note under every chart title about hidden figures.
pub(crate) fn suppression_note(texts: &Texts, k: MinCell) -> String {
    texts.t1("reports-chart-suppressed-note", "k", k.get())
}

/// A kind of support's name; its code when the kinds file no longer has it.
pub(crate) fn kind_label(kinds: &SupportKinds, kind: &SupportKindId, texts: &Texts) -> String {
    kinds
        .get(kind.as_str())
        .map_or_else(|| kind.to_string(), |k| texts.t(k.label.as_str()))
}

/// "2026 Q1" / "T1 2026". The year goes in as text: as a number, Fluent would group its digits.
pub(crate) fn quarter_label(texts: &Texts, quarter: Quarter) -> String {
    texts.t2(
        "reports-quarter",
        ("year", quarter.year.to_string()),
        ("quarter", u32::from(quarter.quarter)),
    )
}

/// What stands in for a count of peers too small to show (support attendance): "fewer than 5".
/// Only its own count hides it: no total is published beside it.
pub(crate) fn few_peers(texts: &Texts, k: MinCell) -> String {
    texts.t1("reports-hidden-few-peers", "k", k.get())
}
