//! An organisation's pages: creating one, its page and members, verification.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use entraide_app::{AppError, OrganisationPage};
use entraide_domain::id::AccountId;
use entraide_domain::opportunity::Opportunity;
use entraide_domain::organisation::{NewOrganisation, OrganisationKind};
use entraide_domain::platform::Platform;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{slug}/organisations/new", get(new_form).post(create))
        .route("/p/{slug}/organisations/{id}", get(show))
        .route("/p/{slug}/organisations/{id}/members", post(add_member))
        .route("/p/{slug}/organisations/{id}/members/{account}/remove", post(remove_member))
        .route("/p/{slug}/organisations/{id}/verify", post(verify))
}

#[derive(Template)]
#[template(path = "organisation_new.html")]
struct NewOrganisationPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    kinds: [OrganisationKind; 5],
    form: FormState,
}

async fn new_form(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor: _ }: SignedIn,
    Path(slug): Path<String>,
) -> Response {
    match state.app.platform(&slug).await {
        Ok(platform) => {
            ctx.on_platform(&platform);
            let form = FormState::with_values(&[("kind", "nonprofit")]);
            render(StatusCode::OK, &NewOrganisationPage { ctx: &ctx, platform, kinds: OrganisationKind::ALL, form })
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct OrganisationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    description: String,
}

async fn create(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<OrganisationForm>,
) -> Response {
    let platform = match state.app.platform(&slug).await {
        Ok(p) => p,
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&platform);
    let result = match NewOrganisation::parse(&form.name, &form.kind, Some(&form.description)) {
        Ok(new) => state.app.create_organisation(&actor, &slug, &new).await,
        Err(invalid) => Err(AppError::Invalid(invalid)),
    };
    match result {
        Ok(organisation) => see_other(&format!("/p/{slug}/organisations/{}", organisation.id)),
        Err(AppError::Invalid(invalid)) => {
            let kept = FormState::with_values(&[
                ("name", &form.name),
                ("kind", &form.kind),
                ("description", &form.description),
            ]);
            let form = kept.with_errors(&ctx.tr, &invalid);
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &NewOrganisationPage { ctx: &ctx, platform, kinds: OrganisationKind::ALL, form },
            )
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationView<'a> {
    ctx: &'a PageCtx,
    page: OrganisationPage,
    form: FormState,
    /// Its published opportunities.
    opportunities: Vec<Opportunity>,
    /// The reader may publish for it and see its dashboard.
    can_coordinate: bool,
}

impl OrganisationView<'_> {
    /// Whether `account` is the reader (who may leave, not remove).
    fn is_me(&self, account: &AccountId) -> bool {
        self.ctx.actor.as_ref().is_some_and(|a| a.account.id == *account)
    }
}

async fn view(
    state: &AppState,
    ctx: &mut PageCtx,
    slug: &str,
    id: &str,
    status: StatusCode,
    form: FormState,
) -> Response {
    let loaded = async {
        let page = state.app.organisation_page(ctx.actor.as_ref(), slug, id).await?;
        // The page shows what the public sees; coordinators find drafts on the dashboard.
        let opportunities = state.app.organisation_opportunities(None, &page.platform, page.organisation.id).await?;
        Ok::<_, AppError>((page, opportunities))
    };
    match loaded.await {
        Ok((page, opportunities)) => {
            ctx.on_platform(&page.platform);
            let can_coordinate = page.can_coordinate;
            render(status, &OrganisationView { ctx, page, form, opportunities, can_coordinate })
        }
        Err(e) => error_page(ctx, &e),
    }
}

async fn show(State(state): State<AppState>, mut ctx: PageCtx, Path((slug, id)): Path<(String, String)>) -> Response {
    let form = FormState::with_values(&[("role", "coordinator")]);
    view(&state, &mut ctx, &slug, &id, StatusCode::OK, form).await
}

#[derive(Deserialize)]
struct MemberForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// The organisation must belong to the platform of the address; anything else is unknown.
async fn check_platform(state: &AppState, ctx: &PageCtx, slug: &str, id: &str) -> Result<(), AppError> {
    state.app.organisation_page(ctx.actor.as_ref(), slug, id).await.map(|_| ())
}

async fn add_member(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<MemberForm>,
) -> Response {
    if let Err(e) = check_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    match state.app.put_organisation_member(&actor, &id, &form.email, &form.role).await {
        Ok(_) => see_other(&format!("/p/{slug}/organisations/{id}")),
        Err(AppError::Invalid(invalid)) => {
            let kept = FormState::with_values(&[("email", &form.email), ("role", &form.role)]);
            let form = kept.with_errors(&ctx.tr, &invalid);
            view(&state, &mut ctx, &slug, &id, StatusCode::UNPROCESSABLE_ENTITY, form).await
        }
        Err(AppError::Refused(what)) => {
            let kept = FormState::with_values(&[("email", &form.email), ("role", &form.role)]);
            let form = kept.with_error("role", ctx.tr.error(what));
            view(&state, &mut ctx, &slug, &id, StatusCode::CONFLICT, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn remove_member(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id, account)): Path<(String, String, String)>,
    PageForm(_): PageForm<Empty>,
) -> Response {
    if let Err(e) = check_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    match state.app.remove_organisation_member(&actor, &id, &account).await {
        Ok(()) => see_other(&format!("/p/{slug}/organisations/{id}")),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
struct VerifyForm {
    #[serde(default)]
    verified: String,
}

async fn verify(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<VerifyForm>,
) -> Response {
    if let Err(e) = check_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    match state.app.set_organisation_verified(&actor, &id, form.verified == "true").await {
        Ok(()) => see_other(&format!("/p/{slug}/organisations/{id}")),
        Err(e) => error_page(&ctx, &e),
    }
}
