//! The form that publishes an opportunity for an organisation, or edits one.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::{FormFields, decimal, whole_number};
use crate::page::term_name::localized_terms;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::{Actor, AppError};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::{Opportunity, OpportunityInput, Place};
use entraide_domain::organisation::Organisation;
use entraide_domain::platform::Platform;
use entraide_domain::taxonomy::{Term, TermKind};
use entraide_domain::{FieldError, Invalid};

#[derive(Template)]
#[template(path = "opportunity_form.html")]
struct OpportunityFormPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    organisation: Organisation,
    /// Where the form goes; also tells a new opportunity from an edited one.
    action: String,
    editing: bool,
    /// Back to the opportunity (editing) or the organisation (new).
    back: String,
    form: FormState,
    skills: Vec<Term>,
    causes: Vec<Term>,
    languages: Vec<Locale>,
}

impl OpportunityFormPage<'_> {
    fn status_label(&self, status: &str) -> String {
        self.ctx.t(&format!("opportunity-status-{status}"))
    }

    fn status_is(&self, status: &str) -> bool {
        self.form.value("status") == status
    }

    fn status_hint(&self, status: &str) -> String {
        self.ctx.t(&format!("opportunity-status-{status}-hint"))
    }
}

struct Target {
    platform: Platform,
    organisation: Organisation,
    action: String,
    back: String,
    editing: bool,
}

async fn render_form(
    state: &AppState,
    ctx: &mut PageCtx,
    target: Target,
    status: StatusCode,
    form: FormState,
) -> Response {
    ctx.on_platform(&target.platform);
    let terms = async {
        let skills = state.app.terms(&target.platform, TermKind::Skill).await?;
        let causes = state.app.terms(&target.platform, TermKind::Cause).await?;
        Ok::<_, AppError>((skills, causes))
    };
    let (skills, causes) = match terms.await {
        Ok(terms) => terms,
        Err(e) => return error_page(ctx, &e),
    };
    let language = target.platform.default_locale;
    let (skills, causes) = (localized_terms(ctx, language, skills), localized_terms(ctx, language, causes));
    let page = OpportunityFormPage {
        ctx,
        platform: target.platform,
        organisation: target.organisation,
        action: target.action,
        editing: target.editing,
        back: target.back,
        form,
        skills,
        causes,
        languages: Locale::all().collect(),
    };
    render(status, &page)
}

/// The organisation, if the reader may publish for it.
async fn new_target(state: &AppState, actor: &Actor, slug: &str, id: &str) -> Result<Target, AppError> {
    let page = state.app.organisation_page(Some(actor), slug, id).await?;
    if !page.can_coordinate {
        return Err(AppError::Forbidden);
    }
    Ok(Target {
        action: format!("/p/{slug}/organisations/{id}/opportunities/new"),
        back: format!("/p/{slug}/organisations/{id}"),
        editing: false,
        platform: page.platform,
        organisation: page.organisation,
    })
}

/// The opportunity, if the reader coordinates it.
async fn edit_target(state: &AppState, actor: &Actor, slug: &str, id: &str) -> Result<(Target, Opportunity), AppError> {
    let view = state.app.opportunity_on(Some(actor), slug, id).await?;
    if !view.can_coordinate {
        return Err(AppError::Forbidden);
    }
    let target = Target {
        action: format!("/p/{slug}/opportunities/{id}/edit"),
        back: format!("/p/{slug}/opportunities/{id}"),
        editing: true,
        platform: view.platform,
        organisation: view.organisation,
    };
    Ok((target, view.opportunity))
}

pub(super) async fn new_form(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Response {
    match new_target(&state, &actor, &slug, &id).await {
        Ok(target) => {
            let form = FormState::with_values(&[("where", "place"), ("status", "published")]);
            render_form(&state, &mut ctx, target, StatusCode::OK, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Response {
    match edit_target(&state, &actor, &slug, &id).await {
        Ok((target, opportunity)) => {
            let form = filled(&opportunity);
            render_form(&state, &mut ctx, target, StatusCode::OK, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

/// The form showing an opportunity as it is.
fn filled(opportunity: &Opportunity) -> FormState {
    let min_age = opportunity.draft.min_age.map(|a| a.to_string()).unwrap_or_default();
    let (place, lat, lon, address) = match &opportunity.draft.place {
        Place::At { point, address } => ("place", point.lat().to_string(), point.lon().to_string(), address.clone()),
        Place::Remote => ("remote", String::new(), String::new(), String::new()),
    };
    let mut form = FormState::with_values(&[
        ("title", &opportunity.draft.title),
        ("description", &opportunity.draft.description),
        ("min_age", &min_age),
        ("accessibility", &opportunity.draft.accessibility),
        ("where", place),
        ("location.lat", &lat),
        ("location.lon", &lon),
        ("location.address", &address),
        ("status", opportunity.draft.status.as_str()),
    ]);
    form.set_choices("skills", opportunity.draft.skills.clone());
    form.set_choices("causes", opportunity.draft.causes.clone());
    form.set_choices("languages", opportunity.draft.languages.iter().map(|l| l.code().to_owned()).collect());
    form
}

/// The opportunity as typed, and the problems only the form can see (text where a
/// number belongs, a place without its point).
fn read(fields: &FormFields) -> (OpportunityInput, Invalid) {
    let mut invalid = Invalid::default();
    let min_age = match whole_number(fields.get("min_age")) {
        Ok(age) => age,
        Err(()) => {
            invalid.0.push(FieldError::new("min_age", "min-age-out-of-range"));
            None
        }
    };
    let point = if fields.get("where") == "remote" {
        None
    } else {
        let lat = decimal(fields.get("location.lat"));
        let lon = decimal(fields.get("location.lon"));
        match (lat, lon) {
            (Ok(Some(lat)), Ok(Some(lon))) => Some((lat, lon)),
            (lat, lon) => {
                let checks = [
                    (lat, "location.lat", "latitude-out-of-range", 90.0),
                    (lon, "location.lon", "longitude-out-of-range", 180.0),
                ];
                for (value, field, code, limit) in checks {
                    match value {
                        Ok(Some(v)) if (-limit..=limit).contains(&v) => {}
                        Ok(Some(_)) => invalid.0.push(FieldError::new(field, code)),
                        Ok(None) => invalid.0.push(FieldError::new(field, "required")),
                        Err(()) => invalid.0.push(FieldError::new(field, code)),
                    }
                }
                None
            }
        }
    };
    let input = OpportunityInput {
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        skills: fields.all("skills"),
        causes: fields.all("causes"),
        languages: fields.all("languages"),
        min_age,
        accessibility: fields.get("accessibility").to_owned(),
        point,
        address: fields.get("location.address").to_owned(),
        status: Some(fields.get("status").to_owned()),
    };
    (input, invalid)
}

/// The form as typed, with its errors.
fn kept(ctx: &PageCtx, fields: &FormFields, invalid: &Invalid) -> FormState {
    let names = [
        "title",
        "description",
        "min_age",
        "accessibility",
        "where",
        "location.lat",
        "location.lon",
        "location.address",
        "status",
    ];
    let values: Vec<(&'static str, &str)> = names.iter().map(|n| (*n, fields.get(n))).collect();
    let mut form = FormState::with_values(&values);
    for name in ["skills", "causes", "languages"] {
        form.set_choices(name, fields.all(name));
    }
    form.with_errors(&ctx.tr, invalid)
}

/// Every problem at once: those of the form, then those the use case finds.
fn all_problems(input: &OpportunityInput, mut invalid: Invalid) -> Invalid {
    if let Err(more) = input.validate() {
        invalid.0.extend(more.0);
    }
    invalid
}

pub(super) async fn create(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<FormFields>,
) -> Response {
    let target = match new_target(&state, &actor, &slug, &id).await {
        Ok(target) => target,
        Err(e) => return error_page(&ctx, &e),
    };
    let (input, invalid) = read(&fields);
    let result = if invalid.0.is_empty() {
        state.app.create_opportunity(&actor, &id, &input, &[]).await.map(|(o, _)| o.id)
    } else {
        Err(AppError::Invalid(all_problems(&input, invalid)))
    };
    match result {
        Ok(new) => see_other(&format!("/p/{slug}/opportunities/{new}?notice=created")),
        Err(AppError::Invalid(invalid)) => {
            let form = kept(&ctx, &fields, &invalid);
            render_form(&state, &mut ctx, target, StatusCode::UNPROCESSABLE_ENTITY, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

pub(super) async fn update(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(fields): PageForm<FormFields>,
) -> Response {
    let (target, _) = match edit_target(&state, &actor, &slug, &id).await {
        Ok(found) => found,
        Err(e) => return error_page(&ctx, &e),
    };
    let (input, invalid) = read(&fields);
    let result = if invalid.0.is_empty() {
        state.app.update_opportunity(&actor, &id, &input).await.map(|_| ())
    } else {
        Err(AppError::Invalid(all_problems(&input, invalid)))
    };
    match result {
        Ok(()) => see_other(&format!("/p/{slug}/opportunities/{id}?notice=saved")),
        Err(AppError::Invalid(invalid)) => {
            let form = kept(&ctx, &fields, &invalid);
            render_form(&state, &mut ctx, target, StatusCode::UNPROCESSABLE_ENTITY, form).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}
