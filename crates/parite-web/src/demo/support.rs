//! A year of support for each demo organization (October 2025 to September 2026, between the
//! survey waves): coaching every second week (monthly for one organization, some sessions
//! cancelled, the last ones of another never recorded), quarterly evaluation oversight,
//! communities of practice for some, two trainings, WRAP training with completions for most,
//! and one training shared by every organization. Every date is in the past, so the figures
//! do not move as the days go by.
//!
//! Counts are drawn from their own generator, so the survey answers stay those of earlier seeds.

use std::collections::BTreeMap;

use parite_core::stages::Date;
use parite_core::support::{Attendance, Repeat, SessionLanguage, session_dates};
use parite_core::{SupportKindId, TopicId};
use parite_store::{OrgId, PlannedActivity, Store, StoreError, SupportActivityId, UserId};

use super::model::Rng;

/// What the demo plans for one organization: kind, topic, first day, weeks between sessions
/// (none for a single one), last day, minutes, facilitator and whether a peer.
struct Series {
    kind: &'static str,
    topic: Option<&'static str>,
    first: &'static str,
    every_weeks: Option<u32>,
    until: &'static str,
    minutes: u32,
    facilitator: &'static str,
    peer: bool,
}

const LAST_DAY: &str = "2026-09-30";

fn series_of(org_index: usize) -> Vec<Series> {
    let mut all = vec![
        Series {
            kind: "coaching",
            topic: None,
            first: "2025-10-07",
            // One organization is coached monthly: it receives about half the sessions.
            every_weeks: Some(if org_index == 3 { 4 } else { 2 }),
            until: LAST_DAY,
            minutes: 60,
            facilitator: "Équipe de coaching du programme",
            peer: false,
        },
        Series {
            kind: "evaluation-oversight",
            topic: None,
            first: "2025-10-15",
            every_weeks: Some(13),
            until: LAST_DAY,
            minutes: 90,
            facilitator: "Équipe d’évaluation",
            peer: false,
        },
        Series {
            kind: "training",
            topic: Some("peer-support-values"),
            first: "2025-10-20",
            every_weeks: None,
            until: LAST_DAY,
            minutes: 180,
            facilitator: "Nadia Thériault",
            peer: true,
        },
    ];
    // The small third organization gets less: no second training, no WRAP, no community.
    if org_index != 2 {
        all.push(Series {
            kind: "training",
            topic: Some("anti-oppression"),
            first: "2026-01-19",
            every_weeks: None,
            until: LAST_DAY,
            minutes: 180,
            facilitator: "Centre de formation francophone",
            peer: false,
        });
        all.push(Series {
            kind: "wrap",
            topic: None,
            first: if org_index.is_multiple_of(2) {
                "2026-03-10"
            } else {
                "2026-05-12"
            },
            every_weeks: None,
            until: LAST_DAY,
            minutes: 960,
            facilitator: "Marie-Ève Gagnon, facilitatrice WRAP",
            peer: true,
        });
    }
    if org_index.is_multiple_of(2) && org_index != 2 {
        all.push(Series {
            kind: "community-of-practice",
            topic: None,
            first: "2025-11-05",
            every_weeks: Some(4),
            until: LAST_DAY,
            minutes: 90,
            facilitator: "Pairs aidants et paires aidantes du réseau",
            peer: true,
        });
    }
    all
}

fn date(text: &str) -> Result<Date, StoreError> {
    Date::parse_iso(text).ok_or_else(|| StoreError::Invalid {
        what: "demo date",
        reason: text.to_owned(),
    })
}

fn kind(id: &str) -> Result<SupportKindId, StoreError> {
    SupportKindId::parse(id).map_err(|e| StoreError::Invalid {
        what: "demo kind of support",
        reason: e.to_string(),
    })
}

fn plan(series: &Series, organizations: Vec<OrgId>) -> Result<PlannedActivity, StoreError> {
    Ok(PlannedActivity {
        organizations,
        kind: kind(series.kind)?,
        topic: series
            .topic
            .map(TopicId::parse)
            .transpose()
            .map_err(|e| StoreError::Invalid {
                what: "demo topic",
                reason: e.to_string(),
            })?,
        label: String::new(),
        duration_minutes: series.minutes,
        language: SessionLanguage::French,
        facilitator: series.facilitator.to_owned(),
        facilitator_is_peer: series.peer,
    })
}

/// Who of a team of `peers` peers and `staff` staff came, drawn from `rng`.
fn attendance(rng: &mut Rng, peers: u32, staff: u32, wrap: bool) -> Attendance {
    let came_peers = peers.saturating_sub(rng.below(2) as u32);
    let came_staff = staff.saturating_sub(rng.below(3) as u32);
    Attendance {
        peers: came_peers,
        staff: if wrap { 0 } else { came_staff },
        wrap_completed: wrap.then(|| came_peers.saturating_sub(rng.below(2) as u32)),
    }
}

/// Plans and records one organization's year.
pub(super) async fn seed_year(
    store: &Store,
    org: &OrgId,
    org_index: usize,
    seed: u64,
    evaluator: &UserId,
) -> Result<usize, StoreError> {
    let mut rng = Rng::new(seed ^ 0x5u64.wrapping_mul(org_index as u64 + 11));
    let (peers, staff) = if org_index == 2 { (2, 3) } else { (4, 8) };
    let summer = date("2026-07-01")?;
    let mut count = 0;
    for series in series_of(org_index) {
        let first = date(series.first)?;
        let repeat = match series.every_weeks {
            Some(every_weeks) => Some(Repeat {
                every_weeks,
                until: date(series.until)?,
            }),
            None => None,
        };
        let dates = session_dates(first, repeat).map_err(|e| StoreError::Invalid {
            what: "demo series",
            reason: format!("{e:?}"),
        })?;
        let ids = store
            .plan_support(plan(&series, vec![org.clone()])?, &dates, Some(evaluator))
            .await?;
        for (id, day) in ids.iter().zip(&dates) {
            count += 1;
            // About one session in eleven of the organization's year is cancelled; the fifth
            // organization's summer sessions were never recorded.
            if (count + org_index) % 11 == 4 {
                let reason = if count % 2 == 0 {
                    "Tempête de neige : bureaux fermés"
                } else {
                    "Personne-ressource absente"
                };
                store.cancel_support(id, reason).await?;
            } else if !(org_index == 4 && *day >= summer) {
                let counts = attendance(&mut rng, peers, staff, series.kind == "wrap");
                deliver(store, id, *day, org, counts).await?;
            }
        }
    }
    Ok(count)
}

async fn deliver(
    store: &Store,
    id: &SupportActivityId,
    on: Date,
    org: &OrgId,
    counts: Attendance,
) -> Result<(), StoreError> {
    store
        .deliver_support(id, on, BTreeMap::from([(org.clone(), counts)]))
        .await
}

/// The training every demo organization took together, in April, each with its attendance.
pub(super) async fn seed_shared(
    store: &Store,
    orgs: &[OrgId],
    seed: u64,
    evaluator: &UserId,
) -> Result<(), StoreError> {
    if orgs.len() < 2 {
        return Ok(());
    }
    let series = Series {
        kind: "training",
        topic: Some("peer-movement-history"),
        first: "2026-04-14",
        every_weeks: None,
        until: LAST_DAY,
        minutes: 240,
        facilitator: "Réseau des pairs aidants et paires aidantes",
        peer: true,
    };
    let day = date(series.first)?;
    let mut planned = plan(&series, orgs.to_vec())?;
    planned.language = SessionLanguage::Both;
    let ids = store.plan_support(planned, &[day], Some(evaluator)).await?;
    let mut rng = Rng::new(seed ^ 0x51a2ed);
    let attendance = orgs
        .iter()
        .map(|org| (org.clone(), self::attendance(&mut rng, 3, 5, false)))
        .collect();
    if let Some(id) = ids.first() {
        store.deliver_support(id, day, attendance).await?;
    }
    Ok(())
}
