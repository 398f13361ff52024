//! The story the demo data tells, as numbers: barriers that differ by organization and by role
//! and ease over waves, readiness that grows, fidelity that rises, stages that advance, and a few
//! groups small enough to be suppressed. Deterministic for a given seed.

use parite_core::instrument::IndexKind;
use parite_core::{Instrument, ItemKind};

/// SplitMix64: tiny, fast and the same on every platform, so a seed always gives the same data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal (Irwin–Hall of 4), mean 0, standard deviation `sd`.
    pub fn normal(&mut self, sd: f64) -> f64 {
        let sum: f64 = (0..4).map(|_| self.unit()).sum();
        (sum - 2.0) * (3.0_f64).sqrt() * sd
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }
}

/// Fictional Francophone agencies of Ontario.
pub const ORGANIZATIONS: [(&str, &str); 8] = [
    (
        "centre-horizon",
        "Centre Horizon — santé mentale et dépendances",
    ),
    (
        "reseau-passerelle",
        "Réseau Passerelle — services communautaires",
    ),
    ("maison-boreale", "Maison Boréale"),
    ("cooperative-envol", "Coopérative L’Envol"),
    ("carrefour-sante-sud", "Carrefour Santé Sud"),
    (
        "alliance-trillium",
        "Alliance Trillium — soutien par les pairs",
    ),
    ("clinique-riviere", "Clinique de la Rivière"),
    ("foyer-aurore", "Foyer Aurore"),
];

/// The slug and name of the `index`-th demo organization.
pub fn organization(index: usize) -> (String, String) {
    let (slug, name) = ORGANIZATIONS[index % ORGANIZATIONS.len()];
    let round = index / ORGANIZATIONS.len();
    if round == 0 {
        (slug.to_owned(), name.to_owned())
    } else {
        (
            format!("{slug}-{}", round + 1),
            format!("{name} ({})", round + 1),
        )
    }
}

/// Waves: label and opening date; the last is open now.
pub const WAVES: [(&str, &str); 4] = [
    ("Automne 2025", "2025-10-01"),
    ("Hiver 2026", "2026-02-01"),
    ("Printemps 2026", "2026-05-01"),
    ("Automne 2026", "2026-10-01"),
];

/// The role codes of the team survey with their share of respondents.
const ROLES: [(&str, f64); 5] = [
    ("peer", 0.34),
    ("provider", 0.36),
    ("manager", 0.18),
    ("other", 0.07),
    ("na", 0.05),
];

pub fn role(rng: &mut Rng) -> &'static str {
    let draw = rng.unit();
    let mut total = 0.0;
    for (code, share) in ROLES {
        total += share;
        if draw < total {
            return code;
        }
    }
    "na"
}

/// The role of the `respondent`-th person of organization `org`. Real teams of 5 to 20 show
/// both report states, so the demo does too: in every third organization (the first, the
/// fourth…) everyone answers as a peer (one in three) or a professional, so with the default
/// 14 or more responses the peer/professional split can be shown; elsewhere some answer
/// "other" or "prefer not to say" and the split is mostly hidden, leaving only everyone.
pub fn team_role(rng: &mut Rng, org: usize, respondent: usize) -> &'static str {
    if !org.is_multiple_of(3) {
        return role(rng);
    }
    if respondent.is_multiple_of(3) {
        "peer"
    } else if rng.unit() < 0.65 {
        "provider"
    } else {
        "manager"
    }
}

/// Where an organization starts on each barrier (1–5, higher = bigger barrier).
pub fn barrier_level(org: usize, index: &str, role: &str, wave: usize) -> f64 {
    let base = 2.4 + ((org * 7 + index.len() * 3) % 9) as f64 * 0.2;
    // The pilot's divide: peers see culture, stigma and the peer–professional gap as larger.
    let peer_gap = match (role, index) {
        ("peer", "divide" | "culture" | "stigma_privacy") => 0.8,
        ("peer", _) => 0.2,
        ("manager", "leadership") => -0.6,
        _ => 0.0,
    };
    (base + peer_gap - 0.3 * wave as f64).clamp(1.2, 4.8)
}

pub fn readiness_level(org: usize, wave: usize) -> f64 {
    (2.8 + (org % 3) as f64 * 0.2 + 0.3 * wave as f64).clamp(1.0, 4.8)
}

const COMMENTS: [&str; 6] = [
    "Le manque de temps pour les rencontres d’équipe.",
    "On ne sait pas encore comment rémunérer les pairs.",
    "La peur d’être reconnu dans une petite communauté.",
    "Des formations communes pairs et intervenant·e·s.",
    "Leadership support is strong but budgets are tight.",
    "Plus de postes de pairs aidant·e·s permanents.",
];

/// One respondent's answers: (item, values).
pub fn answers(
    rng: &mut Rng,
    instrument: &Instrument,
    org: usize,
    wave: usize,
    role: &str,
) -> Vec<(String, String)> {
    let mut out = vec![("role".to_owned(), role.to_owned())];
    out.push((
        "work_language".to_owned(),
        ["fr", "fr", "both", "en"][rng.below(4)].to_owned(),
    ));
    for item in instrument.items() {
        match &item.kind {
            ItemKind::Likert {
                index: Some(index),
                reverse,
                ..
            } => {
                if rng.unit() < 0.05 {
                    out.push((item.id.to_string(), "dk".to_owned()));
                    continue;
                }
                // Readiness-kind indices (readiness, practices) rise over waves; barriers ease.
                let readiness_kind = instrument
                    .indices
                    .iter()
                    .any(|i| i.id == *index && i.kind == IndexKind::Readiness);
                let level = if readiness_kind {
                    readiness_level(org, wave)
                } else {
                    barrier_level(org, index.as_str(), role, wave)
                };
                let latent = (level + rng.normal(0.7)).round().clamp(1.0, 5.0);
                let score = if *reverse { 6.0 - latent } else { latent };
                out.push((item.id.to_string(), format!("{score}")));
            }
            ItemKind::Text { .. } if item.show_if.is_none() && rng.unit() < 0.3 => {
                out.push((
                    item.id.to_string(),
                    COMMENTS[rng.below(COMMENTS.len())].to_owned(),
                ));
            }
            _ => {}
        }
    }
    out
}

/// A checklist rating drawn so that fidelity rises with each wave: 0, 1, 2 or `na`.
pub fn rating(rng: &mut Rng, org: usize, wave: usize, allow_na: bool) -> &'static str {
    if allow_na && org % 4 == 3 {
        return "na";
    }
    let strength = 0.25 + 0.18 * wave as f64 + (org % 4) as f64 * 0.06;
    let draw = rng.unit();
    if draw < strength * 0.7 {
        "2"
    } else if draw < strength + 0.35 {
        "1"
    } else {
        "0"
    }
}

/// How many milestones (in instrument order) an organization has reached by a wave.
pub fn milestones_reached(org: usize, wave: usize, total: usize) -> usize {
    (3 + wave * 2 + org % 4).min(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_data() {
        let (mut a, mut b) = (Rng::new(7), Rng::new(7));
        let xs: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(8).next_u64(), xs[0]);
    }

    #[test]
    fn peers_see_a_bigger_divide_and_barriers_ease_over_waves() {
        assert!(barrier_level(0, "divide", "peer", 0) > barrier_level(0, "divide", "provider", 0));
        assert!(
            barrier_level(1, "culture", "provider", 3) < barrier_level(1, "culture", "provider", 0)
        );
        assert!(readiness_level(2, 3) > readiness_level(2, 0));
    }
}
