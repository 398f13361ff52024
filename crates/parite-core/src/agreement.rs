//! Inter-rater agreement on the fidelity checklist: when several evaluators rate the same
//! organization and wave independently, how far do they agree?
//!
//! Two layers. The kappa functions at the bottom are generic over the number of categories
//! (a const parameter), so they can be checked against the published worked examples, whatever
//! their scale. [`checklist_agreement`] sits on top and maps the checklist's ratings onto them:
//! the ordinal 0/1/2 scale for two raters, the nominal 0/1/2/N/A categories for more.
//!
//! Every kappa is computed from integer counts and only divided at the end, so "undefined"
//! (a zero denominator) is an exact test, never a float compared with a tolerance. Counts are
//! `u32` so that those sums (products of up to four counts) fit in `i128` for any table of
//! realistic size.

use crate::answer::{Rating, Ratings};
use crate::ident::ItemId;
use crate::instrument::{Instrument, ItemKind};

/// Observed and chance-expected agreement and the kappa built from them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KappaEstimate {
    /// Observed agreement, 0–1: the weighted `p_o` of Cohen's weighted kappa, or Fleiss' `P̄`.
    pub observed: f64,
    /// Agreement expected by chance from the marginals, 0–1: `p_e`, or Fleiss' `P̄_e`.
    pub expected: f64,
    /// κ = (observed − expected) / (1 − expected). `None` when expected = 1, which happens only
    /// when every rating falls in one category: observed is then 1 as well, and agreement is
    /// perfect but cannot be told apart from chance.
    pub kappa: Option<f64>,
}

/// Cohen's weighted kappa with quadratic weights, from a K × K table of counts: `table[i][j]` is
/// the number of items the first rater put in category `i` and the second in category `j`, the
/// categories being ordered and equally spaced.
///
/// With n = Σ n_ij, row totals r_i, column totals c_j and weights
/// w_ij = 1 − (i − j)² / (K − 1)²:
///
/// - p_o = Σ w_ij n_ij / n
/// - p_e = Σ w_ij r_i c_j / n²
/// - κ_w = (p_o − p_e) / (1 − p_e)
///
/// (Cohen 1968; Fleiss & Cohen 1973 for the quadratic weights.) `None` when the table is empty
/// or K < 2 (no weights can be formed).
pub fn quadratic_weighted_kappa<const K: usize>(table: &[[u32; K]; K]) -> Option<KappaEstimate> {
    if K < 2 {
        return None;
    }
    // Integer weights scaled by (K − 1)², so the sums below are exact.
    let scale = square(K as i128 - 1);
    let weight = |i: usize, j: usize| scale - square(i as i128 - j as i128);
    let rows: Vec<i128> = table
        .iter()
        .map(|row| row.iter().map(|&n| i128::from(n)).sum())
        .collect();
    let columns: Vec<i128> = (0..K)
        .map(|j| table.iter().map(|row| i128::from(row[j])).sum())
        .collect();
    let n: i128 = rows.iter().sum();
    if n == 0 {
        return None;
    }
    let mut observed = 0; // Σ w_ij n_ij × (K − 1)²
    let mut expected = 0; // Σ w_ij r_i c_j × (K − 1)²
    for i in 0..K {
        for j in 0..K {
            observed += weight(i, j) * i128::from(table[i][j]);
            expected += weight(i, j) * rows[i] * columns[j];
        }
    }
    // With s = (K − 1)²: p_o = observed / (n·s) and p_e = expected / (n²·s), so
    // κ = (n·observed − expected) / (n²·s − expected).
    Some(estimate(
        ratio(observed, n * scale),
        ratio(expected, n * n * scale),
        n * observed - expected,
        n * n * scale - expected,
    ))
}

/// Fleiss' kappa for a fixed number of raters per subject, nominal categories: `subjects[i][j]`
/// is how many raters put subject `i` in category `j`. Every row must have the same total
/// n ≥ 2 (the raters need not be the same people from one subject to the next).
///
/// With N subjects:
///
/// - P_i = (Σ_j n_ij² − n) / (n (n − 1)), the share of agreeing rater pairs on subject i
/// - P̄ = Σ P_i / N
/// - p_j = Σ_i n_ij / (N n), P̄_e = Σ p_j²
/// - κ = (P̄ − P̄_e) / (1 − P̄_e)
///
/// (Fleiss 1971.) `None` when there is no subject, fewer than two raters, or rows with
/// different totals.
pub fn fleiss_kappa<const K: usize>(subjects: &[[u32; K]]) -> Option<KappaEstimate> {
    let raters: i128 = subjects.first()?.iter().map(|&n| i128::from(n)).sum();
    let total = |row: &[u32; K]| row.iter().map(|&n| i128::from(n)).sum::<i128>();
    if raters < 2 || subjects.iter().any(|row| total(row) != raters) {
        return None;
    }
    let ratings = subjects.len() as i128 * raters; // N·n
    let squares: i128 = subjects
        .iter()
        .flatten()
        .map(|&n| square(i128::from(n)))
        .sum();
    let column_squares: i128 = (0..K)
        .map(|j| square(subjects.iter().map(|row| i128::from(row[j])).sum()))
        .sum();
    // P̄ = (S − Nn) / (Nn (n − 1)) and P̄_e = Q / (Nn)², with S = Σ n_ij² and Q = Σ_j (Σ_i n_ij)²;
    // clearing denominators, κ = ((S − Nn)·Nn − Q (n − 1)) / ((n − 1)((Nn)² − Q)).
    Some(estimate(
        ratio(squares - ratings, ratings * (raters - 1)),
        ratio(column_squares, ratings * ratings),
        (squares - ratings) * ratings - column_squares * (raters - 1),
        (raters - 1) * (ratings * ratings - column_squares),
    ))
}

fn square(x: i128) -> i128 {
    x * x
}

fn ratio(numerator: i128, denominator: i128) -> f64 {
    numerator as f64 / denominator as f64
}

fn estimate(observed: f64, expected: f64, numerator: i128, denominator: i128) -> KappaEstimate {
    KappaEstimate {
        observed,
        expected,
        kappa: (denominator != 0).then(|| ratio(numerator, denominator)),
    }
}

/// Which kappa a checklist report holds; it follows from the number of raters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KappaKind {
    /// Two raters: [`quadratic_weighted_kappa`] on the ordinal scale 0 < 1 < 2.
    QuadraticWeighted,
    /// Three or more: [`fleiss_kappa`] on the nominal categories 0, 1, 2 and N/A.
    Fleiss,
}

/// Agreement over a set of checklist items: one domain, or the whole checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Items rated by at least two raters (with two raters: by both).
    pub compared: usize,
    /// Percent exact agreement, 0–100, N/A counting as a category of its own. For a pair of
    /// raters: items both gave the same rating / items both rated × 100; an item either left
    /// unrated is left out. With more raters, the mean of that over every pair of raters that
    /// has an item in common (each pair weighs the same). When every rater rated every item this
    /// equals Fleiss' P̄ × 100. `None` when no item was rated by two raters.
    pub percent: Option<f64>,
    /// Items entering kappa: with two raters, rated by both and by neither N/A (the ordinal
    /// scale has no place for N/A); with more, rated by every rater.
    pub kappa_items: usize,
    /// The kappa named by the report's [`KappaKind`], over `kappa_items`; `None` when there are
    /// none. When every rating is the same (say every rater rates every item 2), `percent` is
    /// 100 and this is `Some` with observed = expected = 1 and `kappa: None`.
    pub kappa: Option<KappaEstimate>,
}

/// One domain's agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct DomainAgreement {
    pub domain: ItemId,
    pub agreement: Agreement,
}

/// An item on which the raters who rated it did not all give the same rating.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub domain: ItemId,
    pub item: ItemId,
    /// Each rater's rating, in the order the raters were given; `None` where one left it unrated.
    pub ratings: Vec<Option<Rating>>,
}

/// Agreement among two or more evaluators who rated the same checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementReport {
    pub raters: usize,
    pub kappa_kind: KappaKind,
    /// In the instrument's order.
    pub domains: Vec<DomainAgreement>,
    /// All rating items pooled (not an average of the domains).
    pub overall: Agreement,
    /// In the instrument's order. An item only one rater rated is not a disagreement: there is
    /// nothing to compare it with.
    pub disagreements: Vec<Disagreement>,
}

/// Agreement per domain and overall among the raters' ratings of `instrument` (the checklist
/// they all rated). Only rating items count; ratings of items the instrument does not have are
/// ignored. `None` with fewer than two raters.
pub fn checklist_agreement(instrument: &Instrument, raters: &[Ratings]) -> Option<AgreementReport> {
    if raters.len() < 2 {
        return None;
    }
    let kappa_kind = if raters.len() == 2 {
        KappaKind::QuadraticWeighted
    } else {
        KappaKind::Fleiss
    };
    let mut domains = Vec::new();
    let mut disagreements = Vec::new();
    let mut all_rows = Vec::new();
    for group in &instrument.groups {
        let mut rows = Vec::new();
        for item in group
            .items
            .iter()
            .filter(|item| matches!(item.kind, ItemKind::Rating { .. }))
        {
            let row: Vec<Option<Rating>> =
                raters.iter().map(|r| r.get(&item.id).copied()).collect();
            let mut given = row.iter().flatten();
            if let Some(first) = given.next()
                && given.any(|r| r != first)
            {
                disagreements.push(Disagreement {
                    domain: group.id.clone(),
                    item: item.id.clone(),
                    ratings: row.clone(),
                });
            }
            rows.push(row);
        }
        domains.push(DomainAgreement {
            domain: group.id.clone(),
            agreement: agreement_of(&rows, kappa_kind),
        });
        all_rows.extend(rows);
    }
    Some(AgreementReport {
        raters: raters.len(),
        kappa_kind,
        domains,
        overall: agreement_of(&all_rows, kappa_kind),
        disagreements,
    })
}

/// `rows[item][rater]`; every row has one entry per rater.
fn agreement_of(rows: &[Vec<Option<Rating>>], kind: KappaKind) -> Agreement {
    let raters = rows.first().map_or(0, Vec::len);
    let compared = rows
        .iter()
        .filter(|row| row.iter().flatten().count() >= 2)
        .count();
    let pair_percents: Vec<f64> = (0..raters)
        .flat_map(|a| (a + 1..raters).map(move |b| (a, b)))
        .filter_map(|(a, b)| {
            let both: Vec<(Rating, Rating)> = rows
                .iter()
                .filter_map(|row| Some((row[a]?, row[b]?)))
                .collect();
            let same = both.iter().filter(|(x, y)| x == y).count();
            (!both.is_empty()).then(|| same as f64 * 100.0 / both.len() as f64)
        })
        .collect();
    let percent = (!pair_percents.is_empty())
        .then(|| pair_percents.iter().sum::<f64>() / pair_percents.len() as f64);
    let (kappa_items, kappa) = match kind {
        KappaKind::QuadraticWeighted => {
            let mut table = [[0u32; 3]; 3];
            let mut items = 0;
            for row in rows {
                if let [Some(a), Some(b)] = row.as_slice()
                    && let (Some(i), Some(j)) = (a.points(), b.points())
                {
                    table[i as usize][j as usize] += 1;
                    items += 1;
                }
            }
            (items, quadratic_weighted_kappa(&table))
        }
        KappaKind::Fleiss => {
            let subjects: Vec<[u32; 4]> = rows
                .iter()
                .filter(|row| row.iter().all(Option::is_some))
                .map(|row| {
                    let mut counts = [0u32; 4];
                    for rating in row.iter().flatten() {
                        counts[nominal_category(*rating)] += 1;
                    }
                    counts
                })
                .collect();
            (subjects.len(), fleiss_kappa(&subjects))
        }
    };
    Agreement {
        compared,
        percent,
        kappa_items,
        kappa,
    }
}

fn nominal_category(rating: Rating) -> usize {
    match rating {
        Rating::NotInPlace => 0,
        Rating::Partly => 1,
        Rating::Fully => 2,
        Rating::NotApplicable => 3,
    }
}

#[cfg(test)]
#[path = "agreement_tests.rs"]
mod tests;
