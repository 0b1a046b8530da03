//! Sign-ups for shifts: confirmed while places remain, then a waiting list in order.

use crate::error::FieldError;
use crate::id::{AccountId, ShiftId, SignupId};
use crate::time::Timestamp;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Where a sign-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignupStatus {
    /// Has a place.
    Confirmed,
    /// On the waiting list.
    Waitlisted,
    /// Cancelled by the volunteer.
    Cancelled,
    /// Removed by a coordinator.
    Removed,
}

impl SignupStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SignupStatus::Confirmed => "confirmed",
            SignupStatus::Waitlisted => "waitlisted",
            SignupStatus::Cancelled => "cancelled",
            SignupStatus::Removed => "removed",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "confirmed" => Some(SignupStatus::Confirmed),
            "waitlisted" => Some(SignupStatus::Waitlisted),
            "cancelled" => Some(SignupStatus::Cancelled),
            "removed" => Some(SignupStatus::Removed),
            _ => None,
        }
    }

    /// Whether it still holds a place or a position.
    pub fn is_active(self) -> bool {
        matches!(self, SignupStatus::Confirmed | SignupStatus::Waitlisted)
    }
}

/// A sign-up as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Signup {
    /// Its id.
    pub id: SignupId,
    /// The shift.
    pub shift_id: ShiftId,
    /// The volunteer.
    pub account_id: AccountId,
    /// Where it stands.
    pub status: SignupStatus,
    /// Place on the waiting list, from 1, while waitlisted.
    pub position: Option<i64>,
    /// When the person signed up.
    pub created_at: Timestamp,
    /// When it was cancelled or removed.
    pub cancelled_at: Option<Timestamp>,
    /// Cancelled less than [`LATE_CANCELLATION_HOURS`] before the start.
    pub late: bool,
    /// Attended (true), did not show (false), or not yet marked.
    pub attended: Option<bool>,
    /// Minutes given, when attended.
    pub minutes: Option<i64>,
}

/// A cancellation this close to the start is late.
pub const LATE_CANCELLATION_HOURS: i64 = 24;

/// Whether cancelling at `at` a shift starting at `starts_at` is late.
pub fn is_late(at: Timestamp, starts_at: Timestamp) -> bool {
    starts_at - at < chrono::Duration::hours(LATE_CANCELLATION_HOURS)
}

/// A person's age in whole years on `day`.
pub fn age_on(birth_date: NaiveDate, day: NaiveDate) -> i32 {
    let mut age = day.year() - birth_date.year();
    if (day.month(), day.day()) < (birth_date.month(), birth_date.day()) {
        age -= 1;
    }
    age
}

/// Checks the minimum age on the day of the shift; errors name `birth_date`.
pub fn check_age(min_age: Option<u8>, birth_date: Option<NaiveDate>, shift_day: NaiveDate) -> Result<(), FieldError> {
    let Some(min_age) = min_age else { return Ok(()) };
    match birth_date {
        None => Err(FieldError::new("birth_date", "birth-date-needed")),
        Some(born) if age_on(born, shift_day) < i32::from(min_age) => {
            Err(FieldError::new("birth_date", "under-minimum-age"))
        }
        Some(_) => Ok(()),
    }
}

/// Minutes of attendance as given by a coordinator: 1 to 24 hours.
pub fn parse_minutes(minutes: i64, field: &'static str) -> Result<i64, FieldError> {
    if (1..=24 * 60).contains(&minutes) { Ok(minutes) } else { Err(FieldError::new(field, "minutes-out-of-range")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn age_counts_whole_years_up_to_the_birthday() {
        assert_eq!(age_on(day("2010-06-15"), day("2026-06-14")), 15);
        assert_eq!(age_on(day("2010-06-15"), day("2026-06-15")), 16);
        assert_eq!(
            check_age(Some(16), Some(day("2010-06-15")), day("2026-06-14")).unwrap_err().code,
            "under-minimum-age"
        );
        assert_eq!(check_age(Some(16), None, day("2026-06-14")).unwrap_err().code, "birth-date-needed");
        assert!(check_age(None, None, day("2026-06-14")).is_ok());
    }
}
