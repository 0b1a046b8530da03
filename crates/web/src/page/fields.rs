//! Helpers shared by the volunteering pages: forms with repeated names (checkboxes),
//! numbers typed as text, local days and times, and how a shift's time is written.

use crate::page::PageCtx;
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone as _};
use entraide_domain::platform::TimeZone;
use entraide_domain::shift::{MAX_SLOTS, ShiftTimes, parse_shift};
use entraide_domain::time::Timestamp;
use entraide_domain::{FieldError, Invalid};
use serde::Deserialize;

/// A posted form as name–value pairs, in order: checkboxes send one pair per ticked box
/// under the same name, which a struct cannot hold.
#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub(crate) struct FormFields(Vec<(String, String)>);

impl FormFields {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(n, v)| n == name && !v.trim().is_empty()).map(|(_, v)| v.trim().to_owned()).collect()
    }
}

/// A whole number typed in a form: `None` when left empty, `Err(())` when not a number.
pub(crate) fn whole_number(text: &str) -> Result<Option<i64>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<i64>().map(Some).map_err(|_| ())
}

/// A decimal number typed in a form (a comma is taken as the decimal separator, as many
/// readers write it): `None` when empty, `Err(())` when not a number.
pub(crate) fn decimal(text: &str) -> Result<Option<f64>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.replace(',', ".").parse::<f64>().map(Some).map_err(|_| ())
}

/// The same problems under the names of this form's fields: the use cases name fields
/// as the API does (`start_time`), a page with several forms prefixes them
/// (`series_start`). Unknown names are kept.
pub(crate) fn renamed(invalid: &Invalid, names: &[(&'static str, &'static str)]) -> Invalid {
    Invalid(
        invalid
            .0
            .iter()
            .map(|e| {
                let field = names.iter().find(|(from, _)| *from == e.field).map_or(e.field, |(_, to)| *to);
                FieldError::new(field, e.code)
            })
            .collect(),
    )
}

/// A day typed as `YYYY-MM-DD`; errors name `field`.
pub(crate) fn day(text: &str, field: &'static str) -> Result<NaiveDate, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| FieldError::new(field, "date-malformed"))
}

/// A time of day typed as `HH:MM` (browsers may add seconds); errors name `field`.
pub(crate) fn time_of_day(text: &str, field: &'static str) -> Result<NaiveTime, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "required"));
    }
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .map_err(|_| FieldError::new(field, "time-malformed"))
}

/// The instant of a local day and time in the platform's zone. In the hour a clock skips
/// (spring forward) the time is taken an hour later; in the hour it repeats, the first.
pub(crate) fn local_instant(day: NaiveDate, at: NaiveTime, zone: TimeZone) -> Option<Timestamp> {
    let local = day.and_time(at);
    let tz = zone.tz();
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| tz.from_local_datetime(&(local + Duration::hours(1))).earliest())
        .map(|t| t.with_timezone(&chrono::Utc))
}

/// Checks a shift typed as a local day, start and end time, and places.
pub(crate) fn local_shift(
    zone: TimeZone,
    day_text: &str,
    start: &str,
    end: &str,
    slots: &str,
) -> Result<ShiftTimes, Invalid> {
    let mut invalid = Invalid::default();
    let day = invalid.check(day(day_text, "day"));
    let start = invalid.check(time_of_day(start, "start_time"));
    let end = invalid.check(time_of_day(end, "end_time"));
    // Anything but a whole number of places gets the same message as zero places.
    let slots = whole_number(slots).ok().flatten().unwrap_or(0);
    let (Some(day), Some(start), Some(end)) = (day, start, end) else {
        if !(1..=MAX_SLOTS).contains(&slots) {
            invalid.0.push(FieldError::new("slots", "slots-out-of-range"));
        }
        return Err(invalid);
    };
    let starts_at = local_instant(day, start, zone).ok_or(Invalid::one("start_time", "time-malformed"))?;
    let ends_at = local_instant(day, end, zone).ok_or(Invalid::one("end_time", "time-malformed"))?;
    parse_shift(&starts_at.to_rfc3339(), &ends_at.to_rfc3339(), slots, "")
}

/// The local day and time of an instant, as form fields want them (`2026-12-01`, `14:00`).
pub(crate) fn local_fields(at: Timestamp, zone: TimeZone) -> (String, String) {
    let local = at.with_timezone(&zone.tz());
    (local.format("%Y-%m-%d").to_string(), local.format("%H:%M").to_string())
}

/// When a shift happens: "Friday, 4 December 2026 at 14:00 – 17:00", or both dates in
/// full when it ends on another day.
pub(crate) fn span(ctx: &PageCtx, starts_at: Timestamp, ends_at: Timestamp) -> String {
    let format = ctx.format();
    let end =
        if format.date(starts_at) == format.date(ends_at) { format.time(ends_at) } else { format.date_time(ends_at) };
    ctx.tr.t_args("shift-when", &[("start", format.date_time(starts_at).into()), ("end", end.into())])
}

/// A length of time the reader's way: "1 h 15 min", "45 min", "2 h", "0 h" (never "1.3 h").
/// The sign is the caller's to say in words: time credits below zero are not a debt.
pub(crate) fn duration(ctx: &PageCtx, minutes: i64) -> String {
    let minutes = minutes.unsigned_abs();
    let format = ctx.format();
    let number = |n: u64| format.number(n as f64, 0);
    match (minutes / 60, minutes % 60) {
        // Nothing yet reads "0 h", the unit of a total.
        (0, 0) => ctx.tr.t1("duration-hours", "hours", number(0)),
        (0, minutes) => ctx.tr.t1("duration-minutes", "minutes", number(minutes)),
        (hours, 0) => ctx.tr.t1("duration-hours", "hours", number(hours)),
        (hours, minutes) => ctx
            .tr
            .t_args("duration-hours-minutes", &[("hours", number(hours).into()), ("minutes", number(minutes).into())]),
    }
}

/// The query of a page a form redirects to: what was just done (`?notice=saved`; older
/// pages say `?done=`), shown as a notice when the page knows it.
#[derive(serde::Deserialize, Default)]
pub(crate) struct NoticeQuery {
    #[serde(alias = "done")]
    pub notice: Option<String>,
    /// Where a form on the page leads back to (a same-site path, checked by `safe_next`).
    pub next: Option<String>,
}

/// A notice shown after a redirect, if `code` is one this page knows.
pub(crate) fn notice(ctx: &PageCtx, prefix: &str, known: &[&str], code: Option<&str>) -> Option<String> {
    code.filter(|c| known.contains(c)).map(|c| ctx.t(&format!("{prefix}-notice-{c}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_names_are_all_kept() {
        let fields: FormFields =
            serde_urlencoded::from_str("skills=cooking&title=Soup&skills=driving&skills=").unwrap();
        assert_eq!(fields.all("skills"), ["cooking", "driving"]);
        assert_eq!(fields.get("title"), "Soup");
        assert_eq!(fields.get("missing"), "");
    }

    #[test]
    fn numbers_typed_by_people() {
        assert_eq!(whole_number(" 12 "), Ok(Some(12)));
        assert_eq!(whole_number(""), Ok(None));
        assert!(whole_number("twelve").is_err());
        assert_eq!(decimal("51,05"), Ok(Some(51.05)));
    }

    #[test]
    fn local_times_become_instants_in_the_platform_zone() {
        let zone = TimeZone::parse("Europe/Brussels", "zone").unwrap();
        let at = local_instant(day("2026-12-01", "d").unwrap(), time_of_day("14:00", "t").unwrap(), zone).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-12-01T13:00:00+00:00");
        assert_eq!(local_fields(at, zone), ("2026-12-01".to_owned(), "14:00".to_owned()));
        // 02:30 does not exist on the morning clocks go forward: it becomes 03:30.
        let skipped = local_instant(day("2027-03-28", "d").unwrap(), time_of_day("02:30", "t").unwrap(), zone).unwrap();
        assert_eq!(skipped.to_rfc3339(), "2027-03-28T01:30:00+00:00");
    }
}

/// A form that names one thing by its id (to withdraw it, to unblock someone…).
#[derive(Deserialize)]
pub(crate) struct IdForm {
    #[serde(default)]
    pub(crate) id: String,
}
