//! Organisations: the non-profits, schools, companies, municipal services and informal
//! groups that publish work for volunteers.

use crate::error::{FieldError, Invalid};
use crate::id::{OrganisationId, PlatformId};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrganisationKind {
    /// A non-profit association.
    Nonprofit,
    /// A school (its pupils may be minors).
    School,
    /// A company (team volunteering).
    Company,
    /// A municipal service.
    Municipality,
    /// An informal group of neighbours.
    Group,
}

impl OrganisationKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [OrganisationKind; 5] = [
        OrganisationKind::Nonprofit,
        OrganisationKind::School,
        OrganisationKind::Company,
        OrganisationKind::Municipality,
        OrganisationKind::Group,
    ];

    /// The stored and exchanged name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::Nonprofit => "nonprofit",
            OrganisationKind::School => "school",
            OrganisationKind::Company => "company",
            OrganisationKind::Municipality => "municipality",
            OrganisationKind::Group => "group",
        }
    }

    /// Parses the exchanged name; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text.trim())
            .ok_or(FieldError::new(field, "organisation-kind-unknown"))
    }
}

/// A person's role in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrganisationRole {
    /// Manages the organisation and its members.
    Admin,
    /// Publishes opportunities and manages volunteers.
    Coordinator,
}

impl OrganisationRole {
    /// The stored and exchanged name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationRole::Admin => "admin",
            OrganisationRole::Coordinator => "coordinator",
        }
    }

    /// Parses the exchanged name; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Self, FieldError> {
        match text.trim() {
            "admin" => Ok(OrganisationRole::Admin),
            "coordinator" => Ok(OrganisationRole::Coordinator),
            _ => Err(FieldError::new(field, "role-unknown")),
        }
    }
}

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Organisation {
    /// Its id.
    pub id: OrganisationId,
    /// The platform it belongs to.
    pub platform_id: PlatformId,
    /// Its public name.
    pub name: String,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// What it does, in its own words.
    pub description: String,
    /// When a platform admin verified it, if one did.
    pub verified_at: Option<Timestamp>,
    /// When it was created.
    pub created_at: Timestamp,
}

/// A new organisation, checked.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    /// Its public name.
    pub name: String,
    /// What kind of body it is.
    pub kind: OrganisationKind,
    /// What it does.
    pub description: String,
}

/// The longest description accepted.
pub const MAX_DESCRIPTION_CHARS: usize = 5000;

impl NewOrganisation {
    /// Checks raw input, collecting every problem.
    pub fn parse(name: &str, kind: &str, description: Option<&str>) -> Result<Self, Invalid> {
        let mut invalid = Invalid::default();
        let name = invalid.check(crate::platform::parse_name(name, "name"));
        let kind = invalid.check(OrganisationKind::parse(kind, "kind"));
        let description = invalid.check(crate::text::paragraph(
            description.unwrap_or(""),
            "description",
            MAX_DESCRIPTION_CHARS,
            crate::text::Presence::Optional,
        ));
        match (name, kind, description) {
            (Some(name), Some(kind), Some(description)) if invalid.0.is_empty() => {
                Ok(NewOrganisation { name, kind, description })
            }
            _ => Err(invalid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_roles_parse_exactly() {
        assert_eq!(OrganisationKind::parse("school", "kind"), Ok(OrganisationKind::School));
        assert_eq!(OrganisationKind::parse("club", "kind").unwrap_err().code, "organisation-kind-unknown");
        assert_eq!(OrganisationRole::parse("owner", "role").unwrap_err().code, "role-unknown");
        let err = NewOrganisation::parse(" ", "club", None).unwrap_err();
        assert_eq!(err.0.len(), 2);
    }
}
