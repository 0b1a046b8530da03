//! Skills, causes and help categories as the reader reads them: each in their language
//! (see `entraide_i18n::term_name`), sorted by that name, "other" last.

use crate::page::PageCtx;
use entraide_domain::help::HelpCategory;
use entraide_domain::locale::Locale;
use entraide_domain::taxonomy::{Term, TermList};
use entraide_i18n::term_name;

/// The terms with their labels in the reader's language, sorted for them.
pub(crate) fn localized_terms(ctx: &PageCtx, platform_language: Locale, terms: Vec<Term>) -> Vec<Term> {
    let mut terms: Vec<Term> = terms
        .into_iter()
        .map(|term| {
            let label = term_name(&ctx.tr, platform_language, term.kind.into(), &term.code, &term.label, &term.names);
            Term { label, ..term }
        })
        .collect();
    terms.sort_by_cached_key(|t| order(&t.code, &t.label));
    terms
}

/// The help categories with their labels in the reader's language, sorted for them.
pub(crate) fn localized_categories(
    ctx: &PageCtx,
    platform_language: Locale,
    categories: Vec<HelpCategory>,
) -> Vec<HelpCategory> {
    let mut categories: Vec<HelpCategory> = categories
        .into_iter()
        .map(|category| {
            let label =
                term_name(&ctx.tr, platform_language, TermList::Help, &category.code, &category.label, &category.names);
            HelpCategory { label, ..category }
        })
        .collect();
    categories.sort_by_cached_key(|c| order(&c.code, &c.label));
    categories
}

/// Alphabetical by the name read, whatever its case; "other" always last.
fn order(code: &str, name: &str) -> (bool, String, String) {
    (code == "other", name.to_lowercase(), code.to_owned())
}
