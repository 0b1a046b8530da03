//! Free text people type, checked at the boundary: one-line texts (names, titles, labels,
//! addresses) and paragraphs (descriptions, messages, notes).
//!
//! Invisible characters are refused rather than silently removed, so what is stored is
//! what the person saw when they typed it. A line break in a name would end a mail
//! header; a NUL is refused by PostgreSQL and kept by SQLite, and both databases must
//! answer alike; direction overrides in a name can make it read as someone else's.

use crate::error::FieldError;

/// Whether a text is required or may be left empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// An empty text (after trimming) is refused with `required`.
    Required,
    /// An empty text is accepted.
    Optional,
}

/// A one-line text, trimmed: at most `max_chars` characters, without control characters
/// (line breaks, tabs, NUL), line or paragraph separators, or bidirectional overrides.
pub fn line(value: &str, field: &'static str, max_chars: usize, presence: Presence) -> Result<String, FieldError> {
    let value = value.trim();
    if value.chars().any(forbidden_in_line) {
        return Err(FieldError::new(field, "text-control-characters"));
    }
    bounded(value.to_owned(), field, max_chars, presence)
}

/// A paragraph, trimmed: at most `max_chars` characters; line breaks (`\r\n` and `\r`
/// become `\n`) and tabs are kept, every other control character is refused.
pub fn paragraph(value: &str, field: &'static str, max_chars: usize, presence: Presence) -> Result<String, FieldError> {
    let value = value.trim().replace("\r\n", "\n").replace('\r', "\n");
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(FieldError::new(field, "text-invisible-characters"));
    }
    bounded(value, field, max_chars, presence)
}

/// Whether a text holds a NUL or another control character that no input of a search,
/// a filter or a code may carry (a query string, say): refuse those before they reach a
/// database.
pub fn has_control(value: &str) -> bool {
    value.chars().any(char::is_control)
}

/// The longest search, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// The most words a search may hold: each word is one more condition to check.
pub const MAX_SEARCH_WORDS: usize = 12;

/// The words of a search, lowercased: at most [`MAX_SEARCH_WORDS`] words and
/// [`MAX_SEARCH_CHARS`] characters on one line.
pub fn search_words(value: &str, field: &'static str) -> Result<Vec<String>, FieldError> {
    let value = line(value, field, MAX_SEARCH_CHARS, Presence::Optional).map_err(|e| match e.code {
        "too-long" => FieldError::new(field, "search-too-long"),
        _ => e,
    })?;
    let words: Vec<String> = value.to_lowercase().split_whitespace().map(str::to_owned).collect();
    if words.len() > MAX_SEARCH_WORDS {
        return Err(FieldError::new(field, "search-too-long"));
    }
    Ok(words)
}

fn bounded(value: String, field: &'static str, max_chars: usize, presence: Presence) -> Result<String, FieldError> {
    match value.chars().count() {
        0 if presence == Presence::Required => Err(FieldError::new(field, "required")),
        n if n > max_chars => Err(FieldError::new(field, "too-long")),
        _ => Ok(value),
    }
}

/// Characters a one-line text must not hold: controls (Unicode category Cc), the line
/// and paragraph separators, and the bidirectional embeddings, overrides and isolates
/// (a name that reverses the text after it can pass for another).
fn forbidden_in_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_refuses_what_would_break_a_header_or_a_database() {
        for bad in [
            "Ann\r\nBcc: all@example.org",
            "Ann\nSmith",
            "Ann\0",
            "Ann\tSmith",
            "Ann\u{7f}",
            "Ann\u{2028}Smith",
            "\u{202E}nnA",
        ] {
            assert_eq!(
                line(bad, "name", 80, Presence::Required).unwrap_err().code,
                "text-control-characters",
                "{bad:?}"
            );
        }
        assert_eq!(line("  Ann Smith ", "name", 80, Presence::Required).unwrap(), "Ann Smith");
        assert_eq!(line("أحمد", "name", 80, Presence::Required).unwrap(), "أحمد");
    }

    #[test]
    fn a_paragraph_keeps_its_line_breaks_and_refuses_nul() {
        assert_eq!(
            paragraph("one\r\ntwo\rthree\n\tfour", "text", 100, Presence::Required).unwrap(),
            "one\ntwo\nthree\n\tfour"
        );
        assert_eq!(
            paragraph("one\0two", "text", 100, Presence::Required).unwrap_err().code,
            "text-invisible-characters"
        );
        assert_eq!(
            paragraph("bell\u{7}", "text", 100, Presence::Required).unwrap_err().code,
            "text-invisible-characters"
        );
    }

    #[test]
    fn a_search_is_a_few_words_on_one_line() {
        assert_eq!(search_words("  Food  BANK ", "q").unwrap(), ["food", "bank"]);
        assert_eq!(search_words(&"word ".repeat(1000), "q").unwrap_err().code, "search-too-long");
        assert_eq!(search_words(&"a ".repeat(13), "q").unwrap_err().code, "search-too-long");
        assert_eq!(search_words("food\0", "q").unwrap_err().code, "text-control-characters");
    }

    #[test]
    fn lengths_count_characters_and_presence_is_checked_after_trimming() {
        assert_eq!(line("   ", "name", 80, Presence::Required).unwrap_err().code, "required");
        assert_eq!(line("   ", "name", 80, Presence::Optional).unwrap(), "");
        assert!(line(&"é".repeat(80), "name", 80, Presence::Required).is_ok());
        assert_eq!(line(&"é".repeat(81), "name", 80, Presence::Required).unwrap_err().code, "too-long");
        assert_eq!(paragraph(&"x".repeat(11), "text", 10, Presence::Optional).unwrap_err().code, "too-long");
    }
}
