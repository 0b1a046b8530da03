//! Standing offers: "I can help with groceries on Tuesdays within 1 km". A helper
//! publishes them on one page and withdraws them there.

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::{FormFields, decimal, notice};
use crate::page::fields::{IdForm, NoticeQuery};
use crate::page::term_name::localized_categories;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::{Actor, AppError};
use entraide_domain::Invalid;
use entraide_domain::help::HelpCategory;
use entraide_domain::platform::Platform;
use entraide_domain::standing_offer::StandingOfferInput;

/// A standing offer as its helper sees it.
struct StandingItem {
    id: String,
    category: String,
    days: String,
    within: String,
    note: String,
}

#[derive(Template)]
#[template(path = "help_standing.html")]
struct StandingPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    categories: Vec<HelpCategory>,
    offers: Vec<StandingItem>,
    form: FormState,
    notice: Option<String>,
}

impl StandingPage<'_> {
    fn day_name(&self, day: &u8) -> String {
        self.ctx.t(&format!("shift-weekday-{day}"))
    }
}

const STANDING_NOTICES: [&str; 2] = ["published", "withdrawn"];

async fn standing_page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    slug: &str,
    status: StatusCode,
    form: Option<FormState>,
    notice: Option<String>,
) -> Response {
    let loaded = async {
        let platform = state.app.platform(slug).await?;
        state.app.require_member(actor, platform.id).await?;
        let categories = state.app.help_categories(&platform).await?;
        let offers = state.app.my_standing_offers(actor).await?;
        Ok((platform, categories, offers))
    };
    let (platform, categories, offers) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&platform);
    let categories = localized_categories(ctx, platform.default_locale, categories);
    let format = ctx.format();
    let label = |code: &Option<String>| match code {
        Some(code) => categories.iter().find(|c| &c.code == code).map_or_else(|| code.clone(), |c| c.label.clone()),
        None => ctx.t("standing-any-help"),
    };
    let offers = offers
        .iter()
        .filter(|o| o.platform_id == platform.id)
        .map(|o| StandingItem {
            id: o.id.to_string(),
            category: label(&o.draft.category),
            days: if o.draft.weekdays.is_any() {
                ctx.t("standing-every-day")
            } else {
                o.draft
                    .weekdays
                    .numbers()
                    .iter()
                    .map(|d| ctx.t(&format!("shift-weekday-{d}")))
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            within: ctx.tr.t1("standing-within", "distance", format.distance_km(o.draft.within_km)),
            note: o.draft.note.clone(),
        })
        .collect();
    let form = form.unwrap_or_else(|| {
        let (lat, lon) = platform.center.map(|c| (c.lat().to_string(), c.lon().to_string())).unwrap_or_default();
        FormState::with_values(&[("within_km", "1"), ("location.lat", &lat), ("location.lon", &lon)])
    });
    render(status, &StandingPage { ctx, platform, categories, offers, form, notice })
}

pub(super) async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "standing", &STANDING_NOTICES, query.notice.as_deref());
    standing_page(&state, &mut ctx, &actor, &slug, StatusCode::OK, None, notice).await
}

pub(super) async fn publish(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<FormFields>,
) -> Response {
    let mut invalid = Invalid::default();
    let mut number = |field: &'static str, code: &'static str| match decimal(form.get(field)) {
        Ok(Some(value)) => value,
        _ => {
            invalid.0.push(entraide_domain::FieldError::new(field, code));
            f64::NAN
        }
    };
    let lat = number("location.lat", "latitude-out-of-range");
    let lon = number("location.lon", "longitude-out-of-range");
    let within_km = number("within_km", "standing-km-out-of-range");
    let days = form.all("weekday");
    let weekdays: Vec<u8> = days.iter().map(|d| d.parse().unwrap_or(0)).collect();
    let input = StandingOfferInput {
        category: Some(form.get("category").to_owned()),
        weekdays,
        point: (lat, lon),
        within_km,
        note: form.get("note").to_owned(),
    };
    let result = if invalid.0.is_empty() {
        state.app.publish_standing_offer(&actor, &slug, &input).await
    } else {
        Err(invalid.into())
    };
    match result {
        Ok(_) => see_other(&format!("/p/{slug}/help/standing?notice=published")),
        Err(AppError::Invalid(invalid)) => {
            let fields = ["category", "location.lat", "location.lon", "within_km", "note"];
            let values: Vec<(&'static str, &str)> = fields.iter().map(|f| (*f, form.get(f))).collect();
            let mut kept = FormState::with_values(&values);
            kept.set_choices("weekday", days);
            let kept = kept.with_errors(&ctx.tr, &invalid);
            standing_page(&state, &mut ctx, &actor, &slug, StatusCode::UNPROCESSABLE_ENTITY, Some(kept), None).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

pub(super) async fn withdraw(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path(slug): Path<String>,
    PageForm(form): PageForm<IdForm>,
) -> Response {
    match state.app.withdraw_standing_offer(&actor, &form.id).await {
        Ok(()) => see_other(&format!("/p/{slug}/help/standing?notice=withdrawn")),
        Err(e) => error_page(&ctx, &e),
    }
}

// ---- Thanks ----------------------------------------------------------------------
