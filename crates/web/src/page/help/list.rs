//! Requests near me: the open requests of a platform, by category and distance from its
//! centre, with approximate places only; a GET form, so it works without JavaScript and
//! the address can be shared.

use super::{area, href};
use crate::AppState;
use crate::page::fields::span;
use crate::page::term_name::localized_categories;
use crate::page::{FormState, PageCtx, error_page, render};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::{AppError, RequestQuery};
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{HelpCategory, HelpRequest};
use entraide_domain::platform::Platform;
use serde::{Deserialize, Serialize};

/// The filters, as the address carries them.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub(super) struct ListQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<String>,
    /// `LAT,LON`; the platform's centre when not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    near: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    within_km: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

/// The distances people choose from, in km.
const DISTANCES: [&str; 5] = ["1", "2", "5", "10", "25"];
const DEFAULT_KM: &str = "10";

/// One request as the list shows it.
struct Listing {
    href: String,
    title: String,
    category: String,
    area: String,
    distance: Option<String>,
    when: String,
    starts_at: String,
    asked: String,
}

#[derive(Template)]
#[template(path = "help_list.html")]
struct ListPage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    form: FormState,
    categories: Vec<HelpCategory>,
    /// Distances are offered: there is a point to measure from.
    has_centre: bool,
    distances: Vec<(String, String)>,
    /// The `near` of the address, kept in the form.
    near: String,
    /// `None` when the filters are wrong.
    results: Option<Vec<Listing>>,
    next: Option<String>,
    signed_in: bool,
}

fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn listing(
    ctx: &PageCtx,
    slug: &str,
    categories: &[HelpCategory],
    from: Option<Coordinates>,
    request: &HelpRequest,
) -> Listing {
    let draft = &request.draft;
    let distance = match (from, request.approximate_point()) {
        (Some(from), Some(centre)) => {
            Some(ctx.tr.t1("help-page-distance", "distance", ctx.format().distance_km(from.distance_km(&centre))))
        }
        _ => None,
    };
    Listing {
        href: href(slug, request),
        title: draft.title.clone(),
        category: categories
            .iter()
            .find(|c| c.code == draft.category)
            .map_or_else(|| draft.category.clone(), |c| c.label.clone()),
        area: area(ctx, request),
        distance,
        when: span(ctx, draft.needed_from, draft.needed_until),
        starts_at: draft.needed_from.to_rfc3339(),
        asked: ctx.tr.t1("help-page-asked-on", "date", ctx.date(&request.created_at)),
    }
}

pub(super) async fn list(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<ListQuery>,
) -> Response {
    let loaded = async {
        let platform = state.app.platform(&slug).await?;
        let categories = state.app.help_categories(&platform).await?;
        Ok::<_, AppError>((platform, categories))
    };
    let (platform, categories) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&platform);
    let categories = localized_categories(&ctx, platform.default_locale, categories);
    // Near the platform's centre unless the address names another point.
    let near =
        set(&query.near).map(str::to_owned).or_else(|| platform.center.map(|c| format!("{},{}", c.lat(), c.lon())));
    let within = set(&query.within_km).unwrap_or(DEFAULT_KM).to_owned();
    let search = RequestQuery {
        near: near.clone(),
        // Anything but a number is a distance out of range.
        within_km: near.as_ref().map(|_| within.replace(',', ".").parse().unwrap_or(f64::NAN)),
        category: set(&query.category).map(str::to_owned),
        cursor: set(&query.cursor).map(str::to_owned),
        limit: None,
    };
    let from = near.as_deref().and_then(|n| Coordinates::parse_pair(n, "near").ok());
    let mut form = FormState::with_values(&[("category", set(&query.category).unwrap_or("")), ("within_km", &within)]);
    let (status, results, next) = match state.app.list_requests(&slug, &search).await {
        Ok(page) => {
            let results = page.items.iter().map(|r| listing(&ctx, &slug, &categories, from, r)).collect();
            let next = page.next_cursor.map(|cursor| {
                let next = ListQuery { cursor: Some(cursor), ..query.clone() };
                format!("/p/{slug}/help?{}", serde_urlencoded::to_string(&next).unwrap_or_default())
            });
            (StatusCode::OK, Some(results), next)
        }
        Err(AppError::Invalid(invalid)) => {
            form = form.with_errors(&ctx.tr, &invalid);
            (StatusCode::UNPROCESSABLE_ENTITY, None, None)
        }
        Err(e) => return error_page(&ctx, &e),
    };
    let distances = DISTANCES
        .iter()
        .map(|d| {
            (
                (*d).to_owned(),
                ctx.tr.t1("help-page-within", "distance", ctx.format().distance_km(d.parse().unwrap_or(0.0))),
            )
        })
        .collect();
    let page = ListPage {
        ctx: &ctx,
        has_centre: near.is_some(),
        near: set(&query.near).unwrap_or("").to_owned(),
        signed_in: ctx.actor.is_some(),
        platform,
        form,
        categories,
        distances,
        results,
        next,
    };
    render(status, &page)
}
