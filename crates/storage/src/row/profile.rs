//! Volunteer profiles and the candidate sets of suggestions.

use crate::error::StoreError;
use crate::row::ShiftRow;
use crate::stamp::Stamp;
use chrono::NaiveDate;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_domain::matching::Offer;
use entraide_domain::profile::{Profile, ProfileDraft, Window, decode_windows};
use uuid::Uuid;

/// Codes as stored: joined by commas (a code never holds one).
pub(crate) fn join(codes: &[String]) -> String {
    codes.join(",")
}

/// Languages as stored: their codes joined by commas.
pub(crate) fn join_languages(languages: &[Locale]) -> String {
    languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

fn split(text: &str) -> Vec<String> {
    text.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect()
}

fn languages(text: &str) -> Vec<Locale> {
    text.split(',').filter_map(Locale::parse).collect()
}

fn windows(text: &str) -> Result<Vec<Window>, StoreError> {
    decode_windows(text).ok_or_else(|| StoreError::Corrupt(format!("availability `{text}`")))
}

fn point(lat: f64, lon: f64) -> Result<Coordinates, StoreError> {
    Coordinates::parse(lat, lon, ("lat", "lon")).map_err(|_| StoreError::Corrupt(format!("home {lat},{lon}")))
}

#[derive(sqlx::FromRow)]
pub(crate) struct ProfileRow {
    account_id: Uuid,
    skills: String,
    causes: String,
    languages: String,
    lat: f64,
    lon: f64,
    home_cell: i64,
    reach_cell: i64,
    within_km: f64,
    availability: String,
    no_suggestions: bool,
    no_mails: bool,
    updated_at: Stamp,
}

/// The columns [`ProfileRow`] reads, to write into a query with `concat!`:
/// `profile_columns!()`, or `profile_columns!("t")` for a table named `t` in the query.
macro_rules! profile_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; account_id, skills, causes, languages, lat, lon, home_cell, reach_cell, within_km, availability, no_suggestions, no_mails, updated_at)
    };
}
pub(crate) use profile_columns;

impl TryFrom<ProfileRow> for Profile {
    type Error = StoreError;
    fn try_from(row: ProfileRow) -> Result<Self, StoreError> {
        Ok(Profile {
            account_id: AccountId(row.account_id),
            draft: ProfileDraft {
                skills: split(&row.skills),
                causes: split(&row.causes),
                languages: languages(&row.languages),
                home: point(row.lat, row.lon)?,
                within_km: row.within_km,
                availability: windows(&row.availability)?,
                no_suggestions: row.no_suggestions,
                no_mails: row.no_mails,
            },
            home_cell: row.home_cell,
            reach_cell: row.reach_cell,
            updated_at: row.updated_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct CandidateRow {
    account_id: Uuid,
    display_name: String,
    birth_date: Option<NaiveDate>,
    skills: String,
    causes: String,
    languages: String,
    lat: f64,
    lon: f64,
    within_km: f64,
    availability: String,
    attended: i64,
    no_shows: i64,
    recent_invitations: i64,
}

impl TryFrom<CandidateRow> for crate::VolunteerCandidate {
    type Error = StoreError;
    fn try_from(row: CandidateRow) -> Result<Self, StoreError> {
        Ok(crate::VolunteerCandidate {
            offer: Offer {
                account_id: AccountId(row.account_id),
                skills: split(&row.skills),
                causes: split(&row.causes),
                languages: languages(&row.languages),
                home: point(row.lat, row.lon)?,
                within_km: row.within_km,
                availability: windows(&row.availability)?,
                birth_date: row.birth_date,
                attended: row.attended,
                no_shows: row.no_shows,
                recent_invitations: row.recent_invitations,
            },
            display_name: row.display_name,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct OpeningRow {
    #[sqlx(flatten)]
    shift: ShiftRow,
    opportunity_ref: Uuid,
    title: String,
    lat: Option<f64>,
    lon: Option<f64>,
    min_age: Option<i64>,
}

/// An opening with its opportunity's codes.
pub(crate) fn opening(row: OpeningRow, terms: &[(Uuid, String, String)]) -> Result<crate::ShiftCandidate, StoreError> {
    let shift: entraide_domain::shift::Shift = row.shift.into();
    let id = shift.opportunity_id.0;
    let codes = |kind: &str| -> Vec<String> {
        terms.iter().filter(|(o, k, _)| *o == id && k == kind).map(|(_, _, c)| c.clone()).collect()
    };
    let place = match (row.lat, row.lon) {
        (Some(lat), Some(lon)) => Some(point(lat, lon)?),
        _ => None,
    };
    Ok(crate::ShiftCandidate {
        opportunity_id: shift.opportunity_id,
        shift,
        title: row.title,
        skills: codes("skill"),
        causes: codes("cause"),
        languages: codes("language").iter().filter_map(|c| Locale::parse(c)).collect(),
        place,
        min_age: row.min_age.and_then(|a| u8::try_from(a).ok()),
    })
}

/// Coarse cells grouped by the range a person needs to reach them, in steps of this
/// many km, so the query has a few dozen branches rather than one per cell.
const REACH_STEP_KM: f64 = 25.0;

/// `(range needed, cells)`, nearest first.
pub(crate) fn reach_groups(reach: &[(i64, f64)]) -> Vec<(f64, Vec<i64>)> {
    let mut groups: Vec<(f64, Vec<i64>)> = Vec::new();
    for (cell, nearest) in reach {
        let floor = (nearest / REACH_STEP_KM).floor() * REACH_STEP_KM;
        match groups.iter_mut().find(|(f, _)| (*f - floor).abs() < f64::EPSILON) {
            Some((_, cells)) => cells.push(*cell),
            None => groups.push((floor, vec![*cell])),
        }
    }
    groups
}

/// How far back invitations count against a person, for fairness.
pub(crate) const FAIRNESS_DAYS: i64 = 30;

/// Where the candidates of a shift are looked for.
#[derive(Clone, Copy)]
pub(crate) enum Pool<'a> {
    /// Homes in these coarse cells, each with the range needed to reach the place.
    Near(&'a [(i64, f64)]),
    /// These people.
    Among(&'a [entraide_domain::id::AccountId]),
}

/// The minute of the day a time of day is.
pub(crate) fn minute_of(time: chrono::NaiveTime) -> i64 {
    use chrono::Timelike;
    i64::from(time.hour() * 60 + time.minute())
}

/// The opportunity of an opening, to fetch its codes.
pub(crate) fn opening_opportunity(row: &OpeningRow) -> Uuid {
    row.opportunity_ref
}
