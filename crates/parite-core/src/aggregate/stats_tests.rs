use super::*;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn t_quantiles_match_published_tables() {
    // Two-sided 95 % critical values, e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2.
    let table = [
        (1.0, 12.706_204_7),
        (2.0, 4.302_652_7),
        (3.0, 3.182_446_3),
        (4.0, 2.776_445_1),
        (5.0, 2.570_581_8),
        (10.0, 2.228_138_9),
        (30.0, 2.042_272_5),
        (100.0, 1.983_971_5),
        (1e6, 1.959_966_4),
    ];
    for (df, expected) in table {
        let t = t_quantile(0.975, df).unwrap();
        assert!(close(t, expected, 1e-6), "df {df}: {t} vs {expected}");
    }
    assert!(close(t_quantile(0.95, 10.0).unwrap(), 1.812_461_1, 1e-6));
    assert!(close(t_quantile(0.995, 5.0).unwrap(), 4.032_142_9, 1e-6));
    assert!(close(t_quantile(0.025, 3.0).unwrap(), -3.182_446_3, 1e-6));
}

#[test]
fn t_quantiles_match_the_bisection_they_replace() {
    // Degrees of freedom from ½ to 1000 in steps of about 7 % (fractional, as Welch's are),
    // and p from ½ to 0.9995.
    let dfs =
        std::iter::successors(Some(0.5_f64), |df| Some(df * 1.07)).take_while(|df| *df <= 1000.0);
    for df in dfs.chain([1.0, 2.0, 3.0, 10.0, 30.0, 1000.0]) {
        for step in 1..=100 {
            let p = 0.5 + 0.4995 * f64::from(step) / 100.0;
            let by_bisection = t_quantile_by_bisection(1.0 - p, df).unwrap();
            // The Halley steps settle on their own: the bisection is only a safety net.
            let by_halley = halley_root(start_estimate(2.0 * (1.0 - p), df), 1.0 - p, df).unwrap();
            let t = t_quantile(p, df).unwrap();
            assert_eq!(t, by_halley, "df {df}, p {p}");
            // Relative, or absolute below 1: near p = ½ the distribution function reads t
            // through x = df / (df + t²), which keeps only ~1e-16 · df / t² of t² (both
            // methods land within that noise).
            assert!(
                close(t, by_bisection, 1e-10 * t.max(1.0)),
                "df {df}, p {p}: {t} vs {by_bisection}"
            );
            assert_eq!(t_quantile(1.0 - p, df), Some(-t));
        }
        assert_eq!(t_quantile(0.5, df), Some(0.0));
        assert!(close(t_quantile_by_bisection(0.5, df).unwrap(), 0.0, 1e-6));
    }
}

#[test]
fn t_quantiles_keep_the_published_values_and_the_old_limits() {
    // Rounded to four decimals as tables print them.
    for (p, df, expected) in [
        (0.975, 1.0, 12.7062),
        (0.975, 10.0, 2.2281),
        (0.995, 30.0, 2.7500),
    ] {
        let t = t_quantile(p, df).unwrap();
        assert!(close(t, expected, 5e-5), "p {p}, df {df}: {t}");
    }
    // Beyond what the bisection's search reached there was no answer, and still is none.
    assert_eq!(t_quantile(0.975, 0.05), None);
    assert_eq!(
        t_quantile(0.975, 0.05),
        t_quantile_by_bisection(0.025, 0.05)
    );
    let huge = t_quantile(0.999_999, 0.5).unwrap();
    assert!(close(
        huge,
        t_quantile_by_bisection(1e-6, 0.5).unwrap(),
        1e-10 * huge
    ));
}

#[test]
fn t_quantiles_match_the_closed_forms_for_one_and_two_degrees_of_freedom() {
    // df = 1 (Cauchy): tan(π(p − ½)); df = 2: (2p − 1) / √(2p(1 − p)).
    for p in [0.6, 0.75, 0.9, 0.975, 0.999] {
        let cauchy = (std::f64::consts::PI * (p - 0.5)).tan();
        assert!(close(
            t_quantile(p, 1.0).unwrap(),
            cauchy,
            1e-7 * cauchy.max(1.0)
        ));
        let two = (2.0 * p - 1.0) / (2.0 * p * (1.0 - p)).sqrt();
        assert!(close(t_quantile(p, 2.0).unwrap(), two, 1e-8 * two.max(1.0)));
    }
}

#[test]
fn fractional_degrees_of_freedom_fall_between_their_neighbours() {
    let (t3, t35, t4) = (
        t_quantile(0.975, 3.0).unwrap(),
        t_quantile(0.975, 3.5).unwrap(),
        t_quantile(0.975, 4.0).unwrap(),
    );
    assert!(t4 < t35 && t35 < t3);
}

#[test]
fn t_quantile_refuses_what_has_no_answer() {
    for (p, df) in [
        (0.0, 3.0),
        (1.0, 3.0),
        (0.975, 0.0),
        (0.975, f64::NAN),
        (f64::NAN, 2.0),
    ] {
        assert_eq!(t_quantile(p, df), None, "p {p}, df {df}");
    }
}

#[test]
fn running_stats_give_the_sample_mean_and_sd() {
    // 2, 4, 4, 5: mean 15/4 = 3.75; squared deviations 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75;
    // s² = 4.75 / 3 = 1.5833, s = 1.2583.
    let mut stats = RunningStats::default();
    for v in [2.0, 4.0, 4.0, 5.0] {
        stats.push(v, v >= 4.0);
    }
    assert_eq!(stats.n(), 4);
    assert!(close(stats.mean().unwrap(), 3.75, 1e-12));
    assert!(close(stats.sd().unwrap(), (4.75_f64 / 3.0).sqrt(), 1e-12));
    assert_eq!(stats.major(), 3);
    let mut one = RunningStats::default();
    one.push(3.0, false);
    assert_eq!((one.mean(), one.sd()), (Some(3.0), None));
    assert_eq!(RunningStats::default().mean(), None);
}

#[test]
fn running_stats_stay_accurate_over_a_million_values() {
    // Values 1e9 + {1, 2, 3, 4} repeated: the naive formula loses everything here.
    let mut stats = RunningStats::default();
    for i in 0..1_000_000_u64 {
        stats.push(1e9 + (i % 4 + 1) as f64, false);
    }
    assert!(close(stats.mean().unwrap(), 1e9 + 2.5, 1e-6));
    // Population variance of 1..4 is 1.25; the sample variance is 1.25 · n / (n − 1).
    assert!(close(stats.sd().unwrap(), 1.25_f64.sqrt(), 1e-6));
}

#[test]
fn welch_standard_error_and_degrees_of_freedom() {
    // s₁ = 1, n₁ = 4: v₁ = 0.25; s₂ = 2, n₂ = 5: v₂ = 0.8. se = √1.05 = 1.0247;
    // df = 1.05² / (0.25²/3 + 0.8²/4) = 1.1025 / (0.020833 + 0.16) = 6.0968.
    let (se, df) = welch(1.0, 4, 2.0, 5).unwrap();
    assert!(close(se, 1.05_f64.sqrt(), 1e-12));
    assert!(close(df.unwrap(), 1.1025 / (0.0625 / 3.0 + 0.16), 1e-12));
    assert_eq!(welch(1.0, 1, 1.0, 5), None);
    assert_eq!(welch(0.0, 3, 0.0, 3), Some((0.0, None)));
}

#[test]
fn merged_running_stats_equal_one_stream_of_all_values() {
    // Values far from zero with a small spread: where a careless merge loses digits.
    let values: Vec<f64> = (0..1000).map(|i| 1e6 + f64::from(i % 7) * 0.25).collect();
    let mut whole = RunningStats::default();
    let (mut left, mut right) = (RunningStats::default(), RunningStats::default());
    for (i, value) in values.iter().enumerate() {
        whole.push(*value, i % 3 == 0);
        if i < 321 {
            left.push(*value, i % 3 == 0);
        } else {
            right.push(*value, i % 3 == 0);
        }
    }
    left.merge(&right);
    assert_eq!((left.n(), left.major()), (whole.n(), whole.major()));
    assert!(close(left.mean().unwrap(), whole.mean().unwrap(), 1e-9));
    assert!(close(left.sd().unwrap(), whole.sd().unwrap(), 1e-9));
    // An empty side changes nothing, and merging into an empty one copies exactly.
    let mut empty = RunningStats::default();
    empty.merge(&whole);
    assert_eq!(empty, whole);
    whole.merge(&RunningStats::default());
    assert_eq!(empty, whole);
}
