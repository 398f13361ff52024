//! Every chart in both languages, as SVG and PNG, plus their data tables.

use std::path::PathBuf;

use parite_core::Instrument;
use parite_core::aggregate::{
    Aggregates, FidelityAggregate, OrgProgress, WaveChange, wave_changes,
};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;
use parite_reports::chart::{
    BarrierChange, BarrierHeatmap, BarrierProfile, Chart, FidelityChart, ProgressChart,
};

use crate::{checklist, demo, en, fr, progress, survey};

struct Data {
    survey: Instrument,
    checklist: Instrument,
    progress: Instrument,
    aggregates: Aggregates,
    changes: Vec<WaveChange>,
    fidelity: Vec<FidelityAggregate>,
    orgs: Vec<OrgProgress>,
}

fn data() -> Data {
    let survey = survey();
    let checklist = checklist();
    let progress = progress();
    let aggregates = demo::aggregates(&survey);
    Data {
        changes: wave_changes(&aggregates.indices, &[]),
        aggregates,
        fidelity: demo::fidelity(&checklist),
        orgs: demo::progress(&progress),
        survey,
        checklist,
        progress,
    }
}

/// One of each chart kind; `org`'s profile is drawn from its wave `wave`.
fn charts<'a>(data: &'a Data, org: &'a str, wave: &'a str) -> Vec<Chart<'a>> {
    vec![
        Chart::BarrierProfile(BarrierProfile {
            instrument: &data.survey,
            organization: org,
            wave,
            aggregates: &data.aggregates.indices,
        }),
        Chart::BarrierChange(BarrierChange {
            organization: org,
            aggregates: &data.aggregates.indices,
            changes: &data.changes,
        }),
        Chart::Fidelity(FidelityChart {
            instrument: &data.checklist,
            organization: &data.fidelity[1].organization,
            wave: &data.fidelity[1].wave,
            score: &data.fidelity[1].score,
            target: 80.0,
        }),
        Chart::Progress(ProgressChart {
            instrument: &data.progress,
            organizations: &data.orgs,
        }),
        Chart::Heatmap(BarrierHeatmap {
            aggregates: &data.aggregates.indices,
        }),
    ]
}

/// The text drawn in an SVG (the contents of its `<text>` elements), one line each, so that
/// coordinates like `points="10,20"` do not pass for numbers.
fn drawn_text(svg: &str) -> String {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let (_, rest) = element.split_once('>')?;
            let (content, _) = rest.split_once("</text>")?;
            Some(content.trim().replace("&lt;", "<").replace("&amp;", "&"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn has_decimal(text: &str, separator: char) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == separator && w[2].is_ascii_digit())
}

#[test]
fn every_chart_renders_to_svg_in_french_with_french_labels_and_numbers() {
    let data = data();
    let texts = fr();
    for chart in charts(&data, "Maison Soleil", "T2") {
        let svg = chart.render_svg(&texts, MinCell::DEFAULT).unwrap();
        assert!(svg.starts_with("<svg"), "{}", chart.kind().code());
        let (width, height) = chart.size(&texts, MinCell::DEFAULT);
        assert!(
            svg.contains(&format!("width=\"{width}\""))
                && svg.contains(&format!("height=\"{height}\""))
        );
        let text = drawn_text(&svg);
        let expected = match chart.kind().code() {
            "barrier-profile" => vec![
                "Profil des obstacles",
                "Culture organisationnelle",
                "Pairs",
                "Obstacle majeur",
            ],
            "barrier-change" => vec![
                "Évolution des obstacles",
                "Culture organisationnelle",
                "intervalle de confiance",
                "Moyenne",
            ],
            "fidelity-domains" => vec![
                "Fidélité de la mise en œuvre",
                "Engagement organisationnel",
                "Score global",
                "Cible\u{a0}: 80\u{a0}%",
            ],
            "stage-progress" => vec![
                "Progression dans les étapes",
                "Mise en œuvre initiale",
                "Pas commencé",
                "Étape actuelle",
            ],
            // Column headers wrap: "Culture" and "organisationnelle" are two lines.
            "barrier-heatmap" => vec![
                "Obstacles par organisme",
                "organisationnelle",
                "Stigmatisation",
                "Clinique Rivière",
                "moins de 5 personnes répondantes",
            ],
            other => panic!("unexpected chart {other}"),
        };
        for label in expected {
            assert!(
                text.contains(label),
                "{}: {label:?} missing in {text}",
                chart.kind().code()
            );
        }
        if chart.kind().code() == "fidelity-domains" {
            assert!(text.contains("\u{a0}%"), "French percentages");
        } else if chart.kind().code() != "stage-progress" {
            assert!(
                has_decimal(&text, ',') && !has_decimal(&text, '.'),
                "{}: French numbers",
                chart.kind().code()
            );
        }
    }
}

#[test]
fn every_chart_renders_to_svg_in_english_with_english_numbers() {
    let data = data();
    let texts = en();
    for chart in charts(&data, "Centre Horizon", "T3") {
        let text = drawn_text(&chart.render_svg(&texts, MinCell::DEFAULT).unwrap());
        assert!(
            !text.contains("organisationnelle"),
            "{}",
            chart.kind().code()
        );
        if matches!(chart.kind().code(), "barrier-profile" | "barrier-change") {
            assert!(
                text.contains("Organizational culture"),
                "{}",
                chart.kind().code()
            );
        }
        if !matches!(chart.kind().code(), "stage-progress" | "fidelity-domains") {
            assert!(
                has_decimal(&text, '.') && !has_decimal(&text, ','),
                "{}: {text}",
                chart.kind().code()
            );
        }
    }
}

/// Whether a cell of a French data table is hidden (either reason, any `k`).
fn is_hidden(cell: &str) -> bool {
    (cell.starts_with("moins de ") && cell.ends_with(" personnes répondantes"))
        || cell == "masqué pour protéger un autre groupe"
}

#[test]
fn hidden_cells_say_why_and_the_profile_still_draws_everyone() {
    let data = data();
    let texts = fr();
    let (small, protecting) = (
        "moins de 5 personnes répondantes",
        "masqué pour protéger un autre groupe",
    );
    // Maison Soleil T1: 4 peers (hidden for being few) and their 20 professionals (hidden to
    // protect them, not "fewer than 5", which would be untrue); everyone (26) is shown.
    let profile = &charts(&data, "Maison Soleil", "T1")[0];
    let drawn = drawn_text(&profile.render_svg(&texts, MinCell::DEFAULT).unwrap());
    assert!(
        drawn.contains(small) && drawn.contains(protecting),
        "{drawn}"
    );
    assert!(
        drawn.contains("(n = 2"),
        "the everyone bars are drawn with their n: {drawn}"
    );
    let table = profile.data_table(&texts, MinCell::DEFAULT);
    let (everyone, peers, professionals) = (
        texts.t("reports-group-all"),
        texts.t("reports-group-peer"),
        texts.t("reports-group-professional"),
    );
    for row in &table.rows {
        if row[1] == everyone {
            assert!(!is_hidden(&row[2]), "{row:?}");
        } else if row[1] == peers {
            assert_eq!(row[2..], [small; 4], "{row:?}");
        } else if row[1] == professionals {
            assert_eq!(row[2..], [protecting; 4], "{row:?}");
        }
    }
    // With k = 3 the peers are shown wherever at least 3 of them rated the barrier — in T2,
    // where everyone is a peer or a professional. In T1 the 2 respondents outside the groups
    // are fewer than 3 as well, and everyone − peers − professionals would give them away, so
    // there the peers stay hidden as their complement.
    let later = &charts(&data, "Maison Soleil", "T2")[0];
    let table = later.data_table(&texts, MinCell::clamped(3));
    assert!(
        table
            .rows
            .iter()
            .any(|r| r[1] == peers && !is_hidden(&r[2]))
    );
    // The heatmap hides Clinique Rivière (4 responses) entirely, and shows Réseau Nord's
    // latest wave (T2), not its hidden first one.
    let heatmap = &charts(&data, "Maison Soleil", "T1")[4];
    let table = heatmap.data_table(&texts, MinCell::DEFAULT);
    let riviere = table
        .rows
        .iter()
        .find(|r| r[0] == "Clinique Rivière")
        .unwrap();
    assert!(riviere[2..].iter().all(|c| c == small), "{riviere:?}");
    let nord = table.rows.iter().find(|r| r[0] == "Réseau Nord").unwrap();
    assert_eq!(nord[1], "T2");
    assert!(nord[2..].iter().all(|c| !is_hidden(c)));
    // Réseau Nord's change chart has its first wave hidden.
    let change = &charts(&data, "Réseau Nord", "T2")[1];
    let table = change.data_table(&texts, MinCell::DEFAULT);
    assert!(
        table
            .rows
            .iter()
            .filter(|r| r[1] == "T1")
            .all(|r| r[2..5].iter().all(|c| c == small))
    );
    assert!(
        table
            .rows
            .iter()
            .filter(|r| r[1] == "T2")
            .all(|r| is_hidden(&r[5])),
        "a change from a hidden wave is hidden"
    );
    let drawn = drawn_text(&change.render_svg(&texts, MinCell::DEFAULT).unwrap());
    assert!(
        drawn.contains(small) && drawn.contains(protecting),
        "legend: {drawn}"
    );
}

#[test]
fn data_tables_are_localized_text() {
    let data = data();
    for texts in [fr(), en()] {
        for chart in charts(&data, "Centre Horizon", "T3") {
            let table = chart.data_table(&texts, MinCell::DEFAULT);
            assert!(!table.rows.is_empty(), "{}", chart.kind().code());
            assert!(
                table.rows.iter().all(|r| r.len() == table.headers.len()),
                "{}",
                chart.kind().code()
            );
            assert!(!table.caption.is_empty());
        }
    }
    let profile = charts(&data, "Centre Horizon", "T3")[0].data_table(&fr(), MinCell::DEFAULT);
    assert_eq!(profile.headers[0], "Obstacle");
    assert!(
        profile.rows[0][4].contains("\u{202f}; "),
        "a French interval: {}",
        profile.rows[0][4]
    );
}

#[test]
fn every_chart_renders_to_png_of_its_size() {
    let data = data();
    for texts in [fr(), en()] {
        for chart in charts(&data, "Maison Soleil", "T2") {
            let png = chart.render_png(&texts, MinCell::DEFAULT).unwrap();
            let image = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
            assert_eq!(
                (image.width(), image.height()),
                chart.size(&texts, MinCell::DEFAULT),
                "{}",
                chart.kind().code()
            );
        }
    }
}

/// Writes one PNG of each chart in each language to target/charts/, to look at.
#[test]
fn renders_every_chart_to_target_charts() {
    let data = data();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/charts");
    std::fs::create_dir_all(&dir).unwrap();
    let languages: [(&str, Texts); 2] = [("fr", fr()), ("en", en())];
    for (lang, texts) in &languages {
        // Maison Soleil T2 has hidden peer cells; Réseau Nord's change chart a hidden wave.
        let mut all = charts(&data, "Maison Soleil", "T2");
        all[1] = charts(&data, "Réseau Nord", "T2")[1];
        for chart in all {
            let png = chart.render_png(texts, MinCell::DEFAULT).unwrap();
            std::fs::write(dir.join(format!("{}-{lang}.png", chart.kind().code())), png).unwrap();
            let svg = chart.render_svg(texts, MinCell::DEFAULT).unwrap();
            std::fs::write(dir.join(format!("{}-{lang}.svg", chart.kind().code())), svg).unwrap();
        }
    }
}

#[test]
fn long_organization_names_wrap_in_the_heatmap_and_are_never_cut() {
    let data = data();
    let long = "Centre Horizon — santé mentale et dépendances de la région";
    let mut indices = data.aggregates.indices.clone();
    for aggregate in indices
        .iter_mut()
        .filter(|a| a.organization == "Centre Horizon")
    {
        aggregate.organization = long.to_owned();
    }
    let heatmap = Chart::Heatmap(BarrierHeatmap {
        aggregates: &indices,
    });
    for texts in [fr(), en()] {
        let drawn = drawn_text(&heatmap.render_svg(&texts, MinCell::DEFAULT).unwrap());
        assert!(!drawn.contains('…'), "{drawn}");
        // Every word of the name is drawn, over consecutive lines.
        let lines: Vec<&str> = drawn
            .lines()
            .skip_while(|l| !l.starts_with("Centre Horizon"))
            .take_while(|l| long.contains(l.trim()))
            .collect();
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(lines.join(" "), long);
    }
}

#[test]
fn negative_changes_are_written_with_a_minus_sign() {
    let data = data();
    for texts in [fr(), en()] {
        let change = &charts(&data, "Centre Horizon", "T3")[1];
        let table = change.data_table(&texts, MinCell::DEFAULT);
        let changes: Vec<&str> = table
            .rows
            .iter()
            .map(|r| r[5].as_str())
            .filter(|c| !c.is_empty())
            .collect();
        assert!(
            changes.iter().any(|c| c.contains('\u{2212}')),
            "some intervals of change reach below zero: {changes:?}"
        );
        assert!(
            table.rows.iter().flatten().all(|c| !c.contains('-')),
            "no hyphen for a minus: {changes:?}"
        );
    }
}
