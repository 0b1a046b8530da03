//! A volunteer's profile: what they can do and care about, the languages they speak,
//! where they live and how far they will go, when they are free, and whether they want
//! suggestions and mail at all.
//!
//! The home point is kept exactly (distances are measured from it) and shown only to its
//! owner; beside it are the H3 cells that let a search narrow the candidates by index.

use crate::error::{FieldError, Invalid};
use crate::geo::Coordinates;
use crate::id::AccountId;
use crate::locale::Locale;
use crate::taxonomy::parse_code;
use crate::time::Timestamp;
use chrono::{NaiveTime, Timelike};
use h3o::{CellIndex, LatLng, Resolution};

/// The farthest a person may say they will travel, in km.
pub const MAX_TRAVEL_KM: f64 = 500.0;

/// At most this many availability windows (four a day).
pub const MAX_WINDOWS: usize = 28;

/// The H3 resolution of the coarse cell stored beside the home point (cells of about
/// 1,770 km², some 40 km across): coarse enough that every place within the widest
/// travel range lies in a few hundred cells, fine enough to leave out far regions.
pub const REACH_RESOLUTION: Resolution = Resolution::Four;

/// The farthest a point of a resolution-4 cell lies from the cell's centre, in km, with
/// a margin (the largest resolution-4 edges are about 30 km).
const REACH_CELL_RADIUS_KM: f64 = 35.0;

/// A weekly time window, in the platform's local time: ISO weekday (1 = Monday …
/// 7 = Sunday), from and to (to after from, on the same day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Window {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// Start, local time.
    pub from: NaiveTime,
    /// End, local time, after `from`.
    pub to: NaiveTime,
}

impl Window {
    /// Whether the window holds the whole span from `from` to `to` on `weekday`.
    pub fn covers(&self, weekday: u8, from: NaiveTime, to: NaiveTime) -> bool {
        self.weekday == weekday && self.from <= from && to <= self.to
    }
}

/// A profile's content, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileDraft {
    /// Skill codes (checked against the person's platforms by the use case), sorted.
    pub skills: Vec<String>,
    /// Cause codes, sorted.
    pub causes: Vec<String>,
    /// Languages spoken, in code order.
    pub languages: Vec<Locale>,
    /// Home, exact.
    pub home: Coordinates,
    /// How far they will travel, in km (more than 0, at most [`MAX_TRAVEL_KM`]).
    pub within_km: f64,
    /// When they are free, by weekday then start; no two overlap.
    pub availability: Vec<Window>,
    /// Never suggest them to coordinators, nor suggest them shifts.
    pub no_suggestions: bool,
    /// Send them no mail about suggestions.
    pub no_mails: bool,
}

/// A profile as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Whose.
    pub account_id: AccountId,
    /// What it says.
    pub draft: ProfileDraft,
    /// The H3 cell (resolution 8) of the home point.
    pub home_cell: i64,
    /// The H3 cell (resolution 4) of the home point, for narrowing searches.
    pub reach_cell: i64,
    /// Last change.
    pub updated_at: Timestamp,
}

/// A window as typed.
#[derive(Debug, Clone, Default)]
pub struct WindowInput {
    /// 1–7.
    pub weekday: i64,
    /// `HH:MM`.
    pub from: String,
    /// `HH:MM`.
    pub to: String,
}

/// A profile as typed, before checking.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    /// Skill codes.
    pub skills: Vec<String>,
    /// Cause codes.
    pub causes: Vec<String>,
    /// Language codes.
    pub languages: Vec<String>,
    /// Latitude and longitude of home.
    pub home: (f64, f64),
    /// Travel range in km.
    pub within_km: f64,
    /// Weekly windows.
    pub availability: Vec<WindowInput>,
    /// Opt out of suggestions.
    pub no_suggestions: bool,
    /// Opt out of mail.
    pub no_mails: bool,
}

/// A time of day typed as `HH:MM`; `24:00` is the end of the day.
pub fn parse_time(text: &str, field: &'static str) -> Result<NaiveTime, FieldError> {
    let text = text.trim();
    if text == "24:00" {
        return NaiveTime::from_hms_micro_opt(23, 59, 59, 999_999).ok_or(FieldError::new(field, "time-malformed"));
    }
    NaiveTime::parse_from_str(text, "%H:%M").map_err(|_| FieldError::new(field, "time-malformed"))
}

/// A time of day as `HH:MM` (the end of the day as `24:00`).
pub fn format_time(time: NaiveTime) -> String {
    if time.hour() == 23 && time.minute() == 59 && time.second() == 59 {
        "24:00".to_owned()
    } else {
        time.format("%H:%M").to_string()
    }
}

fn codes(values: &[String], field: &'static str, invalid: &mut Invalid) -> Vec<String> {
    let mut out: Vec<String> = values.iter().filter_map(|v| invalid.check(parse_code(v, field))).collect();
    out.sort();
    out.dedup();
    out
}

impl ProfileInput {
    /// Checks every field, collecting every problem.
    pub fn validate(&self) -> Result<ProfileDraft, Invalid> {
        let mut invalid = Invalid::default();
        let skills = codes(&self.skills, "skills", &mut invalid);
        let causes = codes(&self.causes, "causes", &mut invalid);
        let mut languages: Vec<Locale> =
            self.languages.iter().filter_map(|l| invalid.check(Locale::parse_field(l, "languages"))).collect();
        languages.sort_by_key(|l| l.code());
        languages.dedup();
        let home = invalid.check(Coordinates::parse(self.home.0, self.home.1, ("location.lat", "location.lon")));
        let km = self.within_km;
        if !km.is_finite() || km <= 0.0 || km > MAX_TRAVEL_KM {
            invalid.0.push(FieldError::new("within_km", "travel-range-out-of-range"));
        }
        let availability = windows(&self.availability, &mut invalid);
        match home {
            Some(home) if invalid.0.is_empty() => Ok(ProfileDraft {
                skills,
                causes,
                languages,
                home,
                within_km: km,
                availability,
                no_suggestions: self.no_suggestions,
                no_mails: self.no_mails,
            }),
            _ => Err(invalid),
        }
    }
}

/// Checks the windows: weekdays 1–7, times, each ending after it starts, and no two
/// overlapping on one day (touching is fine: 9–12 and 12–15).
fn windows(inputs: &[WindowInput], invalid: &mut Invalid) -> Vec<Window> {
    if inputs.len() > MAX_WINDOWS {
        invalid.0.push(FieldError::new("availability", "availability-too-many"));
        return Vec::new();
    }
    let mut out = Vec::new();
    for input in inputs {
        let weekday = match u8::try_from(input.weekday) {
            Ok(day @ 1..=7) => Some(day),
            _ => {
                invalid.0.push(FieldError::new("availability.weekday", "weekday-out-of-range"));
                None
            }
        };
        let from = invalid.check(parse_time(&input.from, "availability.from"));
        let to = invalid.check(parse_time(&input.to, "availability.to"));
        if let (Some(from), Some(to)) = (from, to)
            && to <= from
        {
            invalid.0.push(FieldError::new("availability.to", "window-ends-before-start"));
            continue;
        }
        if let (Some(weekday), Some(from), Some(to)) = (weekday, from, to) {
            out.push(Window { weekday, from, to });
        }
    }
    out.sort();
    if out.windows(2).any(|pair| pair[0].weekday == pair[1].weekday && pair[1].from < pair[0].to) {
        invalid.0.push(FieldError::new("availability", "availability-overlap"));
    }
    out
}

/// Windows as stored in one text column: `1 09:00-12:00,3 14:00-24:00`. A profile is
/// read whole in one row, so scoring thousands of candidates needs one query.
pub fn encode_windows(windows: &[Window]) -> String {
    windows
        .iter()
        .map(|w| format!("{} {}-{}", w.weekday, format_time(w.from), format_time(w.to)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads [`encode_windows`] back; `None` if the text is not what it writes.
pub fn decode_windows(text: &str) -> Option<Vec<Window>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split(',')
        .map(|part| {
            let (day, span) = part.split_once(' ')?;
            let (from, to) = span.split_once('-')?;
            let weekday: u8 = day.parse().ok().filter(|d| (1..=7).contains(d))?;
            Some(Window { weekday, from: parse_time(from, "from").ok()?, to: parse_time(to, "to").ok()? })
        })
        .collect()
}

fn cell_at(point: Coordinates, resolution: Resolution) -> i64 {
    match LatLng::new(point.lat(), point.lon()) {
        Ok(latlng) => i64::try_from(u64::from(latlng.to_cell(resolution))).unwrap_or(0),
        Err(_) => 0,
    }
}

/// The coarse cell (resolution 4) stored beside a home point.
pub fn reach_cell_of(point: Coordinates) -> i64 {
    cell_at(point, REACH_RESOLUTION)
}

/// The coarse cells (resolution 4) that may hold a point within `km` of `point`, each
/// with a lower bound of the distance from `point` to any place in it, nearest first.
/// A search keeps the people whose home lies in one of these cells and whose travel
/// range reaches that lower bound; the exact distance then decides.
pub fn reach_cells(point: Coordinates, km: f64) -> Vec<(i64, f64)> {
    let Ok(latlng) = LatLng::new(point.lat(), point.lon()) else {
        return Vec::new();
    };
    let origin = latlng.to_cell(REACH_RESOLUTION);
    // Neighbouring centres at resolution 4 are at least ~35 km apart.
    let rings = ((km + REACH_CELL_RADIUS_KM) / 35.0).ceil() as u32 + 1;
    let mut cells: Vec<(i64, f64)> = origin
        .grid_disk::<Vec<CellIndex>>(rings)
        .into_iter()
        .filter_map(|cell| {
            let centre = LatLng::from(cell);
            let centre = Coordinates::parse(centre.lat(), centre.lng(), ("lat", "lon")).ok()?;
            let nearest = (centre.distance_km(&point) - REACH_CELL_RADIUS_KM).max(0.0);
            let id = i64::try_from(u64::from(cell)).ok()?;
            (nearest <= km).then_some((id, nearest))
        })
        .collect();
    cells.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(weekday: i64, from: &str, to: &str) -> WindowInput {
        WindowInput { weekday, from: from.into(), to: to.into() }
    }

    fn input() -> ProfileInput {
        ProfileInput {
            skills: vec!["driving".into(), "cooking".into(), "driving".into()],
            causes: vec!["elderly".into()],
            languages: vec!["fr-BE".into(), "ar".into()],
            home: (50.8467, 4.3525),
            within_km: 10.0,
            availability: vec![window(2, "14:00", "18:00"), window(2, "09:00", "12:00"), window(7, "10:00", "24:00")],
            no_suggestions: false,
            no_mails: true,
        }
    }

    #[test]
    fn a_good_profile_is_sorted_and_deduplicated() {
        let draft = input().validate().unwrap();
        assert_eq!(draft.skills, ["cooking", "driving"]);
        assert_eq!(draft.languages.iter().map(|l| l.code()).collect::<Vec<_>>(), ["ar", "fr"]);
        assert_eq!(draft.availability[0].from, NaiveTime::from_hms_opt(9, 0, 0).unwrap());
        assert_eq!(decode_windows(&encode_windows(&draft.availability)), Some(draft.availability.clone()));
        assert_eq!(encode_windows(&draft.availability), "2 09:00-12:00,2 14:00-18:00,7 10:00-24:00");
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut bad = input();
        bad.skills.push("Not a code".into());
        bad.languages.push("xx".into());
        bad.home = (91.0, 4.0);
        bad.within_km = 501.0;
        bad.availability = vec![
            window(0, "09:00", "10:00"),
            window(8, "09:00", "10:00"),
            window(1, "12:00", "11:00"),
            window(3, "9h", "10:00"),
        ];
        let fields: Vec<_> = bad.validate().unwrap_err().0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("skills", "term-code-invalid"),
                ("languages", "locale-unknown"),
                ("location.lat", "latitude-out-of-range"),
                ("within_km", "travel-range-out-of-range"),
                ("availability.weekday", "weekday-out-of-range"),
                ("availability.weekday", "weekday-out-of-range"),
                ("availability.to", "window-ends-before-start"),
                ("availability.from", "time-malformed"),
            ]
        );
    }

    #[test]
    fn ranges_at_and_beyond_the_limits() {
        for (km, ok) in [(0.0, false), (-3.0, false), (0.5, true), (500.0, true), (500.1, false), (f64::NAN, false)] {
            let mut profile = input();
            profile.within_km = km;
            assert_eq!(profile.validate().is_ok(), ok, "{km}");
        }
    }

    #[test]
    fn overlapping_windows_on_one_day_are_refused_touching_ones_are_not() {
        let mut profile = input();
        profile.availability = vec![window(1, "09:00", "12:00"), window(1, "11:00", "13:00")];
        assert_eq!(profile.validate().unwrap_err().0, [FieldError::new("availability", "availability-overlap")]);
        profile.availability =
            vec![window(1, "09:00", "12:00"), window(1, "12:00", "13:00"), window(2, "11:00", "13:00")];
        assert!(profile.validate().is_ok());
        profile.availability = (0..29).map(|_| window(1, "09:00", "10:00")).collect();
        assert_eq!(profile.validate().unwrap_err().0, [FieldError::new("availability", "availability-too-many")]);
    }

    #[test]
    fn reach_cells_hold_every_point_in_range_and_bound_its_distance() {
        let brussels = Coordinates::parse(50.8467, 4.3525, ("lat", "lon")).unwrap();
        let cells = reach_cells(brussels, 100.0);
        assert!(cells.len() > 5 && cells.len() < 100, "{}", cells.len());
        for (lat, lon) in [(51.0543, 3.7174), (50.4108, 4.4446), (51.2194, 4.4025), (50.8467, 4.3525)] {
            let place = Coordinates::parse(lat, lon, ("lat", "lon")).unwrap();
            let cell = reach_cell_of(place);
            let found = cells.iter().find(|(c, _)| *c == cell).expect("the place's cell is listed");
            assert!(found.1 <= place.distance_km(&brussels), "the bound is a lower bound");
        }
        assert_eq!(cells[0], (reach_cell_of(brussels), 0.0));
        let widest = reach_cells(brussels, MAX_TRAVEL_KM);
        assert!(widest.len() < 1500, "{}", widest.len());
    }
}
