//! Rows as the database returns them, and their conversion to domain values. A value
//! that does not parse back is reported as corrupt rather than guessed at.

use crate::error::StoreError;
use crate::stamp::Stamp;
use chrono::NaiveDate;
use entraide_domain::account::{Account, Email};
use entraide_domain::geo::Coordinates;
use entraide_domain::hours::{HourReport, ReportStatus};
use entraide_domain::id::{
    AccountId, HourReportId, OpportunityId, OrganisationId, PlatformId, SeriesId, ShiftId, SignupId,
};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::{Opportunity, OpportunityStatus, Place};
use entraide_domain::organisation::{Organisation, OrganisationKind, OrganisationRole};
use entraide_domain::platform::{Platform, PlatformRole, Slug, TimeZone};
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
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
        skills: codes("skill"),
        causes: codes("cause"),
        languages: codes("language").iter().filter_map(|c| Locale::parse(c)).collect(),
        title: row.title,
        description: row.description,
        min_age: row.min_age.and_then(|a| u8::try_from(a).ok()),
        accessibility: row.accessibility,
        place,
        status: OpportunityStatus::parse(&row.status, "status").map_err(|_| corrupt("status", &row.status))?,
        created_at: row.created_at.0,
    })
}

#[derive(sqlx::FromRow)]
pub(crate) struct ShiftRow {
    id: Uuid,
    platform_id: Uuid,
    opportunity_id: Uuid,
    starts_at: Stamp,
    ends_at: Stamp,
    slots: i64,
    taken: i64,
    waiting: i64,
    series_id: Option<Uuid>,
    cancelled_at: Option<Stamp>,
}

impl From<ShiftRow> for Shift {
    fn from(row: ShiftRow) -> Self {
        Shift {
            id: ShiftId(row.id),
            platform_id: PlatformId(row.platform_id),
            opportunity_id: OpportunityId(row.opportunity_id),
            starts_at: row.starts_at.0,
            ends_at: row.ends_at.0,
            slots: row.slots,
            taken: row.taken,
            waiting: row.waiting,
            series_id: row.series_id.map(SeriesId),
            cancelled_at: row.cancelled_at.map(|s| s.0),
        }
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct SignupRow {
    id: Uuid,
    shift_id: Uuid,
    account_id: Uuid,
    status: String,
    position: Option<i64>,
    created_at: Stamp,
    cancelled_at: Option<Stamp>,
    late: bool,
    attended: Option<bool>,
    minutes: Option<i64>,
}

impl TryFrom<SignupRow> for Signup {
    type Error = StoreError;
    fn try_from(row: SignupRow) -> Result<Self, StoreError> {
        Ok(Signup {
            id: SignupId(row.id),
            shift_id: ShiftId(row.shift_id),
            account_id: AccountId(row.account_id),
            status: SignupStatus::parse(&row.status).ok_or_else(|| corrupt("sign-up status", &row.status))?,
            position: row.position,
            created_at: row.created_at.0,
            cancelled_at: row.cancelled_at.map(|s| s.0),
            late: row.late,
            attended: row.attended,
            minutes: row.minutes,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct HourReportRow {
    id: Uuid,
    opportunity_id: Uuid,
    account_id: Uuid,
    day: NaiveDate,
    minutes: i64,
    note: String,
    status: String,
    created_at: Stamp,
}

impl TryFrom<HourReportRow> for HourReport {
    type Error = StoreError;
    fn try_from(row: HourReportRow) -> Result<Self, StoreError> {
        Ok(HourReport {
            id: HourReportId(row.id),
            opportunity_id: OpportunityId(row.opportunity_id),
            account_id: AccountId(row.account_id),
            day: row.day,
            minutes: row.minutes,
            note: row.note,
            status: ReportStatus::parse(&row.status).ok_or_else(|| corrupt("report status", &row.status))?,
            created_at: row.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ListedOpportunityRow {
    #[sqlx(flatten)]
    pub opportunity: OpportunityRow,
    pub next_start: Option<Stamp>,
    pub shift_count: i64,
}

#[derive(sqlx::FromRow)]
pub(crate) struct RosterRow {
    #[sqlx(flatten)]
    pub signup: SignupRow,
    pub display_name: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SignupDetailsRow {
    #[sqlx(flatten)]
    signup: SignupRow,
    sh_id: Uuid,
    sh_platform_id: Uuid,
    sh_opportunity_id: Uuid,
    sh_starts_at: Stamp,
    sh_ends_at: Stamp,
    sh_slots: i64,
    sh_taken: i64,
    sh_waiting: i64,
    sh_series_id: Option<Uuid>,
    sh_cancelled_at: Option<Stamp>,
    title: String,
    address: Option<String>,
    organisation: String,
    platform: String,
}

impl TryFrom<SignupDetailsRow> for crate::SignupDetails {
    type Error = StoreError;
    fn try_from(row: SignupDetailsRow) -> Result<Self, StoreError> {
        let shift = Shift {
            id: ShiftId(row.sh_id),
            platform_id: PlatformId(row.sh_platform_id),
            opportunity_id: OpportunityId(row.sh_opportunity_id),
            starts_at: row.sh_starts_at.0,
            ends_at: row.sh_ends_at.0,
            slots: row.sh_slots,
            taken: row.sh_taken,
            waiting: row.sh_waiting,
            series_id: row.sh_series_id.map(SeriesId),
            cancelled_at: row.sh_cancelled_at.map(|s| s.0),
        };
        Ok(crate::SignupDetails {
            signup: row.signup.try_into()?,
            opportunity_id: shift.opportunity_id,
            shift,
            title: row.title,
            organisation: row.organisation,
            platform: row.platform,
            address: row.address,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct NamedReportRow {
    #[sqlx(flatten)]
    pub report: HourReportRow,
    pub display_name: String,
}
