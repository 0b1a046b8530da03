//! The Fluent catalogues, compiled into the binary, and the choice of language for each
//! request.
//!
//! The language is, in order: `?lang=` (then remembered in a cookie), the cookie, the
//! account's preference, the browser's `Accept-Language`, the platform's default, and
//! English. Only languages that have a catalogue are chosen.

use entraide_domain::locale::Locale;
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
    };
}

/// The interface languages that have a catalogue, in the product's order.
pub fn available() -> Vec<Locale> {
    let have: Vec<String> = CATALOGUES.locales().map(|l| l.language.as_str().to_owned()).collect();
    Locale::all().filter(|l| have.iter().any(|h| h == l.code())).collect()
}

fn is_available(locale: Locale) -> bool {
    CATALOGUES.locales().any(|l| l.language.as_str() == locale.code())
}

/// What a request tells about the language to use, before the platform is known.
#[derive(Debug, Clone, Default)]
pub struct LanguageHints {
    /// `?lang=` or the language cookie.
    pub chosen: Option<Locale>,
    /// Whether `chosen` came from `?lang=` on this very request (a fresh choice).
    pub chosen_now: bool,
    /// The signed-in person's preference.
    pub account: Option<Locale>,
    /// `Accept-Language`, best first.
    pub accepted: Vec<Locale>,
}

impl LanguageHints {
    /// Parses an `Accept-Language` header, best first (by `q`, then by order).
    pub fn parse_accept_language(header: &str) -> Vec<Locale> {
        let mut ranked: Vec<(f32, usize, Locale)> = header
            .split(',')
            .enumerate()
            .filter_map(|(index, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                Locale::parse(tag).filter(|_| q > 0.0).map(|l| (q, index, l))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().map(|(_, _, l)| l).collect()
    }

    /// The language to use, given the platform's default (if the page is on one).
    pub fn resolve(&self, platform_default: Option<Locale>) -> Locale {
        self.chosen
            .into_iter()
            .chain(self.account)
            .chain(self.accepted.iter().copied())
            .chain(platform_default)
            .find(|l| is_available(*l))
            .unwrap_or(Locale::ENGLISH)
    }
}

/// Translates into one language.
#[derive(Debug, Clone)]
pub struct Tr {
    locale: Locale,
    id: LanguageIdentifier,
}

impl Tr {
    /// A translator into `locale`.
    pub fn new(locale: Locale) -> Self {
        let id = locale.code().parse().unwrap_or_default();
        Self { locale, id }
    }

    /// The language.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        CATALOGUES.lookup(&self.id, id)
    }

    /// The message `id`, if the catalogues have it.
    pub fn try_t(&self, id: &str) -> Option<String> {
        CATALOGUES.try_lookup(&self.id, id)
    }

    /// The label of a form field, by the house's naming (`title` → `field-title`,
    /// `display_name` → `field-display-name`), if it has one.
    pub fn field_label(&self, field: &str) -> Option<String> {
        self.try_t(&format!("field-{}", field.replace('_', "-")))
    }

    /// The message `id` with one variable.
    pub fn t1(&self, id: &str, name: &'static str, value: impl Into<FluentValue<'static>>) -> String {
        self.t_args(id, &[(name, value.into())])
    }

    /// The message `id` with variables.
    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        CATALOGUES.lookup_with_args(&self.id, id, &map)
    }

    /// Whether the catalogue of `locale` (not English by fallback) has the message.
    pub fn has(locale: Locale, id: &str) -> bool {
        locale.code().parse::<LanguageIdentifier>().is_ok_and(|lang| {
            fluent_templates::loader::StaticLoader::lookup_single_language::<&str>(&CATALOGUES, &lang, id, None).is_ok()
        })
    }

    /// The translated message for a validation error code.
    pub fn error(&self, code: &str) -> String {
        self.t(&format!("error-{code}"))
    }
}

/// Removes the invisible marks (U+2068 FIRST STRONG ISOLATE, U+2069 POP DIRECTIONAL
/// ISOLATE) that Fluent puts around every value it inserts. Pages keep them, so a name in
/// Arabic inside a French sentence reads right; a terminal, or a program reading the
/// API's texts, would trip over them.
pub fn without_isolation_marks(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_ranked_by_quality() {
        let ranked = LanguageHints::parse_accept_language("de;q=0.5, nl-BE, fr;q=0.8, xx");
        let codes: Vec<_> = ranked.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["nl", "fr", "de"]);
    }

    #[test]
    fn the_chosen_language_wins_then_account_then_browser_then_platform() {
        let fr = Locale::parse("fr");
        let nl = Locale::parse("nl");
        let hints = LanguageHints::default();
        assert_eq!(hints.resolve(nl), nl.unwrap());
        let hints = LanguageHints { accepted: vec![fr.unwrap()], ..LanguageHints::default() };
        assert_eq!(hints.resolve(nl), fr.unwrap());
        let hints = LanguageHints { account: nl, accepted: vec![fr.unwrap()], ..LanguageHints::default() };
        assert_eq!(hints.resolve(None), nl.unwrap());
        let hints = LanguageHints { chosen: fr, account: nl, ..LanguageHints::default() };
        assert_eq!(hints.resolve(None), fr.unwrap());
    }
}
