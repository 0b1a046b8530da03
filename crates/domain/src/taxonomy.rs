//! Skills and causes: per-platform lists that platform admins edit, from which
//! opportunities (and, later, volunteers' profiles) pick.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// Which list a term belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    /// What a volunteer can do ("first aid", "driving").
    Skill,
    /// What the work is for ("elderly people", "environment").
    Cause,
}

impl TermKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Skill => "skill",
            TermKind::Cause => "cause",
        }
    }

    /// Parses the stored name; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Self, FieldError> {
        match text.trim() {
            "skill" => Ok(TermKind::Skill),
            "cause" => Ok(TermKind::Cause),
            _ => Err(FieldError::new(field, "term-kind-unknown")),
        }
    }
}

/// A term's code: 2–40 lowercase ASCII letters, digits and hyphens (`first-aid`). Codes
/// are stable across languages; labels are what people read.
pub fn parse_code(text: &str, field: &'static str) -> Result<String, FieldError> {
    let text = text.trim();
    let ok = (2..=40).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
        && !text.ends_with('-');
    if ok { Ok(text.to_owned()) } else { Err(FieldError::new(field, "term-code-invalid")) }
}

/// A term of a platform's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Term {
    /// Which list.
    pub kind: TermKind,
    /// Its stable code.
    pub code: String,
    /// What people read (in the platform's language; platform admins choose it).
    pub label: String,
}

/// The skills a new platform starts with: code and English label.
pub const DEFAULT_SKILLS: [(&str, &str); 12] = [
    ("driving", "Driving"),
    ("first-aid", "First aid"),
    ("cooking", "Cooking"),
    ("gardening", "Gardening"),
    ("diy", "Small repairs"),
    ("computers", "Computers and phones"),
    ("languages", "Translating and interpreting"),
    ("teaching", "Teaching and tutoring"),
    ("listening", "Listening and company"),
    ("admin", "Paperwork"),
    ("lifting", "Carrying and lifting"),
    ("childcare", "Childcare"),
];

/// The causes a new platform starts with: code and English label.
pub const DEFAULT_CAUSES: [(&str, &str); 10] = [
    ("elderly", "Older people"),
    ("children", "Children and youth"),
    ("poverty", "Poverty and food"),
    ("health", "Health and care"),
    ("environment", "Environment and climate"),
    ("refugees", "Refugees and newcomers"),
    ("disability", "People with a disability"),
    ("culture", "Culture and sport"),
    ("animals", "Animals"),
    ("neighbourhood", "Neighbourhood life"),
];
