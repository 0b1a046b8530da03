//! The names of one skill, cause or help category in every language, for platform
//! admins (`/p/{slug}/terms/{kind}/{code}`): its English name, then the platform's own
//! language, then the others.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::{Actor, AppError};
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::{Names, TermKind, TermList, name_field};
use std::collections::HashMap;

/// The kind of list that holds neighbour-help categories (the others are `TermKind`s).
pub(super) const HELP_CATEGORY: &str = "help-category";

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/p/{slug}/terms/{kind}/{code}", get(show).post(save))
}

/// One language's field.
struct LanguageField {
    /// The form field, `name-nl`.
    field: &'static str,
    /// The language's code, for `lang` attributes.
    code: &'static str,
    /// Its name in itself.
    language: &'static str,
    /// What readers of it see when the field is left empty (a default term's usual
    /// translation), if anything.
    placeholder: String,
}

#[derive(Template)]
#[template(path = "term_names.html")]
struct NamesPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    kind: String,
    code: String,
    /// The term's name as the reader reads it.
    name: String,
    /// The platform's own language first (unless English), then the others.
    first: Option<LanguageField>,
    others: Vec<LanguageField>,
    form: FormState,
}

impl NamesPage<'_> {
    fn title(&self) -> String {
        self.ctx.tr.t1("terms-names-title", "name", self.name.clone())
    }

    fn intro(&self) -> String {
        let platform = self.platform.default_locale.native_name();
        self.ctx.tr.t1("terms-names-intro", "language", platform)
    }
}

/// A term as stored: its list, English name and other names; `NotFound` if the list
/// has no such code.
struct Found {
    list: TermList,
    english: String,
    names: Names,
}

async fn find(state: &AppState, actor: &Actor, platform: &Platform, kind: &str, code: &str) -> Result<Found, AppError> {
    state.app.require_platform_admin(actor, platform.id).await?;
    if kind == HELP_CATEGORY {
        let category = state.app.help_categories(platform).await?.into_iter().find(|c| c.code == code);
        let category = category.ok_or(AppError::NotFound("term"))?;
        return Ok(Found { list: TermList::Help, english: category.label, names: category.names });
    }
    let kind = TermKind::parse(kind, "kind").map_err(|_| AppError::NotFound("term"))?;
    let term = state.app.terms(platform, kind).await?.into_iter().find(|t| t.code == code);
    let term = term.ok_or(AppError::NotFound("term"))?;
    Ok(Found { list: kind.into(), english: term.label, names: term.names })
}

/// The platform and the term, for its admins.
async fn load(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    kind: &str,
    code: &str,
) -> Result<(Platform, Found), AppError> {
    let platform = state.app.platform(slug).await?;
    let found = find(state, actor, &platform, kind, code).await?;
    Ok((platform, found))
}

fn page(
    ctx: &PageCtx,
    platform: Platform,
    kind: String,
    code: String,
    found: &Found,
    form: FormState,
    status: StatusCode,
) -> Response {
    let field = |locale: Locale| LanguageField {
        field: name_field(locale),
        code: locale.code(),
        language: locale.native_name(),
        placeholder: if found.list.is_default(&code, &found.english) {
            entraide_i18n::Tr::new(locale).t(&format!("term-{}-{code}", found.list.as_str()))
        } else {
            String::new()
        },
    };
    let own = platform.default_locale;
    let first = (own != Locale::ENGLISH).then(|| field(own));
    let others = Locale::all().filter(|l| *l != Locale::ENGLISH && *l != own).map(field).collect();
    let name = entraide_i18n::term_name(&ctx.tr, own, found.list, &code, &found.english, &found.names);
    render(status, &NamesPage { ctx, platform, kind, code, name, first, others, form })
}

/// The form as the term is now.
fn current(found: &Found) -> FormState {
    let mut values: Vec<(&'static str, &str)> = vec![("label", &found.english)];
    for locale in Locale::all() {
        if let Some(name) = found.names.get(locale) {
            values.push((name_field(locale), name));
        }
    }
    FormState::with_values(&values)
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, kind, code)): Path<(String, String, String)>,
) -> Response {
    match load(&state, &actor, &slug, &kind, &code).await {
        Ok((platform, found)) => {
            ctx.on_platform(&platform);
            let form = current(&found);
            page(&ctx, platform, kind, code, &found, form, StatusCode::OK)
        }
        Err(e) => error_page(&ctx, &e),
    }
}

async fn save(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, kind, code)): Path<(String, String, String)>,
    PageForm(fields): PageForm<HashMap<String, String>>,
) -> Response {
    let label = fields.get("label").cloned().unwrap_or_default();
    let names: Vec<(String, String)> = Locale::all()
        .filter(|l| *l != Locale::ENGLISH)
        .filter_map(|l| fields.get(name_field(l)).map(|name| (l.code().to_owned(), name.clone())))
        .collect();
    let saved = if kind == HELP_CATEGORY {
        state.app.put_help_category(&actor, &slug, &code, &label, Some(&names)).await.map(|_| ())
    } else {
        state.app.put_term(&actor, &slug, &kind, &code, &label, Some(&names)).await.map(|_| ())
    };
    match saved {
        Ok(()) => see_other(&format!("/p/{slug}/terms?notice=named")),
        Err(AppError::Invalid(invalid)) => match load(&state, &actor, &slug, &kind, &code).await {
            Ok((platform, found)) => {
                ctx.on_platform(&platform);
                let form = typed(&fields).with_errors(&ctx.tr, &invalid);
                page(&ctx, platform, kind, code, &found, form, StatusCode::UNPROCESSABLE_ENTITY)
            }
            Err(e) => error_page(&ctx, &e),
        },
        Err(e) => error_page(&ctx, &e),
    }
}

/// The form as typed, to show again with its errors.
fn typed(fields: &HashMap<String, String>) -> FormState {
    let mut values: Vec<(&'static str, &str)> = Vec::new();
    if let Some(label) = fields.get("label") {
        values.push(("label", label));
    }
    for locale in Locale::all() {
        if let Some(name) = fields.get(name_field(locale)) {
            values.push((name_field(locale), name));
        }
    }
    FormState::with_values(&values)
}
