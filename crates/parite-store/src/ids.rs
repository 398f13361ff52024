//! Identifiers and timestamps as the store writes them.

use parite_core::stages::Date;
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::StoreError;

/// 128 random bits as 32 lower-case hex digits: unguessable, so an id in a URL reveals nothing
/// and cannot be enumerated, and generated without asking the database (no round trip, same on
/// both backends).
pub(crate) fn new_id() -> Result<String, StoreError> {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| StoreError::Unavailable {
        reason: format!("no randomness for a new id: {error}"),
    })?;
    let mut hex = String::with_capacity(32);
    for byte in bytes {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    Ok(hex)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The id as stored (32 hex digits for ids the store generated).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// An organization's id.
    OrgId
);
id_type!(
    /// A user account's id.
    UserId
);
id_type!(
    /// A survey wave's id.
    WaveId
);
id_type!(
    /// An invitation's id (not its code: the code is what respondents see).
    InvitationId
);
id_type!(
    /// A survey response's id. Never shown to respondents: they hold a resume code instead.
    ResponseId
);
id_type!(
    /// A checklist assessment's id.
    AssessmentId
);
id_type!(
    /// An activity of the schedule of support.
    SupportActivityId
);

/// A moment, as whole seconds since the Unix epoch (UTC).
///
/// Stored as a BIGINT: portable through sqlx's `Any` driver, compared and range-filtered by
/// the database as plain integers, and free of time-zone questions. Formatting for people is
/// parite-i18n's job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The current time from the system clock.
    pub fn now() -> Self {
        let seconds = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        Self(seconds)
    }

    /// The moment `seconds` after the Unix epoch.
    pub const fn from_unix(seconds: i64) -> Self {
        Self(seconds)
    }

    /// Seconds since the Unix epoch.
    pub const fn unix(self) -> i64 {
        self.0
    }

    /// This moment plus `seconds` (saturating).
    pub const fn plus_seconds(self, seconds: i64) -> Self {
        Self(self.0.saturating_add(seconds))
    }

    /// This moment plus `days` whole days (saturating).
    pub const fn plus_days(self, days: i64) -> Self {
        self.plus_seconds(days.saturating_mul(SECONDS_PER_DAY))
    }

    /// The first second of `date`, in UTC (the product keeps every time in UTC).
    pub fn start_of(date: Date) -> Self {
        Self(date.days_since_epoch() * SECONDS_PER_DAY)
    }

    /// The last second of `date`, in UTC: a wave closing "on" a date takes answers all day.
    pub fn end_of(date: Date) -> Self {
        Self((date.days_since_epoch() + 1) * SECONDS_PER_DAY - 1)
    }

    /// The calendar day (UTC) of this moment; `None` past the calendar's range.
    pub fn date(self) -> Option<Date> {
        Date::from_days_since_epoch(self.0.div_euclid(SECONDS_PER_DAY))
    }

    /// `YYYY-MM-DD` of this moment (UTC); empty past the calendar's range.
    pub fn iso_date(self) -> String {
        self.date().map_or_else(String::new, |d| d.to_string())
    }

    /// Seconds since midnight (UTC).
    pub const fn second_of_day(self) -> i64 {
        self.0.rem_euclid(SECONDS_PER_DAY)
    }
}

/// Seconds in a day: every day of the product is a UTC day, without leap seconds.
pub const SECONDS_PER_DAY: i64 = 86_400;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_become_calendar_days_and_back() {
        let day = |unix: i64| Timestamp::from_unix(unix).iso_date();
        assert_eq!(day(0), "1970-01-01");
        assert_eq!(day(1_795_305_600), "2026-11-22");
        assert_eq!(day(1_709_164_800), "2024-02-29");
        assert_eq!(day(-1), "1969-12-31");
        let leap = Date::parse_iso("2024-02-29").unwrap();
        assert_eq!(Timestamp::start_of(leap).unix(), 1_709_164_800);
        assert_eq!(
            Timestamp::end_of(leap).unix(),
            1_709_164_800 + SECONDS_PER_DAY - 1
        );
        assert_eq!(Timestamp::end_of(leap).iso_date(), "2024-02-29");
        assert_eq!(
            Timestamp::start_of(leap).plus_days(1).iso_date(),
            "2024-03-01"
        );
        assert_eq!(Timestamp::from_unix(3_725).second_of_day(), 3_725);
    }

    #[test]
    fn ids_are_32_hex_digits_and_differ() {
        let a = new_id().unwrap();
        let b = new_id().unwrap();
        assert_eq!(a.len(), 32);
        assert!(
            a.bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_ne!(a, b);
    }
}
