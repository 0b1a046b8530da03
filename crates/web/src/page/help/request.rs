//! One request: what everyone may see, the exact place for the three parties allowed,
//! offering help, and the requester's choices (accept an offer, cancel, mark as done).

use super::{area, status_name};
use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::{duration, notice, span, whole_number};
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other, urlencode};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use entraide_app::{AppError, RequestDetails};
use entraide_domain::Invalid;
use entraide_domain::help::{OfferStatus, RequestStatus};
use entraide_domain::taxonomy::TermList;
use serde::Deserialize;

/// Notices the request page shows after a redirect.
const NOTICES: [&str; 8] =
    ["asked", "offered", "accepted", "cancelled", "completed", "thanked", "thanks-empty", "reported"];

/// The minutes "Mark as done" suggests, within the request's window.
const SUGGESTED_MINUTES: i64 = 60;

/// The forms of the page as they come back after a mistake.
#[derive(Default)]
pub(super) struct Forms {
    offer: FormState,
    done: FormState,
    /// An offer that could not be accepted, and why.
    accept_error: Option<(String, String)>,
}

/// An offer as the requester sees it.
struct OfferLine {
    id: String,
    helper_id: String,
    name: String,
    message: String,
    status: String,
    open: bool,
    error: Option<String>,
}

/// The person helped, for those who see the exact place.
struct Beneficiary {
    name: String,
    phone: String,
    consent: String,
}

#[derive(Template)]
#[template(path = "help_request.html")]
struct RequestPage<'a> {
    ctx: &'a PageCtx,
    details: RequestDetails,
    /// Its category, as the reader reads it.
    category: String,
    base: String,
    status: String,
    open: bool,
    when: String,
    starts_at: String,
    area: String,
    /// Exact point, for those who may see it.
    point: String,
    beneficiary: Option<Beneficiary>,
    /// Signed out: a link to sign in and come back.
    sign_in: Option<String>,
    /// Signed in, but not a member of the platform.
    join: bool,
    /// The reader may offer help now.
    can_offer: bool,
    my_offer: Option<String>,
    offers: Vec<OfferLine>,
    can_cancel: bool,
    can_complete: bool,
    max_minutes: i64,
    completed: Option<String>,
    can_talk: bool,
    /// The thanks left after the help, with their authors' names.
    thanks: Vec<(String, String)>,
    /// The reader is a party of the completed request and has not thanked yet.
    can_thank: bool,
    /// The reader may report the request (signed in, not its requester).
    can_report: bool,
    forms: Forms,
    notice: Option<String>,
}

/// The request, if it belongs to the platform of the address.
async fn on_platform(state: &AppState, ctx: &PageCtx, slug: &str, id: &str) -> Result<RequestDetails, AppError> {
    let details = state.app.request_details(ctx.actor.as_ref(), id).await?;
    if details.platform.slug.as_str() != slug {
        return Err(AppError::NotFound("request"));
    }
    Ok(details)
}

fn offer_status(ctx: &PageCtx, status: OfferStatus) -> String {
    ctx.t(&format!("help-page-offer-{}", status.as_str()))
}

async fn show_page(
    state: &AppState,
    ctx: &mut PageCtx,
    (slug, id): (&str, &str),
    status: StatusCode,
    mut forms: Forms,
    notice: Option<String>,
) -> Response {
    let details = match on_platform(state, ctx, slug, id).await {
        Ok(details) => details,
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&details.platform);
    let view = &details.view;
    let request = &view.request;
    let draft = &request.draft;
    let window = (draft.needed_until - draft.needed_from).num_minutes().max(1);
    if forms.done.value("minutes").is_empty() && forms.done.errors().is_empty() {
        forms.done = FormState::with_values(&[("minutes", &SUGGESTED_MINUTES.min(window).to_string())]);
    }
    let open = request.status == RequestStatus::Open;
    let signed_in = ctx.actor.is_some();
    let beneficiary = draft.on_behalf.as_ref().filter(|_| view.exact).map(|b| Beneficiary {
        name: b.name.clone(),
        phone: b.phone.clone(),
        consent: ctx.tr.t_args(
            "help-page-consent",
            &[
                ("by", b.consent_given_by.clone().into()),
                ("date", ctx.date(&b.consent_given_at).into()),
                ("how", b.consent_how.clone().into()),
            ],
        ),
    });
    let my_offer = details.my_offer.as_ref().map(|o| offer_status(ctx, o.status));
    let offers = details
        .offers
        .iter()
        .map(|(offer, name)| {
            let id = offer.id.to_string();
            OfferLine {
                helper_id: offer.helper.to_string(),
                name: if name.is_empty() { ctx.t("help-page-erased-name") } else { name.clone() },
                message: offer.message.clone(),
                status: ctx.t(&format!("help-page-offer-line-{}", offer.status.as_str())),
                open: offer.status == OfferStatus::Open,
                error: forms.accept_error.as_ref().filter(|(o, _)| *o == id).map(|(_, m)| m.clone()),
                id,
            }
        })
        .collect();
    let name_of = |author: entraide_domain::id::AccountId| {
        let name =
            if author == request.requester { details.requester_name.clone() } else { details.helper_name.clone() };
        name.filter(|n| !n.is_empty()).unwrap_or_else(|| ctx.t("help-page-erased-name"))
    };
    let thanks = details
        .thanks
        .iter()
        .map(|t| (name_of(t.author), t.text.clone()))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let completed = request.minutes.filter(|_| request.status == RequestStatus::Completed).map(|m| duration(ctx, m));
    let category = {
        let c = &details.category;
        entraide_i18n::term_name(&ctx.tr, details.platform.default_locale, TermList::Help, &c.code, &c.label, &c.names)
    };
    let page = RequestPage {
        category,
        base: format!("/p/{slug}/help/{id}"),
        status: status_name(ctx, request.status),
        open,
        when: span(ctx, draft.needed_from, draft.needed_until),
        starts_at: draft.needed_from.to_rfc3339(),
        area: area(ctx, request),
        point: if view.exact { format!("{}, {}", draft.point.lat(), draft.point.lon()) } else { String::new() },
        beneficiary,
        sign_in: (!signed_in).then(|| format!("/sign-in?next={}", urlencode(&format!("/p/{slug}/help/{id}")))),
        join: details.actions.join,
        can_offer: details.actions.offer,
        my_offer,
        offers,
        can_cancel: details.actions.cancel,
        can_complete: details.actions.complete,
        max_minutes: window,
        completed,
        can_talk: details.actions.talk,
        thanks,
        can_thank: details.actions.thank,
        can_report: details.actions.report,
        forms,
        notice,
        details: details.clone(),
        ctx,
    };
    render(status, &page)
}

pub(super) async fn show(
    State(state): State<AppState>,
    mut ctx: PageCtx,
    Path((slug, id)): Path<(String, String)>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "help-page", &NOTICES, query.notice.as_deref());
    show_page(&state, &mut ctx, (&slug, &id), StatusCode::OK, Forms::default(), notice).await
}

#[derive(Deserialize)]
pub(super) struct OfferForm {
    #[serde(default)]
    message: String,
}

pub(super) async fn offer(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<OfferForm>,
) -> Response {
    if let Err(e) = on_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    let (status, message) = match state.app.create_offer(&actor, &id, &form.message).await {
        Ok(_) => return see_other(&format!("/p/{slug}/help/{id}?done=offered")),
        Err(AppError::Invalid(invalid)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            invalid.0.iter().map(|e| ctx.tr.error(e.code)).collect::<Vec<_>>().join(" "),
        ),
        Err(AppError::Conflict(what)) => (StatusCode::CONFLICT, ctx.tr.error(&format!("taken-{what}"))),
        Err(AppError::Refused(code)) => (StatusCode::CONFLICT, ctx.tr.error(code)),
        Err(AppError::Denied(code)) => (StatusCode::FORBIDDEN, ctx.tr.error(code)),
        Err(e) => return error_page(&ctx, &e),
    };
    let forms = Forms {
        offer: FormState::with_values(&[("message", &form.message)]).with_error("message", message),
        ..Forms::default()
    };
    show_page(&state, &mut ctx, (&slug, &id), status, forms, None).await
}

#[derive(Deserialize)]
pub(super) struct AcceptForm {
    #[serde(default)]
    offer: String,
}

pub(super) async fn accept(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<AcceptForm>,
) -> Response {
    if let Err(e) = on_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    let (status, message) = match state.app.accept_offer(&actor, &id, &form.offer).await {
        Ok(_) => return see_other(&format!("/p/{slug}/help/{id}?done=accepted")),
        Err(AppError::NotFound("offer")) => (StatusCode::NOT_FOUND, ctx.tr.error("unknown-offer")),
        Err(AppError::Refused(code)) => (StatusCode::CONFLICT, ctx.tr.error(code)),
        Err(e) => return error_page(&ctx, &e),
    };
    let forms = Forms { accept_error: Some((form.offer, message)), ..Forms::default() };
    show_page(&state, &mut ctx, (&slug, &id), status, forms, None).await
}

#[derive(Template)]
#[template(path = "help_cancel.html")]
struct CancelPage<'a> {
    ctx: &'a PageCtx,
    details: RequestDetails,
    base: String,
}

/// "Do you really want to cancel?": one question, two big answers.
pub(super) async fn cancel_form(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor: _ }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
) -> Response {
    let details = match on_platform(&state, &ctx, &slug, &id).await {
        Ok(details) if details.view.is_requester => details,
        Ok(_) => return error_page(&ctx, &AppError::Forbidden),
        Err(e) => return error_page(&ctx, &e),
    };
    ctx.on_platform(&details.platform);
    render(StatusCode::OK, &CancelPage { ctx: &ctx, details, base: format!("/p/{slug}/help/{id}") })
}

/// A form with nothing but its CSRF token.
#[derive(Deserialize)]
pub(super) struct NoFields {}

pub(super) async fn cancel(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(_): PageForm<NoFields>,
) -> Response {
    if let Err(e) = on_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    match state.app.cancel_request(&actor, &id).await {
        // Pressed twice: it is already over, which is what was asked.
        Ok(_) | Err(AppError::Refused("request-closed")) => see_other(&format!("/p/{slug}/help/{id}?done=cancelled")),
        Err(e) => error_page(&ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct DoneForm {
    #[serde(default)]
    minutes: String,
}

pub(super) async fn done(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<DoneForm>,
) -> Response {
    if let Err(e) = on_platform(&state, &ctx, &slug, &id).await {
        return error_page(&ctx, &e);
    }
    // Anything but a whole number is out of range.
    let result = match whole_number(&form.minutes) {
        Ok(Some(minutes)) => state.app.complete_request(&actor, &id, minutes).await.map(|_| ()),
        _ => Err(AppError::Invalid(Invalid::one("minutes", "help-minutes-out-of-range"))),
    };
    let (status, kept) = match result {
        // Pressed twice: it is already done, which is what was asked.
        Ok(()) | Err(AppError::Conflict("completed")) => {
            return see_other(&format!("/p/{slug}/help/{id}?done=completed"));
        }
        Err(AppError::Invalid(invalid)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormState::with_values(&[("minutes", &form.minutes)]).with_errors(&ctx.tr, &invalid),
        ),
        Err(AppError::Refused(code)) => (
            StatusCode::CONFLICT,
            FormState::with_values(&[("minutes", &form.minutes)]).with_error("minutes", ctx.tr.error(code)),
        ),
        Err(e) => return error_page(&ctx, &e),
    };
    let forms = Forms { done: kept, ..Forms::default() };
    show_page(&state, &mut ctx, (&slug, &id), status, forms, None).await
}

#[derive(Deserialize)]
pub(super) struct ThanksForm {
    #[serde(default)]
    text: String,
}

/// Says thank you after the help; problems are shown on the request's page.
pub(super) async fn thank(
    State(state): State<AppState>,
    SignedIn { ctx, actor }: SignedIn,
    Path((slug, id)): Path<(String, String)>,
    PageForm(form): PageForm<ThanksForm>,
) -> Response {
    match state.app.thank(&actor, &id, &form.text).await {
        Ok(_) => see_other(&format!("/p/{slug}/help/{id}?done=thanked")),
        Err(AppError::Invalid(_)) => see_other(&format!("/p/{slug}/help/{id}?done=thanks-empty#thanks")),
        Err(e) => error_page(&ctx, &e),
    }
}
