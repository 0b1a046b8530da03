//! Opportunities: what search reads and the order lists keep.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::{OpportunityId, OrganisationId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::{Opportunity, OpportunityDraft, OpportunityStatus, Place};
use uuid::Uuid;

/// What text search looks in: title and description, lowercased by the application so
/// both databases match the same way (SQLite lowercases only ASCII).
pub(crate) fn search_text(draft: &OpportunityDraft) -> String {
    format!("{}\n{}", draft.title, draft.description).to_lowercase()
}

/// Lists order opportunities by their next shift, ongoing ones (no shift) last, then
/// by id, so pages never skip nor repeat one.
pub(crate) fn listing_order(
    a_start: Option<entraide_domain::time::Timestamp>,
    a_id: uuid::Uuid,
    b_start: Option<entraide_domain::time::Timestamp>,
    b_id: uuid::Uuid,
) -> std::cmp::Ordering {
    match (a_start, b_start) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
    .then(a_id.cmp(&b_id))
}

#[derive(sqlx::FromRow)]
pub(crate) struct OpportunityRow {
    pub id: Uuid,
    pub platform_id: Uuid,
    organisation_id: Uuid,
    title: String,
    description: String,
    min_age: Option<i64>,
    accessibility: String,
    lat: Option<f64>,
    lon: Option<f64>,
    address: Option<String>,
    status: String,
    created_at: Stamp,
}

/// The columns [`OpportunityRow`] reads, to write into a query with `concat!`:
/// `opportunity_columns!()`, or `opportunity_columns!("t")` for a table named `t` in the query.
macro_rules! opportunity_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, organisation_id, title, description, min_age, accessibility, lat, lon, address, status, created_at)
    };
}
pub(crate) use opportunity_columns;

/// An opportunity row with its skill, cause and language codes.
pub(crate) fn opportunity(row: OpportunityRow, terms: &[(Uuid, String, String)]) -> Result<Opportunity, StoreError> {
    let codes = |kind: &str| -> Vec<String> {
        terms.iter().filter(|(id, k, _)| *id == row.id && k == kind).map(|(_, _, code)| code.clone()).collect()
    };
    let place = match (row.lat, row.lon) {
        (Some(lat), Some(lon)) => Place::At {
            point: Coordinates::parse(lat, lon, ("lat", "lon"))
                .map_err(|_| corrupt("place", &format!("{lat},{lon}")))?,
            address: row.address.clone().unwrap_or_default(),
        },
        _ => Place::Remote,
    };
    Ok(Opportunity {
        id: OpportunityId(row.id),
        platform_id: PlatformId(row.platform_id),
        organisation_id: OrganisationId(row.organisation_id),
        draft: OpportunityDraft {
            skills: codes("skill"),
            causes: codes("cause"),
            languages: codes("language").iter().filter_map(|c| Locale::parse(c)).collect(),
            title: row.title,
            description: row.description,
            min_age: row.min_age.and_then(|a| u8::try_from(a).ok()),
            accessibility: row.accessibility,
            place,
            status: OpportunityStatus::parse(&row.status, "status").map_err(|_| corrupt("status", &row.status))?,
        },
        created_at: row.created_at.0,
    })
}

#[derive(sqlx::FromRow)]
pub(crate) struct ListedOpportunityRow {
    #[sqlx(flatten)]
    pub opportunity: OpportunityRow,
    pub next_start: Option<Stamp>,
    pub shift_count: i64,
}
