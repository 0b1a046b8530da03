//! Platforms: the tenants. A city, a region or a neighbourhood runs one; everything
//! else belongs to exactly one platform.

use crate::error::{FieldError, Invalid};
use crate::geo::Coordinates;
use crate::id::PlatformId;
use crate::locale::Locale;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A platform's address in URLs: 2 to 40 lowercase letters, digits and hyphens, not
/// starting or ending with a hyphen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    /// Checks the slug rules; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Slug, FieldError> {
        let text = text.trim();
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if !(2..=40).contains(&text.len()) {
            return Err(FieldError::new(field, "slug-length"));
        }
        if !text.chars().all(allowed) || text.starts_with('-') || text.ends_with('-') {
            return Err(FieldError::new(field, "slug-characters"));
        }
        Ok(Slug(text.to_owned()))
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A time zone of the tz database (`Europe/Brussels`): a platform's dates and times are
/// shown in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeZone(chrono_tz::Tz);

impl TimeZone {
    /// Coordinated Universal Time, for platforms that did not say.
    pub const UTC: TimeZone = TimeZone(chrono_tz::Tz::UTC);

    /// Checks the name against the tz database; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<TimeZone, FieldError> {
        text.trim().parse::<chrono_tz::Tz>().map(TimeZone).map_err(|_| FieldError::new(field, "time-zone-unknown"))
    }

    /// The tz database name.
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The zone, to convert instants to local time.
    pub fn tz(self) -> chrono_tz::Tz {
        self.0
    }
}

/// The longest name of a platform or an organisation.
pub const MAX_NAME_CHARS: usize = 120;

/// A platform's (or an organisation's) public name, 1 to [`MAX_NAME_CHARS`] characters
/// on one line.
pub fn parse_name(text: &str, field: &'static str) -> Result<String, FieldError> {
    crate::text::line(text, field, MAX_NAME_CHARS, crate::text::Presence::Required)
}

/// A platform as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Platform {
    /// Its id.
    pub id: PlatformId,
    /// Its address in URLs.
    pub slug: Slug,
    /// Its public name.
    pub name: String,
    /// The language of the platform when nothing else tells which to use.
    pub default_locale: Locale,
    /// The platform it sits under (country > city > neighbourhood), if any.
    pub parent_id: Option<PlatformId>,
    /// Where its map opens.
    pub center: Option<Coordinates>,
    /// The zone its dates and times are shown in.
    pub time_zone: TimeZone,
    /// When it was created.
    pub created_at: Timestamp,
}

/// What is needed to create a platform, already checked.
#[derive(Debug, Clone)]
pub struct NewPlatform {
    /// Its address in URLs.
    pub slug: Slug,
    /// Its public name.
    pub name: String,
    /// Its default language.
    pub default_locale: Locale,
    /// The parent platform's slug, if any (must exist).
    pub parent: Option<Slug>,
    /// Where its map opens.
    pub center: Option<Coordinates>,
    /// The zone its dates and times are shown in.
    pub time_zone: TimeZone,
}

impl NewPlatform {
    /// Checks raw input, collecting every problem.
    pub fn parse(
        slug: &str,
        name: &str,
        parent: Option<&str>,
        locale: Option<&str>,
        center: Option<(f64, f64)>,
        time_zone: Option<&str>,
    ) -> Result<NewPlatform, Invalid> {
        let mut invalid = Invalid::default();
        let slug = invalid.check(Slug::parse(slug, "slug"));
        let name = invalid.check(parse_name(name, "name"));
        let parent = match parent.filter(|p| !p.trim().is_empty()) {
            Some(p) => invalid.check(Slug::parse(p, "parent")).map(Some),
            None => Some(None),
        };
        let default_locale = match locale.filter(|l| !l.trim().is_empty()) {
            Some(l) => invalid.check(Locale::parse_field(l, "locale")),
            None => Some(Locale::ENGLISH),
        };
        let center = match center {
            Some((lat, lon)) => invalid.check(Coordinates::parse(lat, lon, ("center.lat", "center.lon"))).map(Some),
            None => Some(None),
        };
        let time_zone = match time_zone.filter(|z| !z.trim().is_empty()) {
            Some(zone) => invalid.check(TimeZone::parse(zone, "time_zone")),
            None => Some(TimeZone::UTC),
        };
        match (slug, name, parent, default_locale, center, time_zone) {
            (Some(slug), Some(name), Some(parent), Some(default_locale), Some(center), Some(time_zone))
                if invalid.0.is_empty() =>
            {
                Ok(NewPlatform { slug, name, default_locale, parent, center, time_zone })
            }
            _ => Err(invalid),
        }
    }
}

/// A person's role on a platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlatformRole {
    /// A member: volunteers, neighbours, coordinators.
    Member,
    /// The city or neighbourhood team that runs the platform.
    Admin,
}

impl PlatformRole {
    /// The stored and exchanged name.
    pub fn as_str(self) -> &'static str {
        match self {
            PlatformRole::Member => "member",
            PlatformRole::Admin => "admin",
        }
    }

    /// Parses the stored name; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Self, FieldError> {
        match text {
            "member" => Ok(PlatformRole::Member),
            "admin" => Ok(PlatformRole::Admin),
            _ => Err(FieldError::new(field, "role-unknown")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_rules() {
        assert!(Slug::parse("gent", "slug").is_ok());
        assert!(Slug::parse("brussels-2", "slug").is_ok());
        assert_eq!(Slug::parse("a", "slug").unwrap_err().code, "slug-length");
        assert_eq!(Slug::parse(&"a".repeat(41), "slug").unwrap_err().code, "slug-length");
        assert_eq!(Slug::parse("Gent", "slug").unwrap_err().code, "slug-characters");
        assert_eq!(Slug::parse("-gent", "slug").unwrap_err().code, "slug-characters");
        assert_eq!(Slug::parse("gent_x", "slug").unwrap_err().code, "slug-characters");
    }

    #[test]
    fn a_new_platform_reports_every_bad_field() {
        let err = NewPlatform::parse("X", "", None, Some("xx"), Some((100.0, 0.0)), Some("Mars/Olympus")).unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["slug", "name", "locale", "center.lat", "time_zone"]);
        let ok = NewPlatform::parse("gent", "Gent", None, None, None, Some("Europe/Brussels")).unwrap();
        assert_eq!(ok.time_zone.name(), "Europe/Brussels");
    }
}
