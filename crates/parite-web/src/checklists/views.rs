//! What the checklist page shows: rating forms, scores with their bands, and the agreement
//! between raters — built from parite-core's figures and worded through Fluent.

use parite_core::agreement::{Agreement, AgreementReport, KappaKind};
use parite_core::instrument::ItemKind;
use parite_core::scoring::{band, fidelity_score};
use parite_core::{EvidenceSource, Instrument, Rating, Ratings};
use parite_i18n::Texts;

use super::form::{EVIDENCE_MAX_CHARS, Problem, Typed};

/// One rating a form offers.
pub struct RatingOption {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// One source of evidence a form offers, as a checkbox.
pub struct SourceOption {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

/// One checklist item in a form.
pub struct ItemView {
    pub id: String,
    pub anchor: String,
    pub text: String,
    /// The item's help, one line each: what 0, 1 and 2 mean for it (its anchors).
    pub help: Vec<String>,
    pub options: Vec<RatingOption>,
    pub evidence: String,
    pub sources: Vec<SourceOption>,
    /// The ids of the anchors and the error, which the item's fieldset is described by.
    pub describedby: Option<String>,
    pub error: Option<String>,
    /// On the consensus form: what each rater gave, with their evidence.
    pub raters_said: Vec<String>,
}

pub struct DomainView {
    pub title: String,
    pub intro: Option<String>,
    pub items: Vec<ItemView>,
}

/// A rating form: one evaluator's own, or the consensus.
pub struct RatingForm {
    pub heading: String,
    pub action: String,
    pub csrf: String,
    pub domains: Vec<DomainView>,
    pub error_summary: String,
    pub errors: Vec<(String, String)>,
    pub evidence_label: String,
    pub sources_label: String,
    pub submit_label: String,
}

const RATINGS: [Rating; 4] = [
    Rating::NotInPlace,
    Rating::Partly,
    Rating::Fully,
    Rating::NotApplicable,
];

/// `prefix` keeps the anchors of two forms on one page apart.
pub fn rating_domains(
    tr: &Texts,
    instrument: &Instrument,
    typed: &Typed,
    problems: &[(parite_core::ItemId, Problem)],
    prefix: &str,
    raters_said: &dyn Fn(&parite_core::ItemId) -> Vec<String>,
) -> Vec<DomainView> {
    instrument
        .groups
        .iter()
        .map(|domain| DomainView {
            title: tr.t(domain.title.as_str()),
            intro: domain.intro.as_ref().map(|m| tr.t(m.as_str())),
            items: domain
                .items
                .iter()
                .filter_map(|item| {
                    let ItemKind::Rating { allow_na } = item.kind else {
                        return None;
                    };
                    let chosen = typed.ratings.get(&item.id).copied();
                    let options = RATINGS
                        .iter()
                        .filter(|r| allow_na || **r != Rating::NotApplicable)
                        .map(|r| RatingOption {
                            code: r.code(),
                            label: tr.t(r.message_id()),
                            checked: chosen == Some(*r),
                        })
                        .collect();
                    let error = problems
                        .iter()
                        .find(|(id, _)| *id == item.id)
                        .map(|(_, p)| tr.t1(p.message_id(), "max", EVIDENCE_MAX_CHARS));
                    let ticked = typed.sources_of(&item.id);
                    let sources = EvidenceSource::ALL
                        .iter()
                        .map(|s| SourceOption {
                            code: s.code(),
                            label: tr.t(s.message_id()),
                            checked: ticked.contains(s),
                        })
                        .collect();
                    let anchor = format!("{prefix}{}", item.id);
                    let help = item
                        .help
                        .as_ref()
                        .map(|h| help_lines(&tr.t(h.as_str())))
                        .unwrap_or_default();
                    let described: Vec<String> = [
                        (!help.is_empty()).then(|| format!("{anchor}-help")),
                        error.as_ref().map(|_| format!("{anchor}-error")),
                    ]
                    .into_iter()
                    .flatten()
                    .collect();
                    Some(ItemView {
                        id: item.id.to_string(),
                        describedby: (!described.is_empty()).then(|| described.join(" ")),
                        anchor,
                        text: tr.t(item.text.as_str()),
                        help,
                        options,
                        evidence: typed.evidence.get(&item.id).cloned().unwrap_or_default(),
                        sources,
                        error,
                        raters_said: raters_said(&item.id),
                    })
                })
                .collect(),
        })
        .collect()
}

/// A help message's lines: an anchor message has one per rating.
fn help_lines(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// "Sources: …" for the sources of a rating, in the reader's language; `None` when none were
/// recorded (every rating given before sources were asked for).
pub fn sources_text(
    tr: &Texts,
    sources: &std::collections::BTreeSet<EvidenceSource>,
) -> Option<String> {
    if sources.is_empty() {
        return None;
    }
    let labels: Vec<String> = sources.iter().map(|s| tr.t(s.message_id())).collect();
    Some(tr.t1("checklist-sources-used", "sources", labels.join(", ")))
}

/// The error summary's links: one per problem, to its item.
pub fn error_links(
    tr: &Texts,
    instrument: &Instrument,
    problems: &[(parite_core::ItemId, Problem)],
    prefix: &str,
) -> Vec<(String, String)> {
    let text_of = |id: &parite_core::ItemId| item_text(tr, instrument, id.as_str());
    problems
        .iter()
        .map(|(id, problem)| {
            (
                format!("{prefix}{id}"),
                format!(
                    "{} — {}",
                    tr.t1(problem.message_id(), "max", EVIDENCE_MAX_CHARS),
                    text_of(id)
                ),
            )
        })
        .collect()
}

/// An item's text in the reader's language; its id if the instrument has no such item.
pub fn item_text(tr: &Texts, instrument: &Instrument, id: &str) -> String {
    instrument
        .item(id)
        .map_or_else(|| id.to_owned(), |i| tr.t(i.text.as_str()))
}

/// A section's, domain's or stage's title; its id if the instrument has no such group.
pub fn group_title(tr: &Texts, instrument: &Instrument, id: &str) -> String {
    instrument
        .group(id)
        .map_or_else(|| id.to_owned(), |g| tr.t(g.title.as_str()))
}

/// One domain's score.
pub struct ScoreRow {
    pub domain: String,
    pub points: String,
    pub percent: String,
    pub band: String,
    pub note: String,
}

/// Domain scores and overall fidelity.
pub struct ScoresView {
    pub caption: String,
    pub rows: Vec<ScoreRow>,
    pub overall: String,
    pub overall_band: String,
    /// Set while some items are unrated.
    pub incomplete: Option<String>,
}

fn percent_text(tr: &Texts, percent: Option<f64>) -> String {
    percent.map_or_else(|| tr.t("checklist-no-score"), |p| tr.percent(p / 100.0, 0))
}

fn band_text(tr: &Texts, instrument: &Instrument, percent: Option<f64>) -> String {
    percent
        .and_then(|p| band(instrument, p))
        .map(|b| tr.t(b.label.as_str()))
        .unwrap_or_default()
}

pub fn scores(
    tr: &Texts,
    instrument: &Instrument,
    ratings: &Ratings,
    caption: String,
) -> ScoresView {
    let score = fidelity_score(instrument, ratings);
    let rows = instrument
        .groups
        .iter()
        .zip(&score.domains)
        .map(|(group, domain)| {
            let mut notes = Vec::new();
            if domain.not_applicable > 0 {
                notes.push(tr.t1(
                    "checklist-not-applicable-count",
                    "count",
                    domain.not_applicable,
                ));
            }
            if domain.unrated > 0 {
                notes.push(tr.t1("checklist-unrated-count", "count", domain.unrated));
            }
            ScoreRow {
                domain: tr.t(group.title.as_str()),
                points: tr.t2(
                    "checklist-points",
                    ("points", domain.points),
                    ("max", domain.max_points),
                ),
                percent: percent_text(tr, domain.percent),
                band: band_text(tr, instrument, domain.percent),
                note: notes.join(" · "),
            }
        })
        .collect();
    let unrated: usize = score.domains.iter().map(|d| d.unrated).sum();
    ScoresView {
        caption,
        rows,
        overall: percent_text(tr, score.overall),
        overall_band: band_text(tr, instrument, score.overall),
        incomplete: (!score.complete).then(|| tr.t1("checklist-incomplete", "count", unrated)),
    }
}

/// One line of the agreement table.
pub struct AgreementRow {
    pub label: String,
    pub compared: usize,
    pub percent: String,
    pub kappa: String,
}

/// An item the raters rated differently, with each rater's rating.
pub struct DisagreementView {
    pub item: String,
    pub ratings: Vec<String>,
}

pub struct AgreementView {
    pub kappa_name: String,
    pub raters: Vec<String>,
    pub rows: Vec<AgreementRow>,
    pub overall: AgreementRow,
    pub disagreements: Vec<DisagreementView>,
}

fn agreement_row(tr: &Texts, label: String, agreement: &Agreement) -> AgreementRow {
    let kappa = match &agreement.kappa {
        None => tr.t("checklist-kappa-none"),
        Some(estimate) => match estimate.kappa {
            Some(k) => tr.decimal(k, 2),
            // Every rating the same: kappa is undefined, agreement is total.
            None => tr.t("checklist-kappa-undefined"),
        },
    };
    AgreementRow {
        label,
        compared: agreement.compared,
        percent: percent_text(tr, agreement.percent),
        kappa,
    }
}

pub fn agreement(
    tr: &Texts,
    instrument: &Instrument,
    report: &AgreementReport,
    raters: Vec<String>,
) -> AgreementView {
    let title_of = |id: &parite_core::ItemId| group_title(tr, instrument, id.as_str());
    AgreementView {
        kappa_name: match report.kappa_kind {
            KappaKind::QuadraticWeighted => tr.t("checklist-kappa-cohen"),
            KappaKind::Fleiss => tr.t("checklist-kappa-fleiss"),
        },
        rows: report
            .domains
            .iter()
            .map(|d| agreement_row(tr, title_of(&d.domain), &d.agreement))
            .collect(),
        overall: agreement_row(tr, tr.t("checklist-overall"), &report.overall),
        disagreements: report
            .disagreements
            .iter()
            .map(|d| DisagreementView {
                item: item_text(tr, instrument, d.item.as_str()),
                ratings: d
                    .ratings
                    .iter()
                    .map(|r| r.map_or_else(|| tr.t("checklist-unrated"), |r| tr.t(r.message_id())))
                    .collect(),
            })
            .collect(),
        raters,
    }
}

/// One item of a submitted rating as read back.
pub struct ReadOnlyItem {
    pub text: String,
    pub rating: String,
    pub evidence: String,
    /// "Sources: …", when any were recorded.
    pub sources: Option<String>,
}

/// A submitted rating as read back, by domain.
pub struct ReadOnlyDomain {
    pub title: String,
    pub items: Vec<ReadOnlyItem>,
}

pub fn read_only(tr: &Texts, instrument: &Instrument, typed: &Typed) -> Vec<ReadOnlyDomain> {
    instrument
        .groups
        .iter()
        .map(|group| ReadOnlyDomain {
            title: tr.t(group.title.as_str()),
            items: group
                .items
                .iter()
                .map(|item| {
                    let rating = typed
                        .ratings
                        .get(&item.id)
                        .map_or_else(|| tr.t("checklist-unrated"), |r| tr.t(r.message_id()));
                    ReadOnlyItem {
                        text: tr.t(item.text.as_str()),
                        rating,
                        evidence: typed.evidence.get(&item.id).cloned().unwrap_or_default(),
                        sources: sources_text(tr, &typed.sources_of(&item.id)),
                    }
                })
                .collect(),
        })
        .collect()
}
