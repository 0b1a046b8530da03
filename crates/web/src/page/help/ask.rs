//! Asking for help, one question at a time where it helps: first what kind of help, then
//! the details (what, where, when, and for whom when asking for someone else).

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::{FormFields, day, decimal, local_fields, local_instant, renamed, time_of_day};
use crate::page::term_name::localized_categories;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, NaiveTime, Timelike};
use entraide_app::{Actor, AppError};
use entraide_domain::help::{HelpCategory, OnBehalfInput, RequestInput};
use entraide_domain::platform::{Platform, TimeZone};
use entraide_domain::time::Timestamp;
use entraide_domain::{FieldError, Invalid};
use serde::Deserialize;

/// The fields of the form, as posted and shown again.
const FIELDS: [&str; 15] = [
    "category",
    "title",
    "description",
    "address",
    "location.lat",
    "location.lon",
    "from_day",
    "from_time",
    "until_day",
    "until_time",
    "on_behalf_name",
    "on_behalf_phone",
    "consent_given_by",
    "consent_day",
    "consent_how",
];

/// The use case names fields as the API does; the form has its own names.
const NAMES: [(&str, &str); 7] = [
    ("needed_from", "from_time"),
    ("needed_until", "until_time"),
    ("on_behalf_of.name", "on_behalf_name"),
    ("on_behalf_of.phone", "on_behalf_phone"),
    ("on_behalf_of.consent.given_by", "consent_given_by"),
    ("on_behalf_of.consent.given_at", "consent_day"),
    ("on_behalf_of.consent.how", "consent_how"),
];

#[derive(Template)]
#[template(path = "help_ask.html")]
struct AskPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    categories: Vec<HelpCategory>,
    /// The first screen: only the kind of help.
    choose: bool,
    /// The label of the chosen category, on the second screen.
    chosen: String,
    /// Signed in, but not a member of the platform yet.
    join: bool,
    form: FormState,
    /// The section for someone else is open: something is typed or wrong there.
    on_behalf_open: bool,
}

impl AskPage<'_> {
    /// This page's address, to come back to after joining.
    fn here(&self) -> String {
        format!("/p/{}/help/new", self.platform.slug)
    }
}

/// The platform and its categories, and whether the reader belongs to it.
async fn load(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    slug: &str,
) -> Result<(Platform, Vec<HelpCategory>, bool), AppError> {
    let platform = state.app.platform(slug).await?;
    let categories = state.app.help_categories(&platform).await?;
    // Someone suspended here is told so at once, not asked to join.
    let member = match state.app.require_member(actor, platform.id).await {
        Ok(_) => true,
        Err(AppError::Forbidden) => false,
        Err(other) => return Err(other),
    };
    ctx.on_platform(&platform);
    let categories = localized_categories(ctx, platform.default_locale, categories);
    Ok((platform, categories, member))
}

fn page(
    ctx: &PageCtx,
    platform: Platform,
    categories: Vec<HelpCategory>,
    member: bool,
    form: FormState,
    choose: bool,
) -> AskPage<'_> {
    let chosen =
        categories.iter().find(|c| c.code == form.value("category")).map(|c| c.label.clone()).unwrap_or_default();
    let on_behalf_open = ["on_behalf_name", "on_behalf_phone", "consent_given_by", "consent_how"]
        .iter()
        .any(|f| !form.value(f).trim().is_empty())
        || ["on_behalf_name", "on_behalf_phone", "consent_given_by", "consent_day", "consent_how"]
            .iter()
            .any(|f| form.has_error(f));
    AskPage { ctx, platform, categories, choose, chosen, join: !member, form, on_behalf_open }
}

/// A window to start from: the next full hour, for three hours, in the platform's zone.
fn suggested(zone: TimeZone, now: Timestamp) -> FormState {
    let start = now + Duration::hours(1);
    let start = start.with_minute(0).and_then(|t| t.with_second(0)).and_then(|t| t.with_nanosecond(0)).unwrap_or(start);
    let (from_day, from_time) = local_fields(start, zone);
    let (until_day, until_time) = local_fields(start + Duration::hours(3), zone);
    let (today, _) = local_fields(now, zone);
    FormState::with_values(&[
        ("from_day", &from_day),
        ("from_time", &from_time),
        ("until_day", &until_day),
        ("until_time", &until_time),
        ("consent_day", &today),
    ])
}

#[derive(Deserialize)]
pub(super) struct AskQuery {
    category: Option<String>,
}

pub(super) async fn form(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<AskQuery>,
) -> Response {
    let (platform, categories, member) = match load(&state, &mut ctx, &actor, &slug).await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    let mut form = suggested(platform.time_zone, state.app.now());
    let asked = query.category.as_deref().map(str::trim).unwrap_or("");
    let mut status = StatusCode::OK;
    let mut choose = true;
    if !asked.is_empty() {
        if categories.iter().any(|c| c.code == asked) {
            let mut values: Vec<(&'static str, String)> =
                FIELDS.iter().map(|f| (*f, form.value(f).to_owned())).collect();
            values.push(("category", asked.to_owned()));
            let values: Vec<(&'static str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
            form = FormState::with_values(&values);
            choose = false;
        } else {
            form = form.with_error("category", ctx.tr.error("category-unknown"));
            status = StatusCode::UNPROCESSABLE_ENTITY;
        }
    }
    render(status, &page(&ctx, platform, categories, member, form, choose))
}

/// A day and time typed in the form, as an instant in the platform's zone (RFC 3339), or
/// the problems with them.
fn instant(
    fields: &FormFields,
    (day_field, time_field): (&'static str, &'static str),
    zone: TimeZone,
    invalid: &mut Invalid,
) -> String {
    let day = invalid.check(day(fields.get(day_field), day_field));
    let at = invalid.check(time_of_day(fields.get(time_field), time_field));
    match (day, at) {
        (Some(day), Some(at)) => local_instant(day, at, zone).map(|t| t.to_rfc3339()).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The request as typed, and the problems only the form can see.
fn read(fields: &FormFields, zone: TimeZone) -> (RequestInput, Invalid) {
    let mut invalid = Invalid::default();
    let mut coordinate = |field: &'static str, code: &'static str, limit: f64| match decimal(fields.get(field)) {
        Ok(Some(v)) if (-limit..=limit).contains(&v) => v,
        Ok(None) => {
            invalid.0.push(FieldError::new(field, "required"));
            0.0
        }
        _ => {
            invalid.0.push(FieldError::new(field, code));
            0.0
        }
    };
    let lat = coordinate("location.lat", "latitude-out-of-range", 90.0);
    let lon = coordinate("location.lon", "longitude-out-of-range", 180.0);
    let needed_from = instant(fields, ("from_day", "from_time"), zone, &mut invalid);
    let needed_until = instant(fields, ("until_day", "until_time"), zone, &mut invalid);
    let someone_else = ["on_behalf_name", "on_behalf_phone", "consent_given_by", "consent_how"]
        .iter()
        .any(|f| !fields.get(f).trim().is_empty());
    let on_behalf = someone_else.then(|| {
        let given_at = match day(fields.get("consent_day"), "consent_day") {
            Ok(d) => local_instant(d, NaiveTime::MIN, zone).map(|t| t.to_rfc3339()).unwrap_or_default(),
            Err(e) => {
                invalid.0.push(e);
                String::new()
            }
        };
        OnBehalfInput {
            name: fields.get("on_behalf_name").to_owned(),
            phone: fields.get("on_behalf_phone").to_owned(),
            given_by: fields.get("consent_given_by").to_owned(),
            given_at,
            how: fields.get("consent_how").to_owned(),
        }
    });
    let input = RequestInput {
        category: fields.get("category").to_owned(),
        title: fields.get("title").to_owned(),
        description: fields.get("description").to_owned(),
        point: (lat, lon),
        address: fields.get("address").to_owned(),
        needed_from,
        needed_until,
        on_behalf,
    };
    (input, invalid)
}

/// Every problem once: those of the form, then those the rules find in other fields.
fn all_problems(input: &RequestInput, mut invalid: Invalid) -> Invalid {
    if let Err(more) = input.validate() {
        let more = renamed(&more, &NAMES);
        for error in more.0 {
            if !invalid.0.iter().any(|e| e.field == error.field) {
                invalid.0.push(error);
            }
        }
    }
    invalid
}

pub(super) async fn create(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(fields): PageForm<FormFields>,
) -> Response {
    let (platform, categories, member) = match load(&state, &mut ctx, &actor, &slug).await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    let (input, invalid) = read(&fields, platform.time_zone);
    let result = if invalid.0.is_empty() {
        state.app.create_request(&actor, &slug, &input).await.map(|r| r.id)
    } else {
        Err(AppError::Invalid(all_problems(&input, invalid)))
    };
    match result {
        Ok(id) => see_other(&format!("/p/{slug}/help/{id}?done=asked")),
        Err(AppError::Invalid(invalid)) => {
            let values: Vec<(&'static str, &str)> = FIELDS.iter().map(|f| (*f, fields.get(f))).collect();
            let form = FormState::with_values(&values).with_errors(&ctx.tr, &renamed(&invalid, &NAMES));
            render(StatusCode::UNPROCESSABLE_ENTITY, &page(&ctx, platform, categories, member, form, false))
        }
        Err(e) => error_page(&ctx, &e),
    }
}
