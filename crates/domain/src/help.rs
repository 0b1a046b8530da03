//! Neighbour help: requests for concrete help, offers to give it, and the private place
//! only the requester, the accepted helper and platform admins may see.

use crate::error::{FieldError, Invalid};
use crate::geo::Coordinates;
use crate::id::{AccountId, HelpMessageId, HelpRequestId, OfferId, PlatformId};
use crate::opportunity::{MAX_ADDRESS_CHARS, MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS};
use crate::platform::MAX_NAME_CHARS;
use crate::taxonomy::parse_code;
use crate::text::{Presence, line, paragraph};
use crate::time::Timestamp;
use h3o::{CellIndex, LatLng, Resolution};

/// The help categories a new platform starts with: code and English label.
pub const DEFAULT_HELP_CATEGORIES: [(&str, &str); 10] = [
    ("groceries", "Groceries"),
    ("pharmacy", "Pharmacy"),
    ("delivery", "Meal or parcel delivery"),
    ("lift", "A lift"),
    ("call-or-visit", "A phone call or a visit"),
    ("repairs", "Small repairs"),
    ("paperwork", "Paperwork and digital help"),
    ("pet-care", "Pet care"),
    ("housing", "Housing"),
    ("other", "Other"),
];

/// A help category of a platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpCategory {
    /// Its stable code.
    pub code: String,
    /// Its English name, which every category has.
    pub label: String,
    /// Its names in other languages.
    pub names: crate::taxonomy::Names,
}

/// The H3 resolution of approximate places (cells of about 0.7 km²).
pub const APPROXIMATE_RESOLUTION: Resolution = Resolution::Eight;

/// The H3 cell (resolution 8) that holds a point, as the integer stored beside it.
pub fn cell_of(point: Coordinates) -> i64 {
    match LatLng::new(point.lat(), point.lon()) {
        // An H3 index uses 63 bits: it always fits in an i64.
        Ok(latlng) => i64::try_from(u64::from(latlng.to_cell(APPROXIMATE_RESOLUTION))).unwrap_or(0),
        Err(_) => 0,
    }
}

/// The centre of a stored cell: the approximate place everyone else sees, the same on
/// every read. `None` for a value that is not a cell.
pub fn cell_centre(cell: i64) -> Option<Coordinates> {
    let cell = CellIndex::try_from(u64::try_from(cell).ok()?).ok()?;
    let centre = LatLng::from(cell);
    Coordinates::parse(centre.lat(), centre.lng(), ("lat", "lon")).ok()
}

/// Where a request is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    /// Waiting for offers.
    Open,
    /// An offer was accepted.
    Accepted,
    /// Done, and the helper credited.
    Completed,
    /// Cancelled by the requester.
    Cancelled,
}

impl RequestStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Accepted => "accepted",
            RequestStatus::Completed => "completed",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "open" => Some(RequestStatus::Open),
            "accepted" => Some(RequestStatus::Accepted),
            "completed" => Some(RequestStatus::Completed),
            "cancelled" => Some(RequestStatus::Cancelled),
            _ => None,
        }
    }
}

/// Where an offer is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfferStatus {
    /// Waiting for the requester.
    Open,
    /// Accepted: this helper helps.
    Accepted,
    /// Another offer was accepted, or the request ended.
    Declined,
}

impl OfferStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Open => "open",
            OfferStatus::Accepted => "accepted",
            OfferStatus::Declined => "declined",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "open" => Some(OfferStatus::Open),
            "accepted" => Some(OfferStatus::Accepted),
            "declined" => Some(OfferStatus::Declined),
            _ => None,
        }
    }
}

/// A person who is offline, for whom someone else asks, and their consent.
#[derive(Debug, Clone, PartialEq)]
pub struct OnBehalf {
    /// Their name.
    pub name: String,
    /// A phone number to reach them.
    pub phone: String,
    /// Who gave the consent (the person, a guardian…).
    pub consent_given_by: String,
    /// When it was given.
    pub consent_given_at: Timestamp,
    /// How (by phone, in person, in writing…).
    pub consent_how: String,
}

/// A request's content, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestDraft {
    /// Category code (checked against the platform's list by the use case).
    pub category: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// The exact point.
    pub point: Coordinates,
    /// The address.
    pub address: String,
    /// Help is needed from…
    pub needed_from: Timestamp,
    /// …until.
    pub needed_until: Timestamp,
    /// The person helped, when someone asks for them.
    pub on_behalf: Option<OnBehalf>,
}

/// A request as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpRequest {
    /// Its id.
    pub id: HelpRequestId,
    /// Its platform.
    pub platform_id: PlatformId,
    /// Who asks (or asks for someone).
    pub requester: AccountId,
    /// Its content, exact place included; callers decide who may see what.
    pub draft: RequestDraft,
    /// The H3 cell of resolution 8 that holds the point.
    pub cell: i64,
    /// Where it is in its life.
    pub status: RequestStatus,
    /// The accepted helper, once there is one.
    pub helper: Option<AccountId>,
    /// Minutes credited on completion.
    pub minutes: Option<i64>,
    /// Moderators hid it: only platform admins see it.
    pub hidden: bool,
    /// When it was asked.
    pub created_at: Timestamp,
}

/// How far ahead and back a request's window may reach, in days.
pub const MAX_WINDOW_DAYS: i64 = 366;

impl RequestDraft {
    /// Checks that the window makes sense at `now`: help asked for within the next year,
    /// not for a window that ended long ago.
    pub fn check_window(&self, now: Timestamp) -> Result<(), Invalid> {
        let reach = chrono::Duration::days(MAX_WINDOW_DAYS);
        let mut invalid = Invalid::default();
        if self.needed_from < now - reach {
            invalid.0.push(FieldError::new("needed_from", "date-out-of-range"));
        }
        if self.needed_until > now + reach {
            invalid.0.push(FieldError::new("needed_until", "date-out-of-range"));
        }
        invalid.into_result()
    }
}

impl HelpRequest {
    /// The approximate place: the centre of its cell.
    pub fn approximate_point(&self) -> Option<Coordinates> {
        cell_centre(self.cell)
    }
}

/// An offer to help.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// Its id.
    pub id: OfferId,
    /// The request.
    pub request_id: HelpRequestId,
    /// Who offers.
    pub helper: AccountId,
    /// A short message.
    pub message: String,
    /// Open, accepted or declined.
    pub status: OfferStatus,
    /// Moderators hid it: only platform admins see it.
    pub hidden: bool,
    /// When it was made.
    pub created_at: Timestamp,
}

/// A message in a request's private thread.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpMessage {
    /// Its id.
    pub id: HelpMessageId,
    /// The request.
    pub request_id: HelpRequestId,
    /// Who wrote it.
    pub author: AccountId,
    /// What it says (empty once its author erased their data).
    pub text: String,
    /// Moderators hid it: only platform admins read it.
    pub hidden: bool,
    /// When.
    pub created_at: Timestamp,
}

/// The person helped, as typed.
#[derive(Debug, Clone, Default)]
pub struct OnBehalfInput {
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: String,
    /// Consent given by.
    pub given_by: String,
    /// Consent given at (RFC 3339).
    pub given_at: String,
    /// How consent was given.
    pub how: String,
}

/// A request as typed, before checking.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    /// Category code.
    pub category: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Latitude and longitude.
    pub point: (f64, f64),
    /// Address.
    pub address: String,
    /// RFC 3339.
    pub needed_from: String,
    /// RFC 3339.
    pub needed_until: String,
    /// The person helped, if someone asks for them.
    pub on_behalf: Option<OnBehalfInput>,
}

fn instant(value: &str, field: &'static str) -> Result<Timestamp, FieldError> {
    chrono::DateTime::parse_from_rfc3339(value.trim())
        .map(|t| crate::time::truncate(t.with_timezone(&chrono::Utc)))
        .map_err(|_| FieldError::new(field, "datetime-malformed"))
}

/// A phone number: an optional leading `+`, then 6 to 15 digits, with spaces, dots,
/// hyphens and brackets allowed between them; stored as typed, trimmed.
pub fn parse_phone(value: &str, field: &'static str) -> Result<String, FieldError> {
    let value = value.trim();
    let rest = value.strip_prefix('+').unwrap_or(value);
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    let ok = rest.chars().all(|c| c.is_ascii_digit() || " .-()".contains(c)) && (6..=15).contains(&digits);
    if ok { Ok(value.to_owned()) } else { Err(FieldError::new(field, "phone-malformed")) }
}

impl RequestInput {
    /// Checks every field, collecting every problem.
    pub fn validate(&self) -> Result<RequestDraft, Invalid> {
        let mut invalid = Invalid::default();
        let category = invalid
            .check(parse_code(&self.category, "category").map_err(|_| FieldError::new("category", "category-unknown")));
        let title = invalid.check(line(&self.title, "title", MAX_TITLE_CHARS, Presence::Required));
        let description =
            invalid.check(paragraph(&self.description, "description", MAX_DESCRIPTION_CHARS, Presence::Required));
        let point = invalid.check(Coordinates::parse(self.point.0, self.point.1, ("location.lat", "location.lon")));
        let address = invalid.check(line(&self.address, "address", MAX_ADDRESS_CHARS, Presence::Required));
        let from = invalid.check(instant(&self.needed_from, "needed_from"));
        let until = invalid.check(instant(&self.needed_until, "needed_until"));
        if let (Some(from), Some(until)) = (from, until)
            && until <= from
        {
            invalid.0.push(FieldError::new("needed_until", "window-ends-before-start"));
        }
        let on_behalf = match &self.on_behalf {
            None => Some(None),
            Some(input) => {
                let name = invalid.check(line(&input.name, "on_behalf_of.name", MAX_NAME_CHARS, Presence::Required));
                let phone = invalid.check(parse_phone(&input.phone, "on_behalf_of.phone"));
                let given_by = invalid.check(line(
                    &input.given_by,
                    "on_behalf_of.consent.given_by",
                    MAX_NAME_CHARS,
                    Presence::Required,
                ));
                let given_at = invalid.check(instant(&input.given_at, "on_behalf_of.consent.given_at"));
                let how =
                    invalid.check(line(&input.how, "on_behalf_of.consent.how", MAX_ADDRESS_CHARS, Presence::Required));
                match (name, phone, given_by, given_at, how) {
                    (Some(name), Some(phone), Some(consent_given_by), Some(consent_given_at), Some(consent_how)) => {
                        Some(Some(OnBehalf { name, phone, consent_given_by, consent_given_at, consent_how }))
                    }
                    _ => None,
                }
            }
        };
        match (category, title, description, point, address, from, until, on_behalf) {
            (
                Some(category),
                Some(title),
                Some(description),
                Some(point),
                Some(address),
                Some(needed_from),
                Some(needed_until),
                Some(on_behalf),
            ) if invalid.0.is_empty() => {
                Ok(RequestDraft { category, title, description, point, address, needed_from, needed_until, on_behalf })
            }
            _ => Err(invalid),
        }
    }
}

/// The widest search around a point, in km: the cells within it are listed one by one.
pub const MAX_WITHIN_KM: f64 = 25.0;

/// The cells (resolution 8) whose centre lies within `km` of `point`: a search by cell
/// never reveals more than the centres everyone sees.
pub fn cells_within(point: Coordinates, km: f64) -> Vec<i64> {
    let Ok(latlng) = LatLng::new(point.lat(), point.lon()) else {
        return Vec::new();
    };
    let origin = latlng.to_cell(APPROXIMATE_RESOLUTION);
    // Neighbouring centres at resolution 8 are at least ~0.6 km apart.
    let rings = (km / 0.6).ceil() as u32 + 1;
    let disk: Vec<CellIndex> = origin.grid_disk(rings);
    let mut cells: Vec<i64> = disk
        .into_iter()
        .filter(|cell| {
            let centre = LatLng::from(*cell);
            Coordinates::parse(centre.lat(), centre.lng(), ("lat", "lon")).is_ok_and(|c| c.distance_km(&point) <= km)
        })
        .filter_map(|cell| i64::try_from(u64::from(cell)).ok())
        .collect();
    cells.sort_unstable();
    cells
}

/// The cells (resolution 8) around `point` in bands of distance: band `i` holds the
/// cells whose centre lies at least `bounds[i - 1]` (0 for the first) and less than
/// `bounds[i]` km away. Nearest bands first, for searches that widen until they have
/// enough.
pub fn cells_in_bands(point: Coordinates, bounds: &[f64]) -> Vec<Vec<i64>> {
    let mut bands = vec![Vec::new(); bounds.len()];
    let Some(widest) = bounds.last().copied() else { return bands };
    let Ok(latlng) = LatLng::new(point.lat(), point.lon()) else { return bands };
    let origin = latlng.to_cell(APPROXIMATE_RESOLUTION);
    let rings = (widest / 0.6).ceil() as u32 + 1;
    for cell in origin.grid_disk::<Vec<CellIndex>>(rings) {
        let centre = LatLng::from(cell);
        let Ok(centre) = Coordinates::parse(centre.lat(), centre.lng(), ("lat", "lon")) else { continue };
        let distance = centre.distance_km(&point);
        if let (Some(band), Ok(id)) = (bounds.iter().position(|b| distance < *b), i64::try_from(u64::from(cell))) {
            bands[band].push(id);
        }
    }
    bands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_hold_each_nearby_cell_once_nearest_first() {
        let point = Coordinates::parse(51.0543, 3.7174, ("lat", "lon")).unwrap();
        let bands = cells_in_bands(point, &[2.0, 5.0, 10.0]);
        assert!(bands[0].contains(&cell_of(point)));
        let all: Vec<i64> = bands.concat();
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(all.len(), unique.len(), "no cell in two bands");
        assert!(
            cells_within(point, 9.9).iter().all(|c| unique.binary_search(c).is_ok()),
            "every cell within 10 km is in a band"
        );
        assert!(bands[0].len() < bands[1].len() && bands[1].len() < bands[2].len());
    }

    #[test]
    fn a_request_reports_every_bad_field() {
        let input = RequestInput {
            category: "Groceries!".into(),
            title: "Shopping".into(),
            description: " ".into(),
            point: (50.0, 200.0),
            address: "Rue Haute 1".into(),
            needed_from: "2026-12-01T10:00:00Z".into(),
            needed_until: "2026-12-01T09:00:00Z".into(),
            on_behalf: Some(OnBehalfInput {
                name: "Marie".into(),
                phone: "call me".into(),
                given_by: "Marie".into(),
                given_at: "2026-11-30T10:00:00Z".into(),
                how: "by phone".into(),
            }),
        };
        let fields: Vec<_> = input.validate().unwrap_err().0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("category", "category-unknown"),
                ("description", "required"),
                ("location.lon", "longitude-out-of-range"),
                ("needed_until", "window-ends-before-start"),
                ("on_behalf_of.phone", "phone-malformed")
            ]
        );
    }

    #[test]
    fn the_centre_of_the_cell_is_stable_and_near() {
        let point = Coordinates::parse(50.8467, 4.3525, ("lat", "lon")).unwrap();
        let cell = cell_of(point);
        let centre = cell_centre(cell).unwrap();
        assert_eq!(cell_centre(cell_of(centre)), Some(centre));
        assert!(point.distance_km(&centre) < 1.0);
        assert_ne!(centre, point);
    }

    #[test]
    fn cells_within_hold_the_point_s_cell() {
        let point = Coordinates::parse(50.8467, 4.3525, ("lat", "lon")).unwrap();
        let cells = cells_within(point, 2.0);
        assert!(cells.contains(&cell_of(point)));
        assert!(cells.len() > 10 && cells.len() < 40, "{}", cells.len());
    }

    #[test]
    fn phones() {
        assert!(parse_phone("+32 470 12 34 56", "p").is_ok());
        assert!(parse_phone("(02) 511.22.33", "p").is_ok());
        assert!(parse_phone("12", "p").is_err());
        assert!(parse_phone("call me", "p").is_err());
    }
}
