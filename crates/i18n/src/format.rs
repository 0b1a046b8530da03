//! Dates, times, numbers and distances written the reader's way (CLDR data through
//! ICU4X: day and month names, 12 or 24 hours, separators), in the platform's time zone.

use chrono::{Datelike, Timelike};
use entraide_domain::locale::Locale;
use entraide_domain::platform::TimeZone;
use entraide_domain::time::Timestamp;
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::{DateTimeFormatter, fieldsets};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

/// Writes values for one reader: a language and a time zone.
#[derive(Debug, Clone, Copy)]
pub struct LocalFormat {
    locale: Locale,
    zone: TimeZone,
}

impl LocalFormat {
    /// Formats for `locale`, showing instants in `zone`.
    pub fn new(locale: Locale, zone: TimeZone) -> Self {
        Self { locale, zone }
    }

    fn icu_locale(&self) -> icu_locale_core::Locale {
        self.locale.code().parse().unwrap_or(icu_locale_core::Locale::UNKNOWN)
    }

    fn local(&self, at: Timestamp) -> Option<DateTime<icu_calendar::Iso>> {
        let local = at.with_timezone(&self.zone.tz());
        let month = u8::try_from(local.month()).ok()?;
        let day = u8::try_from(local.day()).ok()?;
        let hour = u8::try_from(local.hour()).ok()?;
        let minute = u8::try_from(local.minute()).ok()?;
        Some(DateTime {
            date: Date::try_new_iso(local.year(), month, day).ok()?,
            time: Time::try_new(hour, minute, 0, 0).ok()?,
        })
    }

    /// A date: "27 nov. 2026", "Nov 27, 2026".
    pub fn date(&self, at: Timestamp) -> String {
        let formatter = DateTimeFormatter::try_new(self.icu_locale().into(), fieldsets::YMD::medium());
        match (formatter, self.local(at)) {
            (Ok(formatter), Some(local)) => formatter.format(&local).to_string(),
            _ => at.format("%Y-%m-%d").to_string(),
        }
    }

    /// A day and time: "vendredi 27 novembre 2026 à 16:09", "Friday, November 27, 2026 at 4:09 PM".
    pub fn date_time(&self, at: Timestamp) -> String {
        let formatter = DateTimeFormatter::try_new(self.icu_locale().into(), fieldsets::YMDE::long().with_time_hm());
        match (formatter, self.local(at)) {
            (Ok(formatter), Some(local)) => formatter.format(&local).to_string(),
            _ => at.format("%Y-%m-%d %H:%M").to_string(),
        }
    }

    /// A time of day: "16:09", "4:09 PM".
    pub fn time(&self, at: Timestamp) -> String {
        let formatter = DateTimeFormatter::try_new(self.icu_locale().into(), fieldsets::T::hm());
        match (formatter, self.local(at)) {
            (Ok(formatter), Some(local)) => formatter.format(&local.time).to_string(),
            _ => at.format("%H:%M").to_string(),
        }
    }

    /// A time on the clock, in no zone (a part of the day): "08:00", "8:00 AM".
    pub fn clock(&self, time: chrono::NaiveTime) -> String {
        let formatter = DateTimeFormatter::try_new(self.icu_locale().into(), fieldsets::T::hm());
        let hour = u8::try_from(time.hour()).ok();
        let minute = u8::try_from(time.minute()).ok();
        let icu = hour.zip(minute).and_then(|(h, m)| Time::try_new(h, m, 0, 0).ok());
        match (formatter, icu) {
            (Ok(formatter), Some(icu)) => formatter.format(&icu).to_string(),
            _ => time.format("%H:%M").to_string(),
        }
    }

    /// A number with at most `decimals` digits after the separator: "1 234,5".
    pub fn number(&self, value: f64, decimals: u8) -> String {
        let scale = 10f64.powi(i32::from(decimals));
        let scaled = (value * scale).round();
        let Ok(formatter) = DecimalFormatter::try_new(self.icu_locale().into(), Default::default()) else {
            return format!("{value:.*}", usize::from(decimals));
        };
        if !scaled.is_finite() || scaled.abs() > 9.0e15 {
            return format!("{value}");
        }
        // Exact: `scaled` is a whole number well inside i64.
        let mut decimal = Decimal::from(scaled as i64);
        decimal.multiply_pow10(-i16::from(decimals));
        decimal.trim_end();
        formatter.format(&decimal).to_string()
    }

    /// A distance in kilometres: "1,2 km"; under 10 km with one decimal.
    pub fn distance_km(&self, km: f64) -> String {
        let decimals = if km < 10.0 { 1 } else { 0 };
        format!("{}\u{a0}km", self.number(km, decimals))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc)
    }

    fn format(locale: &str, zone: &str) -> LocalFormat {
        LocalFormat::new(Locale::parse(locale).unwrap(), TimeZone::parse(zone, "zone").unwrap())
    }

    #[test]
    fn dates_are_written_the_local_way_in_the_platform_zone() {
        let moment = at("2026-11-27T15:09:00Z");
        let brussels = format("fr", "Europe/Brussels");
        assert_eq!(brussels.date_time(moment), "vendredi 27 novembre 2026 à 16:09");
        assert_eq!(brussels.time(moment), "16:09");
        let english = format("en", "Europe/Brussels");
        assert_eq!(english.date_time(moment), "Friday, November 27, 2026 at 4:09\u{202f}PM");
        assert_eq!(format("nl", "Europe/Brussels").date(moment), "27 nov 2026");
        // Near midnight the zone decides the day.
        assert_eq!(format("en", "America/New_York").date(at("2026-11-28T02:00:00Z")), "Nov 27, 2026");
    }

    #[test]
    fn numbers_and_distances_use_the_local_separators() {
        assert_eq!(format("fr", "UTC").number(1234.5, 1), "1\u{202f}234,5");
        assert_eq!(format("en", "UTC").number(1234.5, 1), "1,234.5");
        assert_eq!(format("de", "UTC").distance_km(1.24), "1,2\u{a0}km");
        assert_eq!(format("en", "UTC").distance_km(12.6), "13\u{a0}km");
    }
}
