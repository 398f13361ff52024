//! Days spent in each implementation stage, from the history of milestones marked done and
//! undone.
//!
//! The history is append-only (a correction is a new event, never an edit), so the state at the
//! end is a replay: each milestone is in the state of its last event. Which stages are reached
//! is then exactly what [`progress_status`] says for the milestones done; this module only adds
//! when, and for how long.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::ident::ItemId;
use crate::instrument::Instrument;
use crate::scoring::progress_status;

/// A calendar day in the proleptic Gregorian calendar. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order gives the derived `Ord`: year, then month, then day.
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The day, if it exists: month 1–12, day 1 to the length of that month (29 February only
    /// in leap years: divisible by 4, except centuries not divisible by 400).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let length = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if is_leap(year) => 29,
            2 => 28,
            _ => return None,
        };
        (1..=length)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`, the form milestone days are stored in.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let [year, month, day] = <[&str; 3]>::try_from(text.split('-').collect::<Vec<_>>()).ok()?;
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01, negative before it.
    ///
    /// Howard Hinnant's `days_from_civil` ("chrono-Compatible Low-Level Date Algorithms"):
    /// shift the year to start on 1 March, so the leap day is the last day of its year; then
    /// count whole 400-year eras (146 097 days each), the years within the era (365 per year,
    /// plus one every 4, less one every 100), and the day within the March-based year, whose
    /// months from March have lengths that (153 m + 2) / 5 reproduces exactly.
    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400; // 0..=399
        let month_from_march = (month + 9) % 12; // March = 0 … February = 11
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1; // 0..=365
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468 // 719 468 days from 0000-03-01 to 1970-01-01
    }

    /// The day `days` after 1970-01-01 (before it when negative); `None` past the `i32` years.
    /// The inverse of [`Date::days_since_epoch`] (Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let days = days.checked_add(719_468)?;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097; // 0..=146096
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Days from `self` to `later`: `later − self`, negative when `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The day `days` later (earlier when negative); `None` past the `i32` years.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// `YYYY-MM-DD`, as stored.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One row of the milestone history: a milestone marked done or undone on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneEvent {
    pub milestone: ItemId,
    pub done: bool,
    /// For a done event, the day the milestone was reached (it may be earlier than the day it
    /// was recorded); for an undo, the day it was recorded.
    pub on: Date,
}

/// The milestones done at the end of the history, each with its done day: replaying `events` in
/// the order they were recorded, a milestone is in the state of its last event. A done event
/// for a milestone already done replaces its day (a correction).
pub fn done_milestones(events: &[MilestoneEvent]) -> BTreeMap<ItemId, Date> {
    let mut done = BTreeMap::new();
    for event in events {
        if event.done {
            done.insert(event.milestone.clone(), event.on);
        } else {
            done.remove(&event.milestone);
        }
    }
    done
}

/// Whether and when a stage was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reached {
    /// A required milestone is not done.
    No,
    /// Reached on this day: the latest done day of its required milestones, i.e. the day the
    /// last of them became done.
    On(Date),
    /// The stage has no required milestone, so it counts as reached from the outset (as in
    /// [`progress_status`]), on no particular day.
    Always,
}

/// Time spent in one stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageDays {
    pub stage: ItemId,
    pub reached: Reached,
    /// Days in the stage; `None` unless the stage is reached on a day (see [`stage_days`]).
    pub days: Option<i64>,
}

/// Time spent in every stage, in the instrument's order, and the current stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageTimeline {
    pub stages: Vec<StageDays>,
    /// The furthest stage reached, exactly as [`progress_status`] gives it for the milestones
    /// done; `None` means not started.
    pub current_stage: Option<ItemId>,
}

/// Days spent in each stage of a progress instrument, given its milestone history (in recorded
/// order) and today.
///
/// The current stage is the furthest reached one, so a stage S reached on day d_S is left on
/// the earliest day a later stage was reached:
///
/// - end(S) = min(today, d_T for every later stage T that is reached),
///   today when no later stage is reached (S is current);
/// - days(S) = max(0, end(S) − d_S).
///
/// When stages are reached in order this is simply (the day the next stage was reached, or
/// today for the current stage) − (the day S was reached). The `max(0, …)` and the `min(today, …)`
/// only matter for unusual histories: a stage overtaken before it was reached (stages reached
/// out of order, or backdated days) spent 0 days current, and no stage counts days past today.
///
/// A stage not reached at the end — never reached, or reached and then undone — has `None`;
/// undoing a required milestone un-reaches its stage, and redoing it gives the milestone the
/// redo's day. A stage with no required milestone ([`Reached::Always`]) has `None` too
/// (it has no start day), and as a later stage reached from the outset it leaves every earlier
/// stage with 0 days: `progress_status` never makes an earlier stage current while it is reached.
pub fn stage_days(
    instrument: &Instrument,
    events: &[MilestoneEvent],
    today: Date,
) -> StageTimeline {
    let done = done_milestones(events);
    let done_ids: BTreeSet<ItemId> = done.keys().cloned().collect();
    let status = progress_status(instrument, &done_ids);
    let reached: Vec<Reached> = instrument
        .groups
        .iter()
        .zip(&status.stages)
        .map(|(stage, completion)| {
            if !completion.reached {
                return Reached::No;
            }
            // All required milestones are done, so each has a day.
            let required_days = stage
                .items
                .iter()
                .filter(|m| m.required)
                .filter_map(|m| done.get(&m.id));
            required_days
                .max()
                .map_or(Reached::Always, |&day| Reached::On(day))
        })
        .collect();
    let stages = instrument
        .groups
        .iter()
        .enumerate()
        .map(|(index, stage)| {
            let days = match reached[index] {
                Reached::On(start) => {
                    // `Always` sorts before any day: a later stage reached from the outset ends
                    // this one before it began.
                    let overtaken = reached[index + 1..]
                        .iter()
                        .filter_map(|r| match r {
                            Reached::No => None,
                            Reached::On(day) => Some(Some(*day)),
                            Reached::Always => Some(None),
                        })
                        .min();
                    let end = match overtaken {
                        None => today,
                        Some(None) => start,
                        Some(Some(day)) => day.min(today),
                    };
                    Some(start.days_until(end).max(0))
                }
                Reached::No | Reached::Always => None,
            };
            StageDays {
                stage: stage.id.clone(),
                reached: reached[index],
                days,
            }
        })
        .collect();
    StageTimeline {
        stages,
        current_stage: status.current_stage,
    }
}

#[cfg(test)]
#[path = "stages_tests.rs"]
mod tests;
