//! Places people can name: the gazetteer a platform's team imports from OpenStreetMap
//! (addresses, streets, postcodes, neighbourhoods), and how typed words find them.

use crate::error::FieldError;
use crate::geo::Coordinates;
use unicode_normalization::UnicodeNormalization;

/// What a named place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A house number on a street.
    Address,
    /// A street.
    Street,
    /// A postcode.
    Postcode,
    /// A neighbourhood, quarter, suburb, village or hamlet.
    Neighbourhood,
}

impl PlaceKind {
    /// Every kind.
    pub const ALL: [PlaceKind; 4] =
        [PlaceKind::Address, PlaceKind::Street, PlaceKind::Postcode, PlaceKind::Neighbourhood];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Address => "address",
            PlaceKind::Street => "street",
            PlaceKind::Postcode => "postcode",
            PlaceKind::Neighbourhood => "neighbourhood",
        }
    }

    /// The kind of a stored form.
    pub fn parse(text: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A place of the gazetteer: what it is, the name people read, and its point.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// What it is.
    pub kind: PlaceKind,
    /// Its name as shown: "Sleepstraat 40, 9000 Gent", "Brugse Poort".
    pub name: String,
    /// Where it is.
    pub point: Coordinates,
}

/// The longest place text a person may type.
pub const MAX_PLACE_QUERY_CHARS: usize = 200;
/// The most words such a text may hold.
pub const MAX_PLACE_QUERY_WORDS: usize = 12;

/// A text in the form names are compared in: lowercase, without accents, every run of
/// what is not a letter or a digit one space ("Sint-Pietersstation" and "sint
/// pietersstation" compare alike).
pub fn search_form(text: &str) -> String {
    let folded: String = text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// The keys a place is found by: its name from each word on ("brugse poort", "poort"),
/// so that any word of a name may begin what a person types.
pub fn search_keys(name: &str) -> Vec<String> {
    let form = search_form(name);
    let mut keys = vec![form.clone()];
    keys.extend(form.match_indices(' ').map(|(at, _)| form[at + 1..].to_owned()));
    keys
}

/// The words of a place typed by a person, in search form: at most
/// [`MAX_PLACE_QUERY_WORDS`] words and [`MAX_PLACE_QUERY_CHARS`] characters, none of them
/// invisible; errors name `field`.
pub fn place_query(text: &str, field: &'static str) -> Result<Vec<String>, FieldError> {
    if text.chars().count() > MAX_PLACE_QUERY_CHARS {
        return Err(FieldError::new(field, "search-too-long"));
    }
    if crate::text::has_control(text) {
        return Err(FieldError::new(field, "text-control-characters"));
    }
    let words: Vec<String> = search_form(text).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    match words.len() {
        0 => Err(FieldError::new(field, "required")),
        n if n > MAX_PLACE_QUERY_WORDS => Err(FieldError::new(field, "search-too-long")),
        _ => Ok(words),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_accents_or_signs() {
        assert_eq!(search_form("  Sint-Pietersstation, 9000 GENT "), "sint pietersstation 9000 gent");
        assert_eq!(search_form("Rue de l'Église 5"), "rue de l eglise 5");
        assert_eq!(search_form("Ærø"), "ærø");
        assert_eq!(search_form("—"), "");
    }

    #[test]
    fn each_word_of_a_name_begins_a_key() {
        assert_eq!(search_keys("Brugse Poort"), ["brugse poort", "poort"]);
        assert_eq!(
            search_keys("Sleepstraat 40, 9000 Gent"),
            ["sleepstraat 40 9000 gent", "40 9000 gent", "9000 gent", "gent"]
        );
    }

    #[test]
    fn a_typed_place_is_bounded_and_never_empty() {
        assert_eq!(place_query("Sleepstr. 40", "q").unwrap(), ["sleepstr", "40"]);
        assert_eq!(place_query(" , ", "q").unwrap_err().code, "required");
        assert_eq!(place_query(&"a".repeat(10_000), "q").unwrap_err().code, "search-too-long");
        assert_eq!(place_query("a b c d e f g h i j k l m", "q").unwrap_err().code, "search-too-long");
        assert_eq!(place_query("gent\u{0}", "q").unwrap_err().code, "text-control-characters");
    }
}
