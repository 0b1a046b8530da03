//! The languages Entraide speaks.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One of the 27 interface languages of the product: the 24 official languages of the
/// European Union, plus Arabic, Turkish and Ukrainian. Stored and exchanged as its
/// ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Locale(&'static str);

/// Code and name in the language itself, for every interface language.
const LANGUAGES: [(&str, &str); 27] = [
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
];

impl Locale {
    /// English, the language every catalogue is checked against.
    pub const ENGLISH: Locale = Locale("en");

    /// Parses a language code; a region (`fr-BE`, `pt_PT`) is accepted and dropped.
    pub fn parse(text: &str) -> Option<Locale> {
        let primary = text.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES.iter().find(|(code, _)| *code == primary).map(|(code, _)| Locale(code))
    }

    /// Like [`Locale::parse`], with an error naming `field`.
    pub fn parse_field(text: &str, field: &'static str) -> Result<Locale, FieldError> {
        Self::parse(text).ok_or(FieldError::new(field, "locale-unknown"))
    }

    /// Every interface language, in a stable order.
    pub fn all() -> impl Iterator<Item = Locale> {
        LANGUAGES.iter().map(|(code, _)| Locale(code))
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The language's name in itself ("Français"), for language menus.
    pub fn native_name(self) -> &'static str {
        LANGUAGES.iter().find(|(code, _)| *code == self.0).map_or(self.0, |(_, name)| name)
    }

    /// The writing direction.
    pub fn direction(self) -> Direction {
        if self.0 == "ar" { Direction::Rtl } else { Direction::Ltr }
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self::ENGLISH
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl TryFrom<String> for Locale {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Locale::parse(&value).ok_or(format!("unknown language `{value}`"))
    }
}

impl From<Locale> for String {
    fn from(locale: Locale) -> String {
        locale.0.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_with_regions_parse_and_unknown_ones_do_not() {
        assert_eq!(Locale::parse("fr-BE").map(Locale::code), Some("fr"));
        assert_eq!(Locale::parse("NL").map(Locale::code), Some("nl"));
        assert_eq!(Locale::parse("xx"), None);
        assert_eq!(Locale::all().count(), 27);
        assert_eq!(Locale::parse("ar").map(Locale::direction), Some(Direction::Rtl));
    }
}
