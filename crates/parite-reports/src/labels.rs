//! Localized words shared by the CSV writers and the charts.

use parite_core::aggregate::Subgroup;
use parite_core::suppression::MinCell;
use parite_core::{Instrument, InstrumentKind};
use parite_i18n::Texts;

use crate::ReportError;

/// What stands in for a hidden figure: `n < 5`.
pub(crate) fn suppressed(texts: &Texts, k: MinCell) -> String {
    texts.t1("reports-suppressed", "k", k.get())
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

/// An interval as `[2.0, 4.5]` / `[2,0 ; 4,5]`.
pub(crate) fn interval(texts: &Texts, low: f64, high: f64, digits: u8) -> String {
    texts.t2(
        "reports-interval",
        ("low", texts.decimal(low, digits)),
        ("high", texts.decimal(high, digits)),
    )
}

/// The note under every chart title about hidden figures.
pub(crate) fn suppression_note(texts: &Texts, k: MinCell) -> String {
    texts.t1("reports-chart-suppressed-note", "k", k.get())
}
