//! Small-cell suppression, in one place: which figures of a table may be shown to a funder or a
//! team lead, so that no figure computed from fewer than `k` respondents can be read or derived.
//!
//! - **Primary**: a cell with a count below `k` is suppressed.
//! - **Complementary**: a line (a row or column, or the totals themselves) whose total is known
//!   must not have exactly one unknown part, or subtraction gives it away; another part of the line
//!   is hidden too — the smallest one still shown — and the rule runs over every line again until
//!   nothing changes, since each new hiding can expose a cell in the crossing line. Nor may the
//!   hidden parts of a line with a shown total add up to fewer than `k`: their sum is known too.
//! - **The remainder**: respondents outside the compared groups count in the total only; a
//!   small remainder is a hidden cell of its own (see [`suppress_groups`]).
//!
//! This is the classical one-unknown-per-line rule used by statistical agencies for small
//! frequency tables (e.g. Statistics Canada's and ONS's guidance on complementary suppression).
//! It does not solve the general linear-programming problem of large many-way tables, which the
//! report tables here (roles × waves, roles × indices) never are.
//!
//! A suppressed cell carries no value at all ([`Masked::Suppressed`]), so no printing code can
//! show a hidden count, nor a zero in its place.

use crate::aggregate::ByGroup;

/// The minimum count `k` for a figure to be shown. Default 5; never below 3 (DESIGN.md), which
/// the constructors enforce, so a `MinCell` in hand is always a valid threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MinCell(u32);

/// A minimum cell size below the floor of 3.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the minimum cell size must be at least {floor}, not {given}")]
pub struct MinCellError {
    /// The value asked for.
    pub given: u32,
    /// The smallest allowed ([`MinCell::FLOOR`]).
    pub floor: u32,
}

impl MinCell {
    /// The smallest threshold allowed.
    pub const FLOOR: u32 = 3;
    /// The threshold used unless configured (`PARITE_MIN_CELL`).
    pub const DEFAULT: MinCell = MinCell(5);

    /// `k`, refused below [`MinCell::FLOOR`]: for configuration, where a typo should be an error.
    pub fn new(k: u32) -> Result<MinCell, MinCellError> {
        if k < Self::FLOOR {
            return Err(MinCellError {
                given: k,
                floor: Self::FLOOR,
            });
        }
        Ok(MinCell(k))
    }

    /// `k`, raised to [`MinCell::FLOOR`] if below it.
    pub fn clamped(k: u32) -> MinCell {
        MinCell(k.max(Self::FLOOR))
    }

    /// The threshold as a number.
    pub fn get(self) -> u32 {
        self.0
    }

    /// Whether a count is too small to be shown on its own.
    pub fn is_small(self, count: u64) -> bool {
        count < u64::from(self.0)
    }
}

impl Default for MinCell {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Its own count is below `k`.
    Primary,
    /// Its count is large enough, but showing it would let a hidden cell be derived.
    Complementary,
}

/// Whether one cell may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellStatus {
    /// The figure may be shown.
    Shown,
    /// The figure must not be shown, for this reason.
    Suppressed { reason: Reason },
}

impl CellStatus {
    /// Whether the figure may be shown.
    pub fn is_shown(self) -> bool {
        self == CellStatus::Shown
    }

    /// The value if the cell is shown; a suppressed cell keeps only its reason.
    pub fn mask<T>(self, value: T) -> Masked<T> {
        match self {
            CellStatus::Shown => Masked::Shown(value),
            CellStatus::Suppressed { reason } => Masked::Suppressed { reason },
        }
    }
}

/// A figure that may be shown, or the fact that it is hidden and why — never a hidden value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Masked<T> {
    /// The figure, which may be shown.
    Shown(T),
    /// Hidden: only the reason is kept.
    Suppressed { reason: Reason },
}

impl<T> Masked<T> {
    /// The value if shown.
    pub fn shown(self) -> Option<T> {
        match self {
            Masked::Shown(value) => Some(value),
            Masked::Suppressed { .. } => None,
        }
    }

    /// Borrows the value, if any.
    pub fn as_ref(&self) -> Masked<&T> {
        match self {
            Masked::Shown(value) => Masked::Shown(value),
            Masked::Suppressed { reason } => Masked::Suppressed { reason: *reason },
        }
    }

    /// Transforms a shown value; a hidden one stays hidden.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Masked<U> {
        match self {
            Masked::Shown(value) => Masked::Shown(f(value)),
            Masked::Suppressed { reason } => Masked::Suppressed { reason },
        }
    }
}

/// Counts of a two-way table, rows × columns, with the totals that will be published beside
/// it. A total left as `None` is not published, so it gives nothing away.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountTable {
    /// Counts by row, then column.
    pub cells: Vec<Vec<u64>>,
    /// One per row: the row's total (which may exceed the sum of its cells, e.g. respondents
    /// without a role group count in the total only).
    pub row_totals: Option<Vec<u64>>,
    /// One per column.
    pub column_totals: Option<Vec<u64>>,
    /// The total of the whole table.
    pub grand_total: Option<u64>,
}

/// The status of every cell and total of a [`CountTable`], in the same shape.
#[derive(Debug, Clone, PartialEq)]
pub struct SuppressedTable {
    /// Statuses by row, then column.
    pub cells: Vec<Vec<CellStatus>>,
    pub row_totals: Option<Vec<CellStatus>>,
    pub column_totals: Option<Vec<CellStatus>>,
    pub grand_total: Option<CellStatus>,
}

mod lines;

pub use lines::suppress;

/// The statuses of one all / peer / professional split: a one-row table whose cells are the two
/// groups and whose total is everyone.
///
/// Respondents in no group ("other", "prefer not to say") count in everyone only; they are the
/// remainder, and everyone − peers − professionals gives it away. So a remainder of 1 to k − 1
/// respondents is a cell of its own in the row: hidden (it is never shown anywhere) and counted
/// in the row's sum, so that complementary suppression protects it like any small group. What
/// the two groups alone would hide stays hidden too, so the remainder only ever hides more.
/// A remainder of `k` or more may be worked out, being a figure of at least `k`; an empty one
/// reveals no one's answers (only that nobody is outside the groups), and treating it as a
/// hidden cell would hide a group in every report of a team of peers and professionals only.
pub fn suppress_groups(n: &ByGroup<u64>, k: MinCell) -> ByGroup<CellStatus> {
    let groups = split_statuses(n, None, k);
    let remainder = n.all.saturating_sub(n.peer.saturating_add(n.professional));
    if remainder == 0 || !k.is_small(remainder) {
        return groups;
    }
    let with_remainder = split_statuses(n, Some(remainder), k);
    ByGroup {
        all: stricter(groups.all, with_remainder.all),
        peer: stricter(groups.peer, with_remainder.peer),
        professional: stricter(groups.professional, with_remainder.professional),
    }
}

/// The statuses of the split as a one-row table, with the remainder as a third cell if given.
fn split_statuses(n: &ByGroup<u64>, remainder: Option<u64>, k: MinCell) -> ByGroup<CellStatus> {
    let table = CountTable {
        cells: vec![
            [n.peer, n.professional]
                .into_iter()
                .chain(remainder)
                .collect(),
        ],
        row_totals: Some(vec![n.all]),
        column_totals: None,
        grand_total: None,
    };
    let statuses = suppress(&table, k);
    let row = statuses.cells.first();
    let total = statuses.row_totals.as_ref().and_then(|t| t.first());
    // The shapes match the table built above; a missing status would only ever hide more.
    let hidden = CellStatus::Suppressed {
        reason: Reason::Primary,
    };
    ByGroup {
        all: total.copied().unwrap_or(hidden),
        peer: row.and_then(|r| r.first()).copied().unwrap_or(hidden),
        professional: row.and_then(|r| r.get(1)).copied().unwrap_or(hidden),
    }
}

/// Hidden if either says so; a primary reason wins, since it is about the figure itself.
fn stricter(a: CellStatus, b: CellStatus) -> CellStatus {
    match (a, b) {
        (CellStatus::Shown, other) | (other, CellStatus::Shown) => other,
        (
            CellStatus::Suppressed {
                reason: Reason::Primary,
            },
            _,
        ) => a,
        _ => b,
    }
}

#[cfg(test)]
#[path = "suppression_tests.rs"]
mod tests;
