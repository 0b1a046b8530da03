//! A platform's privacy notice and terms: read by anyone (`/p/{slug}/privacy`), where a
//! signed-in visitor may also accept them and join; written by its admins, one language
//! at a time (`/p/{slug}/privacy/edit`); and accepted when joining from any page.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, safe_next, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{AppError, MAX_POLICY_CHARS, PlatformPolicy};
use entraide_domain::locale::Locale;
use entraide_domain::platform::Platform;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/privacy", get(show))
        .route("/p/{slug}/privacy/edit", get(edit_form).post(publish))
        .route("/p/{slug}/join", post(join))
}

#[derive(Template)]
#[template(path = "policy.html")]
struct PolicyPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    policy: PlatformPolicy,
    /// Where to go once joined: the page the person was on.
    next: String,
    /// Whether the page offers to accept and join (signed in, not a member yet).
    offer_join: bool,
    form: FormState,
}

impl PolicyPage<'_> {
    fn title(&self) -> String {
        self.ctx.tr.t1("policy-of", "platform", self.platform.name.clone())
    }

    fn version_line(&self) -> String {
        match self.policy.published_at {
            Some(at) => self.ctx.tr.t_args(
                "policy-version",
                &[("version", self.policy.version.into()), ("date", self.ctx.date(&at).into())],
            ),
            None => self.ctx.t("policy-standard-note"),
        }
    }

    fn accept_label(&self) -> String {
        self.ctx.tr.t1("policy-accept", "platform", self.platform.name.clone())
    }

    /// The text's language, when it is not the page's (the platform wrote none in the
    /// reader's).
    fn text_lang(&self) -> Option<&'static str> {
        (self.policy.locale.code() != self.ctx.lang()).then(|| self.policy.locale.code())
    }
}

#[derive(Deserialize)]
struct ShowQuery {
    next: Option<String>,
}

async fn page(state: &AppState, mut ctx: PageCtx, slug: &str, next: Option<String>, form: FormState) -> Response {
    // The platform first: on its pages, its language comes before English.
    match state.app.platform(slug).await {
        Ok(platform) => ctx.on_platform(&platform),
        Err(e) => return error_page(&ctx, &e),
    }
    let (platform, policy) = match state.app.platform_policy(slug, ctx.tr.locale()).await {
        Ok(found) => found,
        Err(e) => return error_page(&ctx, &e),
    };
    let offer_join = ctx.actor.is_some() && !ctx.nav.as_ref().is_some_and(|n| n.member && n.platform.id == platform.id);
    let status = if form.errors().is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let next = next.unwrap_or_else(|| format!("/p/{slug}"));
    render(status, &PolicyPage { ctx: &ctx, platform, policy, next, offer_join, form })
}

async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Response {
    page(&state, ctx, &slug, safe_next(query.next.as_deref()), FormState::default()).await
}

#[derive(Deserialize)]
struct JoinForm {
    /// Where to go once joined (the opportunity the person wanted to sign up for).
    next: Option<String>,
    /// The box saying they accept the privacy notice and terms.
    #[serde(default)]
    accept_terms: String,
}

/// Joins after accepting the privacy notice and terms; without the box ticked, the
/// notice's own page says why, with the box to tick.
async fn join(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<JoinForm>,
) -> Response {
    let next = safe_next(form.next.as_deref());
    match state.app.accept_and_join(&actor, &slug, form.accept_terms == "on", ctx.tr.locale()).await {
        Ok(_) => see_other(&next.unwrap_or_else(|| format!("/p/{slug}"))),
        Err(AppError::Invalid(invalid)) => {
            let form = FormState::default().with_errors(&ctx.tr, &invalid);
            page(&state, ctx, &slug, next, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Template)]
#[template(path = "policy_edit.html")]
struct EditPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    /// The language being written, and every language to choose from.
    locale: Locale,
    languages: Vec<Locale>,
    /// The languages the current version has a text in.
    written: Vec<Locale>,
    form: FormState,
    notice: Option<String>,
    max_chars: usize,
}

impl EditPage<'_> {
    fn intro(&self) -> String {
        self.ctx.tr.t1("policy-edit-intro", "platform", self.platform.name.clone())
    }

    fn written_line(&self) -> String {
        let names: Vec<&str> = self.written.iter().map(|l| l.native_name()).collect();
        self.ctx.tr.t1("policy-edit-written", "languages", names.join(", "))
    }
}

#[derive(Deserialize)]
struct EditQuery {
    /// The language of the text to write (not `lang`, which sets the page's own).
    text: Option<String>,
    notice: Option<String>,
}

async fn edit_page(
    state: &AppState,
    mut ctx: PageCtx,
    actor: &entraide_app::Actor,
    slug: &str,
    locale: Option<Locale>,
    typed: Option<FormState>,
    notice: Option<String>,
) -> Response {
    let (platform, current) = match state.app.policy_texts(actor, slug).await {
        Ok(found) => found,
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&platform);
    let locale = locale.unwrap_or(platform.default_locale);
    let text_in =
        |l: Locale| current.as_ref().and_then(|v| v.texts.iter().find(|(t, _)| *t == l)).map(|(_, b)| b.clone());
    let form = match typed {
        Some(form) => form,
        // A language not written yet starts from the standard text, to adapt.
        None => {
            let text = text_in(locale).unwrap_or_else(|| entraide_app::standard_text(&platform, locale));
            FormState::with_values(&[("body", &text)])
        }
    };
    let written: Vec<Locale> = current.as_ref().map(|v| v.texts.iter().map(|(l, _)| *l).collect()).unwrap_or_default();
    // The platform's own language first, then those already written, then the rest.
    let mut languages: Vec<Locale> = Locale::all().collect();
    languages.sort_by_key(|l| (*l != platform.default_locale, !written.contains(l), l.code()));
    let status = if form.errors().is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = EditPage { ctx: &ctx, platform, locale, languages, written, form, notice, max_chars: MAX_POLICY_CHARS };
    render(status, &page)
}

async fn edit_form(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<EditQuery>,
) -> Response {
    let locale = query.text.as_deref().and_then(Locale::parse);
    let notice = query.notice.filter(|n| n == "published").map(|_| ctx.t("notice-policy-published"));
    edit_page(&state, ctx, &actor, &slug, locale, None, notice).await
}

#[derive(Deserialize)]
struct PublishForm {
    #[serde(default)]
    locale: String,
    #[serde(default)]
    body: String,
}

async fn publish(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<PublishForm>,
) -> Response {
    match state.app.publish_policy(&actor, &slug, &form.locale, &form.body).await {
        Ok(_) => see_other(&format!("/p/{slug}/privacy/edit?text={}&notice=published", form.locale.trim())),
        Err(AppError::Invalid(invalid)) => {
            let typed = FormState::with_values(&[("body", &form.body)]).with_errors(&ctx.tr, &invalid);
            let locale = Locale::parse(form.locale.trim());
            edit_page(&state, ctx, &actor, &slug, locale, Some(typed), None).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
