//! Finding something to do: a GET form of filters (it works without JavaScript and the
//! address can be bookmarked or shared), the results, and a link to the next page.

use crate::AppState;
use crate::page::fields::{local_instant, span};
use crate::page::term_name::localized_terms;
use crate::page::{FormState, PageCtx, error_page, render};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{NaiveDate, NaiveTime};
use entraide_app::{AppError, Found, SearchInput};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::Place;
use entraide_domain::platform::{Platform, TimeZone};
use entraide_domain::taxonomy::{Term, TermKind};
use serde::{Deserialize, Serialize};

/// The filters, as the address carries them.
#[derive(Debug, Default, Clone, Deserialize, Serialize)]
pub(super) struct BrowseQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    q: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skill: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cause: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    near: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    within_km: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    remote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sort: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

/// How many upcoming shifts a result lists before "and N more".
const SHIFTS_SHOWN: usize = 3;

/// One result as the page shows it.
struct Listing {
    href: String,
    title: String,
    organisation: String,
    /// Address, or "remote".
    place: String,
    distance: Option<String>,
    /// When, and places left, for the first few upcoming shifts.
    shifts: Vec<(String, String)>,
    more_shifts: usize,
}

#[derive(Template)]
#[template(path = "opportunities.html")]
struct BrowsePage<'a> {
    ctx: &'a PageCtx,
    platform: Platform,
    form: FormState,
    skills: Vec<Term>,
    causes: Vec<Term>,
    languages: Vec<Locale>,
    /// The filters below the words are open: some are set, or wrong.
    more_open: bool,
    /// `None` when the filters are wrong.
    results: Option<Vec<Listing>>,
    next: Option<String>,
    /// Whether the platform has a gazetteer: the place field takes words.
    gazetteer: bool,
    /// The place words given for `near` named, and the other places they could name,
    /// each with the address of the same search near it.
    near: Option<(String, Vec<(String, String)>)>,
}

impl BrowsePage<'_> {
    fn near_line(&self, place: &str) -> String {
        self.ctx.tr.t1("opportunities-near-place", "place", place.to_owned())
    }
}

fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A day typed in the form is a day in the platform's zone: from its first moment, or
/// (`end`) up to the first moment of the next day. Anything else goes to the search
/// as typed, which names the problem.
fn local_day(text: Option<&str>, zone: TimeZone, end: bool) -> Option<String> {
    let text = text?;
    let parsed =
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(|d| if end { d.succ_opt().unwrap_or(d) } else { d });
    Some(match parsed.and_then(|d| local_instant(d, NaiveTime::MIN, zone)) {
        Some(at) => at.to_rfc3339(),
        None => text.to_owned(),
    })
}

fn search_input(query: &BrowseQuery, zone: TimeZone) -> SearchInput {
    SearchInput {
        near: set(&query.near).map(str::to_owned),
        // Anything but a number is a radius out of range.
        within_km: set(&query.within_km).map(|w| w.replace(',', ".").parse().unwrap_or(f64::NAN)),
        skill: set(&query.skill).map(str::to_owned),
        cause: set(&query.cause).map(str::to_owned),
        language: set(&query.language).map(str::to_owned),
        from: local_day(set(&query.from), zone, false),
        to: local_day(set(&query.to), zone, true),
        q: set(&query.q).map(str::to_owned),
        remote: set(&query.remote).is_some(),
        sort: set(&query.sort).map(str::to_owned),
        cursor: set(&query.cursor).map(str::to_owned),
        limit: None,
    }
}

fn listing(ctx: &PageCtx, slug: &str, found: &Found) -> Listing {
    let opportunity = &found.opportunity;
    let place = match &opportunity.draft.place {
        Place::At { address, .. } if !address.is_empty() => address.clone(),
        Place::At { .. } => String::new(),
        Place::Remote => ctx.t("opportunity-remote"),
    };
    let shifts = found
        .shifts
        .iter()
        .take(SHIFTS_SHOWN)
        .map(|s| {
            let places = if s.places_left() == 0 {
                ctx.t("shift-full")
            } else {
                ctx.tr.t_args("shift-places-left", &[("left", s.places_left().into()), ("slots", s.slots.into())])
            };
            (span(ctx, s.starts_at, s.ends_at), places)
        })
        .collect();
    Listing {
        href: format!("/p/{slug}/opportunities/{}", opportunity.id),
        title: opportunity.draft.title.clone(),
        organisation: found.organisation.clone(),
        place,
        distance: found
            .distance_km
            .map(|km| ctx.tr.t1("opportunities-distance", "distance", ctx.format().distance_km(km))),
        shifts,
        more_shifts: (found.shifts.len() + found.more_shifts).saturating_sub(SHIFTS_SHOWN),
    }
}

pub(in crate::page) async fn browse(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<BrowseQuery>,
) -> Response {
    let platform = match state.app.platform(&slug).await {
        Ok(platform) => platform,
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&platform);
    let loaded = async {
        let skills = state.app.terms(&platform, TermKind::Skill).await?;
        let causes = state.app.terms(&platform, TermKind::Cause).await?;
        let gazetteer = state.app.has_gazetteer(&platform).await?;
        Ok::<_, AppError>((skills, causes, gazetteer))
    };
    let (skills, causes, gazetteer) = match loaded.await {
        Ok(terms) => terms,
        Err(e) => return error_page(&ctx, &e),
    };
    let language = platform.default_locale;
    let (skills, causes) = (localized_terms(&ctx, language, skills), localized_terms(&ctx, language, causes));
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let within = set(&query.within_km).unwrap_or("10").to_owned();
    let typed = [
        ("q", value(&query.q)),
        ("skill", value(&query.skill)),
        ("cause", value(&query.cause)),
        ("language", value(&query.language)),
        ("from", value(&query.from)),
        ("to", value(&query.to)),
        ("near", value(&query.near)),
        ("within_km", within),
        ("remote", value(&query.remote)),
        ("sort", value(&query.sort)),
    ];
    let values: Vec<(&'static str, &str)> = typed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut form = FormState::with_values(&values);
    let more_set =
        [&query.skill, &query.cause, &query.language, &query.from, &query.to, &query.near, &query.remote, &query.sort]
            .iter()
            .any(|v| set(v).is_some())
            || set(&query.within_km).is_some_and(|w| w != "10");
    let address = |query: &BrowseQuery| {
        format!("/p/{slug}/opportunities?{}", serde_urlencoded::to_string(query).unwrap_or_default())
    };
    let (status, results, next, near) =
        match state.app.search(ctx.actor.as_ref(), &platform, &search_input(&query, platform.time_zone)).await {
            Ok(page) => {
                let results = page.items.iter().map(|f| listing(&ctx, &slug, f)).collect();
                let next =
                    page.next_cursor.map(|cursor| address(&BrowseQuery { cursor: Some(cursor), ..query.clone() }));
                let others = page
                    .near_others
                    .into_iter()
                    .map(|name| {
                        let href = address(&BrowseQuery { near: Some(name.clone()), cursor: None, ..query.clone() });
                        (name, href)
                    })
                    .collect();
                (StatusCode::OK, Some(results), next, page.near_place.map(|place| (place, others)))
            }
            Err(AppError::Invalid(invalid)) => {
                form = form.with_errors(&ctx.tr, &invalid);
                (StatusCode::UNPROCESSABLE_ENTITY, None, None, None)
            }
            Err(e) => return error_page(&ctx, &e),
        };
    let more_open = more_set || form.errors().iter().any(|(field, _)| *field != "q");
    let page = BrowsePage {
        ctx: &ctx,
        platform,
        form,
        skills,
        causes,
        languages: Locale::all().collect(),
        more_open,
        results,
        next,
        gazetteer,
        near,
    };
    render(status, &page)
}
