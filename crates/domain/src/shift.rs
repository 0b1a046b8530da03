//! Shifts: when, and how many places. A series ("every Tuesday 14:00–17:00 until
//! 31 March") is expanded into single shifts, each then edited on its own.

use crate::error::{FieldError, Invalid};
use crate::id::{OpportunityId, PlatformId, SeriesId, ShiftId};
use crate::platform::TimeZone;
use crate::time::Timestamp;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone as _};

/// The most places one shift may have.
pub const MAX_SLOTS: i64 = 10_000;
/// The most shifts one series may create.
pub const MAX_SERIES_SHIFTS: usize = 400;

/// A shift as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Shift {
    /// Its id.
    pub id: ShiftId,
    /// Its platform.
    pub platform_id: PlatformId,
    /// Its opportunity.
    pub opportunity_id: OpportunityId,
    /// When it starts.
    pub starts_at: Timestamp,
    /// When it ends.
    pub ends_at: Timestamp,
    /// How many people it needs.
    pub slots: i64,
    /// How many are confirmed.
    pub taken: i64,
    /// How many are waiting.
    pub waiting: i64,
    /// The series that created it, if one did.
    pub series_id: Option<SeriesId>,
    /// When it was cancelled, if it was.
    pub cancelled_at: Option<Timestamp>,
}

/// How long before a shift's start its coordinators may mark who came.
pub const ATTENDANCE_OPENS_MINUTES_BEFORE: i64 = 30;
/// How many minutes beyond a shift's length attendance may record.
pub const ATTENDANCE_EXTRA_MINUTES: i64 = 12 * 60;

impl Shift {
    /// Places still free.
    pub fn places_left(&self) -> i64 {
        (self.slots - self.taken).max(0)
    }

    /// Whether attendance may be marked at `at`: from half an hour before the start, so
    /// coordinators can tick people in as they arrive.
    pub fn attendance_open(&self, at: Timestamp) -> bool {
        at >= self.starts_at - Duration::minutes(ATTENDANCE_OPENS_MINUTES_BEFORE)
    }

    /// It has started and not yet ended at `at`: happening now.
    pub fn is_under_way(&self, at: Timestamp) -> bool {
        self.starts_at <= at && at < self.ends_at
    }

    /// Its length in minutes.
    pub fn minutes(&self) -> i64 {
        (self.ends_at - self.starts_at).num_minutes()
    }

    /// Checks the minutes a coordinator records for someone who came: from 0 to the
    /// shift's length plus [`ATTENDANCE_EXTRA_MINUTES`] (people stay on, a day runs late).
    pub fn attendance_minutes(&self, minutes: i64, field: &'static str) -> Result<i64, crate::error::FieldError> {
        if (0..=self.minutes() + ATTENDANCE_EXTRA_MINUTES).contains(&minutes) {
            Ok(minutes)
        } else {
            Err(crate::error::FieldError::new(field, "attendance-minutes-out-of-range"))
        }
    }
}

/// When and how many, checked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShiftTimes {
    /// Start.
    pub starts_at: Timestamp,
    /// End, after the start.
    pub ends_at: Timestamp,
    /// Places, at least one.
    pub slots: i64,
}

/// How far ahead shifts may be planned, in days.
pub const MAX_DAYS_AHEAD: i64 = 731;
/// How far back a shift may be recorded, in days.
pub const MAX_DAYS_BEHIND: i64 = 366;
/// The longest shift, in hours, unless it is marked as lasting several days.
pub const MAX_SHIFT_HOURS: i64 = 24;
/// The longest shift that lasts several days (a camp, a festival), in days.
pub const MAX_MULTI_DAY_DAYS: i64 = 31;

/// How long a shift may last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShiftLength {
    /// At most [`MAX_SHIFT_HOURS`] hours.
    #[default]
    WithinADay,
    /// At most [`MAX_MULTI_DAY_DAYS`] days.
    SeveralDays,
}

impl ShiftLength {
    fn longest(self) -> Duration {
        match self {
            ShiftLength::WithinADay => Duration::hours(MAX_SHIFT_HOURS),
            ShiftLength::SeveralDays => Duration::days(MAX_MULTI_DAY_DAYS),
        }
    }
}

/// Checks a shift's times and places, lasting at most a day; errors are named
/// `{prefix}starts_at`, … so a list of shifts can say which one is wrong.
pub fn parse_shift(starts_at: &str, ends_at: &str, slots: i64, prefix: &'static str) -> Result<ShiftTimes, Invalid> {
    parse_shift_of(starts_at, ends_at, slots, prefix, ShiftLength::WithinADay)
}

/// Checks a shift's times and places, for a shift of the given length.
pub fn parse_shift_of(
    starts_at: &str,
    ends_at: &str,
    slots: i64,
    prefix: &'static str,
    length: ShiftLength,
) -> Result<ShiftTimes, Invalid> {
    let field = |name: &'static str| -> &'static str {
        match (prefix, name) {
            ("", n) => n,
            (_, "starts_at") => "shifts.starts_at",
            (_, "ends_at") => "shifts.ends_at",
            _ => "shifts.slots",
        }
    };
    let mut invalid = Invalid::default();
    let parse = |text: &str, name: &'static str| {
        chrono::DateTime::parse_from_rfc3339(text.trim())
            .map(|t| crate::time::truncate(t.with_timezone(&chrono::Utc)))
            .map_err(|_| FieldError::new(field(name), "datetime-malformed"))
    };
    let start = invalid.check(parse(starts_at, "starts_at"));
    let end = invalid.check(parse(ends_at, "ends_at"));
    if let (Some(start), Some(end)) = (start, end) {
        if end <= start {
            invalid.0.push(FieldError::new(field("ends_at"), "shift-ends-before-start"));
        } else if end - start > length.longest() {
            let code = match length {
                ShiftLength::WithinADay => "shift-too-long",
                ShiftLength::SeveralDays => "shift-days-too-long",
            };
            invalid.0.push(FieldError::new(field("ends_at"), code));
        }
    }
    if !(1..=MAX_SLOTS).contains(&slots) {
        invalid.0.push(FieldError::new(field("slots"), "slots-out-of-range"));
    }
    match (start, end) {
        (Some(starts_at), Some(ends_at)) if invalid.0.is_empty() => Ok(ShiftTimes { starts_at, ends_at, slots }),
        _ => Err(invalid),
    }
}

/// Checks that shifts start within the window a platform plans in: at most
/// [`MAX_DAYS_AHEAD`] days from `now`, and at most [`MAX_DAYS_BEHIND`] days ago (a past
/// activity recorded late). Errors are named like [`parse_shift`]'s.
pub fn check_planned(shifts: &[ShiftTimes], now: Timestamp, prefix: &'static str) -> Result<(), Invalid> {
    let field = if prefix.is_empty() { "starts_at" } else { "shifts.starts_at" };
    let earliest = now - Duration::days(MAX_DAYS_BEHIND);
    let latest = now + Duration::days(MAX_DAYS_AHEAD);
    if shifts.iter().any(|s| s.starts_at > latest) {
        return Err(Invalid::one(field, "shift-too-far-ahead"));
    }
    if shifts.iter().any(|s| s.starts_at < earliest) {
        return Err(Invalid::one(field, "shift-too-long-ago"));
    }
    Ok(())
}

/// How often a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    /// Every day.
    Daily,
    /// On some days of the week.
    Weekly,
}

/// A series as typed, before checking.
#[derive(Debug, Clone, Default)]
pub struct SeriesInput {
    /// `daily` or `weekly`.
    pub frequency: String,
    /// For weekly series: ISO weekdays, 1 = Monday … 7 = Sunday (default: the first day's).
    pub weekdays: Vec<i64>,
    /// First day, `YYYY-MM-DD`.
    pub starts_on: String,
    /// Last day, `YYYY-MM-DD`; a series must end.
    pub until: Option<String>,
    /// Local start time, `HH:MM`.
    pub start_time: String,
    /// Local end time, `HH:MM`, after the start.
    pub end_time: String,
    /// Places per shift.
    pub slots: i64,
    /// Days left out (holidays), `YYYY-MM-DD`.
    pub except: Vec<String>,
}

fn date(text: &str, field: &'static str) -> Result<NaiveDate, FieldError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| FieldError::new(field, "date-malformed"))
}

fn time(text: &str, field: &'static str) -> Result<NaiveTime, FieldError> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| FieldError::new(field, "time-malformed"))
}

/// The instant of a local day and time in `zone`. In the hour a clock skips (spring
/// forward), the time is taken an hour later; in the hour it repeats, the first one.
fn instant(day: NaiveDate, at: NaiveTime, zone: TimeZone) -> Option<Timestamp> {
    let local = day.and_time(at);
    zone.tz()
        .from_local_datetime(&local)
        .earliest()
        .or_else(|| zone.tz().from_local_datetime(&(local + Duration::hours(1))).earliest())
        .map(|t| t.with_timezone(&chrono::Utc))
}

impl SeriesInput {
    /// Checks the series and expands it into shift times, in the platform's zone.
    pub fn expand(&self, zone: TimeZone) -> Result<Vec<ShiftTimes>, Invalid> {
        let mut invalid = Invalid::default();
        let frequency = match self.frequency.trim() {
            "daily" => Some(Frequency::Daily),
            "weekly" => Some(Frequency::Weekly),
            _ => {
                invalid.0.push(FieldError::new("frequency", "frequency-unknown"));
                None
            }
        };
        let first = invalid.check(date(&self.starts_on, "starts_on"));
        let last = match self.until.as_deref().filter(|u| !u.trim().is_empty()) {
            Some(until) => invalid.check(date(until, "until")),
            None => {
                invalid.0.push(FieldError::new("until", "series-without-end"));
                None
            }
        };
        let start = invalid.check(time(&self.start_time, "start_time"));
        let end = invalid.check(time(&self.end_time, "end_time"));
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            invalid.0.push(FieldError::new("end_time", "shift-ends-before-start"));
        }
        if !(1..=MAX_SLOTS).contains(&self.slots) {
            invalid.0.push(FieldError::new("slots", "slots-out-of-range"));
        }
        let mut weekdays = Vec::new();
        for day in &self.weekdays {
            match u32::try_from(*day).ok().filter(|d| (1..=7).contains(d)) {
                Some(day) => weekdays.push(day),
                None => invalid.0.push(FieldError::new("weekdays", "weekday-out-of-range")),
            }
        }
        // More days left out than a series may hold is a mistake, not a series; a set
        // keeps the walk below linear in their number.
        if self.except.len() > MAX_SERIES_SHIFTS {
            invalid.0.push(FieldError::new("except", "too-long"));
        }
        let except: std::collections::BTreeSet<NaiveDate> =
            self.except.iter().take(MAX_SERIES_SHIFTS).filter_map(|d| invalid.check(date(d, "except"))).collect();
        if let (Some(first), Some(last)) = (first, last)
            && last < first
        {
            invalid.0.push(FieldError::new("until", "series-ends-before-start"));
        }
        let (Some(frequency), Some(first), Some(last), Some(start), Some(end)) = (frequency, first, last, start, end)
        else {
            return Err(invalid);
        };
        if !invalid.0.is_empty() {
            return Err(invalid);
        }
        if weekdays.is_empty() {
            weekdays.push(first.weekday().number_from_monday());
        }
        let mut shifts = Vec::new();
        let mut day = first;
        while day <= last {
            let wanted = match frequency {
                Frequency::Daily => true,
                Frequency::Weekly => weekdays.contains(&day.weekday().number_from_monday()),
            };
            if wanted && !except.contains(&day) {
                if shifts.len() == MAX_SERIES_SHIFTS {
                    return Err(Invalid::one("until", "series-too-long"));
                }
                match (instant(day, start, zone), instant(day, end, zone)) {
                    (Some(starts_at), Some(ends_at)) if ends_at > starts_at => {
                        shifts.push(ShiftTimes { starts_at, ends_at, slots: self.slots });
                    }
                    _ => return Err(Invalid::one("start_time", "time-malformed")),
                }
            }
            day = day.succ_opt().ok_or(Invalid::one("until", "date-malformed"))?;
        }
        if shifts.is_empty() {
            return Err(Invalid::one("until", "series-empty"));
        }
        Ok(shifts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brussels() -> TimeZone {
        TimeZone::parse("Europe/Brussels", "zone").unwrap()
    }

    #[test]
    fn a_shift_lasts_at_most_a_day_unless_it_spans_several_days() {
        assert!(parse_shift("2026-12-01T08:00:00Z", "2026-12-02T08:00:00Z", 5, "").is_ok());
        assert_eq!(
            parse_shift("2026-12-01T08:00:00Z", "2026-12-02T08:00:01Z", 5, "").unwrap_err().0[0].code,
            "shift-too-long"
        );
        assert_eq!(
            parse_shift("0001-01-01T00:00:00Z", "2101-01-01T00:00:00Z", 5, "").unwrap_err().0[0].code,
            "shift-too-long"
        );
        let camp = parse_shift_of("2026-12-01T08:00:00Z", "2026-12-05T18:00:00Z", 5, "", ShiftLength::SeveralDays);
        assert!(camp.is_ok());
        let century = parse_shift_of("2026-12-01T08:00:00Z", "2126-12-01T08:00:00Z", 5, "", ShiftLength::SeveralDays);
        assert_eq!(century.unwrap_err().0[0].code, "shift-days-too-long");
    }

    #[test]
    fn shifts_start_within_two_years_ahead_and_one_year_back() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-07T12:00:00Z").unwrap().with_timezone(&chrono::Utc);
        let at = |text: &str| parse_shift(text, &text.replace("T08", "T10"), 1, "").unwrap();
        assert!(check_planned(&[at("2028-11-30T08:00:00Z"), at("2025-12-10T08:00:00Z")], now, "").is_ok());
        assert_eq!(check_planned(&[at("9999-12-01T08:00:00Z")], now, "").unwrap_err().0[0].code, "shift-too-far-ahead");
        assert_eq!(
            check_planned(&[at("0001-12-01T08:00:00Z")], now, "shifts").unwrap_err().0[0],
            FieldError::new("shifts.starts_at", "shift-too-long-ago")
        );
    }

    #[test]
    fn a_shift_must_end_after_it_starts_and_have_places() {
        assert!(parse_shift("2026-12-01T14:00:00Z", "2026-12-01T17:00:00Z", 5, "").is_ok());
        let err = parse_shift("2026-12-01T14:00:00Z", "2026-12-01T13:00:00Z", 0, "").unwrap_err();
        let codes: Vec<_> = err.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(codes, [("ends_at", "shift-ends-before-start"), ("slots", "slots-out-of-range")]);
        assert_eq!(
            parse_shift("tomorrow", "2026-12-01T13:00:00Z", 1, "shifts").unwrap_err().0[0].field,
            "shifts.starts_at"
        );
    }

    #[test]
    fn every_tuesday_until_the_end_of_march_in_local_time_across_the_clock_change() {
        let series = SeriesInput {
            frequency: "weekly".into(),
            weekdays: vec![2],
            starts_on: "2027-03-01".into(),
            until: Some("2027-04-06".into()),
            start_time: "14:00".into(),
            end_time: "17:00".into(),
            slots: 4,
            except: vec!["2027-03-16".into()],
        };
        let shifts = series.expand(brussels()).unwrap();
        let starts: Vec<_> = shifts.iter().map(|s| s.starts_at.to_rfc3339()).collect();
        assert_eq!(
            starts,
            [
                "2027-03-02T13:00:00+00:00",
                "2027-03-09T13:00:00+00:00",
                "2027-03-23T13:00:00+00:00",
                "2027-03-30T12:00:00+00:00",
                "2027-04-06T12:00:00+00:00",
            ]
        );
        assert!(shifts.iter().all(|s| s.slots == 4 && (s.ends_at - s.starts_at).num_hours() == 3));
    }

    #[test]
    fn a_series_needs_an_end_and_sane_times() {
        let series = SeriesInput {
            frequency: "hourly".into(),
            starts_on: "2027-03-01".into(),
            until: None,
            start_time: "17:00".into(),
            end_time: "14:00".into(),
            slots: 0,
            weekdays: vec![8],
            ..SeriesInput::default()
        };
        let codes: Vec<_> = series.expand(brussels()).unwrap_err().0.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [
                "frequency-unknown",
                "series-without-end",
                "shift-ends-before-start",
                "slots-out-of-range",
                "weekday-out-of-range"
            ]
        );
        let daily = SeriesInput {
            frequency: "daily".into(),
            starts_on: "2027-01-01".into(),
            until: Some("2029-01-01".into()),
            start_time: "09:00".into(),
            end_time: "10:00".into(),
            slots: 1,
            ..SeriesInput::default()
        };
        assert_eq!(daily.expand(brussels()).unwrap_err().0[0].code, "series-too-long");
    }
}
