//! A platform's skills, causes and help categories, for its admins: adding, renaming and
//! removing them.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::notice;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{Actor, AppError};
use entraide_domain::Invalid;
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::{Term, TermKind};
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/terms", get(show))
        .route("/p/{slug}/terms/put", post(put))
        .route("/p/{slug}/terms/remove", post(remove))
}

const NOTICES: [&str; 3] = ["added", "renamed", "removed"];

/// A term of a list: its code and label.
struct Row {
    code: String,
    label: String,
}

/// One of the three lists.
struct List {
    kind: &'static str,
    title: String,
    terms: Vec<Row>,
}

/// The kind of list that holds neighbour-help categories (the others are `TermKind`s).
const HELP_CATEGORY: &str = "help-category";

fn rows(terms: Vec<Term>) -> Vec<Row> {
    terms.into_iter().map(|t| Row { code: t.code, label: t.label }).collect()
}

#[derive(Template)]
#[template(path = "terms.html")]
struct TermsPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    lists: Vec<List>,
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
        List { kind: "skill", title: ctx.t("terms-skills"), terms: rows(skills) },
        List { kind: "cause", title: ctx.t("terms-causes"), terms: rows(causes) },
        List {
            kind: HELP_CATEGORY,
            title: ctx.t("terms-help-categories"),
            terms: categories.into_iter().map(|c| Row { code: c.code, label: c.label }).collect(),
        },
    ];
    let (form, row_error) = match problem {
        Problem::None => (FormState::with_values(&[("kind", "skill")]), None),
        Problem::Add(form) => (form, None),
        Problem::Row(kind, code, message) => {
            (FormState::with_values(&[("kind", "skill")]), Some((kind, code, message)))
        }
    };
    render(status, &TermsPage { ctx, platform, lists, form, row_error, notice })
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

#[derive(Deserialize)]
struct TermForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    label: String,
    /// `add` (a new term) or `rename` (an existing one).
    #[serde(default)]
    action: String,
}

async fn put(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<TermForm>,
) -> Response {
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
                let kept =
                    FormState::with_values(&[("kind", &form.kind), ("code", &form.code), ("label", &form.label)]);
                let form = kept.with_errors(&ctx.tr, &Invalid::one("code", "term-code-taken"));
                return page(&state, &mut ctx, &actor, &slug, StatusCode::CONFLICT, Problem::Add(form), None).await;
            }
            Err(e) => return error_page(&ctx, &e),
        }
    }
    let put = if form.kind == HELP_CATEGORY {
        state.app.put_help_category(&actor, &slug, &form.code, &form.label).await.map(|_| ())
    } else {
        state.app.put_term(&actor, &slug, &form.kind, &form.code, &form.label).await.map(|_| ())
    };
    match put {
        Ok(()) => see_other(&format!("/p/{slug}/terms?notice={}", if adding { "added" } else { "renamed" })),
        Err(AppError::Invalid(invalid)) if adding => {
            let kept = FormState::with_values(&[("kind", &form.kind), ("code", &form.code), ("label", &form.label)]);
            let form = kept.with_errors(&ctx.tr, &invalid);
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
