//! The ledger's pages: my time credits from neighbour help, and an organisation's barter
//! credits (its statement, paying another organisation, and the statement as CSV).

use crate::AppState;
use crate::csrf::PageForm;
use crate::page::fields::NoticeQuery;
use crate::page::fields::{duration, notice, whole_number};
use crate::page::{FormState, PageCtx, SignedIn, error_page, render, see_other};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use entraide_app::{Actor, AppError, OrganisationPage, Statement};
use entraide_domain::Invalid;
use entraide_domain::ledger::{Entry, Holder, Unit};
use entraide_domain::organisation::Organisation;
use serde::Deserialize;

pub(super) fn router() -> Router<AppState> {
    Router::new().route("/my/credits", get(mine)).route("/organisations/{id}/credits", get(organisation).post(transfer))
}

/// An amount the reader's way: time as "1 h 15 min" (its direction is said in words,
/// never with a minus: time received is not a debt), barter as credits.
fn amount(ctx: &PageCtx, unit: Unit, value: i64) -> String {
    match unit {
        Unit::Time => duration(ctx, value),
        Unit::Barter => ctx.tr.t1("credits-page-barter-amount", "amount", value),
    }
}

/// A balance the reader's way: below zero, time reads "received 2 h 20 min more than
/// given", neutrally.
fn balance_text(ctx: &PageCtx, unit: Unit, value: i64) -> String {
    match unit {
        Unit::Time if value < 0 => ctx.tr.t1("credits-page-received-more", "duration", duration(ctx, value)),
        _ => amount(ctx, unit, value),
    }
}

/// Whether an amount is shown as owed (in the danger colour): barter credits below zero
/// only.
fn owed(unit: Unit, value: i64) -> bool {
    unit == Unit::Barter && value < 0
}

/// A balance or an entry as the page shows it.
struct Line {
    date: String,
    datetime: String,
    what: String,
    other: String,
    amount: String,
    /// Paid out (to someone) rather than received.
    paid_out: bool,
    /// Shown as owed (barter credits paid out).
    owed: bool,
}

fn what(ctx: &PageCtx, entry: &Entry) -> String {
    if entry.memo.is_empty() {
        ctx.t(&format!("credits-page-kind-{}", entry.kind.as_str()))
    } else {
        entry.memo.clone()
    }
}

/// One balance on one platform.
struct BalanceLine {
    platform: String,
    unit: String,
    amount: String,
    /// Shown as owed (barter credits below zero).
    owed: bool,
}

#[derive(Template)]
#[template(path = "ledger.html")]
struct MinePage<'a> {
    ctx: &'a PageCtx,
    balances: Vec<BalanceLine>,
    lines: Vec<Line>,
}

async fn mine(State(state): State<AppState>, SignedIn { mut ctx, actor }: SignedIn) -> Response {
    let credits = match state.app.my_credits(&actor).await {
        Ok(credits) => credits,
        Err(e) => return error_page(&ctx, &e),
    };
    // Dates in the zone of a platform the person has credits on.
    let zone = credits
        .ledger
        .balances
        .first()
        .map(|(p, _)| p.time_zone)
        .or_else(|| credits.ledger.entries.first().map(|(p, _)| p.time_zone));
    if let Some(zone) = zone {
        ctx.set_zone(zone);
    }
    let me = Holder::Person(actor.account.id);
    let balances = credits
        .ledger
        .balances
        .iter()
        .map(|(platform, balance)| BalanceLine {
            platform: platform.name.clone(),
            unit: ctx.t(&format!("credits-page-unit-{}", balance.unit.as_str())),
            amount: balance_text(&ctx, balance.unit, balance.amount),
            owed: owed(balance.unit, balance.amount),
        })
        .collect();
    let lines = credits
        .ledger
        .entries
        .iter()
        .map(|(_, entry)| {
            let effect = entry.effect_on(me);
            let other = credits.names.get(&entry.counterparty(me)).cloned().unwrap_or_default();
            Line {
                date: ctx.date(&entry.created_at),
                datetime: entry.created_at.to_rfc3339(),
                what: what(&ctx, entry),
                other: if other.is_empty() { ctx.t("help-page-erased-name") } else { other },
                amount: amount(&ctx, entry.unit, effect),
                paid_out: effect < 0,
                owed: owed(entry.unit, effect),
            }
        })
        .collect();
    render(StatusCode::OK, &MinePage { ctx: &ctx, balances, lines })
}

#[derive(Template)]
#[template(path = "ledger_organisation.html")]
struct OrganisationCreditsPage<'a> {
    ctx: &'a PageCtx,
    page: OrganisationPage,
    balance: String,
    /// The balance is shown as owed.
    owed: bool,
    lines: Vec<Line>,
    /// The reader may pay other organisations (its admins).
    can_pay: bool,
    /// The other organisations of the platform.
    payees: Vec<Organisation>,
    form: FormState,
    notice: Option<String>,
}

const NOTICES: [&str; 1] = ["paid"];

async fn organisation_page(
    state: &AppState,
    ctx: &mut PageCtx,
    actor: &Actor,
    id: &str,
    status: StatusCode,
    form: FormState,
    notice: Option<String>,
) -> Response {
    let loaded = async {
        let statement: Statement = state.app.organisation_statement(actor, id, Unit::Barter.as_str()).await?;
        let page = state.app.organisation_page_by_id(Some(actor), id).await?;
        let payees = state.app.organisations(&page.platform).await?;
        Ok::<_, AppError>((statement, page, payees))
    };
    let (statement, page, payees) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return error_page(ctx, &e),
    };
    ctx.on_platform(&page.platform);
    let lines = statement
        .lines
        .iter()
        .map(|line| Line {
            date: ctx.date(&line.entry.created_at),
            datetime: line.entry.created_at.to_rfc3339(),
            what: what(ctx, &line.entry),
            other: if line.counterparty_name.is_empty() {
                ctx.t("help-page-erased-name")
            } else {
                line.counterparty_name.clone()
            },
            amount: amount(ctx, statement.unit, line.amount),
            paid_out: line.amount < 0,
            owed: owed(statement.unit, line.amount),
        })
        .collect();
    let payees = payees.into_iter().filter(|o| o.id != page.organisation.id).collect();
    let page = OrganisationCreditsPage {
        balance: balance_text(ctx, statement.unit, statement.balance),
        owed: owed(statement.unit, statement.balance),
        can_pay: page.can_pay,
        lines,
        payees,
        form,
        notice,
        page,
        ctx,
    };
    render(status, &page)
}

async fn organisation(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(id): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Response {
    let notice = notice(&ctx, "credits-page", &NOTICES, query.notice.as_deref());
    organisation_page(&state, &mut ctx, &actor, &id, StatusCode::OK, FormState::default(), notice).await
}

#[derive(Deserialize)]
struct TransferForm {
    #[serde(default)]
    to: String,
    #[serde(default)]
    amount: String,
    #[serde(default)]
    memo: String,
}

async fn transfer(
    State(state): State<AppState>,
    SignedIn { mut ctx, actor }: SignedIn,
    Path(id): Path<String>,
    PageForm(form): PageForm<TransferForm>,
) -> Response {
    let result = match whole_number(&form.amount) {
        Ok(Some(amount)) => {
            state.app.organisation_transfer(&actor, &id, &form.to, amount, &form.memo).await.map(|_| ())
        }
        // Anything but a whole number is out of range.
        _ => Err(AppError::Invalid(Invalid::one("amount", "amount-out-of-range"))),
    };
    let kept = FormState::with_values(&[("to", &form.to), ("amount", &form.amount), ("memo", &form.memo)]);
    let form = match result {
        Ok(()) => return see_other(&format!("/organisations/{id}/credits?done=paid")),
        Err(AppError::Invalid(invalid)) => kept.with_errors(&ctx.tr, &invalid),
        // The payee is chosen from a list; an unknown one was removed meanwhile.
        Err(AppError::NotFound("organisation")) if !form.to.is_empty() => {
            kept.with_error("to", ctx.tr.error("unknown-organisation"))
        }
        Err(e) => return error_page(&ctx, &e),
    };
    organisation_page(&state, &mut ctx, &actor, &id, StatusCode::UNPROCESSABLE_ENTITY, form, None).await
}
