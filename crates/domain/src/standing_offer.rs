//! Standing offers: a helper says once what they can do, where and on which days
//! ("groceries on Tuesdays within 1 km"), and is told of new requests that fit.

use crate::error::{FieldError, Invalid};
use crate::geo::Coordinates;
use crate::help::HelpRequest;
use crate::id::{AccountId, PlatformId, StandingOfferId};
use crate::taxonomy::parse_code;
use crate::time::Timestamp;
use chrono::Datelike;

/// The widest range of a standing offer, in km: neighbour help is walking distance, or a
/// short ride.
pub const MAX_STANDING_KM: f64 = 10.0;
/// The narrowest range of a standing offer, in km: wider than an approximate place (an
/// H3 cell of resolution 8 is about 0.9 km across), so that many small offers cannot
/// narrow a request down to less than what everyone sees.
pub const MIN_STANDING_KM: f64 = 1.0;
/// The longest note of a standing offer.
pub const MAX_NOTE_CHARS: usize = 300;

/// Days of the week, Monday = 1 … Sunday = 7, as a set. Empty means every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Weekdays(u8);

impl Weekdays {
    /// The set of the given ISO weekdays; `None` if one is outside 1–7.
    pub fn from_numbers(days: &[u8]) -> Option<Self> {
        let mut bits = 0u8;
        for day in days {
            if !(1..=7).contains(day) {
                return None;
            }
            bits |= 1 << (day - 1);
        }
        Some(Weekdays(bits))
    }

    /// The stored form.
    pub fn bits(self) -> i64 {
        i64::from(self.0)
    }

    /// From the stored form (bits beyond the seventh are ignored).
    pub fn from_bits(bits: i64) -> Self {
        Weekdays(u8::try_from(bits & 0x7f).unwrap_or(0))
    }

    /// The days, Monday first, as ISO numbers.
    pub fn numbers(self) -> Vec<u8> {
        (1..=7).filter(|day| self.0 & (1 << (day - 1)) != 0).collect()
    }

    /// Every day.
    pub fn is_any(self) -> bool {
        self.0 == 0
    }

    /// Whether the set holds this ISO weekday (every day when the set is empty).
    pub fn holds(self, iso_day: u32) -> bool {
        self.is_any() || (1..=7).contains(&iso_day) && self.0 & (1 << (iso_day - 1)) != 0
    }
}

/// A standing offer, as typed.
#[derive(Debug, Clone, Default)]
pub struct StandingOfferInput {
    /// A category code, or none for any kind of help.
    pub category: Option<String>,
    /// ISO weekdays; empty for every day.
    pub weekdays: Vec<u8>,
    /// Where the helper starts from.
    pub point: (f64, f64),
    /// How far they will go, in km.
    pub within_km: f64,
    /// A few words ("I have a car").
    pub note: String,
}

/// A checked standing offer.
#[derive(Debug, Clone, PartialEq)]
pub struct StandingOfferDraft {
    /// Only this category, or any.
    pub category: Option<String>,
    /// On these days.
    pub weekdays: Weekdays,
    /// From this point, stored precisely and shown to nobody but the helper.
    pub point: Coordinates,
    /// Within this distance.
    pub within_km: f64,
    /// A few words.
    pub note: String,
}

impl StandingOfferInput {
    /// Checks every field, collecting every problem. Whether the category exists on the
    /// platform is the caller's to check.
    pub fn validate(&self) -> Result<StandingOfferDraft, Invalid> {
        let mut invalid = Invalid::default();
        let category = match self.category.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => Some(None),
            Some(code) => invalid.check(
                parse_code(code, "category").map(Some).map_err(|_| FieldError::new("category", "category-unknown")),
            ),
        };
        let weekdays = Weekdays::from_numbers(&self.weekdays);
        if weekdays.is_none() {
            invalid.0.push(FieldError::new("weekdays", "weekday-out-of-range"));
        }
        let point = invalid.check(Coordinates::parse(self.point.0, self.point.1, ("location.lat", "location.lon")));
        if !self.within_km.is_finite() || self.within_km < MIN_STANDING_KM || self.within_km > MAX_STANDING_KM {
            invalid.0.push(FieldError::new("within_km", "standing-km-out-of-range"));
        }
        let note =
            invalid.check(crate::text::line(&self.note, "note", MAX_NOTE_CHARS, crate::text::Presence::Optional));
        match (category, weekdays, point, note) {
            (Some(category), Some(weekdays), Some(point), Some(note)) if invalid.0.is_empty() => {
                Ok(StandingOfferDraft { category, weekdays, point, within_km: self.within_km, note })
            }
            _ => Err(invalid),
        }
    }
}

/// A helper's standing offer.
#[derive(Debug, Clone, PartialEq)]
pub struct StandingOffer {
    /// Its id.
    pub id: StandingOfferId,
    /// On this platform.
    pub platform_id: PlatformId,
    /// Who offers.
    pub helper: AccountId,
    /// What, where and when.
    pub draft: StandingOfferDraft,
    /// Since when.
    pub created_at: Timestamp,
}

impl StandingOffer {
    /// Whether a new request fits: same category (or any), its approximate place (the
    /// centre of its cell, as everyone sees it) within range, and its window touching
    /// one of the offered days in the platform's zone. Not the helper's own request.
    ///
    /// Never the exact point: whether a notice arrives must tell a helper nothing more
    /// precise than a public search does.
    pub fn fits(&self, request: &HelpRequest, zone: chrono_tz::Tz) -> bool {
        let draft = &request.draft;
        let Some(approximate) = request.approximate_point() else { return false };
        request.requester != self.helper
            && self.draft.category.as_ref().is_none_or(|c| *c == draft.category)
            && self.draft.point.distance_km(&approximate) <= self.draft.within_km.max(MIN_STANDING_KM)
            && window_touches(self.draft.weekdays, draft.needed_from, draft.needed_until, zone)
    }
}

/// Whether a window includes some moment on one of the days, in `zone`.
fn window_touches(days: Weekdays, from: Timestamp, until: Timestamp, zone: chrono_tz::Tz) -> bool {
    if days.is_any() {
        return true;
    }
    let first = from.with_timezone(&zone).date_naive();
    let last = until.with_timezone(&zone).date_naive();
    // A week covers every day: no need to walk a longer window.
    first.iter_days().take_while(|day| *day <= last).take(7).any(|day| days.holds(day.weekday().number_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::help::{RequestDraft, RequestStatus};
    use crate::id::HelpRequestId;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc)
    }

    fn request(category: &str, lat: f64, lon: f64, from: &str, until: &str) -> HelpRequest {
        let point = Coordinates::parse(lat, lon, ("lat", "lon")).unwrap();
        HelpRequest {
            id: HelpRequestId::new(),
            platform_id: PlatformId::new(),
            requester: AccountId::new(),
            draft: RequestDraft {
                category: category.into(),
                title: "t".into(),
                description: "d".into(),
                point,
                address: "a".into(),
                needed_from: at(from),
                needed_until: at(until),
                on_behalf: None,
            },
            cell: crate::help::cell_of(point),
            status: RequestStatus::Open,
            helper: None,
            minutes: None,
            hidden: false,
            created_at: at(from),
        }
    }

    fn groceries_on_tuesdays_within_one_km() -> StandingOffer {
        let input = StandingOfferInput {
            category: Some("groceries".into()),
            weekdays: vec![2],
            point: (51.0543, 3.7174),
            within_km: 1.0,
            note: String::new(),
        };
        StandingOffer {
            id: StandingOfferId::new(),
            platform_id: PlatformId::new(),
            helper: AccountId::new(),
            draft: input.validate().unwrap(),
            created_at: at("2026-11-01T00:00:00Z"),
        }
    }

    #[test]
    fn a_request_fits_by_category_distance_and_day_in_the_platform_zone() {
        let offer = groceries_on_tuesdays_within_one_km();
        let zone = chrono_tz::Europe::Brussels;
        // Tuesday 1 December 2026, 500 m away.
        assert!(
            offer.fits(&request("groceries", 51.0588, 3.7174, "2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"), zone)
        );
        assert!(
            !offer.fits(&request("pharmacy", 51.0588, 3.7174, "2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"), zone)
        );
        // 3 km away.
        assert!(
            !offer.fits(&request("groceries", 51.0813, 3.7174, "2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"), zone)
        );
        // Wednesday.
        assert!(
            !offer.fits(&request("groceries", 51.0588, 3.7174, "2026-12-02T09:00:00Z", "2026-12-02T11:00:00Z"), zone)
        );
        // Monday 23:30 UTC is already Tuesday in Brussels.
        assert!(
            offer.fits(&request("groceries", 51.0588, 3.7174, "2026-11-30T23:30:00Z", "2026-11-30T23:50:00Z"), zone)
        );
        // A window from Monday to Wednesday touches Tuesday.
        assert!(
            offer.fits(&request("groceries", 51.0588, 3.7174, "2026-11-30T09:00:00Z", "2026-12-02T11:00:00Z"), zone)
        );
    }

    #[test]
    fn bad_standing_offers_name_their_fields() {
        let input = StandingOfferInput {
            category: Some("Not A Code".into()),
            weekdays: vec![0, 8],
            point: (91.0, 0.0),
            within_km: 50.0,
            note: "x".repeat(301),
        };
        let fields: Vec<&str> = input.validate().unwrap_err().0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["category", "weekdays", "location.lat", "within_km", "note"]);
    }

    #[test]
    fn weekdays_round_trip_through_their_stored_bits() {
        let days = Weekdays::from_numbers(&[1, 3, 7]).unwrap();
        assert_eq!(Weekdays::from_bits(days.bits()).numbers(), vec![1, 3, 7]);
        assert!(Weekdays::default().holds(5));
        assert!(!days.holds(2));
    }
}
