//! The ledger: `/api/v1/me/ledger`, organisations' transfers and statements, reversals
//! and credit limits.

use crate::AppState;
use crate::form::{ApiJson, ApiQuery};
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::IntoResponse;
use entraide_app::AppError;
use entraide_domain::ledger::{Entry, Holder};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(my_ledger))
        .routes(routes!(transfer))
        .routes(routes!(statement))
        .routes(routes!(statement_csv))
        .routes(routes!(set_limit))
        .routes(routes!(reverse))
}

/// One side of an entry.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct HolderJson {
    /// `person` or `organisation`.
    kind: String,
    id: String,
}

impl From<Holder> for HolderJson {
    fn from(holder: Holder) -> Self {
        Self { kind: holder.kind().to_owned(), id: holder.id().to_string() }
    }
}

/// A ledger entry.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct EntryJson {
    id: String,
    /// The platform's slug.
    platform: String,
    /// `time` (minutes) or `barter` (credits).
    unit: String,
    /// What it did to the balance of the account it is listed for (negative when paid);
    /// for an entry shown alone, the amount moved.
    amount: i64,
    /// `help`, `barter` or `reversal`.
    kind: String,
    memo: String,
    from: HolderJson,
    to: HolderJson,
    /// The entry a reversal undoes.
    reverses: Option<String>,
    created_at: String,
}

impl EntryJson {
    fn new(platform: &str, entry: &Entry, amount: i64) -> Self {
        Self {
            id: entry.id.to_string(),
            platform: platform.to_owned(),
            unit: entry.unit.as_str().to_owned(),
            amount,
            kind: entry.kind.as_str().to_owned(),
            memo: entry.memo.clone(),
            from: entry.from.into(),
            to: entry.to.into(),
            reverses: entry.reverses.map(|r| r.to_string()),
            created_at: entry.created_at.to_rfc3339(),
        }
    }
}

/// A balance.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BalanceJson {
    /// `time` (minutes) or `barter` (credits).
    unit: String,
    amount: i64,
    /// The platform's slug.
    platform: String,
}

/// A person's ledger.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LedgerJson {
    balances: Vec<BalanceJson>,
    /// Newest first; `amount` is negative for what they paid.
    entries: Vec<EntryJson>,
}

/// Which platform.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct PlatformQuery {
    /// A platform's slug; all of the person's platforms without it.
    platform: Option<String>,
}

/// The caller's balances and entries (time in minutes).
#[utoipa::path(get, path = "/api/v1/me/ledger", tag = "ledger",
    params(PlatformQuery),
    responses((status = 200, body = LedgerJson), (status = 401, description = "Not signed in"), (status = 404, description = "Unknown platform in `platform`")),
    security(("bearer" = []), ("session" = [])))]
async fn my_ledger(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiQuery(query): ApiQuery<PlatformQuery>,
) -> Result<Json<LedgerJson>, ApiError> {
    let ledger = state.app.my_ledger(&actor, query.platform.as_deref()).await?;
    let me = Holder::Person(actor.account.id);
    Ok(Json(LedgerJson {
        balances: ledger
            .balances
            .iter()
            .map(|(p, b)| BalanceJson {
                unit: b.unit.as_str().to_owned(),
                amount: b.amount,
                platform: p.slug.to_string(),
            })
            .collect(),
        entries: ledger.entries.iter().map(|(p, e)| EntryJson::new(p.slug.as_str(), e, e.effect_on(me))).collect(),
    }))
}

/// Barter credits to send.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct TransferBody {
    /// The id of the organisation paid (same platform).
    to: String,
    /// Credits, at least 1.
    #[schema(minimum = 1, maximum = 1000000)]
    amount: i64,
    /// What for (at most 500 characters).
    #[serde(default)]
    #[schema(max_length = 500)]
    memo: String,
}

/// Pays another organisation of the platform in barter credits (the paying
/// organisation's admins).
#[utoipa::path(post, path = "/api/v1/organisations/{id}/transfers", tag = "ledger",
    params(("id" = String, Path)),
    request_body = TransferBody,
    responses(
        (status = 201, body = EntryJson),
        (status = 403, description = "Not an admin of the paying organisation"),
        (status = 404, description = "Unknown organisation"),
        (status = 422, description = "Invalid amount or memo, or beyond the credit limit (`amount`)"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn transfer(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TransferBody>,
) -> Result<(axum::http::StatusCode, Json<EntryJson>), ApiError> {
    let entry = state.app.organisation_transfer(&actor, &id, &body.to, body.amount, &body.memo).await?;
    let (platform, _) = state.app.locate_organisation(&id).await?;
    Ok((axum::http::StatusCode::CREATED, Json(EntryJson::new(platform.slug.as_str(), &entry, entry.amount))))
}

/// Which unit.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct UnitQuery {
    /// `barter` (the default) or `time`.
    unit: Option<String>,
}

/// An organisation's statement.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StatementJson {
    unit: String,
    balance: i64,
    /// Newest first; `amount` is negative for what it paid.
    entries: Vec<EntryJson>,
}

/// An organisation's balance and entries of one unit (its members and platform admins).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/ledger", tag = "ledger",
    params(("id" = String, Path), UnitQuery),
    responses((status = 200, body = StatementJson), (status = 403, description = "Not a member nor a platform admin"), (status = 404, description = "Unknown organisation")),
    security(("bearer" = []), ("session" = [])))]
async fn statement(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<UnitQuery>,
) -> Result<Json<StatementJson>, ApiError> {
    let statement = state.app.organisation_statement(&actor, &id, query.unit.as_deref().unwrap_or("barter")).await?;
    let slug = statement.platform.slug.as_str();
    Ok(Json(StatementJson {
        unit: statement.unit.as_str().to_owned(),
        balance: statement.balance,
        entries: statement.lines.iter().map(|l| EntryJson::new(slug, &l.entry, l.amount)).collect(),
    }))
}

/// The statement as CSV, for a spreadsheet (its members and platform admins).
#[utoipa::path(get, path = "/api/v1/organisations/{id}/ledger.csv", tag = "ledger",
    params(("id" = String, Path), UnitQuery),
    responses((status = 200, description = "CSV: date, kind, counterparty, memo, amount, entry, reverses", content_type = "text/csv"), (status = 403, description = "Not a member nor a platform admin")),
    security(("bearer" = []), ("session" = [])))]
async fn statement_csv(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<UnitQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let statement = state.app.organisation_statement(&actor, &id, query.unit.as_deref().unwrap_or("barter")).await?;
    let body = crate::csv_export::statement(&statement.lines).map_err(|e| ApiError(AppError::Internal(e)))?;
    let disposition = format!("attachment; filename=\"ledger-{}.csv\"", statement.unit.as_str());
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        body,
    ))
}

/// A credit limit.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub(crate) struct LimitBody {
    /// How far below zero balances may go (0 to 1,000,000; minutes for `time`).
    #[schema(minimum = 0, maximum = 1000000)]
    limit: i64,
}

/// Sets a unit's credit limit on the platform (platform admins).
#[utoipa::path(put, path = "/api/v1/platforms/{slug}/credit-limits/{unit}", tag = "ledger",
    params(("slug" = String, Path), ("unit" = String, Path, description = "`time` or `barter`")),
    request_body = LimitBody,
    responses((status = 200, body = LimitBody), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown platform or unit"), (status = 422, description = "Limit out of range")),
    security(("bearer" = []), ("session" = [])))]
async fn set_limit(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path((slug, unit)): Path<(String, String)>,
    ApiJson(body): ApiJson<LimitBody>,
) -> Result<Json<LimitBody>, ApiError> {
    let limit = state.app.set_credit_limit(&actor, &slug, &unit, body.limit).await?;
    Ok(Json(LimitBody { limit: limit.get() }))
}

/// Undoes an entry with a reversal (platform admins); an entry is reversed once.
#[utoipa::path(post, path = "/api/v1/ledger/entries/{id}/reversal", tag = "ledger",
    params(("id" = String, Path)),
    responses(
        (status = 201, body = EntryJson),
        (status = 403, description = "Not a platform admin"),
        (status = 404, description = "Unknown entry"),
        (status = 409, description = "Already reversed, or itself a reversal"),
    ),
    security(("bearer" = []), ("session" = [])))]
async fn reverse(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
) -> Result<(axum::http::StatusCode, Json<EntryJson>), ApiError> {
    let entry = state.app.reverse_entry(&actor, &id).await?;
    let platform = state.app.platform_by_id(entry.platform_id).await?;
    Ok((axum::http::StatusCode::CREATED, Json(EntryJson::new(platform.slug.as_str(), &entry, entry.amount))))
}
