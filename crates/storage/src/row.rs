//! Rows as the database returns them, and their conversion to domain values. A value
//! that does not parse back is reported as corrupt rather than guessed at.

use crate::error::StoreError;
use crate::stamp::Stamp;
use chrono::NaiveDate;
use entraide_domain::account::{Account, Email};
use entraide_domain::geo::Coordinates;
use entraide_domain::id::{AccountId, OrganisationId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::organisation::{Organisation, OrganisationKind, OrganisationRole};
use entraide_domain::platform::{Platform, PlatformRole, Slug, TimeZone};
use uuid::Uuid;

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} `{value}`"))
}

pub(crate) fn platform_role(text: &str) -> Result<PlatformRole, StoreError> {
    PlatformRole::parse(text, "role").map_err(|_| corrupt("platform role", text))
}

pub(crate) fn organisation_role(text: &str) -> Result<OrganisationRole, StoreError> {
    OrganisationRole::parse(text, "role").map_err(|_| corrupt("organisation role", text))
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

impl TryFrom<PlatformRow> for Platform {
    type Error = StoreError;
    fn try_from(row: PlatformRow) -> Result<Self, StoreError> {
        let center = match (row.center_lat, row.center_lon) {
            (Some(lat), Some(lon)) => {
                Some(Coordinates::parse(lat, lon, ("lat", "lon")).map_err(|_| corrupt("centre", &format!("{lat},{lon}")))?)
            }
            _ => None,
        };
        Ok(Platform {
            id: PlatformId(row.id),
            slug: slug(&row.slug)?,
            name: row.name,
            default_locale: Locale::parse(&row.default_locale).ok_or_else(|| corrupt("locale", &row.default_locale))?,
            parent_id: row.parent_id.map(PlatformId),
            center,
            time_zone: TimeZone::parse(&row.time_zone, "time_zone").map_err(|_| corrupt("time zone", &row.time_zone))?,
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

#[derive(sqlx::FromRow)]
pub(crate) struct AccountRow {
    id: Uuid,
    email: Option<String>,
    display_name: String,
    locale: Option<String>,
    birth_date: Option<NaiveDate>,
    is_instance_admin: bool,
    created_at: Stamp,
    erased_at: Option<Stamp>,
}

impl TryFrom<AccountRow> for Account {
    type Error = StoreError;
    fn try_from(row: AccountRow) -> Result<Self, StoreError> {
        let email = match row.email {
            Some(text) => Some(Email::parse(&text, "email").map_err(|_| corrupt("email", &text))?),
            None => None,
        };
        Ok(Account {
            id: AccountId(row.id),
            email,
            display_name: row.display_name,
            locale: row.locale.as_deref().and_then(Locale::parse),
            birth_date: row.birth_date,
            is_instance_admin: row.is_instance_admin,
            created_at: row.created_at.0,
            erased_at: row.erased_at.map(|s| s.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct AccountWithHashRow {
    #[sqlx(flatten)]
    pub account: AccountRow,
    pub password_hash: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationRow {
    id: Uuid,
    platform_id: Uuid,
    name: String,
    kind: String,
    description: String,
    verified_at: Option<Stamp>,
    created_at: Stamp,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(row: OrganisationRow) -> Result<Self, StoreError> {
        Ok(Organisation {
            id: OrganisationId(row.id),
            platform_id: PlatformId(row.platform_id),
            name: row.name,
            kind: OrganisationKind::parse(&row.kind, "kind").map_err(|_| corrupt("organisation kind", &row.kind))?,
            description: row.description,
            verified_at: row.verified_at.map(|s| s.0),
            created_at: row.created_at.0,
        })
    }
}

/// Converts every row, stopping at the first corrupt one.
pub(crate) fn convert_all<R, T>(rows: Vec<R>) -> Result<Vec<T>, StoreError>
where
    T: TryFrom<R, Error = StoreError>,
{
    rows.into_iter().map(T::try_from).collect()
}

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationWithRoleRow {
    #[sqlx(flatten)]
    pub organisation: OrganisationRow,
    pub member_role: String,
}
