//! The few statistics the reports need, written out so the core stays free of dependencies:
//! a running mean and variance, Student's t quantile and Welch's interval for a difference.

/// Mean and variance of a stream of values in O(1) memory, by Welford's update
/// (B. P. Welford, "Note on a method for calculating corrected sums of squares and products",
/// Technometrics 4(3), 1962), which stays accurate over millions of values where the
/// textbook Σx² − (Σx)²/n formula loses its digits to cancellation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct RunningStats {
    n: u64,
    mean: f64,
    m2: f64,
    major: u64,
}

impl RunningStats {
    pub(crate) fn push(&mut self, value: f64, major: bool) {
        self.n += 1;
        let delta = value - self.mean;
        self.mean += delta / self.n as f64;
        self.m2 += delta * (value - self.mean);
        self.major += u64::from(major);
    }

    pub(crate) fn n(&self) -> u64 {
        self.n
    }

    pub(crate) fn mean(&self) -> Option<f64> {
        (self.n > 0).then_some(self.mean)
    }

    /// The sample standard deviation (n − 1 in the denominator).
    pub(crate) fn sd(&self) -> Option<f64> {
        (self.n > 1).then(|| (self.m2 / (self.n - 1) as f64).sqrt())
    }

    pub(crate) fn major(&self) -> u64 {
        self.major
    }

    /// Adds the values behind `other` as if they had been pushed here, by the pairwise update
    /// of Chan, Golub and LeVeque ("Algorithms for computing the sample variance", The
    /// American Statistician 37(3), 1983). Merging into an empty one copies `other` exactly.
    pub(crate) fn merge(&mut self, other: &RunningStats) {
        if other.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *other;
            return;
        }
        let n = self.n + other.n;
        let delta = other.mean - self.mean;
        let (a, b) = (self.n as f64, other.n as f64);
        self.mean += delta * b / n as f64;
        self.m2 += other.m2 + delta * delta * a * b / n as f64;
        self.n = n;
        self.major += other.major;
    }

    /// n, mean, M2 (sum of squared deviations) and the major-barrier count, for storage.
    pub(crate) fn parts(&self) -> (u64, f64, f64, u64) {
        (self.n, self.mean, self.m2, self.major)
    }

    /// The inverse of [`parts`](Self::parts); `None` for values no stream of pushes produces.
    pub(crate) fn from_parts(n: u64, mean: f64, m2: f64, major: u64) -> Option<RunningStats> {
        let possible = mean.is_finite()
            && m2.is_finite()
            && m2 >= 0.0
            && major <= n
            && (n > 0 || (mean == 0.0 && m2 == 0.0));
        possible.then_some(RunningStats { n, mean, m2, major })
    }
}

/// Student's t quantile: the `t` with P(T ≤ t) = `p` for `df` degrees of freedom (`df` may be
/// fractional, as Welch's is). `None` outside 0 < p < 1 or for df ≤ 0.
///
/// A report asks for thousands of these (one per interval of change), so the root of the
/// exact distribution function (below) is found from a close start with a few Halley steps
/// rather than by bisection alone: about two evaluations of the incomplete beta function
/// instead of forty. The root is the same — its accuracy is that of the incomplete beta
/// function (~1e-10) — and should the steps fail to settle, the bisection answers.
pub fn t_quantile(p: f64, df: f64) -> Option<f64> {
    if !(p > 0.0 && p < 1.0 && df > 0.0 && df.is_finite()) {
        return None;
    }
    if p < 0.5 {
        return t_quantile(1.0 - p, df).map(|t| -t);
    }
    if p == 0.5 {
        return Some(0.0);
    }
    let tail = 1.0 - p;
    halley_root(start_estimate(2.0 * tail, df), tail, df)
        .filter(|t| *t <= BISECTION_REACH)
        .or_else(|| t_quantile_by_bisection(tail, df))
}

/// The largest quantile the bisection's search for an upper bound reaches (it gives up past
/// 10¹², doubling from 1): larger ones stay `None`, as they always were.
const BISECTION_REACH: f64 = 549_755_813_888.0; // 2³⁹

/// Halley steps taken before giving up on them.
const HALLEY_STEPS: usize = 8;

/// A step this small (relative, or absolute below 1) ends the search: Halley's steps
/// converge cubically, so what remains after it is far below the distribution function's
/// own accuracy.
const HALLEY_SETTLED: f64 = 1e-8;

/// Halley's iteration on P(T > t) − `tail` from `start`; `None` if it does not settle. With
/// f = P(T > t) − tail, f′ = −density and f″/f′ = −(df + 1)·t / (df + t²), so each step costs
/// one evaluation of the distribution function and one of the density.
fn halley_root(start: f64, tail: f64, df: f64) -> Option<f64> {
    let ln_density_scale =
        ln_gamma((df + 1.0) / 2.0) - ln_gamma(df / 2.0) - 0.5 * (df * std::f64::consts::PI).ln();
    let mut t = start;
    for _ in 0..HALLEY_STEPS {
        if !(t.is_finite() && t >= 0.0) {
            return None;
        }
        let density = (ln_density_scale - (df + 1.0) / 2.0 * (t * t / df).ln_1p()).exp();
        let newton = (t_upper_tail(t, df) - tail) / density;
        let step = newton / (1.0 - newton * (df + 1.0) * t / (2.0 * (df + t * t)));
        let next = t + step;
        if step.abs() <= HALLEY_SETTLED * next.abs().max(1.0) {
            return (next.is_finite() && next >= 0.0).then_some(next);
        }
        t = next;
    }
    None
}

/// A first estimate of the quantile with two-sided tail probability `two_sided`: G. W. Hill,
/// "Algorithm 396: Student's t-quantiles", Comm. ACM 13(10), 1970, exact for 1 and 2 degrees
/// of freedom and within about 1e-4 from 1 up. Below 1 degree of freedom, where Hill's
/// expansion does not hold, the leading term of the tail, P(T > t) ≈ x^(df/2) / (df/2 ·
/// B(df/2, ½)) with x = df / (df + t²), is solved for t instead.
fn start_estimate(two_sided: f64, n: f64) -> f64 {
    use std::f64::consts::FRAC_PI_2;
    if n == 1.0 {
        return 1.0 / (two_sided * FRAC_PI_2).tan();
    }
    if n == 2.0 {
        return (2.0 / (two_sided * (2.0 - two_sided)) - 2.0).sqrt();
    }
    if n < 1.0 {
        let a = n / 2.0;
        let ln_beta = ln_gamma(a) + ln_gamma(0.5) - ln_gamma(a + 0.5);
        let x = (((two_sided * a).ln() + ln_beta) / a).exp().min(1.0);
        return (n * (1.0 / x - 1.0)).sqrt();
    }
    let a = 1.0 / (n - 0.5);
    let b = 48.0 / (a * a);
    let mut c = ((20_700.0 * a / b - 98.0) * a - 16.0) * a + 96.36;
    let d = ((94.5 / (b + c) - 3.0) / b + 1.0) * (a * FRAC_PI_2).sqrt() * n;
    let mut y = (d * two_sided).powf(2.0 / n);
    if y > 0.05 + a {
        // Far from the tail: an expansion about the normal quantile.
        let x = -upper_normal_quantile(0.5 * two_sided);
        y = x * x;
        if n < 5.0 {
            c += 0.3 * (n - 4.5) * (x + 0.6);
        }
        c += (((0.05 * d * x - 5.0) * x - 7.0) * x - 2.0) * x + b;
        y = (((((0.4 * y + 6.3) * y + 36.0) * y + 94.5) / c - y - 3.0) / b + 1.0) * x;
        y = (a * y * y).exp_m1();
    } else {
        y = ((1.0 / (((n + 6.0) / (n * y) - 0.089 * d - 0.822) * (n + 2.0) * 3.0)
            + 0.5 / (n + 4.0))
            * y
            - 1.0)
            * (n + 1.0)
            / (n + 2.0)
            + 1.0 / y;
    }
    (n * y).sqrt()
}

/// The standard normal z with P(Z > z) = `q` for 0 < q ≤ ½, within 4.5e-4 (Abramowitz &
/// Stegun 26.2.23): enough for a starting point.
fn upper_normal_quantile(q: f64) -> f64 {
    let t = (-2.0 * q.ln()).sqrt();
    t - (2.515_517 + 0.802_853 * t + 0.010_328 * t * t)
        / (1.0 + 1.432_788 * t + 0.189_269 * t * t + 0.001_308 * t * t * t)
}

/// The quantile with upper tail `tail` (≤ ½) by bisection on the distribution function: slow
/// but sure, for when Halley's steps do not settle.
fn t_quantile_by_bisection(tail: f64, df: f64) -> Option<f64> {
    let (mut low, mut high) = (0.0_f64, 1.0_f64);
    while t_upper_tail(high, df) > tail {
        high *= 2.0;
        if high > 1e12 {
            return None;
        }
    }
    for _ in 0..200 {
        let mid = 0.5 * (low + high);
        if t_upper_tail(mid, df) > tail {
            low = mid;
        } else {
            high = mid;
        }
        if high - low < 1e-12 * high.max(1.0) {
            break;
        }
    }
    Some(0.5 * (low + high))
}

/// P(T > t) for t ≥ 0: ½·I_x(df/2, ½) with x = df / (df + t²) (Abramowitz & Stegun 26.7.1,
/// 26.5.27).
fn t_upper_tail(t: f64, df: f64) -> f64 {
    0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
}

/// The regularized incomplete beta function I_x(a, b), by its continued fraction (Lentz's
/// method) as in Press et al., Numerical Recipes, 3rd ed., §6.4.
fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front =
        (ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln()).exp();
    // The fraction converges fast only on this side of the mean; use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let step = d * c;
        h *= step;
        if (step - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine coefficients; relative error
/// below 1e-15), as given by Godfrey and used in many numerical libraries.
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEFFICIENTS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEFFICIENTS[0];
    for (i, c) in COEFFICIENTS.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// Welch–Satterthwaite degrees of freedom and standard error of a difference of two means
/// from independent samples with unequal variances (B. L. Welch, Biometrika 34, 1947;
/// F. E. Satterthwaite, Biometrics Bulletin 2(6), 1946):
/// se = √(s₁²/n₁ + s₂²/n₂), df = se⁴ / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)).
/// `None` for a sample of fewer than two; `df` is `None` when both variances are zero.
pub(crate) fn welch(sd1: f64, n1: u64, sd2: f64, n2: u64) -> Option<(f64, Option<f64>)> {
    if n1 < 2 || n2 < 2 {
        return None;
    }
    let v1 = sd1 * sd1 / n1 as f64;
    let v2 = sd2 * sd2 / n2 as f64;
    let se = (v1 + v2).sqrt();
    let denominator = v1 * v1 / (n1 - 1) as f64 + v2 * v2 / (n2 - 1) as f64;
    let df = (denominator > 0.0).then(|| (v1 + v2) * (v1 + v2) / denominator);
    Some((se, df))
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
