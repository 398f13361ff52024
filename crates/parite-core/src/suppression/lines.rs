//! The suppression pass itself: the table is flattened into slots, each additive relation
//! (parts + total) becomes a line, and lines are revisited until none has a single unknown.

use super::{CellStatus, CountTable, MinCell, Reason, SuppressedTable};

/// One additive relation: the members add up to (at most) the total.
struct Line {
    members: Vec<usize>,
    total: usize,
}

/// Marks every cell and published total of `table` as shown or suppressed for threshold `k`.
///
/// Primary suppression hides every count below `k`, totals included. Complementary suppression
/// then visits each line — every row with its row total, every column with its column total,
/// the row totals with the grand total and the column totals with the grand total — and where
/// exactly one figure of the line is hidden (a part, or the total itself), hides the smallest
/// part still shown (the first one on a tie), or the total if no part is left. Where the total
/// is shown, the hidden parts together are also a figure a reader can work out (total minus the
/// parts shown): when they add up to fewer than `k` — two hidden groups of 1 and 2 beside a
/// shown total and shown sibling — the smallest part still shown is hidden as well. Passes
/// repeat until stable: at most one new hiding per line per pass, so it ends.
///
/// Rows shorter than the longest are treated as if padded with hidden empty cells.
pub fn suppress(table: &CountTable, k: MinCell) -> SuppressedTable {
    let rows = table.cells.len();
    let columns = table.cells.iter().map(Vec::len).max().unwrap_or(0);
    // Slot layout: cells row-major, then row totals, column totals, grand total.
    let mut counts: Vec<Option<u64>> = Vec::with_capacity(rows * columns + rows + columns + 1);
    for row in &table.cells {
        counts.extend((0..columns).map(|c| row.get(c).copied()));
    }
    let row_base = counts.len();
    if let Some(totals) = &table.row_totals {
        counts.extend((0..rows).map(|r| totals.get(r).copied()));
    }
    let column_base = counts.len();
    if let Some(totals) = &table.column_totals {
        counts.extend((0..columns).map(|c| totals.get(c).copied()));
    }
    let grand = table.grand_total.map(|total| {
        counts.push(Some(total));
        counts.len() - 1
    });

    let mut lines = Vec::new();
    if table.row_totals.is_some() {
        for r in 0..rows {
            let members = (0..columns).map(|c| r * columns + c).collect();
            lines.push(Line {
                members,
                total: row_base + r,
            });
        }
    }
    if table.column_totals.is_some() {
        for c in 0..columns {
            let members = (0..rows).map(|r| r * columns + c).collect();
            lines.push(Line {
                members,
                total: column_base + c,
            });
        }
    }
    if let Some(grand) = grand {
        if table.row_totals.is_some() {
            let members = (row_base..row_base + rows).collect();
            lines.push(Line {
                members,
                total: grand,
            });
        }
        if table.column_totals.is_some() {
            let members = (column_base..column_base + columns).collect();
            lines.push(Line {
                members,
                total: grand,
            });
        }
    }

    let primary = CellStatus::Suppressed {
        reason: Reason::Primary,
    };
    // A missing cell (ragged row) is unknown to the reader: treat it as hidden.
    let mut status: Vec<CellStatus> = counts
        .iter()
        .map(|count| match count {
            Some(n) if !k.is_small(*n) => CellStatus::Shown,
            _ => primary,
        })
        .collect();

    let complementary = CellStatus::Suppressed {
        reason: Reason::Complementary,
    };
    loop {
        let mut changed = false;
        for line in &lines {
            if line.members.is_empty() {
                continue;
            }
            let hidden: Vec<usize> = line
                .members
                .iter()
                .copied()
                .filter(|&m| !status[m].is_shown())
                .collect();
            let total_shown = status[line.total].is_shown();
            let unknowns = hidden.len() + usize::from(!total_shown);
            let hidden_sum: u64 = hidden.iter().map(|&m| counts[m].unwrap_or(0)).sum();
            let small_hidden_sum = total_shown && !hidden.is_empty() && k.is_small(hidden_sum);
            let smallest_shown = line
                .members
                .iter()
                .copied()
                .filter(|&m| status[m].is_shown())
                .min_by_key(|&m| (counts[m].unwrap_or(0), m));
            let target = match smallest_shown {
                Some(part) if unknowns == 1 || small_hidden_sum => part,
                None if unknowns == 1 => line.total,
                // Nothing to protect, or every part hidden already: the shown total is all a
                // reader learns.
                _ => continue,
            };
            status[target] = complementary;
            changed = true;
        }
        if !changed {
            break;
        }
    }

    let cells = (0..rows)
        .map(|r| status[r * columns..(r + 1) * columns].to_vec())
        .collect();
    SuppressedTable {
        cells,
        row_totals: table
            .row_totals
            .as_ref()
            .map(|_| status[row_base..row_base + rows].to_vec()),
        column_totals: table
            .column_totals
            .as_ref()
            .map(|_| status[column_base..column_base + columns].to_vec()),
        grand_total: grand.map(|g| status[g]),
    }
}
