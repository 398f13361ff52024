use proptest::prelude::*;

use super::*;
use crate::Rating::{Fully, NotApplicable, NotInPlace, Partly};

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-12
}

fn kappa_of(estimate: Option<KappaEstimate>) -> f64 {
    estimate.unwrap().kappa.unwrap()
}

/// A K × K table from two raters' scores on a scale starting at `lowest`.
fn table<const K: usize>(lowest: usize, a: &[usize], b: &[usize]) -> [[u32; K]; K] {
    let mut table = [[0; K]; K];
    for (x, y) in a.iter().zip(b) {
        table[x - lowest][y - lowest] += 1;
    }
    table
}

// ----------------------------------------------------------------------------------------------
// Quadratic-weighted kappa against published examples

#[test]
fn weighted_kappa_matches_the_r_metrics_documentation_example() {
    // R package Metrics, `ScoreQuadraticWeightedKappa` help page example:
    //   ScoreQuadraticWeightedKappa(c(1, 4, 5, 5, 2, 1), c(2, 2, 4, 5, 3, 3), 1, 5)  →  0.56
    // https://rdrr.io/cran/Metrics/man/ScoreQuadraticWeightedKappa.html
    //
    // By hand, K = 5, w_ij = 1 − (i − j)²/16. The six pairs (1,2) (4,2) (5,4) (5,5) (2,3) (1,3)
    // differ by 1, 2, 1, 0, 1, 2, so their weights are 15, 12, 15, 16, 15, 12 sixteenths:
    //   p_o = 85/16 / 6 = 85/96 ≈ 0.8854.
    // Row totals (first rater, scores 1..5) r = (2, 1, 0, 1, 2); column totals c = (0, 2, 2, 1, 1).
    //   Σ r_i c_j (i − j)² = 150 (every score of one rater against every score of the other),
    //   so p_e = 1 − 150 / (36 × 16) = 426/576 ≈ 0.7396.
    //   κ_w = (510/576 − 426/576) / (150/576) = 84/150 = 0.56.
    let table: [[u32; 5]; 5] = table(1, &[1, 4, 5, 5, 2, 1], &[2, 2, 4, 5, 3, 3]);
    let estimate = quadratic_weighted_kappa(&table).unwrap();
    assert!(close(estimate.observed, 85.0 / 96.0), "{estimate:?}");
    assert!(close(estimate.expected, 426.0 / 576.0), "{estimate:?}");
    assert!(close(estimate.kappa.unwrap(), 0.56), "{estimate:?}");
}

#[test]
fn weighted_kappa_matches_the_maple_essaytools_examples() {
    // Maple help, EssayTools[QuadraticWeightedKappa], examples 1 and 2 (scores 1..10):
    // https://www.maplesoft.com/support/help/maple/view.aspx?path=EssayTools/QuadraticWeightedKappa
    //   ([9,7,8,7,6,8,3,5,10], [8,8,6,6,7,6,1,4,8]) → 0.758620689655172
    //   ([9,7,8,7,6,8,3,5,10], [3,5,6,6,7,6,1,4,8]) → 0.438095238095238
    //
    // By hand: the (K − 1)² of the weights cancels, so
    //   κ_w = 1 − n Σ(x − y)² / Σ_a Σ_b (x_a − y_b)².
    // Example 1: the paired squared differences 1+1+4+1+1+4+4+1+4 = 21; with Σx = 63,
    //   Σx² = 477, Σy = 54, Σy² = 366: Σ_a Σ_b (x_a − y_b)² = 9·477 + 9·366 − 2·63·54 = 783;
    //   κ_w = 1 − 9·21/783 = 22/29 ≈ 0.7586207.
    // Example 2: 36+4+4+1+1+4+4+1+4 = 59; Σy = 46, Σy² = 272: 9·477 + 9·272 − 2·63·46 = 945;
    //   κ_w = 1 − 9·59/945 = 46/105 ≈ 0.4380952.
    let first = [9, 7, 8, 7, 6, 8, 3, 5, 10];
    let one: [[u32; 10]; 10] = table(1, &first, &[8, 8, 6, 6, 7, 6, 1, 4, 8]);
    let two: [[u32; 10]; 10] = table(1, &first, &[3, 5, 6, 6, 7, 6, 1, 4, 8]);
    let (one, two) = (
        kappa_of(quadratic_weighted_kappa(&one)),
        kappa_of(quadratic_weighted_kappa(&two)),
    );
    assert!(
        close(one, 22.0 / 29.0) && (one - 0.758620689655172).abs() < 1e-14,
        "{one}"
    );
    assert!(
        close(two, 46.0 / 105.0) && (two - 0.438095238095238).abs() < 1e-14,
        "{two}"
    );
}

#[test]
fn weighted_kappa_is_undefined_without_items_or_categories() {
    assert_eq!(quadratic_weighted_kappa(&[[0u32; 3]; 3]), None);
    assert_eq!(
        quadratic_weighted_kappa(&[[5u32; 1]; 1]),
        None,
        "one category: no weights"
    );
    // Both raters always say category 1: p_o = p_e = 1, κ undefined.
    let constant = [[0, 0, 0], [0, 4, 0], [0, 0, 0]];
    let estimate = quadratic_weighted_kappa(&constant).unwrap();
    assert_eq!(
        (estimate.observed, estimate.expected, estimate.kappa),
        (1.0, 1.0, None)
    );
}

proptest! {
    #[test]
    fn weighted_kappa_is_symmetric_and_at_most_one(cells in proptest::array::uniform9(0u32..20)) {
        let table: [[u32; 3]; 3] =
            std::array::from_fn(|i| std::array::from_fn(|j| cells[3 * i + j]));
        let transposed: [[u32; 3]; 3] =
            std::array::from_fn(|i| std::array::from_fn(|j| table[j][i]));
        let (a, b) = (quadratic_weighted_kappa(&table), quadratic_weighted_kappa(&transposed));
        prop_assert_eq!(a, b);
        if let Some(kappa) = a.and_then(|e| e.kappa) {
            prop_assert!((-1.0..=1.0 + 1e-12).contains(&kappa), "{}", kappa);
        }
    }
}

// ----------------------------------------------------------------------------------------------
// Fleiss' kappa against published examples

#[test]
fn fleiss_kappa_matches_the_wikipedia_worked_example() {
    // Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories;
    // published P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa#Worked_example
    //
    // By hand: column totals (20, 28, 39, 21, 32) of Nn = 140 ratings, so
    //   p_j = (0.143, 0.200, 0.279, 0.150, 0.229) and P̄_e = Σ p_j² = 4170/19600 ≈ 0.2128.
    //   P_i = (Σ_j n_ij² − 14) / (14 · 13): subject 1 (182 − 14)/182 = 1.000, subject 2
    //   (4 + 36 + 16 + 4 − 14)/182 = 0.253, … ; Σ n_ij² over the table = 828, so
    //   P̄ = (828 − 140) / (140 · 13) = 172/455 ≈ 0.3780.
    //   κ = (0.37802 − 0.21276) / (1 − 0.21276) = 4211/20059 ≈ 0.20993.
    let subjects = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];
    let estimate = fleiss_kappa(&subjects).unwrap();
    assert!(close(estimate.observed, 172.0 / 455.0), "{estimate:?}");
    assert!((estimate.observed - 0.378).abs() < 5e-4);
    assert!(close(estimate.expected, 4170.0 / 19600.0), "{estimate:?}");
    assert!((estimate.expected - 0.213).abs() < 5e-4);
    let kappa = estimate.kappa.unwrap();
    assert!(
        close(kappa, 4211.0 / 20059.0) && (kappa - 0.210).abs() < 5e-4,
        "{kappa}"
    );
}

#[test]
fn fleiss_kappa_matches_fleiss_1971() {
    // Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
    // Bulletin 76(5), 378–382: 30 patients, 6 psychiatrists, 5 diagnoses (depression, personality
    // disorder, schizophrenia, neurosis, other); published P̄ = 0.556, P̄_e = 0.220, κ = 0.430.
    // The counts below are the paper's table as R's irr package ships it (`data(diagnoses)`,
    // aggregated per patient); `kappam.fleiss(diagnoses)` prints κ = 0.4302445.
    //
    // By hand: Σ n_ij² = 680 over Nn = 180 ratings: P̄ = (680 − 180)/(180 · 5) = 5/9 ≈ 0.556.
    //   Column totals (26, 26, 30, 55, 43): P̄_e = (676 + 676 + 900 + 3025 + 1849)/180² =
    //   7126/32400 ≈ 0.2199. κ = (5/9 − 0.2199)/(1 − 0.2199) = 5437/12637 ≈ 0.43024.
    let subjects = [
        [0, 0, 0, 6, 0],
        [0, 3, 0, 0, 3],
        [0, 1, 4, 0, 1],
        [0, 0, 0, 0, 6],
        [0, 3, 0, 3, 0],
        [2, 0, 4, 0, 0],
        [0, 0, 4, 0, 2],
        [2, 0, 3, 1, 0],
        [2, 0, 0, 4, 0],
        [0, 0, 0, 0, 6],
        [1, 0, 0, 5, 0],
        [1, 1, 0, 4, 0],
        [0, 3, 3, 0, 0],
        [1, 0, 0, 5, 0],
        [0, 2, 0, 3, 1],
        [0, 0, 5, 0, 1],
        [3, 0, 0, 1, 2],
        [5, 1, 0, 0, 0],
        [0, 2, 0, 4, 0],
        [1, 0, 2, 0, 3],
        [0, 0, 0, 0, 6],
        [0, 1, 0, 5, 0],
        [0, 2, 0, 1, 3],
        [2, 0, 0, 4, 0],
        [1, 0, 0, 4, 1],
        [0, 5, 0, 1, 0],
        [4, 0, 0, 0, 2],
        [0, 2, 0, 4, 0],
        [1, 0, 5, 0, 0],
        [0, 0, 0, 0, 6],
    ];
    let estimate = fleiss_kappa(&subjects).unwrap();
    assert!(close(estimate.observed, 5.0 / 9.0), "{estimate:?}");
    assert!((estimate.expected - 0.220).abs() < 5e-4, "{estimate:?}");
    let kappa = estimate.kappa.unwrap();
    assert!(
        close(kappa, 5437.0 / 12637.0) && (kappa - 0.4302445).abs() < 1e-7,
        "{kappa}"
    );
}

#[test]
fn fleiss_kappa_refuses_malformed_tables_and_is_undefined_for_one_category() {
    assert_eq!(fleiss_kappa::<3>(&[]), None, "no subject");
    assert_eq!(
        fleiss_kappa(&[[1, 0], [0, 1]]),
        None,
        "one rater per subject"
    );
    assert_eq!(fleiss_kappa(&[[2, 1], [1, 1]]), None, "3 raters, then 2");
    let estimate = fleiss_kappa(&[[3, 0], [3, 0]]).unwrap();
    assert_eq!(
        (estimate.observed, estimate.expected, estimate.kappa),
        (1.0, 1.0, None)
    );
    // Perfect agreement on two categories: P̄ = 1, P̄_e = 0.5² + 0.5² = 0.5, κ = 1.
    assert_eq!(fleiss_kappa(&[[3, 0], [0, 3]]).unwrap().kappa, Some(1.0));
}

// ----------------------------------------------------------------------------------------------
// The checklist: hand-worked cases on tests/fixtures/mini-checklist.toml
// (d1: a, b, c with N/A allowed; d2: d, e; d3: f with N/A allowed)

fn checklist() -> Instrument {
    Instrument::parse(include_str!("../tests/fixtures/mini-checklist.toml")).unwrap()
}

fn ratings(pairs: &[(&str, Rating)]) -> Ratings {
    pairs
        .iter()
        .map(|(item, r)| (ItemId::parse(item).unwrap(), *r))
        .collect()
}

fn report(raters: &[Ratings]) -> AgreementReport {
    checklist_agreement(&checklist(), raters).unwrap()
}

fn percents(report: &AgreementReport) -> Vec<Option<f64>> {
    report.domains.iter().map(|d| d.agreement.percent).collect()
}

#[test]
fn identical_varied_ratings_agree_perfectly() {
    let rated = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", NotInPlace),
        ("d", Fully),
        ("e", NotInPlace),
        ("f", NotApplicable),
    ]);
    let report = report(&[rated.clone(), rated]);
    assert_eq!(report.kappa_kind, KappaKind::QuadraticWeighted);
    assert_eq!(report.overall.percent, Some(100.0));
    assert_eq!(
        (report.overall.compared, report.overall.kappa_items),
        (6, 5),
        "f is N/A"
    );
    // Overall: 0 on c, e; 1 on b; 2 on a, d. r = c = (2, 1, 2), n = 5. p_o = 1.
    // Σ w r c = (4 + 1 + 4)·1 + (2 + 2 + 2 + 2)·0.75 + (4 + 4)·0 = 15, so p_e = 15/25 = 0.6, κ = 1.
    let overall = report.overall.kappa.unwrap();
    assert_eq!(
        (overall.observed, overall.expected, overall.kappa),
        (1.0, 0.6, Some(1.0))
    );
    // d3 holds only f, rated N/A by both: they agree, but nothing is left for kappa.
    let d3 = &report.domains[2].agreement;
    assert_eq!(
        (d3.percent, d3.kappa_items, d3.kappa),
        (Some(100.0), 0, None)
    );
    assert!(report.disagreements.is_empty());
}

#[test]
fn opposite_ratings_disagree_totally() {
    // a, b, d, e: one rater says 0, 2, 0, 2 and the other 2, 0, 2, 0. Every pair is 2 apart, so
    // w = 0 everywhere: p_o = 0. r = c = (2, 0, 2): p_e = (2·2·1 + 2·2·1) / 16 = 0.5.
    // κ = (0 − 0.5) / (1 − 0.5) = −1.
    let first = ratings(&[
        ("a", NotInPlace),
        ("b", Fully),
        ("d", NotInPlace),
        ("e", Fully),
    ]);
    let second = ratings(&[
        ("a", Fully),
        ("b", NotInPlace),
        ("d", Fully),
        ("e", NotInPlace),
    ]);
    let report = report(&[first, second]);
    assert_eq!(report.overall.percent, Some(0.0));
    assert_eq!(report.overall.kappa.unwrap().kappa, Some(-1.0));
    assert_eq!(
        percents(&report),
        vec![Some(0.0), Some(0.0), None],
        "nobody rated f"
    );
    let items: Vec<&str> = report
        .disagreements
        .iter()
        .map(|d| d.item.as_str())
        .collect();
    assert_eq!(items, ["a", "b", "d", "e"]);
    assert_eq!(
        report.disagreements[0].ratings,
        vec![Some(NotInPlace), Some(Fully)]
    );
    assert_eq!(report.disagreements[0].domain.as_str(), "d1");
}

#[test]
fn constant_identical_ratings_agree_but_leave_kappa_undefined() {
    let all_fully = ratings(&[
        ("a", Fully),
        ("b", Fully),
        ("c", Fully),
        ("d", Fully),
        ("e", Fully),
        ("f", Fully),
    ]);
    let report = report(&[all_fully.clone(), all_fully.clone(), all_fully]);
    assert_eq!(report.kappa_kind, KappaKind::Fleiss);
    for agreement in
        std::iter::once(&report.overall).chain(report.domains.iter().map(|d| &d.agreement))
    {
        assert_eq!(agreement.percent, Some(100.0));
        let kappa = agreement.kappa.unwrap();
        assert_eq!(
            (kappa.observed, kappa.expected, kappa.kappa),
            (1.0, 1.0, None)
        );
    }
}

#[test]
fn one_na_counts_for_percent_agreement_but_not_for_kappa() {
    // The first rater says N/A on c, the second 1; d differs by one point; f unrated by both.
    let first = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", NotApplicable),
        ("d", NotInPlace),
        ("e", Fully),
    ]);
    let second = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", Partly),
        ("d", Partly),
        ("e", Fully),
    ]);
    let report = report(&[first, second]);
    // Percent: a, b, e of a..e agree: 3/5 = 60 %. d1: a, b of a, b, c: 66.7 %; d2: e of d, e: 50 %.
    assert_eq!(
        (report.overall.compared, report.overall.percent),
        (5, Some(60.0))
    );
    assert_eq!(percents(&report), vec![Some(200.0 / 3.0), Some(50.0), None]);
    // Kappa over a, b, d, e: (2,2) (1,1) (0,1) (2,2). p_o = (1 + 1 + 0.75 + 1)/4 = 0.9375.
    // r = (1, 1, 2), c = (0, 2, 2): Σ w r c = 1·2·0.75 + 1·(2·1 + 2·0.75) + 2·(2·0.75 + 2·1) = 12,
    // p_e = 12/16 = 0.75, κ = (0.9375 − 0.75)/0.25 = 0.75.
    let overall = report.overall.kappa.unwrap();
    assert_eq!(report.overall.kappa_items, 4);
    assert_eq!(
        (overall.observed, overall.expected, overall.kappa),
        (0.9375, 0.75, Some(0.75))
    );
    // d2 alone: (0,1) (2,2): p_o = 0.875; r = (1, 0, 1), c = (0, 1, 1):
    // Σ w r c = 0.75 + 0 + 0.75 + 1 = 2.5, p_e = 0.625, κ = 0.25/0.375 = 2/3.
    let d2 = report.domains[1].agreement.kappa.unwrap();
    assert!(close(d2.kappa.unwrap(), 2.0 / 3.0), "{d2:?}");
    let disagreements: Vec<(&str, &[Option<Rating>])> = report
        .disagreements
        .iter()
        .map(|d| (d.item.as_str(), d.ratings.as_slice()))
        .collect();
    assert_eq!(
        disagreements,
        [
            ("c", &[Some(NotApplicable), Some(Partly)][..]),
            ("d", &[Some(NotInPlace), Some(Partly)][..])
        ]
    );
}

#[test]
fn three_raters_use_mean_pairwise_agreement_and_fleiss_kappa() {
    //      a  b  c   d  e  f
    // A    2  1  na  0  2  na
    // B    2  1  na  1  2  1
    // C    2  2  na  2  2  na
    let a = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", NotApplicable),
        ("d", NotInPlace),
        ("e", Fully),
        ("f", NotApplicable),
    ]);
    let b = ratings(&[
        ("a", Fully),
        ("b", Partly),
        ("c", NotApplicable),
        ("d", Partly),
        ("e", Fully),
        ("f", Partly),
    ]);
    let c = ratings(&[
        ("a", Fully),
        ("b", Fully),
        ("c", NotApplicable),
        ("d", Fully),
        ("e", Fully),
        ("f", NotApplicable),
    ]);
    let report = report(&[a, b, c]);
    assert_eq!((report.raters, report.kappa_kind), (3, KappaKind::Fleiss));
    // Pairs: A–B agree on a, b, c, e (4/6); A–C on a, c, e, f (4/6); B–C on a, c, e (3/6).
    // Mean = 11/18 ≈ 61.1 %.
    let percent = report.overall.percent.unwrap();
    assert!(close(percent, 1100.0 / 18.0), "{percent}");
    // Fleiss over categories (0, 1, 2, na): a (0,0,3,0) b (0,2,1,0) c (0,0,0,3) d (1,1,1,0)
    // e (0,0,3,0) f (0,1,0,2). P_i = 1, 1/3, 1, 0, 1, 1/3: P̄ = 11/18 — the mean pairwise
    // agreement, as it must be when everyone rated everything. Totals (1, 4, 8, 5) of 18:
    // P̄_e = (1 + 16 + 64 + 25)/324 = 106/324. κ = (198 − 106)/(324 − 106) = 92/218 = 46/109.
    let fleiss = report.overall.kappa.unwrap();
    assert!(close(fleiss.observed * 100.0, percent));
    assert!(close(fleiss.expected, 106.0 / 324.0));
    assert!(close(fleiss.kappa.unwrap(), 46.0 / 109.0), "{fleiss:?}");
    let items: Vec<&str> = report
        .disagreements
        .iter()
        .map(|d| d.item.as_str())
        .collect();
    assert_eq!(items, ["b", "d", "f"]);
    assert_eq!(
        report.disagreements[2].ratings,
        vec![Some(NotApplicable), Some(Partly), Some(NotApplicable)]
    );
}

#[test]
fn unrated_items_leave_pairs_and_kappa_but_are_no_disagreement() {
    // C did not rate e; nobody rated c or f. Fleiss uses a, b, d (rated by all three); the pairs
    // compare what each pair rated: A–B a, b, d, e (3/4: d differs), A–C a, b, d (3/3),
    // B–C a, b, d (2/3). Mean = (75 + 100 + 66.67)/3 ≈ 80.6 %.
    let a = ratings(&[("a", Fully), ("b", Partly), ("d", NotInPlace), ("e", Fully)]);
    let b = ratings(&[("a", Fully), ("b", Partly), ("d", Partly), ("e", Fully)]);
    let c = ratings(&[("a", Fully), ("b", Partly), ("d", NotInPlace)]);
    let report = report(&[a, b, c]);
    assert_eq!(
        (report.overall.compared, report.overall.kappa_items),
        (4, 3)
    );
    assert!(close(
        report.overall.percent.unwrap(),
        (75.0 + 100.0 + 200.0 / 3.0) / 3.0
    ));
    assert_eq!(
        report.disagreements.len(),
        1,
        "only d; e is unrated by C, not disputed"
    );
    assert_eq!(report.domains[2].agreement.compared, 0);
}

#[test]
fn fewer_than_two_raters_have_no_agreement_and_foreign_items_are_ignored() {
    let one = ratings(&[("a", Fully)]);
    assert_eq!(checklist_agreement(&checklist(), &[]), None);
    assert_eq!(
        checklist_agreement(&checklist(), std::slice::from_ref(&one)),
        None
    );
    let stray = ratings(&[("a", Fully), ("zz", NotInPlace)]);
    let report = report(&[one, stray]);
    assert_eq!(
        (report.overall.compared, report.overall.percent),
        (1, Some(100.0))
    );
    assert!(report.disagreements.is_empty());
}
