//! Fidelity and progress tables: an evaluator's ratings and milestones, not counts of
//! respondents, so nothing here is suppressed.

use std::io::Write;

use parite_core::aggregate::{FidelityAggregate, OrgProgress};
use parite_core::scoring::band;
use parite_core::{Instrument, InstrumentKind};
use parite_i18n::Texts;

use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::expect_kind;

const FIDELITY_COLUMNS: [Column; 9] = [
    col("organization", "reports-col-organization"),
    col("wave", "reports-col-wave"),
    col("domain", "reports-col-domain"),
    col("domain_label", "reports-col-domain-label"),
    col("points", "reports-col-points"),
    col("max_points", "reports-col-max-points"),
    col("percent", "reports-col-percent"),
    col("band", "reports-col-band"),
    col("band_label", "reports-col-band-label"),
];

/// The code of the row holding the overall score.
const OVERALL: &str = "overall";

/// Fidelity by organization and wave: one row per domain (points, maximum, percentage, band)
/// and a last row, domain `overall`, with the mean of the domain percentages.
pub struct FidelityTableWriter<'a, W: Write> {
    sheet: Sheet<W>,
    instrument: &'a Instrument,
    texts: &'a Texts,
}

impl<'a, W: Write> FidelityTableWriter<'a, W> {
    /// Writes the header row. `instrument` is the fidelity checklist.
    pub fn new(
        out: W,
        instrument: &'a Instrument,
        texts: &'a Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(instrument, InstrumentKind::Checklist)?;
        let mut sheet = Sheet::new(out, options, texts, &FIDELITY_COLUMNS)?;
        sheet.end_row()?;
        Ok(FidelityTableWriter {
            sheet,
            instrument,
            texts,
        })
    }

    /// Writes the rows of one organization's wave.
    pub fn write(&mut self, fidelity: &FidelityAggregate) -> Result<(), ReportError> {
        for domain in &fidelity.score.domains {
            let label = self
                .instrument
                .group(domain.domain.as_str())
                .map(|g| self.texts.t(g.title.as_str()))
                .unwrap_or_default();
            self.sheet.text(&fidelity.organization)?;
            self.sheet.text(&fidelity.wave)?;
            self.sheet.text(domain.domain.as_str())?;
            self.sheet.text(&label)?;
            self.sheet.count(domain.points)?;
            self.sheet.count(domain.max_points)?;
            self.percent_and_band(domain.percent)?;
        }
        self.sheet.text(&fidelity.organization)?;
        self.sheet.text(&fidelity.wave)?;
        self.sheet.text(OVERALL)?;
        self.sheet.text(&self.texts.t("reports-fidelity-overall"))?;
        self.sheet.empty()?;
        self.sheet.empty()?;
        self.percent_and_band(fidelity.score.overall)
    }

    fn percent_and_band(&mut self, percent: Option<f64>) -> Result<(), ReportError> {
        self.sheet.optional_number(percent, 1)?;
        match percent.and_then(|p| band(self.instrument, p)) {
            Some(band) => {
                self.sheet.text(band.id.as_str())?;
                self.sheet.text(&self.texts.t(band.label.as_str()))?;
            }
            None => {
                self.sheet.empty()?;
                self.sheet.empty()?;
            }
        }
        self.sheet.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

const PROGRESS_COLUMNS: [Column; 10] = [
    col("organization", "reports-col-organization"),
    col("stage", "reports-col-stage"),
    col("stage_label", "reports-col-stage-label"),
    col("done", "reports-col-done"),
    col("total", "reports-col-total"),
    col("required_done", "reports-col-required-done"),
    col("required_total", "reports-col-required-total"),
    col("reached", "reports-col-reached"),
    col("current_stage", "reports-col-current-stage"),
    col("current_stage_label", "reports-col-current-stage-label"),
];

/// Progress by organization: one row per stage with milestones done (all and required),
/// whether the stage is reached (`1`/`0`), and the organization's current stage (empty if
/// not started).
pub struct ProgressTableWriter<'a, W: Write> {
    sheet: Sheet<W>,
    instrument: &'a Instrument,
    texts: &'a Texts,
}

impl<'a, W: Write> ProgressTableWriter<'a, W> {
    /// Writes the header row. `instrument` is the progress instrument.
    pub fn new(
        out: W,
        instrument: &'a Instrument,
        texts: &'a Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        expect_kind(instrument, InstrumentKind::Progress)?;
        let mut sheet = Sheet::new(out, options, texts, &PROGRESS_COLUMNS)?;
        sheet.end_row()?;
        Ok(ProgressTableWriter {
            sheet,
            instrument,
            texts,
        })
    }

    /// Writes the rows of one organization.
    pub fn write(&mut self, progress: &OrgProgress) -> Result<(), ReportError> {
        let (instrument, texts) = (self.instrument, self.texts);
        let stage_label = |id: &str| {
            instrument
                .group(id)
                .map(|g| texts.t(g.title.as_str()))
                .unwrap_or_default()
        };
        let current = progress.status.current_stage.as_ref();
        let current_label = current.map(|c| stage_label(c.as_str())).unwrap_or_default();
        for stage in &progress.status.stages {
            self.sheet.text(&progress.organization)?;
            self.sheet.text(stage.stage.as_str())?;
            self.sheet.text(&stage_label(stage.stage.as_str()))?;
            self.sheet.count(stage.done as u64)?;
            self.sheet.count(stage.total as u64)?;
            self.sheet.count(stage.required_done as u64)?;
            self.sheet.count(stage.required_total as u64)?;
            self.sheet.count(u64::from(stage.reached))?;
            self.sheet.text(current.map_or("", |c| c.as_str()))?;
            self.sheet.text(&current_label)?;
            self.sheet.end_row()?;
        }
        Ok(())
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}
