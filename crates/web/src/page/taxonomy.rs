//! A platform's skills, causes and help categories, for its admins: adding, renaming and
//! removing them (their names in other languages: `term_names_page`).

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::notice;
use crate::page::term_names_page::HELP_CATEGORY;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{Actor, AppError};
use entraide_domain::Invalid;
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::{Term, TermKind, TermList, name_field};
use entraide_i18n::term_name;
use serde::Deserialize;
use std::collections::HashMap;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/terms", get(show))
        .route("/p/{slug}/terms/put", post(put))
        .route("/p/{slug}/terms/remove", post(remove))
}

const NOTICES: [&str; 4] = ["added", "renamed", "removed", "named"];

/// A term of a list: its code, its English name, and its name as the reader reads it.
struct Row {
    code: String,
    label: String,
    name: String,
}

/// One of the three lists.
struct List {
    kind: &'static str,
    title: String,
    terms: Vec<Row>,
}

fn rows(ctx: &PageCtx, platform: &Platform, terms: Vec<Term>) -> Vec<Row> {
    let language = platform.default_locale;
    terms
        .into_iter()
        .map(|t| {
            let name = term_name(&ctx.tr, language, t.kind.into(), &t.code, &t.label, &t.names);
            Row { code: t.code, label: t.label, name }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "terms.html")]
struct TermsPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    lists: Vec<List>,
    /// The add form's field for a name in the platform's language, unless English.
    platform_name: Option<(&'static str, &'static str)>,
    /// The "add" form.
    form: FormState,
    /// A term that could not be renamed or removed: kind, code, and why.
    row_error: Option<(String, String, String)>,
    notice: Option<String>,
}

impl TermsPage<'_> {
    fn row_error(&self, kind: &str, code: &str) -> Option<&str> {
        self.row_error.as_ref().filter(|(k, c, _)| k == kind && c == code).map(|(_, _, m)| m.as_str())
    }

    fn platform_name_label(&self, language: &str) -> String {
        self.ctx.tr.t1("terms-add-name-in", "language", language.to_owned())
    }
}

/// What went wrong, and where to show it.
enum Problem {
    None,
    Add(FormState),
    Row(String, String, String),
}

async fn page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    slug: &str,
    status: StatusCode,
    problem: Problem,
    notice: Option<String>,
) -> Response {
    let loaded = async {
        let platform = state.app.platform(slug).await?;
        state.app.require_platform_admin(actor, platform.id).await?;
        let skills = state.app.terms(&platform, TermKind::Skill).await?;
        let causes = state.app.terms(&platform, TermKind::Cause).await?;
        let categories = state.app.help_categories(&platform).await?;
        Ok((platform, skills, causes, categories))
    };
    let (platform, skills, causes, categories) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&platform);
    let lists = vec![
        List { kind: "skill", title: ctx.t("terms-skills"), terms: rows(ctx, &platform, skills) },
        List { kind: "cause", title: ctx.t("terms-causes"), terms: rows(ctx, &platform, causes) },
        List {
            kind: HELP_CATEGORY,
            title: ctx.t("terms-help-categories"),
            terms: categories
                .into_iter()
                .map(|c| {
                    let name = term_name(&ctx.tr, platform.default_locale, TermList::Help, &c.code, &c.label, &c.names);
                    Row { code: c.code, label: c.label, name }
                })
                .collect(),
        },
    ];
    let own = platform.default_locale;
    let platform_name = (own != Locale::ENGLISH).then(|| (name_field(own), own.native_name()));
    let (form, row_error) = match problem {
        Problem::None => (FormState::with_values(&[("kind", "skill")]), None),
        Problem::Add(form) => (form, None),
        Problem::Row(kind, code, message) => {
            (FormState::with_values(&[("kind", "skill")]), Some((kind, code, message)))
        }
    };
    render(status, &TermsPage { ctx, platform, lists, platform_name, form, row_error, notice })
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "terms", &NOTICES, query.notice.as_deref());
    page(&state, &mut ctx, &actor, &slug, StatusCode::OK, Problem::None, notice).await
}

/// The add and rename forms: a term's list, code and English name; when adding, its
/// name in the platform's language (`name-nl`) too.
struct TermForm {
    kind: String,
    code: String,
    label: String,
    /// `add` (a new term) or `rename` (an existing one).
    action: String,
    /// Names by language code, as typed.
    names: Vec<(String, String)>,
}

impl TermForm {
    fn from_fields(mut fields: HashMap<String, String>) -> Self {
        let names = Locale::all()
            .filter_map(|l| fields.get(name_field(l)).map(|name| (l.code().to_owned(), name.clone())))
            .collect();
        let mut take = |key: &str| fields.remove(key).unwrap_or_default();
        TermForm { kind: take("kind"), code: take("code"), label: take("label"), action: take("action"), names }
    }

    /// What was typed, to show again.
    fn kept(&self) -> FormState {
        let mut values =
            vec![("kind", self.kind.as_str()), ("code", self.code.as_str()), ("label", self.label.as_str())];
        for (code, name) in &self.names {
            if let Some(locale) = Locale::parse(code) {
                values.push((name_field(locale), name.as_str()));
            }
        }
        FormState::with_values(&values)
    }
}

async fn put(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(fields): PageForm<HashMap<String, String>>,
) -> Response {
    let form = TermForm::from_fields(fields);
    let adding = form.action != "rename";
    if adding {
        // Adding never renames by accident: a code already listed is taken.
        let taken = async {
            let platform = state.app.platform(&slug).await?;
            let kind = TermKind::parse(&form.kind, "kind").ok();
            match kind {
                Some(kind) => Ok(state.app.terms(&platform, kind).await?.iter().any(|t| t.code == form.code.trim())),
                None if form.kind == HELP_CATEGORY => {
                    Ok(state.app.help_categories(&platform).await?.iter().any(|c| c.code == form.code.trim()))
                }
                None => Ok::<_, AppError>(false),
            }
        };
        match taken.await {
            Ok(false) => {}
            Ok(true) => {
                let form = form.kept().with_errors(&ctx.tr, &Invalid::one("code", "term-code-taken"));
                return page(&state, &mut ctx, &actor, &slug, StatusCode::CONFLICT, Problem::Add(form), None).await;
            }
            Err(e) => return error_page(&ctx, &e),
        }
    }
    // Renaming in English keeps the other names; adding gives the ones typed.
    let names = adding.then_some(form.names.as_slice());
    let put = if form.kind == HELP_CATEGORY {
        state.app.put_help_category(&actor, &slug, &form.code, &form.label, names).await.map(|_| ())
    } else {
        state.app.put_term(&actor, &slug, &form.kind, &form.code, &form.label, names).await.map(|_| ())
    };
    match put {
        Ok(()) => see_other(&format!("/p/{slug}/terms?notice={}", if adding { "added" } else { "renamed" })),
        Err(AppError::Invalid(invalid)) if adding => {
            let form = form.kept().with_errors(&ctx.tr, &invalid);
            page(&state, &mut ctx, &actor, &slug, StatusCode::UNPROCESSABLE_ENTITY, Problem::Add(form), None).await
        }
        Err(AppError::Invalid(invalid)) => {
            let message = invalid.0.iter().map(|e| ctx.tr.error(e.code)).collect::<Vec<_>>().join(" ");
            page(
                &state,
                &mut ctx,
                &actor,
                &slug,
                StatusCode::UNPROCESSABLE_ENTITY,
                Problem::Row(form.kind, form.code, message),
                None,
            )
            .await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct RemoveForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    code: String,
}

async fn remove(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<RemoveForm>,
) -> Response {
    let removed = if form.kind == HELP_CATEGORY {
        state.app.remove_help_category(&actor, &slug, &form.code).await
    } else {
        state.app.remove_term(&actor, &slug, &form.kind, &form.code).await
    };
    match removed {
        Ok(()) => see_other(&format!("/p/{slug}/terms?notice=removed")),
        Err(AppError::Refused(code)) => {
            let message = ctx.tr.error(code);
            page(
                &state,
                &mut ctx,
                &actor,
                &slug,
                StatusCode::CONFLICT,
                Problem::Row(form.kind, form.code, message),
                None,
            )
            .await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
