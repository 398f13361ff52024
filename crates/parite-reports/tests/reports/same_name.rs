//! Organizations are told apart by id: two that share a display name keep their own figures.

use parite_core::aggregate::wave_changes;
use parite_core::suppression::MinCell;
use parite_reports::chart::{BarrierHeatmap, Chart};

use crate::demo::{Lcg, accumulate, wave};
use crate::{en, survey};

fn number(cell: &str) -> Option<f64> {
    cell.parse().ok()
}

#[test]
fn organizations_that_share_a_name_keep_their_own_figures() {
    let instrument = survey();
    let mut rng = Lcg::new(9);
    // Two organizations both called "Centre Horizon", one low on barriers, one high.
    let mut responses = wave(
        &instrument,
        &mut rng,
        ("o1", "Centre Horizon"),
        (8, 8, 0),
        1.6,
    );
    responses.extend(wave(
        &instrument,
        &mut rng,
        ("o2", "Centre Horizon"),
        (6, 6, 0),
        4.4,
    ));
    let aggregates = accumulate(&instrument, &responses);
    // Participation: two lines of their own, not one of 28.
    let totals: Vec<(&str, u64)> = aggregates
        .participation
        .iter()
        .map(|p| (p.organization_id.as_str(), p.responses.all))
        .collect();
    assert_eq!(totals, [("o1", 16), ("o2", 12)]);
    // No change is computed between one organization's wave and the other's.
    assert!(wave_changes(&aggregates.indices, &[]).is_empty());
    // The funders' heatmap has a row for each, each with its own means.
    let heatmap = Chart::Heatmap(BarrierHeatmap {
        aggregates: &aggregates.indices,
    });
    let table = heatmap.data_table(&en(), MinCell::DEFAULT);
    assert_eq!(table.rows.len(), 2, "{:?}", table.rows);
    let first_mean = |row: &Vec<String>| number(&row[2]).unwrap();
    let (low, high) = (first_mean(&table.rows[0]), first_mean(&table.rows[1]));
    assert!(low < 2.5 && high > 3.5, "{low} and {high}");
}
