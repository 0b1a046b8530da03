//! My volunteer profile (`/my/profile`), the shifts that suit me (`/my/suggestions`),
//! and the people suggested for a shift, for its coordinators
//! (`/p/{slug}/shifts/{id}/suggestions`).

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::{FormFields, decimal, notice, renamed, span};
use crate::page::term_name::localized_terms;
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::{Actor, AppError, PersonSuggestion, ProfileChoices};
use entraide_domain::locale::Locale;
use entraide_domain::profile::{Profile, ProfileInput, WindowInput, format_time};
use entraide_domain::week::{DayPart, parts_of_windows, windows_of_parts};
use entraide_domain::{FieldError, Invalid};

pub(super) fn router() -> Router<AppState> {
    Router::new()
        .route("/my/profile", get(show).post(save))
        .route("/my/suggestions", get(my_suggestions))
        .route("/p/{slug}/shifts/{id}/suggestions", get(shift_suggestions).post(invite))
}

const NOTICES: [&str; 1] = ["saved"];

/// The names of the availability fields: two windows for each day of the week.
const FROM: [[&str; 2]; 7] = [
    ["from-1-1", "from-1-2"],
    ["from-2-1", "from-2-2"],
    ["from-3-1", "from-3-2"],
    ["from-4-1", "from-4-2"],
    ["from-5-1", "from-5-2"],
    ["from-6-1", "from-6-2"],
    ["from-7-1", "from-7-2"],
];
const TO: [[&str; 2]; 7] = [
    ["to-1-1", "to-1-2"],
    ["to-2-1", "to-2-2"],
    ["to-3-1", "to-3-2"],
    ["to-4-1", "to-4-2"],
    ["to-5-1", "to-5-2"],
    ["to-6-1", "to-6-2"],
    ["to-7-1", "to-7-2"],
];

/// The plain fields of the form.
const NAMES: [&str; 5] = ["location.lat", "location.lon", "within_km", "no_suggestions", "no_mails"];

/// One time window of a day, as the form shows it.
struct Slot {
    number: usize,
    from_name: &'static str,
    to_name: &'static str,
    from: String,
    to: String,
}

/// A part of a day in the week grid: a box to tick.
struct PartBox {
    /// The field's name, `part-{weekday}-{part}`.
    name: String,
    /// What a screen reader says for it: the day and the part.
    label: String,
    ticked: bool,
}

/// A row of the availability tables: the day's parts, and its precise windows.
struct Day {
    name: String,
    parts: Vec<PartBox>,
    slots: Vec<Slot>,
}

/// A column of the week grid: the part's name and its hours in the reader's way.
struct PartHead {
    name: String,
    hours: String,
}

fn part_field(weekday: u8, part: DayPart) -> String {
    format!("part-{weekday}-{}", part.code())
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage<'a> {
    ctx: &'a PageCtx,
    form: FormState,
    choices: ProfileChoices,
    languages: Vec<Locale>,
    days: Vec<Day>,
    /// Whether the precise times show at once: they hold times the grid cannot.
    precise_open: bool,
    notice: Option<String>,
}

impl ProfilePage<'_> {
    fn part_heads(&self) -> Vec<PartHead> {
        let format = self.ctx.format();
        DayPart::ALL
            .into_iter()
            .map(|part| PartHead {
                name: self.ctx.t(&format!("profile-part-{}", part.code())),
                hours: self.ctx.tr.t_args(
                    "profile-part-hours",
                    &[("from", format.clock(part.start()).into()), ("to", format.clock(part.end()).into())],
                ),
            })
            .collect()
    }

    fn ticked(&self, name: &str) -> bool {
        self.form.value(name) == "on"
    }

    fn heading(&self, number: usize) -> String {
        self.ctx.tr.t1("profile-window", "number", number)
    }

    fn window_label(&self, slot: &Slot) -> String {
        self.ctx.tr.t1("profile-window", "number", slot.number)
    }
}

fn days(ctx: &PageCtx, value: &dyn Fn(&'static str) -> String, ticked: &dyn Fn(u8, DayPart) -> bool) -> Vec<Day> {
    (0..7)
        .map(|d| Day {
            name: ctx.t(&format!("shift-weekday-{}", d + 1)),
            parts: DayPart::ALL
                .into_iter()
                .map(|part| {
                    let weekday = u8::try_from(d + 1).unwrap_or(1);
                    let day = ctx.t(&format!("shift-weekday-{}", d + 1));
                    let label = ctx.tr.t_args(
                        "profile-part-of-day",
                        &[("day", day.into()), ("part", ctx.t(&format!("profile-part-{}", part.code())).into())],
                    );
                    PartBox { name: part_field(weekday, part), label, ticked: ticked(weekday, part) }
                })
                .collect(),
            slots: (0..2)
                .map(|i| Slot {
                    number: i + 1,
                    from_name: FROM[d][i],
                    to_name: TO[d][i],
                    from: value(FROM[d][i]),
                    to: value(TO[d][i]),
                })
                .collect(),
        })
        .collect()
}

/// The form showing a profile as it is (or a fresh one), and whether it has times only
/// the precise fields can show.
fn filled(ctx: &PageCtx, profile: Option<&Profile>) -> (FormState, Vec<Day>, bool) {
    let Some(profile) = profile else {
        return (FormState::with_values(&[("within_km", "10")]), days(ctx, &|_| String::new(), &|_, _| false), false);
    };
    let draft = &profile.draft;
    let (lat, lon, km) = (draft.home.lat().to_string(), draft.home.lon().to_string(), draft.within_km.to_string());
    let flag = |on: bool| if on { "on" } else { "" };
    let mut form = FormState::with_values(&[
        ("location.lat", &lat),
        ("location.lon", &lon),
        ("within_km", &km),
        ("no_suggestions", flag(draft.no_suggestions)),
        ("no_mails", flag(draft.no_mails)),
    ]);
    form.set_choices("skills", draft.skills.clone());
    form.set_choices("causes", draft.causes.clone());
    form.set_choices("languages", draft.languages.iter().map(|l| l.code().to_owned()).collect());
    // Windows made of parts of the day show as ticks; the first two others of each day
    // as precise times (the API may hold more, which this form keeps only if they are
    // re-entered).
    let (parts, others) = parts_of_windows(&draft.availability);
    let value = |name: &'static str| -> String {
        for d in 0..7u8 {
            let windows: Vec<_> = others.iter().filter(|w| w.weekday == d + 1).collect();
            for i in 0..2 {
                if let Some(w) = windows.get(i) {
                    if FROM[usize::from(d)][i] == name {
                        return format_time(w.from);
                    }
                    if TO[usize::from(d)][i] == name {
                        // A time field has no 24:00: the day's last minute stands for it.
                        return format_time(w.to).replace("24:00", "23:59");
                    }
                }
            }
        }
        String::new()
    };
    let days = days(ctx, &value, &|weekday, part| parts.contains(&(weekday, part)));
    (form, days, !others.is_empty())
}

async fn render_profile(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    status: StatusCode,
    form: FormState,
    (days, precise_open): (Vec<Day>, bool),
    notice: Option<String>,
) -> Response {
    let loaded = async {
        let platforms = state.app.my_platforms(actor).await?;
        let choices = state.app.profile_choices(actor).await?;
        Ok::<_, AppError>((platforms, choices))
    };
    let (platforms, choices) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(ctx, &e),
    };
    if let Some((platform, _)) = platforms.first() {
        ctx.set_zone(platform.time_zone);
    }
    // The choices come from every platform the person is on: named in their language,
    // else in their first platform's, else in English.
    let language = platforms.first().map_or(ctx.tr.locale(), |(p, _)| p.default_locale);
    let choices = ProfileChoices {
        skills: localized_terms(ctx, language, choices.skills),
        causes: localized_terms(ctx, language, choices.causes),
    };
    let languages = Locale::all().collect();
    render(status, &ProfilePage { ctx, form, choices, languages, days, precise_open, notice })
}

async fn show(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let profile = match state.app.my_profile_if_any(&actor).await {
        Ok(profile) => profile,
        Err(e) => return error_page(&ctx, &e),
    };
    let (form, days, precise_open) = filled(&ctx, profile.as_ref());
    let notice = notice(&ctx, "profile", &NOTICES, query.notice.as_deref());
    render_profile(&state, &mut ctx, &actor, StatusCode::OK, form, (days, precise_open), notice).await
}

/// A number typed in the form: a problem of its own when empty, else NaN when not a
/// number (which the checks then name).
fn number(fields: &FormFields, name: &'static str, invalid: &mut Invalid) -> f64 {
    match decimal(fields.get(name)) {
        Ok(Some(value)) => value,
        Ok(None) => {
            invalid.0.push(FieldError::new(name, "required"));
            f64::NAN
        }
        Err(()) => f64::NAN,
    }
}

/// The profile as typed, and the problems only the form sees (empty numbers).
fn read(fields: &FormFields) -> (ProfileInput, Invalid) {
    let mut invalid = Invalid::default();
    let lat = number(fields, "location.lat", &mut invalid);
    let lon = number(fields, "location.lon", &mut invalid);
    let within_km = number(fields, "within_km", &mut invalid);
    let ticked: Vec<(u8, DayPart)> = (1..=7u8)
        .flat_map(|weekday| DayPart::ALL.into_iter().map(move |part| (weekday, part)))
        .filter(|(weekday, part)| fields.get(&part_field(*weekday, *part)) == "on")
        .collect();
    let mut availability: Vec<WindowInput> = windows_of_parts(&ticked)
        .into_iter()
        .map(|w| WindowInput { weekday: i64::from(w.weekday), from: format_time(w.from), to: format_time(w.to) })
        .collect();
    for d in 0..7 {
        for i in 0..2 {
            let (from, to) = (fields.get(FROM[d][i]).trim(), fields.get(TO[d][i]).trim());
            if from.is_empty() && to.is_empty() {
                continue;
            }
            availability.push(WindowInput {
                weekday: i64::try_from(d + 1).unwrap_or(0),
                from: from.to_owned(),
                to: to.to_owned(),
            });
        }
    }
    let input = ProfileInput {
        skills: fields.all("skills"),
        causes: fields.all("causes"),
        languages: fields.all("languages"),
        home: (lat, lon),
        within_km,
        availability,
        no_suggestions: fields.get("no_suggestions") == "on",
        no_mails: fields.get("no_mails") == "on",
    };
    (input, invalid)
}

async fn save(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    PageForm(fields): PageForm<FormFields>,
) -> Response {
    let (input, mut invalid) = read(&fields);
    match state.app.put_profile(&actor, &input).await {
        Ok(_) => see_other("/my/profile?notice=saved"),
        Err(AppError::Invalid(found)) => {
            // The form's own problems first; the checks' problems with the windows are
            // shown on the table as a whole.
            let found = renamed(
                &found,
                &[
                    ("availability.weekday", "availability"),
                    ("availability.from", "availability"),
                    ("availability.to", "availability"),
                ],
            );
            for error in found.0 {
                if !invalid.0.iter().any(|e| e.field == error.field) {
                    invalid.0.push(error);
                }
            }
            let values: Vec<(&'static str, &str)> = NAMES.iter().map(|n| (*n, fields.get(n))).collect();
            let mut form = FormState::with_values(&values);
            for name in ["skills", "causes", "languages"] {
                form.set_choices(name, fields.all(name));
            }
            let form = form.with_errors(&ctx.tr, &invalid);
            let ticked = |weekday, part| fields.get(&part_field(weekday, part)) == "on";
            let days = days(&ctx, &|name| fields.get(name).to_owned(), &ticked);
            let precise = FROM.iter().chain(TO.iter()).flatten().any(|name| !fields.get(name).trim().is_empty());
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render_profile(&state, &mut ctx, &actor, status, form, (days, precise), None).await
        }
        Err(e) => error_page(&ctx, &e),
    }
}

/// A suggested shift as the list shows it.
struct ShiftItem {
    href: String,
    title: String,
    when: String,
    starts_at: String,
    score: String,
    reasons: Vec<String>,
}

#[derive(Template)]
#[template(path = "my_suggestions.html")]
struct MySuggestionsPage<'a> {
    ctx: &'a PageCtx,
    has_profile: bool,
    opted_out: bool,
    items: Vec<ShiftItem>,
    /// Open neighbour requests that fit, as the same kind of item.
    requests: Vec<ShiftItem>,
}

async fn my_suggestions(State(state): State<AppState>, SignedIn { mut ctx, actor }: SignedIn) -> Response {
    let locale = ctx.tr.locale();
    let loaded = async {
        let platforms = state.app.my_platforms(&actor).await?;
        let profile = state.app.my_profile_if_any(&actor).await?;
        let found = state.app.my_suggestions(&actor, Some(50), locale).await?;
        let requests = state.app.my_request_suggestions(&actor, Some(20), locale).await?;
        Ok::<_, AppError>((platforms, profile, found, requests))
    };
    let (platforms, profile, found, requests) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(&ctx, &e),
    };
    if let Some((platform, _)) = platforms.first() {
        ctx.set_zone(platform.time_zone);
    }
    let items = found
        .into_iter()
        .map(|s| ShiftItem {
            href: format!("/p/{}/opportunities/{}", s.platform.slug, s.opportunity_id),
            title: s.title,
            when: span(&ctx, s.starts_at, s.ends_at),
            starts_at: s.starts_at.to_rfc3339(),
            score: ctx.tr.t1("suggestion-score", "score", ctx.format().number(s.score, 0)),
            reasons: s.reasons,
        })
        .collect();
    let requests = requests
        .into_iter()
        .map(|s| ShiftItem {
            href: format!("/p/{}/help/{}", s.platform.slug, s.request.id),
            title: s.request.draft.title.clone(),
            when: span(&ctx, s.request.draft.needed_from, s.request.draft.needed_until),
            starts_at: s.request.draft.needed_from.to_rfc3339(),
            score: ctx.tr.t1("suggestion-score", "score", ctx.format().number(s.score, 0)),
            reasons: s.reasons,
        })
        .collect();
    let page = MySuggestionsPage {
        ctx: &ctx,
        has_profile: profile.is_some(),
        opted_out: profile.is_some_and(|p| p.draft.no_suggestions),
        items,
        requests,
    };
    render(StatusCode::OK, &page)
}

/// A suggested person as the list shows it.
struct PersonItem {
    account_id: String,
    name: String,
    score: String,
    reasons: Vec<String>,
}

#[derive(Template)]
#[template(path = "shift_suggestions.html")]
struct ShiftSuggestionsPage<'a> {
    ctx: &'a PageCtx,
    slug: String,
    platform_name: String,
    opportunity_id: String,
    opportunity_title: String,
    shift_id: String,
    when: String,
    starts_at: String,
    closed: bool,
    people: Vec<PersonItem>,
    notice: Option<String>,
}

fn person(ctx: &PageCtx, suggestion: PersonSuggestion) -> PersonItem {
    PersonItem {
        account_id: suggestion.account_id.to_string(),
        name: suggestion.display_name,
        score: ctx.tr.t1("suggestion-score", "score", ctx.format().number(suggestion.score, 0)),
        reasons: suggestion.reasons,
    }
}

const INVITE_NOTICES: [&str; 1] = ["invited"];

#[derive(serde::Deserialize)]
struct InviteForm {
    #[serde(default)]
    account: String,
}

/// Invites one suggested person, then shows the others.
async fn invite(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<InviteForm>,
) -> Response {
    match state.app.invite_to_shift(&actor, &id, &form.account).await {
        Ok(()) | Err(AppError::Conflict("invitation")) => {
            see_other(&format!("/p/{slug}/shifts/{id}/suggestions?notice=invited"))
        }
        Err(e) => error_page(&ctx, &e),
    }
}

async fn shift_suggestions(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "suggestion", &INVITE_NOTICES, query.notice.as_deref());
    // The platform's language comes before English, for the reasons as for the page.
    match state.app.platform(&slug).await {
        Ok(platform) => ctx.on_platform(&platform),
        Err(e) => return error_page(&ctx, &e),
    }
    let (view, shift, found) = match state.app.shift_suggestions(&actor, &id, Some(50), ctx.tr.locale()).await {
        Ok(found) if found.0.platform.slug.as_str() == slug => found,
        Ok(_) => return error_page(&ctx, &AppError::NotFound("shift")),
        Err(e) => return error_page(&ctx, &e),
    };
    let page = ShiftSuggestionsPage {
        ctx: &ctx,
        slug,
        platform_name: view.platform.name.clone(),
        opportunity_id: view.opportunity.id.to_string(),
        opportunity_title: view.opportunity.draft.title.clone(),
        shift_id: shift.id.to_string(),
        when: span(&ctx, shift.starts_at, shift.ends_at),
        starts_at: shift.starts_at.to_rfc3339(),
        closed: shift.cancelled_at.is_some() || shift.starts_at <= state.app.now(),
        people: found.into_iter().map(|s| person(&ctx, s)).collect(),
        notice,
    };
    render(StatusCode::OK, &page)
}
