//! Skills and causes: per-platform lists that platform admins edit, from which
//! opportunities (and, later, volunteers' profiles) pick.

use crate::error::{FieldError, Invalid};
use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// Its English name, which every term has (readers of a language it has no name in
    /// read it, unless the platform's own language has one).
    pub label: String,
    /// Its names in other languages.
    pub names: Names,
}

/// A term's names in languages other than English, as the platform's admins gave them
/// (the English name is the term's label). Kept as `{"nl": "Autorijden", …}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Names(BTreeMap<String, String>);

/// The longest name of a term, in any language.
pub const MAX_TERM_NAME_CHARS: usize = 80;

impl Names {
    /// Checks names given per language code (`nl`, …): known languages other than
    /// English, one line of at most [`MAX_TERM_NAME_CHARS`] each; empty ones are left
    /// out. Errors name the field of the language (`name-nl`), or `names` for a code
    /// that is not one of the interface languages.
    pub fn parse<'a>(given: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Names, Invalid> {
        let mut invalid = Invalid::default();
        let mut names = BTreeMap::new();
        for (code, name) in given {
            let Some(locale) = Locale::parse(code).filter(|l| l.code() == code.trim()) else {
                invalid.0.push(FieldError::new("names", "locale-unknown"));
                continue;
            };
            if locale == Locale::ENGLISH {
                invalid.0.push(FieldError::new("names", "term-name-english"));
                continue;
            }
            let field = name_field(locale);
            if let Some(name) =
                invalid.check(crate::text::line(name, field, MAX_TERM_NAME_CHARS, crate::text::Presence::Optional))
                && !name.is_empty()
            {
                names.insert(locale.code().to_owned(), name);
            }
        }
        invalid.into_result().map(|()| Names(names))
    }

    /// The name in `locale`, if it has one.
    pub fn get(&self, locale: Locale) -> Option<&str> {
        self.0.get(locale.code()).map(String::as_str)
    }

    /// Every name, by language code.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(code, name)| (code.as_str(), name.as_str()))
    }
}

/// The form field (and error field) of a term's name in `locale`: `name-nl`.
pub fn name_field(locale: Locale) -> &'static str {
    NAME_FIELDS.iter().find(|(code, _)| *code == locale.code()).map_or("names", |(_, field)| field)
}

const NAME_FIELDS: [(&str, &str); 27] = [
    ("ar", "name-ar"),
    ("bg", "name-bg"),
    ("cs", "name-cs"),
    ("da", "name-da"),
    ("de", "name-de"),
    ("el", "name-el"),
    ("en", "name-en"),
    ("es", "name-es"),
    ("et", "name-et"),
    ("fi", "name-fi"),
    ("fr", "name-fr"),
    ("ga", "name-ga"),
    ("hr", "name-hr"),
    ("hu", "name-hu"),
    ("it", "name-it"),
    ("lt", "name-lt"),
    ("lv", "name-lv"),
    ("mt", "name-mt"),
    ("nl", "name-nl"),
    ("pl", "name-pl"),
    ("pt", "name-pt"),
    ("ro", "name-ro"),
    ("sk", "name-sk"),
    ("sl", "name-sl"),
    ("sv", "name-sv"),
    ("tr", "name-tr"),
    ("uk", "name-uk"),
];

/// Which list of the catalogues holds the default terms' names: `term-skill-…`,
/// `term-cause-…`, `term-help-…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermList {
    /// Skills.
    Skill,
    /// Causes.
    Cause,
    /// Neighbour-help categories.
    Help,
}

impl TermList {
    /// The part of the catalogue's message ids.
    pub fn as_str(self) -> &'static str {
        match self {
            TermList::Skill => "skill",
            TermList::Cause => "cause",
            TermList::Help => "help",
        }
    }

    /// The defaults a new platform starts with, in this list.
    pub fn defaults(self) -> &'static [(&'static str, &'static str)] {
        match self {
            TermList::Skill => &DEFAULT_SKILLS,
            TermList::Cause => &DEFAULT_CAUSES,
            TermList::Help => &crate::help::DEFAULT_HELP_CATEGORIES,
        }
    }

    /// Whether a term is one of the defaults, still with its default English name (so
    /// the catalogues' translations of it still fit).
    pub fn is_default(self, code: &str, english: &str) -> bool {
        self.defaults().iter().any(|(c, label)| *c == code && *label == english)
    }
}

impl From<TermKind> for TermList {
    fn from(kind: TermKind) -> Self {
        match kind {
            TermKind::Skill => TermList::Skill,
            TermKind::Cause => TermList::Cause,
        }
    }
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
