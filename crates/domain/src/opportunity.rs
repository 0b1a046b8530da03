//! Opportunities: what an organisation needs done, with where, for whom and by whom.

use crate::error::{FieldError, Invalid};
use crate::geo::Coordinates;
use crate::id::{OpportunityId, OrganisationId, PlatformId};
use crate::locale::Locale;
use crate::taxonomy::parse_code;
use crate::text::{Presence, line, paragraph};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Where an opportunity is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpportunityStatus {
    /// Being written; only its organisation sees it.
    Draft,
    /// Open: people find it and sign up.
    Published,
    /// Over: shown, but takes no sign-ups.
    Closed,
}

impl OpportunityStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityStatus::Draft => "draft",
            OpportunityStatus::Published => "published",
            OpportunityStatus::Closed => "closed",
        }
    }

    /// Parses the stored name; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Self, FieldError> {
        match text.trim() {
            "draft" => Ok(OpportunityStatus::Draft),
            "published" => Ok(OpportunityStatus::Published),
            "closed" => Ok(OpportunityStatus::Closed),
            _ => Err(FieldError::new(field, "status-unknown")),
        }
    }
}

/// Where the work happens.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// At a point, with an address people can read.
    At {
        /// The point.
        point: Coordinates,
        /// The address, as the organisation writes it.
        address: String,
    },
    /// From anywhere.
    Remote,
}

impl Place {
    /// The point, if not remote.
    pub fn point(&self) -> Option<Coordinates> {
        match self {
            Place::At { point, .. } => Some(*point),
            Place::Remote => None,
        }
    }
}

/// An opportunity as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Opportunity {
    /// Its id.
    pub id: OpportunityId,
    /// Its platform.
    pub platform_id: PlatformId,
    /// The organisation that publishes it.
    pub organisation_id: OrganisationId,
    /// Its content (title, description, codes, place, status), as created or last replaced.
    pub draft: OpportunityDraft,
    /// When it was created.
    pub created_at: Timestamp,
}

/// An opportunity's content, checked (for creating or replacing it).
#[derive(Debug, Clone, PartialEq)]
pub struct OpportunityDraft {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Skill codes (checked against the platform's list by the use case).
    pub skills: Vec<String>,
    /// Cause codes (checked against the platform's list by the use case).
    pub causes: Vec<String>,
    /// Languages spoken on site.
    pub languages: Vec<Locale>,
    /// Minimum age.
    pub min_age: Option<u8>,
    /// Access notes.
    pub accessibility: String,
    /// Where.
    pub place: Place,
    /// Status.
    pub status: OpportunityStatus,
}

/// Opportunity input as typed, before checking.
#[derive(Debug, Clone, Default)]
pub struct OpportunityInput {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Skill codes.
    pub skills: Vec<String>,
    /// Cause codes.
    pub causes: Vec<String>,
    /// Language codes.
    pub languages: Vec<String>,
    /// Minimum age.
    pub min_age: Option<i64>,
    /// Access notes.
    pub accessibility: String,
    /// Latitude and longitude, or none for remote work.
    pub point: Option<(f64, f64)>,
    /// Address (with a point).
    pub address: String,
    /// Status (`published` by default).
    pub status: Option<String>,
}

/// The longest title of an opportunity or a request.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest description of an opportunity or a request.
pub const MAX_DESCRIPTION_CHARS: usize = 5000;
/// The longest note on access.
pub const MAX_ACCESSIBILITY_CHARS: usize = 1000;
/// The longest address.
pub const MAX_ADDRESS_CHARS: usize = 300;

fn codes(values: &[String], field: &'static str, invalid: &mut Invalid) -> Vec<String> {
    let mut out: Vec<String> = values.iter().filter_map(|v| invalid.check(parse_code(v, field))).collect();
    out.sort();
    out.dedup();
    out
}

impl OpportunityInput {
    /// Checks every field, collecting every problem.
    pub fn validate(&self) -> Result<OpportunityDraft, Invalid> {
        let mut invalid = Invalid::default();
        let title = invalid.check(line(&self.title, "title", MAX_TITLE_CHARS, Presence::Required));
        let description =
            invalid.check(paragraph(&self.description, "description", MAX_DESCRIPTION_CHARS, Presence::Required));
        let accessibility =
            invalid.check(paragraph(&self.accessibility, "accessibility", MAX_ACCESSIBILITY_CHARS, Presence::Optional));
        let skills = codes(&self.skills, "skills", &mut invalid);
        let causes = codes(&self.causes, "causes", &mut invalid);
        let mut languages: Vec<Locale> =
            self.languages.iter().filter_map(|l| invalid.check(Locale::parse_field(l, "languages"))).collect();
        // Stored and read back in code order; `fr` and `fr-BE` are one language.
        languages.sort_by_key(|l| l.code());
        languages.dedup();
        let min_age = match self.min_age {
            None => None,
            Some(age) => match u8::try_from(age) {
                Ok(age) if age <= 99 => Some(age),
                _ => {
                    invalid.0.push(FieldError::new("min_age", "min-age-out-of-range"));
                    None
                }
            },
        };
        let place = match self.point {
            None => Some(Place::Remote),
            Some((lat, lon)) => {
                let point = invalid.check(Coordinates::parse(lat, lon, ("location.lat", "location.lon")));
                let address =
                    invalid.check(line(&self.address, "location.address", MAX_ADDRESS_CHARS, Presence::Optional));
                point.zip(address).map(|(point, address)| Place::At { point, address })
            }
        };
        let status = match self.status.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(status) => invalid.check(OpportunityStatus::parse(status, "status")),
            None => Some(OpportunityStatus::Published),
        };
        match (title, description, accessibility, place, status) {
            (Some(title), Some(description), Some(accessibility), Some(place), Some(status))
                if invalid.0.is_empty() =>
            {
                Ok(OpportunityDraft {
                    title,
                    description,
                    skills,
                    causes,
                    languages,
                    min_age,
                    accessibility,
                    place,
                    status,
                })
            }
            _ => Err(invalid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opportunity_reports_every_bad_field() {
        let input = OpportunityInput {
            title: " ".into(),
            description: "Sorting food".into(),
            skills: vec!["Not A Code".into()],
            languages: vec!["xx".into()],
            min_age: Some(150),
            point: Some((95.0, 3.0)),
            status: Some("open".into()),
            ..OpportunityInput::default()
        };
        let fields: Vec<_> = input.validate().unwrap_err().0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "skills", "languages", "min_age", "location.lat", "status"]);
    }

    #[test]
    fn no_point_means_remote_and_codes_are_sorted_once() {
        let input = OpportunityInput {
            title: "Call an older neighbour".into(),
            description: "Once a week".into(),
            skills: vec!["listening".into(), "languages".into(), "listening".into()],
            ..OpportunityInput::default()
        };
        let draft = input.validate().unwrap();
        assert_eq!(draft.place, Place::Remote);
        assert_eq!(draft.skills, ["languages", "listening"]);
        assert_eq!(draft.status, OpportunityStatus::Published);
    }
}
