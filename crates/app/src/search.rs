//! Finding opportunities: filters, distance, order and pages.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::OpportunityId;
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::Opportunity;
use entraide_domain::place::place_query;
use entraide_domain::platform::Platform;
use entraide_domain::shift::Shift;
use entraide_domain::taxonomy::parse_code;
use entraide_domain::text::search_words;
use entraide_domain::time::Timestamp;
use entraide_domain::{FieldError, Invalid};
use entraide_storage::OpportunityFilter;

/// The most results one page holds.
pub const MAX_PAGE: i64 = 100;
/// Results per page unless asked otherwise.
pub const DEFAULT_PAGE: i64 = 20;
/// The farthest a search reaches around a point.
pub const MAX_RADIUS_KM: f64 = 500.0;
/// How many of each opportunity's next shifts a list carries: the rest are on its own
/// page, so one opportunity with hundreds of dates cannot swell every list.
pub const SHIFTS_IN_LIST: usize = 10;
/// How many candidates a search around a point weighs at most.
const MAX_CANDIDATES: i64 = 2000;

/// A search as typed (query string or form), before checking.
#[derive(Debug, Clone, Default)]
pub struct SearchInput {
    /// `LAT,LON`, or words naming a place of the platform's gazetteer (an address, a
    /// street, a postcode, a neighbourhood).
    pub near: Option<String>,
    /// Radius around `near`, in km (default 10).
    pub within_km: Option<f64>,
    /// Skill code.
    pub skill: Option<String>,
    /// Cause code.
    pub cause: Option<String>,
    /// Language code.
    pub language: Option<String>,
    /// RFC 3339 or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// RFC 3339 or `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Words to find.
    pub q: Option<String>,
    /// Only remote work.
    pub remote: bool,
    /// `start` (default) or `distance`.
    pub sort: Option<String>,
    /// Where the page starts.
    pub cursor: Option<String>,
    /// Page size.
    pub limit: Option<i64>,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Found {
    /// The opportunity.
    pub opportunity: Opportunity,
    /// Its organisation's name.
    pub organisation: String,
    /// Its next shifts (not cancelled), at most [`SHIFTS_IN_LIST`].
    pub shifts: Vec<Shift>,
    /// How many more shifts are to come after those.
    pub more_shifts: usize,
    /// How far from the point searched around, if one was given.
    pub distance_km: Option<f64>,
}

/// A page of results.
#[derive(Debug, Clone)]
pub struct SearchPage {
    /// The results.
    pub items: Vec<Found>,
    /// Where the next page starts, if there is one.
    pub next_cursor: Option<String>,
    /// The place of the gazetteer `near` named, when it was given in words.
    pub near_place: Option<String>,
    /// Other places those words could name, to search near instead.
    pub near_others: Vec<String>,
}

/// How many places words given for `near` offer at most (the one used included).
const NEAR_CHOICES: i64 = 5;

/// Whether a text is meant as `LAT,LON` (digits and signs with a comma), whose mistakes
/// are told as such rather than looked up as a place.
fn looks_like_coordinates(text: &str) -> bool {
    text.contains(',') && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' '))
}

fn blank(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn instant(text: &str, field: &'static str, end_of_day: bool) -> Result<Timestamp, FieldError> {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&chrono::Utc));
    }
    let day =
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| FieldError::new(field, "date-malformed"))?;
    let day = if end_of_day { day.succ_opt().unwrap_or(day) } else { day };
    Ok(day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

/// The cursor: either a position in time order, or an offset in distance order.
fn encode_cursor(value: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn decode_cursor(text: &str) -> Result<serde_json::Value, FieldError> {
    let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| FieldError::new("cursor", "cursor-invalid"))?;
    serde_json::from_slice(&bytes).map_err(|_| FieldError::new("cursor", "cursor-invalid"))
}

impl App {
    /// Published opportunities of a platform that match the search.
    pub async fn search(
        &self,
        _viewer: Option<&Actor>,
        platform: &Platform,
        input: &SearchInput,
    ) -> Result<SearchPage> {
        let mut invalid = Invalid::default();
        let (near, near_place, near_others) = match blank(&input.near) {
            None => (None, None, Vec::new()),
            Some(text) if looks_like_coordinates(text) => {
                (invalid.check(Coordinates::parse_pair(text, "near")), None, Vec::new())
            }
            Some(text) => match invalid.check(place_query(text, "near")) {
                Some(words) => {
                    let mut found = self.store.find_places(platform.id, &words, NEAR_CHOICES).await?.into_iter();
                    match found.next() {
                        Some(first) => (Some(first.point), Some(first.name), found.map(|p| p.name).collect()),
                        None => {
                            invalid.0.push(FieldError::new("near", "place-not-found"));
                            (None, None, Vec::new())
                        }
                    }
                }
                None => (None, None, Vec::new()),
            },
        };
        let radius = input.within_km.unwrap_or(10.0);
        if !(radius > 0.0 && radius <= MAX_RADIUS_KM) {
            invalid.0.push(FieldError::new("within_km", "radius-out-of-range"));
        }
        let limit = input.limit.unwrap_or(DEFAULT_PAGE);
        if !(1..=MAX_PAGE).contains(&limit) {
            invalid.0.push(FieldError::new("limit", "limit-out-of-range"));
        }
        let language = blank(&input.language).and_then(|l| invalid.check(Locale::parse_field(l, "language")));
        let from = blank(&input.from).and_then(|f| invalid.check(instant(f, "from", false)));
        let to = blank(&input.to).and_then(|t| invalid.check(instant(t, "to", true)));
        let by_distance = match blank(&input.sort) {
            None | Some("start") => false,
            Some("distance") if near.is_some() => true,
            Some("distance") => {
                invalid.0.push(FieldError::new("near", "near-needed-for-distance"));
                false
            }
            Some(_) => {
                invalid.0.push(FieldError::new("sort", "sort-unknown"));
                false
            }
        };
        let cursor = blank(&input.cursor).and_then(|c| invalid.check(decode_cursor(c)));
        let words = blank(&input.q).and_then(|q| invalid.check(search_words(q, "q"))).filter(|w| !w.is_empty());
        let skill = blank(&input.skill).and_then(|s| invalid.check(parse_code(s, "skill")));
        let cause = blank(&input.cause).and_then(|c| invalid.check(parse_code(c, "cause")));
        invalid.into_result()?;

        let mut filter = OpportunityFilter {
            text: words.map(|w| w.join(" ")),
            skill,
            cause,
            language: language.map(|l| l.code().to_owned()),
            from,
            to,
            within: near.map(|p| p.bounding_box(radius)),
            remote_only: input.remote,
            limit: limit + 1,
            now: self.now(),
            ..OpportunityFilter::default()
        };
        let offset = cursor.as_ref().and_then(|c| c.get("o")).and_then(serde_json::Value::as_u64).unwrap_or(0);
        if near.is_some() {
            // Around a point, the box narrows the candidates; the exact distance then
            // filters, and the order and pages are made here.
            filter.limit = MAX_CANDIDATES;
        } else if let Some(cursor) = &cursor {
            let start =
                cursor.get("s").and_then(serde_json::Value::as_str).map(|s| instant(s, "cursor", false)).transpose()?;
            let id = cursor
                .get("i")
                .and_then(serde_json::Value::as_str)
                .and_then(|i| i.parse::<OpportunityId>().ok())
                .ok_or_else(|| AppError::Invalid(Invalid::one("cursor", "cursor-invalid")))?;
            filter.after = Some((start, id));
        }
        let listed = self.store.list_opportunities(platform.id, &filter).await?;
        let mut found: Vec<(Opportunity, Option<Timestamp>, Option<f64>)> = listed
            .into_iter()
            .map(|l| {
                let distance = near.zip(l.opportunity.draft.place.point()).map(|(a, b)| a.distance_km(&b));
                (l.opportunity, l.next_start, distance)
            })
            .filter(|(_, _, distance)| near.is_none() || distance.is_some_and(|d| d <= radius))
            .collect();
        let limit = usize::try_from(limit).unwrap_or(20);
        let next_cursor;
        if near.is_some() {
            if by_distance {
                found.sort_by(|a, b| {
                    a.2.unwrap_or(f64::MAX).total_cmp(&b.2.unwrap_or(f64::MAX)).then(a.0.id.cmp(&b.0.id))
                });
            }
            let skip = usize::try_from(offset).unwrap_or(0);
            let more = found.len() > skip + limit;
            found = found.into_iter().skip(skip).take(limit).collect();
            next_cursor = more.then(|| encode_cursor(&serde_json::json!({ "o": skip + limit })));
        } else {
            let more = found.len() > limit;
            found.truncate(limit);
            next_cursor = match (more, found.last()) {
                (true, Some((last, start, _))) => Some(encode_cursor(
                    &serde_json::json!({ "s": start.map(|s| s.to_rfc3339()), "i": last.id.to_string() }),
                )),
                _ => None,
            };
        }
        let ids: Vec<OpportunityId> = found.iter().map(|(o, _, _)| o.id).collect();
        let now = self.now();
        let shifts = self.store.shifts_of(platform.id, &ids).await?;
        let mut wanted: Vec<entraide_domain::id::OrganisationId> =
            found.iter().map(|(o, _, _)| o.organisation_id).collect();
        wanted.sort();
        wanted.dedup();
        let organisations = self.store.organisations_by_ids(platform.id, &wanted).await?;
        let items = found
            .into_iter()
            .map(|(opportunity, _, distance_km)| {
                let mut upcoming: Vec<Shift> = shifts
                    .iter()
                    .filter(|s| s.opportunity_id == opportunity.id && s.cancelled_at.is_none() && s.ends_at > now)
                    .cloned()
                    .collect();
                let more_shifts = upcoming.len().saturating_sub(SHIFTS_IN_LIST);
                upcoming.truncate(SHIFTS_IN_LIST);
                Found {
                    organisation: organisations
                        .iter()
                        .find(|o| o.id == opportunity.organisation_id)
                        .map(|o| o.name.clone())
                        .unwrap_or_default(),
                    shifts: upcoming,
                    more_shifts,
                    opportunity,
                    distance_km,
                }
            })
            .collect();
        Ok(SearchPage { items, next_cursor, near_place, near_others })
    }
}
