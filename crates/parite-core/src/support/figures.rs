//! What a report says about the schedule of support: per organization and kind of support, the
//! sessions that came due, were delivered or cancelled, the hours delivered and who came; per
//! organization and quarter, the WRAP training delivered and how many peers completed it; and
//! the activities themselves, for the timeline drawn beside the survey waves. Plain figures: the
//! store reads the activities (`parite_store::figures`), parite-reports draws and writes them.
//!
//! # Who may read attendance
//!
//! Peers are few in the close-knit teams this serves: "two peers came to the March coaching"
//! may name them. So for readers who see closed waves only (team leads, funders):
//! - every figure stops at the end of the last quarter that has ended ([`SupportFigures::as_of`]),
//!   so that two downloads a session apart give the same figures and their difference never is
//!   one session's attendance;
//! - a count of peers (attendance, WRAP completions) below `k` is hidden ([`SupportFigures::peers`]).
//!   No total across kinds or quarters is published beside these counts, so none of them can be
//!   worked out by subtraction.
//!
//! Evaluators and administrators, who record the attendance, see everything up to today.

use std::collections::HashMap;

use crate::ident::SupportKindId;
use crate::report::WaveVisibility;
use crate::stages::Date;
use crate::support::{ActivityState, Attendance, SupportKinds};
use crate::suppression::{Masked, MinCell, Reason};

/// One activity as a report counts it, for one of the organizations it was for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupportRecord {
    /// The organization's display name.
    pub organization: String,
    pub kind: SupportKindId,
    pub planned_on: Date,
    pub duration_minutes: u32,
    pub state: ActivityState,
    /// Who of this organization came, once delivered.
    pub attendance: Option<Attendance>,
    /// Given to several organizations at once (a shared training).
    pub shared: bool,
}

/// Where an activity stood on the day the figures stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateThen {
    /// Delivered on this day.
    Delivered(Date),
    /// Planned for this day, not yet held.
    Upcoming(Date),
    /// Its day has come and it is not recorded as held.
    NotRecorded(Date),
    /// Cancelled; it was planned for this day.
    Cancelled(Date),
}

impl StateThen {
    /// The day the timeline places it on.
    pub fn date(self) -> Date {
        match self {
            StateThen::Delivered(date)
            | StateThen::Upcoming(date)
            | StateThen::NotRecorded(date)
            | StateThen::Cancelled(date) => date,
        }
    }
}

impl SupportRecord {
    /// Its state as of `cutoff`: a delivery recorded after the cutoff is not known yet then.
    pub fn state_at(&self, cutoff: Date) -> StateThen {
        match &self.state {
            ActivityState::Delivered { on } if *on <= cutoff => StateThen::Delivered(*on),
            ActivityState::Cancelled { .. } => StateThen::Cancelled(self.planned_on),
            _ if self.planned_on <= cutoff => StateThen::NotRecorded(self.planned_on),
            _ => StateThen::Upcoming(self.planned_on),
        }
    }
}

/// A calendar quarter, the period WRAP completions are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub quarter: u8,
}

impl Quarter {
    pub fn of(date: Date) -> Quarter {
        Quarter {
            year: date.year(),
            quarter: (date.month() - 1) / 3 + 1,
        }
    }

    /// Its first day.
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year, (self.quarter - 1) * 3 + 1, 1)
    }

    /// The last day of the last quarter that ended before `today`.
    pub fn last_ended(today: Date) -> Option<Date> {
        Quarter::of(today).first_day()?.add_days(-1)
    }
}

/// One organization's support of one kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindFigures {
    pub organization: String,
    pub kind: SupportKindId,
    /// Sessions whose day had come: delivered, cancelled, or not recorded as held.
    pub due: u32,
    pub delivered: u32,
    pub cancelled: u32,
    /// Sessions still planned for a later day.
    pub upcoming: u32,
    pub minutes_delivered: u64,
    /// Attendances of peers and of staff at the delivered sessions (a person at two sessions
    /// counts twice): never a list of who.
    pub peers: u64,
    pub staff: u64,
}

impl KindFigures {
    /// The share of the sessions due that were delivered; none when none were due.
    pub fn delivered_share(&self) -> Option<f64> {
        (self.due > 0).then(|| f64::from(self.delivered) / f64::from(self.due))
    }

    /// Sessions whose day came and went with neither a delivery nor a cancellation recorded.
    pub fn not_recorded(&self) -> u32 {
        self.due - self.delivered - self.cancelled
    }

    pub fn hours_delivered(&self) -> f64 {
        self.minutes_delivered as f64 / 60.0
    }
}

/// One organization's WRAP training in one quarter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrapFigures {
    pub organization: String,
    pub quarter: Quarter,
    /// WRAP sessions delivered.
    pub sessions: u32,
    /// Attendances of peers.
    pub peers: u64,
    /// Peers who completed the training.
    pub completed: u64,
}

/// A survey wave, placed on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveMark {
    pub organization: String,
    pub label: String,
    pub opens: Date,
}

/// The schedule of support as a report shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SupportFigures {
    /// By organization (in the order given), then kind (in the kinds file's order); only the
    /// kinds an organization has any activity of.
    pub kinds: Vec<KindFigures>,
    /// By organization, then quarter; only quarters with WRAP training delivered.
    pub wrap: Vec<WrapFigures>,
    /// Every activity, by organization, day and kind (in the kinds file's order), for the timeline.
    pub activities: Vec<SupportRecord>,
    pub waves: Vec<WaveMark>,
    /// The last day the figures count.
    pub cutoff: Option<Date>,
    /// Whether small counts of peers are hidden (readers of closed waves only).
    pub protected: bool,
}

impl SupportFigures {
    /// The figures of `records` for a reader who may see `visibility`, on `today`.
    /// `organizations` gives the order of the organizations' rows.
    pub fn new(
        kinds: &SupportKinds,
        organizations: &[String],
        records: Vec<SupportRecord>,
        waves: Vec<WaveMark>,
        visibility: WaveVisibility,
        today: Date,
    ) -> SupportFigures {
        let protected = visibility == WaveVisibility::ClosedOnly;
        let cutoff = if protected {
            Quarter::last_ended(today)
        } else {
            Some(today)
        };
        let Some(cutoff) = cutoff else {
            return SupportFigures::default();
        };
        // Each record to its organization's bucket in one pass: the funders' overview sorts
        // thousands of activities over a hundred organizations, where looking each name up in
        // the list at every comparison cost more than the rest of the support figures.
        let position: HashMap<&str, usize> = organizations
            .iter()
            .enumerate()
            .map(|(i, name)| (name.as_str(), i))
            .collect();
        let mut buckets: Vec<Vec<SupportRecord>> = vec![Vec::new(); organizations.len()];
        for record in records {
            if let Some(&i) = position.get(record.organization.as_str()) {
                buckets[i].push(record);
            }
        }
        let mut figures = SupportFigures {
            cutoff: Some(cutoff),
            protected,
            waves,
            ..SupportFigures::default()
        };
        // By day, then kind in the file's order: the store's own order within a day goes by
        // activity id, which is random, and a report must read the same every time.
        let kind_order = |kind: &SupportKindId| kinds.iter().position(|k| k.id == *kind);
        for (organization, bucket) in organizations.iter().zip(&mut buckets) {
            bucket.sort_by_key(|r| (r.planned_on, kind_order(&r.kind)));
            let of_org: Vec<&SupportRecord> = bucket.iter().collect();
            for kind in kinds.iter() {
                let of_kind = of_org.iter().filter(|r| r.kind == kind.id);
                let mut row = KindFigures {
                    organization: organization.clone(),
                    kind: kind.id.clone(),
                    due: 0,
                    delivered: 0,
                    cancelled: 0,
                    upcoming: 0,
                    minutes_delivered: 0,
                    peers: 0,
                    staff: 0,
                };
                let mut any = false;
                for record in of_kind {
                    any = true;
                    match record.state_at(cutoff) {
                        StateThen::Delivered(_) => {
                            row.due += 1;
                            row.delivered += 1;
                            row.minutes_delivered += u64::from(record.duration_minutes);
                            if let Some(attendance) = record.attendance {
                                row.peers += u64::from(attendance.peers);
                                row.staff += u64::from(attendance.staff);
                            }
                        }
                        StateThen::NotRecorded(_) => row.due += 1,
                        StateThen::Cancelled(on) if on <= cutoff => {
                            row.due += 1;
                            row.cancelled += 1;
                        }
                        // A later session cancelled is no longer part of the plan.
                        StateThen::Cancelled(_) => {}
                        StateThen::Upcoming(_) => row.upcoming += 1,
                    }
                }
                if any {
                    figures.kinds.push(row);
                }
            }
            let mut wrap: Vec<WrapFigures> = Vec::new();
            for record in &of_org {
                let is_wrap = kinds.get(record.kind.as_str()).is_some_and(|k| k.wrap);
                let StateThen::Delivered(on) = record.state_at(cutoff) else {
                    continue;
                };
                if !is_wrap {
                    continue;
                }
                let quarter = Quarter::of(on);
                let index = match wrap.iter().position(|w| w.quarter == quarter) {
                    Some(index) => index,
                    None => {
                        wrap.push(WrapFigures {
                            organization: organization.clone(),
                            quarter,
                            sessions: 0,
                            peers: 0,
                            completed: 0,
                        });
                        wrap.len() - 1
                    }
                };
                let row = &mut wrap[index];
                row.sessions += 1;
                if let Some(attendance) = record.attendance {
                    row.peers += u64::from(attendance.peers);
                    row.completed += u64::from(attendance.wrap_completed.unwrap_or(0));
                }
            }
            wrap.sort_by_key(|w| w.quarter);
            figures.wrap.extend(wrap);
        }
        figures.activities = buckets.into_iter().flatten().collect();
        figures
    }

    /// A count of peers as this reader may see it: hidden below `k` for protected readers.
    pub fn peers(&self, count: u64, k: MinCell) -> Masked<u64> {
        if self.protected && k.is_small(count) {
            Masked::Suppressed {
                reason: Reason::Primary,
            }
        } else {
            Masked::Shown(count)
        }
    }

    /// The state of an activity as of the figures' last day.
    pub fn state_of(&self, record: &SupportRecord) -> Option<StateThen> {
        self.cutoff.map(|cutoff| record.state_at(cutoff))
    }

    /// The figures of one organization, by its display name.
    pub fn of_organization<'a>(
        &'a self,
        organization: &'a str,
    ) -> impl Iterator<Item = &'a KindFigures> + 'a {
        self.kinds
            .iter()
            .filter(move |k| k.organization == organization)
    }
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
