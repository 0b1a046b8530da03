//! Platforms and the roles people have on them.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::geo::Coordinates;
use entraide_domain::id::PlatformId;
use entraide_domain::locale::Locale;
use entraide_domain::platform::{Platform, PlatformRole, Slug, TimeZone};
use uuid::Uuid;

pub(crate) fn platform_role(text: &str) -> Result<PlatformRole, StoreError> {
    PlatformRole::parse(text, "role").map_err(|_| corrupt("platform role", text))
}

pub(crate) fn slug(text: &str) -> Result<Slug, StoreError> {
    Slug::parse(text, "slug").map_err(|_| corrupt("slug", text))
}

#[derive(sqlx::FromRow)]
pub(crate) struct PlatformRow {
    id: Uuid,
    slug: String,
    name: String,
    default_locale: String,
    parent_id: Option<Uuid>,
    center_lat: Option<f64>,
    center_lon: Option<f64>,
    time_zone: String,
    created_at: Stamp,
}

/// The columns [`PlatformRow`] reads, to write into a query with `concat!`:
/// `platform_columns!()`, or `platform_columns!("t")` for a table named `t` in the query.
macro_rules! platform_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, slug, name, default_locale, parent_id, center_lat, center_lon, time_zone, created_at)
    };
}
pub(crate) use platform_columns;

impl TryFrom<PlatformRow> for Platform {
    type Error = StoreError;
    fn try_from(row: PlatformRow) -> Result<Self, StoreError> {
        let center = match (row.center_lat, row.center_lon) {
            (Some(lat), Some(lon)) => Some(
                Coordinates::parse(lat, lon, ("lat", "lon")).map_err(|_| corrupt("centre", &format!("{lat},{lon}")))?,
            ),
            _ => None,
        };
        Ok(Platform {
            id: PlatformId(row.id),
            slug: slug(&row.slug)?,
            name: row.name,
            default_locale: Locale::parse(&row.default_locale).ok_or_else(|| corrupt("locale", &row.default_locale))?,
            parent_id: row.parent_id.map(PlatformId),
            center,
            time_zone: TimeZone::parse(&row.time_zone, "time_zone")
                .map_err(|_| corrupt("time zone", &row.time_zone))?,
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct PlatformWithRoleRow {
    #[sqlx(flatten)]
    pub platform: PlatformRow,
    pub member_role: String,
}
