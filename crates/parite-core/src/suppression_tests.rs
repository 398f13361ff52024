use proptest::prelude::*;

use super::*;

const SHOWN: CellStatus = CellStatus::Shown;
const PRIMARY: CellStatus = CellStatus::Suppressed {
    reason: Reason::Primary,
};
const COMPLEMENT: CellStatus = CellStatus::Suppressed {
    reason: Reason::Complementary,
};

fn with_row_totals(cells: Vec<Vec<u64>>) -> CountTable {
    let totals = cells.iter().map(|row| row.iter().sum()).collect();
    CountTable {
        cells,
        row_totals: Some(totals),
        ..CountTable::default()
    }
}

#[test]
fn min_cell_defaults_to_five_and_never_goes_below_three() {
    assert_eq!(MinCell::default().get(), 5);
    assert_eq!(MinCell::new(2), Err(MinCellError { given: 2, floor: 3 }));
    assert_eq!(MinCell::new(0).map(MinCell::get).ok(), None);
    assert_eq!(MinCell::new(3).map(MinCell::get), Ok(3));
    assert_eq!(MinCell::new(10).map(MinCell::get), Ok(10));
    assert_eq!(MinCell::clamped(0).get(), 3);
    assert_eq!(MinCell::clamped(1).get(), 3);
    assert_eq!(MinCell::clamped(7).get(), 7);
}

#[test]
fn a_group_of_three_is_hidden_and_so_is_its_sibling_when_the_total_is_shown() {
    // Peers 3, professionals 12, total 15: 15 − 12 would give the peers away.
    let status = suppress(&with_row_totals(vec![vec![3, 12]]), MinCell::DEFAULT);
    assert_eq!(status.cells, [[PRIMARY, COMPLEMENT]]);
    assert_eq!(status.row_totals, Some(vec![SHOWN]));
    // The same through the group helper, with two respondents in no group: 3 + 12 + 2 = 17.
    let groups = suppress_groups(
        &ByGroup {
            all: 17,
            peer: 3,
            professional: 12,
        },
        MinCell::DEFAULT,
    );
    assert_eq!(
        (groups.all, groups.peer, groups.professional),
        (SHOWN, PRIMARY, COMPLEMENT)
    );
}

#[test]
fn the_smallest_sibling_is_the_one_hidden_as_a_complement() {
    let status = suppress(&with_row_totals(vec![vec![9, 2, 6, 30]]), MinCell::DEFAULT);
    assert_eq!(status.cells, [[SHOWN, PRIMARY, COMPLEMENT, SHOWN]]);
}

#[test]
fn a_wave_with_four_responses_is_hidden_entirely() {
    let status = suppress(
        &with_row_totals(vec![vec![2, 2], vec![10, 12]]),
        MinCell::DEFAULT,
    );
    assert_eq!(status.cells, [[PRIMARY, PRIMARY], [SHOWN, SHOWN]]);
    assert_eq!(status.row_totals, Some(vec![PRIMARY, SHOWN]));
}

#[test]
fn no_complement_is_needed_when_no_total_is_published() {
    let table = CountTable {
        cells: vec![vec![3, 12]],
        ..CountTable::default()
    };
    assert_eq!(suppress(&table, MinCell::DEFAULT).cells, [[PRIMARY, SHOWN]]);
}

#[test]
fn complements_spread_across_both_dimensions_until_stable() {
    // waves × (peer, professional) with both margins. W1 peers (3) are hidden; the row needs W1
    // professionals hidden, the peer column then W2 peers, the professional column W2
    // professionals: in a 2 × 2 with margins one hidden cell hides all four.
    let table = CountTable {
        cells: vec![vec![3, 10], vec![7, 9]],
        row_totals: Some(vec![13, 16]),
        column_totals: Some(vec![10, 19]),
        grand_total: Some(29),
    };
    let status = suppress(&table, MinCell::DEFAULT);
    assert_eq!(
        status.cells,
        [[PRIMARY, COMPLEMENT], [COMPLEMENT, COMPLEMENT]]
    );
    assert_eq!(status.row_totals, Some(vec![SHOWN, SHOWN]));
    assert_eq!(status.column_totals, Some(vec![SHOWN, SHOWN]));
    assert_eq!(status.grand_total, Some(SHOWN));
}

#[test]
fn a_hidden_row_total_is_protected_against_the_grand_total() {
    // W1 (4 responses) is hidden; with the grand total shown, W1's total would be
    // 61 − 22 − 35, so W2's total goes too, then one of W2's parts, since W2's parts would
    // otherwise add up to its hidden total.
    let table = CountTable {
        cells: vec![vec![2, 2], vec![10, 12], vec![15, 20]],
        row_totals: Some(vec![4, 22, 35]),
        column_totals: None,
        grand_total: Some(61),
    };
    let status = suppress(&table, MinCell::DEFAULT);
    assert_eq!(status.row_totals, Some(vec![PRIMARY, COMPLEMENT, SHOWN]));
    assert_eq!(status.cells[1], [COMPLEMENT, SHOWN]);
    assert_eq!(status.cells[2], [SHOWN, SHOWN]);
    assert_eq!(status.grand_total, Some(SHOWN));
}

#[test]
fn nothing_hidden_can_be_printed_not_even_as_zero() {
    // Zero is below k: hidden like any small count.
    let status = suppress(&with_row_totals(vec![vec![0, 40, 41]]), MinCell::DEFAULT);
    assert_eq!(status.cells[0][0], PRIMARY);
    let masked = status.cells[0][0].mask(0_u64);
    assert_eq!(
        masked,
        Masked::Suppressed {
            reason: Reason::Primary
        }
    );
    assert_eq!(masked.shown(), None);
    assert_eq!(SHOWN.mask(41_u64).shown(), Some(41));
    assert_eq!(
        masked.map(|n| n + 1),
        Masked::Suppressed {
            reason: Reason::Primary
        }
    );
}

/// Every published line (parts + total) has zero or at least two unknowns, and exactly the
/// counts below k are hidden by primary suppression.
fn assert_protected(table: &CountTable, status: &SuppressedTable, k: MinCell) {
    let hidden = |s: &CellStatus| usize::from(!s.is_shown());
    for (r, row) in table.cells.iter().enumerate() {
        for (c, count) in row.iter().enumerate() {
            let cell = status.cells[r][c];
            assert_eq!(cell == PRIMARY, k.is_small(*count), "cell {r},{c}");
        }
        if let Some(totals) = &status.row_totals {
            let unknowns: usize =
                status.cells[r].iter().map(hidden).sum::<usize>() + hidden(&totals[r]);
            assert_ne!(unknowns, 1, "row {r}: {status:?}");
        }
    }
    if let Some(totals) = &status.column_totals {
        for (c, total) in totals.iter().enumerate() {
            let unknowns: usize = status
                .cells
                .iter()
                .map(|row| hidden(&row[c]))
                .sum::<usize>()
                + hidden(total);
            assert_ne!(unknowns, 1, "column {c}: {status:?}");
        }
    }
    if let (Some(grand), Some(totals)) = (&status.grand_total, &status.row_totals) {
        assert_ne!(totals.iter().map(hidden).sum::<usize>() + hidden(grand), 1);
    }
    if let (Some(grand), Some(totals)) = (&status.grand_total, &status.column_totals) {
        assert_ne!(totals.iter().map(hidden).sum::<usize>() + hidden(grand), 1);
    }
    // Beside a shown total, the hidden parts of a row add up to a figure a reader can work out.
    if let Some(totals) = &status.row_totals {
        for (r, row) in table.cells.iter().enumerate() {
            let hidden_parts: Vec<u64> = row
                .iter()
                .zip(&status.cells[r])
                .filter(|(_, s)| !s.is_shown())
                .map(|(count, _)| *count)
                .collect();
            if totals[r].is_shown() && !hidden_parts.is_empty() {
                let sum: u64 = hidden_parts.iter().sum();
                assert!(!k.is_small(sum), "row {r}: hidden parts add up to {sum}");
            }
        }
    }
}

#[test]
fn a_single_respondent_outside_the_groups_cannot_be_worked_out_from_the_total() {
    // 5 peers, 5 professionals and one "prefer not to say": everyone (11) − 5 − 5 would give
    // that one person's count, and with the means their answers. A group is hidden too.
    let groups = suppress_groups(
        &ByGroup {
            all: 11,
            peer: 5,
            professional: 5,
        },
        MinCell::DEFAULT,
    );
    assert_eq!(groups.all, SHOWN);
    assert_eq!(
        [groups.peer, groups.professional]
            .iter()
            .filter(|s| !s.is_shown())
            .count(),
        1
    );
    // Nobody outside the groups: nothing to protect, everything shown as before.
    let groups = suppress_groups(
        &ByGroup {
            all: 10,
            peer: 5,
            professional: 5,
        },
        MinCell::DEFAULT,
    );
    assert_eq!(
        (groups.all, groups.peer, groups.professional),
        (SHOWN, SHOWN, SHOWN)
    );
}

#[test]
fn hidden_parts_adding_up_to_fewer_than_k_hide_a_shown_sibling() {
    // 9 + 1 + 2 = 12: with 9 and the total shown, 12 − 9 = 3 would be the two hidden cells
    // together (and, beside means, their mean): fewer than k.
    let status = suppress(&with_row_totals(vec![vec![9, 1, 2]]), MinCell::DEFAULT);
    assert_eq!(status.cells, [[COMPLEMENT, PRIMARY, PRIMARY]]);
    assert_eq!(status.row_totals, Some(vec![SHOWN]));
}

proptest! {
    #[test]
    fn no_line_ever_has_a_single_unknown(
        cells in prop::collection::vec(prop::collection::vec(0_u64..30, 3), 1..6),
        k in 3_u32..8,
        margins in any::<(bool, bool, bool)>(),
    ) {
        let k = MinCell::clamped(k);
        let column_totals: Vec<u64> = (0..3).map(|c| cells.iter().map(|row| row[c]).sum()).collect();
        let row_totals: Vec<u64> = cells.iter().map(|row| row.iter().sum()).collect();
        let grand: u64 = row_totals.iter().sum();
        let table = CountTable {
            row_totals: margins.0.then_some(row_totals),
            column_totals: margins.1.then_some(column_totals),
            grand_total: margins.2.then_some(grand),
            cells,
        };
        assert_protected(&table, &suppress(&table, k), k);
    }
}

/// The role groups of one line as a reader of one page sees them: everyone, peers and
/// professionals shown or hidden, and the remainder (roles outside both groups) never shown.
/// Asserts that nothing below `k` is determined: the shown figures never leave exactly one
/// hidden part below `k`, nor hidden parts adding up to fewer than `k`.
fn assert_groups_protected(peer: u64, professional: u64, remainder: u64, k: MinCell) {
    let n = ByGroup {
        all: peer + professional + remainder,
        peer,
        professional,
    };
    let status = suppress_groups(&n, k);
    for (shown, count) in [
        (status.all, n.all),
        (status.peer, peer),
        (status.professional, professional),
    ] {
        assert!(
            !shown.is_shown() || !k.is_small(count),
            "{count} shown: {status:?}"
        );
    }
    let mut hidden_parts = vec![remainder];
    hidden_parts.extend(
        [(status.peer, peer), (status.professional, professional)]
            .into_iter()
            .filter(|(s, _)| !s.is_shown())
            .map(|(_, count)| count),
    );
    let hidden_sum: u64 = hidden_parts.iter().sum();
    if status.all.is_shown() {
        // everyone − the shown groups = the hidden parts together (one of them, if alone).
        assert!(
            hidden_sum == 0 || !k.is_small(hidden_sum),
            "{n:?}: {hidden_sum} derivable, {status:?}"
        );
        // Zero means nobody is outside the groups and both groups are shown: no one's figure.
        if hidden_sum == 0 {
            assert!(status.peer.is_shown() && status.professional.is_shown());
        }
    } else if status.peer.is_shown() && status.professional.is_shown() {
        // everyone = peers + professionals + remainder: unknown unless the remainder is empty.
        assert!(remainder > 0 || !k.is_small(n.all));
    }
}

proptest! {
    #[test]
    fn no_count_below_k_can_be_worked_out_from_everyone_and_the_groups(
        roles in prop::collection::vec((0_u64..12, 0_u8..3), 1..7),
        k in 3_u32..9,
    ) {
        // Each role is a peer role, a professional role or one outside both groups ("other",
        // "prefer not to say"), with its own count.
        let k = MinCell::clamped(k);
        let in_group = |group: u8| -> u64 { roles.iter().filter(|(_, g)| *g == group).map(|(n, _)| n).sum() };
        assert_groups_protected(in_group(0), in_group(1), in_group(2), k);
    }
}
