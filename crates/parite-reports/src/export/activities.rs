//! The schedule of support, activity by activity: one row per activity and organization it was
//! for, planned or held or cancelled, with who came as counts (never names). For evaluators and
//! administrators: the counts of peers are shown whole here, as on the schedule's page.

use std::io::Write;

use parite_core::support::{SessionLanguage, SupportKinds};
use parite_i18n::Texts;

use super::dataset::{Codes, Dataset, ValueLabel, Variable, VariableKind};
use super::sheet::Sheet;
use super::{Column, CsvOptions, col};
use crate::ReportError;
use crate::labels::kind_label;

/// One activity for one organization.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRow {
    pub activity_id: String,
    /// The activities planned together share it.
    pub series_id: Option<String>,
    pub organization: String,
    pub kind: parite_core::SupportKindId,
    pub topic: Option<parite_core::TopicId>,
    pub label: String,
    /// `YYYY-MM-DD`.
    pub planned_on: String,
    pub duration_minutes: u32,
    pub language: SessionLanguage,
    pub facilitator: String,
    pub facilitator_is_peer: bool,
    /// `planned`, `delivered` or `cancelled`.
    pub state: &'static str,
    /// `YYYY-MM-DD` once held.
    pub delivered_on: Option<String>,
    pub cancel_reason: Option<String>,
    /// Who came, once held: peers, staff, and of the peers how many completed WRAP.
    pub attendance: Option<(u32, u32, Option<u32>)>,
}

const COLUMNS: [Column; 18] = [
    col("activity_id", "reports-col-activity"),
    col("series_id", "reports-col-series"),
    col("organization", "reports-col-organization"),
    col("kind", "reports-col-support-kind"),
    col("kind_label", "reports-col-support-kind-label"),
    col("topic", "reports-col-topic"),
    col("label", "reports-col-activity-label"),
    col("planned_on", "reports-col-planned-on"),
    col("duration_minutes", "reports-col-duration-minutes"),
    col("language", "reports-col-session-language"),
    col("facilitator", "reports-col-facilitator"),
    col("facilitator_is_peer", "reports-col-facilitator-is-peer"),
    col("state", "reports-col-state"),
    col("delivered_on", "reports-col-delivered-on"),
    col("cancel_reason", "reports-col-cancel-reason"),
    col("peers", "reports-col-peers-attending"),
    col("staff", "reports-col-staff-attending"),
    col("wrap_completed", "reports-col-wrap-completed"),
];

/// One row per activity and organization.
pub struct ActivitiesWriter<'a, W: Write> {
    sheet: Sheet<W>,
    kinds: &'a SupportKinds,
    texts: &'a Texts,
}

impl<'a, W: Write> ActivitiesWriter<'a, W> {
    /// Writes the header row.
    pub fn new(
        out: W,
        kinds: &'a SupportKinds,
        texts: &'a Texts,
        options: &CsvOptions,
    ) -> Result<Self, ReportError> {
        let mut sheet = Sheet::new(out, options, texts, &COLUMNS)?;
        sheet.end_row()?;
        Ok(ActivitiesWriter {
            sheet,
            kinds,
            texts,
        })
    }

    pub fn write(&mut self, row: &ActivityRow) -> Result<(), ReportError> {
        let s = &mut self.sheet;
        s.text(&row.activity_id)?;
        s.text(row.series_id.as_deref().unwrap_or_default())?;
        s.text(&row.organization)?;
        s.text(row.kind.as_str())?;
        s.text(&kind_label(self.kinds, &row.kind, self.texts))?;
        s.text(row.topic.as_ref().map_or("", |t| t.as_str()))?;
        s.text(&row.label)?;
        s.text(&row.planned_on)?;
        s.count(row.duration_minutes)?;
        s.text(row.language.code())?;
        s.text(&row.facilitator)?;
        s.count(u64::from(row.facilitator_is_peer))?;
        s.text(row.state)?;
        s.text(row.delivered_on.as_deref().unwrap_or_default())?;
        s.text(row.cancel_reason.as_deref().unwrap_or_default())?;
        match row.attendance {
            Some((peers, staff, wrap)) => {
                s.count(peers)?;
                s.count(staff)?;
                match wrap {
                    Some(completed) => s.count(completed)?,
                    None => s.empty()?,
                }
            }
            None => {
                s.empty()?;
                s.empty()?;
                s.empty()?;
            }
        }
        s.end_row()
    }

    /// Flushes and returns the output.
    pub fn finish(self) -> Result<W, ReportError> {
        self.sheet.finish()
    }
}

/// What the columns of [`ActivitiesWriter`]'s file and codes are.
pub fn activities_dataset(
    kinds: &SupportKinds,
    texts: &Texts,
    options: &CsvOptions,
    file: &str,
) -> Dataset {
    let kind_codes = Codes {
        values: kinds
            .iter()
            .map(|kind| ValueLabel {
                code: kind.id.to_string(),
                label: texts.t(kind.label.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let topics = Codes {
        values: kinds
            .iter()
            .flat_map(|kind| kind.topics.iter())
            .map(|topic| ValueLabel {
                code: topic.id.to_string(),
                label: texts.t(topic.label.as_str()),
            })
            .collect(),
        missing: Vec::new(),
    };
    let languages = Codes::labelled(
        texts,
        &SessionLanguage::ALL.map(|l| (l.code(), l.message_id())),
    );
    let yes_no = Codes::labelled(texts, &[("0", "reports-no"), ("1", "reports-yes")]);
    let states = Codes::labelled(
        texts,
        &[
            ("planned", "reports-activity-planned"),
            ("delivered", "reports-activity-delivered"),
            ("cancelled", "reports-activity-cancelled"),
        ],
    );
    use VariableKind::{Coded, Number, Text};
    let kinds_of = [
        Text,
        Text,
        Text,
        Coded(kind_codes),
        Text,
        Coded(topics),
        Text,
        Text,
        Number,
        Coded(languages),
        Text,
        Coded(yes_no),
        Coded(states),
        Text,
        Text,
        Number,
        Number,
        Number,
    ];
    Dataset {
        file: file.to_owned(),
        options: *options,
        variables: COLUMNS
            .iter()
            .zip(kinds_of)
            .map(|(column, kind)| Variable::of(column, texts, kind))
            .collect(),
    }
}
