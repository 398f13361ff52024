//! The one error type of the reports crate.

/// Why a report could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The CSV writer failed, usually because the output failed.
    #[error("cannot write the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The output failed.
    #[error("cannot write the report: {0}")]
    Io(#[from] std::io::Error),
    /// plotters could not draw (its error types are generic over the backend, so kept as text).
    #[error("cannot draw the chart: {0}")]
    Chart(String),
    /// The chart could not be rasterized or encoded as PNG.
    #[error("cannot draw the PNG: {0}")]
    Png(String),
    /// The embedded DejaVu font was refused by the font loader.
    #[error("cannot load the embedded chart font")]
    Font,
    /// A chart's SVG could not be read back to draw it into a PDF.
    #[error("cannot read the chart for the PDF: {0}")]
    Svg(String),
    /// krilla refused the document (its errors carry fonts and locations, so kept as text).
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
    /// A report was given an instrument of the wrong kind (e.g. a survey for fidelity).
    #[error("instrument {instrument} is a {found}, this report needs a {expected}")]
    WrongInstrument {
        /// The instrument's id.
        instrument: String,
        /// The kind the report needs.
        expected: &'static str,
        /// The kind it was given.
        found: &'static str,
    },
    /// An answer names an item that the instrument (at this version) does not have.
    #[error("item {item} is not in instrument {instrument} version {version}")]
    UnknownItem {
        /// The item id in the answer.
        item: String,
        /// The instrument's id.
        instrument: String,
        /// The instrument's version.
        version: u32,
    },
}

impl ReportError {
    pub(crate) fn drawing<E: std::error::Error + Send + Sync>(
        error: plotters::drawing::DrawingAreaErrorKind<E>,
    ) -> ReportError {
        ReportError::Chart(error.to_string())
    }
}
