//! Hours volunteers report themselves, for ongoing opportunities without shifts.

use crate::error::{FieldError, Invalid};
use crate::id::{AccountId, HourReportId, OpportunityId};
use crate::time::Timestamp;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportStatus {
    /// Waiting for a coordinator.
    Pending,
    /// Counted.
    Approved,
    /// Not counted.
    Declined,
}

impl ReportStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Pending => "pending",
            ReportStatus::Approved => "approved",
            ReportStatus::Declined => "declined",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pending" => Some(ReportStatus::Pending),
            "approved" => Some(ReportStatus::Approved),
            "declined" => Some(ReportStatus::Declined),
            _ => None,
        }
    }
}

/// A report as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct HourReport {
    /// Its id.
    pub id: HourReportId,
    /// The opportunity.
    pub opportunity_id: OpportunityId,
    /// The volunteer.
    pub account_id: AccountId,
    /// The day the work was done.
    pub day: NaiveDate,
    /// How long.
    pub minutes: i64,
    /// What was done.
    pub note: String,
    /// Pending, approved or declined.
    pub status: ReportStatus,
    /// When it was reported.
    pub created_at: Timestamp,
}

/// How far back hours may be reported, in days: a year covers a forgotten report, and
/// nobody reports the hours of year 1.
pub const MAX_REPORT_AGE_DAYS: i64 = 366;

/// A report, checked: a day within the last year and not in the future, 1 minute to 24
/// hours, a short note.
pub fn parse_report(
    day: &str,
    minutes: i64,
    note: &str,
    today: NaiveDate,
) -> Result<(NaiveDate, i64, String), Invalid> {
    let mut invalid = Invalid::default();
    let day = match NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d") {
        Ok(day) if day > today => {
            invalid.0.push(FieldError::new("day", "day-in-future"));
            None
        }
        Ok(day) if (today - day).num_days() > MAX_REPORT_AGE_DAYS => {
            invalid.0.push(FieldError::new("day", "day-too-long-ago"));
            None
        }
        Ok(day) => Some(day),
        Err(_) => {
            invalid.0.push(FieldError::new("day", "date-malformed"));
            None
        }
    };
    let minutes = invalid.check(crate::signup::parse_minutes(minutes, "minutes"));
    let note = invalid.check(crate::text::paragraph(note, "note", 500, crate::text::Presence::Optional));
    match (day, minutes, note) {
        (Some(day), Some(minutes), Some(note)) if invalid.0.is_empty() => Ok((day, minutes, note)),
        _ => Err(invalid),
    }
}
