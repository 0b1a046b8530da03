//! Organisations and their members' roles.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::id::{OrganisationId, PlatformId};
use entraide_domain::organisation::{Organisation, OrganisationKind, OrganisationRole};
use uuid::Uuid;

pub(crate) fn organisation_role(text: &str) -> Result<OrganisationRole, StoreError> {
    OrganisationRole::parse(text, "role").map_err(|_| corrupt("organisation role", text))
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

/// The columns [`OrganisationRow`] reads, to write into a query with `concat!`:
/// `organisation_columns!()`, or `organisation_columns!("t")` for a table named `t` in the query.
macro_rules! organisation_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, name, kind, description, verified_at, created_at)
    };
}
pub(crate) use organisation_columns;

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

#[derive(sqlx::FromRow)]
pub(crate) struct OrganisationWithRoleRow {
    #[sqlx(flatten)]
    pub organisation: OrganisationRow,
    pub member_role: String,
}
