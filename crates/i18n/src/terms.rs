//! The name of a skill, cause or help category in the reader's language.

use crate::Tr;
use entraide_domain::locale::Locale;
use entraide_domain::taxonomy::{Names, TermList};

/// A term's name for the reader of `tr`'s language, on a platform whose language is
/// `platform`: the name its admins gave in the reader's language; else, for a default
/// term that still has its default English name, the catalogue's translation; else the
/// admins' name in the platform's language; else the English name.
pub fn term_name(tr: &Tr, platform: Locale, list: TermList, code: &str, english: &str, names: &Names) -> String {
    let reader = tr.locale();
    if let Some(name) = names.get(reader) {
        return name.to_owned();
    }
    if reader == Locale::ENGLISH {
        return english.to_owned();
    }
    if list.is_default(code, english) {
        return tr.t(&format!("term-{}-{code}", list.as_str()));
    }
    names.get(platform).unwrap_or(english).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str) -> Locale {
        Locale::parse(code).unwrap()
    }

    #[test]
    fn a_reader_sees_their_language_else_the_platforms_else_english() {
        let dutch = Tr::new(locale("nl"));
        let french = Tr::new(locale("fr"));
        let names = Names::parse([("nl", "Fietsherstel")]).unwrap();
        let custom = |tr: &Tr| term_name(tr, locale("nl"), TermList::Skill, "bikes", "Bike repairs", &names);
        assert_eq!(custom(&dutch), "Fietsherstel");
        assert_eq!(custom(&french), "Fietsherstel", "no French name: the platform's language");
        assert_eq!(custom(&Tr::new(Locale::ENGLISH)), "Bike repairs");
        let nameless = term_name(&french, locale("de"), TermList::Skill, "bikes", "Bike repairs", &Names::default());
        assert_eq!(nameless, "Bike repairs", "else English");
    }

    #[test]
    fn default_terms_read_in_every_language_until_renamed() {
        let french = Tr::new(locale("fr"));
        let none = Names::default();
        assert_eq!(term_name(&french, locale("nl"), TermList::Help, "groceries", "Groceries", &none), "Courses");
        // Renamed in English, the catalogue's translation no longer fits.
        let renamed = term_name(&french, locale("nl"), TermList::Help, "groceries", "Shopping", &none);
        assert_eq!(renamed, "Shopping");
        // Every default has its message in every catalogue.
        for language in Locale::all() {
            let tr = Tr::new(language);
            for list in [TermList::Skill, TermList::Cause, TermList::Help] {
                for (code, english) in list.defaults() {
                    let name = term_name(&tr, language, list, code, english, &none);
                    assert!(
                        !name.starts_with("term-") && !name.is_empty(),
                        "{}: {list:?} {code}: {name}",
                        language.code()
                    );
                }
            }
        }
    }
}
