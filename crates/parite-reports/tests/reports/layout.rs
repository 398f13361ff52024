//! Chart layouts read back from the SVG, with long French and English names: nothing is cut
//! with "…", heatmap column headers do not run into each other, a long organization name
//! stays in its own progress row, and a fidelity value never sits on the target line.

use parite_core::aggregate::{FidelityAggregate, OrgProgress};
use parite_core::suppression::MinCell;
use parite_i18n::Texts;
use parite_reports::chart::{
    BarrierChange, BarrierHeatmap, BarrierProfile, Chart, FidelityChart, ProgressChart,
};

use crate::svg::{self, Text};
use crate::{checklist, demo, en, fr, progress, survey};

const LONG_FR: &str = "Regroupement des organismes communautaires en santé mentale et \
                       dépendances de l’Est ontarien";
const OTHER_FR: &str = "Coopérative régionale d’entraide pour personnes ayant un vécu \
                        expérientiel, Laurentides-Outaouais";
const LONG_EN: &str = "Eastern Ontario Coalition of Community Mental Health and Addiction \
                       Services";
const OTHER_EN: &str = "Northwestern Peer Support Cooperative for People with Lived \
                        Experience, Thunder Bay";

/// Each language with two long names that share no line of text.
fn languages() -> [(Texts, &'static str, &'static str); 2] {
    [(fr(), LONG_FR, OTHER_FR), (en(), LONG_EN, OTHER_EN)]
}

/// The demo's progress with its second and third organizations renamed `long` and `other`,
/// so that two tall rows follow each other between ordinary ones.
fn long_progress(long: &str, other: &str) -> Vec<OrgProgress> {
    let mut orgs = demo::progress(&progress());
    orgs[1].organization = long.to_owned();
    orgs[2].organization = other.to_owned();
    orgs
}

#[test]
fn no_chart_cuts_a_long_organization_name_or_draws_past_its_edge() {
    let (survey, checklist, stages) = (survey(), checklist(), progress());
    for (texts, long, other) in languages() {
        let mut indices = demo::aggregates(&survey).indices;
        for a in indices
            .iter_mut()
            .filter(|a| a.organization == "Centre Horizon")
        {
            a.organization = long.to_owned();
        }
        let changes = parite_core::aggregate::wave_changes(&indices, &[]);
        let fidelity: Vec<FidelityAggregate> = demo::fidelity(&checklist);
        let orgs = long_progress(long, other);
        let charts = [
            Chart::BarrierProfile(BarrierProfile {
                instrument: &survey,
                organization: long,
                wave: "T3",
                aggregates: &indices,
            }),
            Chart::BarrierChange(BarrierChange {
                organization: long,
                aggregates: &indices,
                changes: &changes,
            }),
            Chart::Fidelity(FidelityChart {
                instrument: &checklist,
                organization: long,
                wave: "T3",
                score: &fidelity[0].score,
                target: 80.0,
            }),
            Chart::Progress(ProgressChart {
                instrument: &stages,
                organizations: &orgs,
            }),
            Chart::Heatmap(BarrierHeatmap {
                aggregates: &indices,
            }),
        ];
        for chart in charts {
            let svg = chart.render_svg(&texts, MinCell::DEFAULT).unwrap();
            // No text is cut by the chart's edge (a legend running off the right side was).
            let (width, height) = chart.size(&texts, MinCell::DEFAULT);
            for t in svg::texts(&svg) {
                assert!(
                    t.x0 >= 0.0
                        && t.x1 <= f64::from(width)
                        && t.y0 >= 0.0
                        && t.y1 <= f64::from(height),
                    "{}: {:?} at x {:.0}–{:.0}, y {:.0}–{:.0} leaves the {width} × {height} chart",
                    chart.kind().code(),
                    t.content,
                    t.x0,
                    t.x1,
                    t.y0,
                    t.y1
                );
            }
            let drawn: Vec<String> = svg::texts(&svg).into_iter().map(|t| t.content).collect();
            assert!(
                drawn.iter().all(|t| !t.contains('…')),
                "{}: {drawn:?}",
                chart.kind().code()
            );
            // Every word of the name is drawn, in order, over however many lines.
            let all = drawn.join(" ");
            let mut rest = all.as_str();
            for word in long.split_whitespace() {
                let at = rest.find(word).unwrap_or_else(|| {
                    panic!("{}: {word:?} missing in {all}", chart.kind().code())
                });
                rest = &rest[at + word.len()..];
            }
        }
    }
}

/// The heatmap's column headers: the bold texts above the first row of cells.
fn heatmap_headers(svg_text: &str) -> Vec<Text> {
    let grid_top = svg::rects(svg_text)
        .iter()
        .filter(|r| r.width < 200.0 && r.height > 40.0)
        .map(|r| r.y)
        .fold(f64::INFINITY, f64::min);
    svg::texts(svg_text)
        .into_iter()
        .filter(|t| t.bold && t.anchor == "middle" && t.y1 < grid_top)
        .collect()
}

#[test]
fn heatmap_column_headers_do_not_run_into_each_other() {
    let indices = demo::aggregates(&survey()).indices;
    let heatmap = Chart::Heatmap(BarrierHeatmap {
        aggregates: &indices,
    });
    for (texts, _, _) in languages() {
        let svg_text = heatmap.render_svg(&texts, MinCell::DEFAULT).unwrap();
        let headers = heatmap_headers(&svg_text);
        let columns: Vec<f64> = {
            let mut xs: Vec<f64> = headers.iter().map(|t| (t.x0 + t.x1) / 2.0).collect();
            xs.sort_by(f64::total_cmp);
            xs.dedup_by(|a, b| (*a - *b).abs() < 1.0);
            xs
        };
        assert_eq!(columns.len(), 6, "six barriers: {headers:#?}");
        for (i, a) in headers.iter().enumerate() {
            for b in &headers[i + 1..] {
                assert!(
                    !a.overlaps(b),
                    "{:?} and {:?} overlap ({a:?}, {b:?})",
                    a.content,
                    b.content
                );
            }
        }
        // And no header line reaches past the middle between its column and the next.
        let half_gap = (columns[1] - columns[0]) / 2.0;
        for t in &headers {
            let centre = (t.x0 + t.x1) / 2.0;
            assert!(
                t.x1 - centre <= half_gap,
                "{:?} is wider than its column",
                t.content
            );
        }
    }
}

#[test]
fn a_long_organization_name_stays_inside_its_progress_row() {
    let stages = progress();
    for (texts, long, other) in languages() {
        let orgs = long_progress(long, other);
        let chart = Chart::Progress(ProgressChart {
            instrument: &stages,
            organizations: &orgs,
        });
        let svg_text = chart.render_svg(&texts, MinCell::DEFAULT).unwrap();
        // The grid's vertical lines span the rows, top to bottom.
        let grid: Vec<(f64, f64)> = svg::lines(&svg_text)
            .iter()
            .filter(|l| l.vertical_x().is_some())
            .map(svg::Line::y_range)
            .collect();
        let (top, bottom) = grid[0];
        // One bar per organization: its stage outlines share a y; each bar sits in the middle
        // of its row, so the rows' edges follow from the top and the bars' centres.
        let mut bars: Vec<(f64, f64)> = svg::rects(&svg_text)
            .iter()
            .filter(|r| r.y > top && r.y + r.height < bottom)
            .map(|r| (r.y, r.y + r.height))
            .collect();
        bars.sort_by(|a, b| a.0.total_cmp(&b.0));
        bars.dedup();
        assert_eq!(bars.len(), orgs.len(), "{bars:?}");
        let mut edges = vec![top];
        for (bar_top, bar_bottom) in &bars {
            let centre = (bar_top + bar_bottom) / 2.0;
            let last = edges[edges.len() - 1];
            edges.push(2.0 * centre - last);
        }
        assert!(
            (edges[orgs.len()] - bottom).abs() <= 2.0,
            "the rows fill the grid: {edges:?}, bottom {bottom}"
        );
        // The names: bold, right-aligned left of the bars.
        let names: Vec<Text> = svg::texts(&svg_text)
            .into_iter()
            .filter(|t| t.bold && t.anchor == "end" && t.y0 >= top - 40.0)
            .collect();
        for name in &names {
            let owners = orgs
                .iter()
                .filter(|o| o.organization.contains(&name.content))
                .count();
            assert_eq!(owners, 1, "{:?} is a line of one name", name.content);
        }
        let mut tallest = 0;
        for (row, org) in orgs.iter().enumerate() {
            let (above, below) = (edges[row], edges[row + 1]);
            let lines: Vec<&Text> = names
                .iter()
                .filter(|t| org.organization.contains(&t.content))
                .collect();
            let joined: Vec<&str> = lines.iter().map(|t| t.content.as_str()).collect();
            assert_eq!(joined.join(" "), org.organization, "row {row}");
            tallest = tallest.max(lines.len());
            for line in lines {
                assert!(
                    line.y0 >= above && line.y1 <= below,
                    "row {row} spans {above}..{below}, but {:?} is drawn at {}..{}",
                    line.content,
                    line.y0,
                    line.y1
                );
            }
        }
        assert!(tallest >= 3, "some name takes three lines or more");
    }
}

#[test]
fn a_fidelity_value_never_sits_on_the_target_line() {
    let checklist = checklist();
    let mut score = demo::fidelity(&checklist)[0].score.clone();
    // Bars ending just short of the 80 % target, where a label after the bar would cross it.
    for (domain, percent) in score
        .domains
        .iter_mut()
        .zip([74.0, 76.0, 78.0, 79.0, 100.0])
    {
        domain.percent = Some(percent);
    }
    score.overall = Some(77.0);
    let chart = Chart::Fidelity(FidelityChart {
        instrument: &checklist,
        organization: LONG_FR,
        wave: "T3",
        score: &score,
        target: 80.0,
    });
    for (texts, _, _) in languages() {
        let svg_text = chart.render_svg(&texts, MinCell::DEFAULT).unwrap();
        // The target is the dashed line: many short vertical dashes at one x.
        let dashes: Vec<(f64, (f64, f64))> = svg::lines(&svg_text)
            .iter()
            .filter_map(|l| Some((l.vertical_x()?, l.y_range())))
            .filter(|(_, (y0, y1))| y1 - y0 < 10.0)
            .collect();
        let target = dashes[0].0;
        assert!(dashes.len() > 10 && dashes.iter().all(|(x, _)| *x == target));
        let (line_top, line_bottom) = dashes.iter().fold(
            (f64::INFINITY, f64::NEG_INFINITY),
            |(lo, hi), (_, (y0, y1))| (lo.min(*y0), hi.max(*y1)),
        );
        let values: Vec<Text> = svg::texts(&svg_text)
            .into_iter()
            .filter(|t| t.bold && t.content.contains('%') && t.y0 > line_top)
            .filter(|t| t.y1 < line_bottom)
            .collect();
        assert_eq!(
            values.len(),
            6,
            "five domains and the overall score: {values:#?}"
        );
        for value in &values {
            assert!(
                target < value.x0 - 2.0 || target > value.x1 + 2.0,
                "{:?} spans {}..{}, across the target line at {target}",
                value.content,
                value.x0,
                value.x1
            );
        }
    }
}
