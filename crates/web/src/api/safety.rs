//! Safety: reports, blocks and the moderation queue.

use crate::AppState;
use crate::api::CreatedId;
use crate::api::List;
use crate::form::ApiJson;
use crate::problem::ApiError;
use crate::session::ApiActor;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use entraide_app::{ModerationInput, QueuedReport};
use entraide_domain::safety::{ModerationRecord, ReportInput};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub(crate) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(report))
        .routes(routes!(block, my_blocks))
        .routes(routes!(unblock))
        .routes(routes!(moderation_queue))
        .routes(routes!(moderate))
        .routes(routes!(suspend_account))
        .routes(routes!(reinstate_account))
}

/// A report of a request, an offer or a message.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ReportBody {
    /// `request`, `offer` or `message`.
    #[schema(pattern = "^\\s*(request|offer|message)\\s*$")]
    kind: String,
    id: String,
    /// Why (up to 1000 characters).
    #[schema(min_length = 1, max_length = 1000)]
    reason: String,
}

/// Reports a request, an offer or a message to the platform's moderators.
#[utoipa::path(post, path = "/api/v1/reports", tag = "safety",
    request_body = ReportBody,
    responses((status = 201, body = CreatedId), (status = 422, description = "Unknown kind, unknown or unseen content, empty reason")),
    security(("bearer" = []), ("session" = [])))]
async fn report(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<ReportBody>,
) -> Result<(StatusCode, Json<CreatedId>), ApiError> {
    let report = state.app.report(&actor, &ReportInput { kind: body.kind, id: body.id, reason: body.reason }).await?;
    Ok((StatusCode::CREATED, Json(CreatedId { id: report.id.to_string() })))
}

/// A person to block.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct BlockBody {
    account_id: String,
}

/// A person the caller blocked.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BlockedJson {
    account_id: String,
    display_name: String,
    since: String,
}

/// Blocks a person: no more offers or messages between the two.
#[utoipa::path(post, path = "/api/v1/me/blocks", tag = "safety",
    request_body = BlockBody,
    responses((status = 201), (status = 404, description = "Unknown account"), (status = 422, description = "Oneself")),
    security(("bearer" = []), ("session" = [])))]
async fn block(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    ApiJson(body): ApiJson<BlockBody>,
) -> Result<StatusCode, ApiError> {
    state.app.block(&actor, &body.account_id).await?;
    Ok(StatusCode::CREATED)
}

/// The people the caller blocked.
#[utoipa::path(get, path = "/api/v1/me/blocks", tag = "safety",
    responses((status = 200, body = List<BlockedJson>)),
    security(("bearer" = []), ("session" = [])))]
async fn my_blocks(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
) -> Result<Json<List<BlockedJson>>, ApiError> {
    let blocked = state.app.my_blocks(&actor).await?;
    let items = blocked
        .into_iter()
        .map(|b| BlockedJson {
            account_id: b.account_id.to_string(),
            display_name: b.display_name,
            since: b.since.to_rfc3339(),
        })
        .collect();
    Ok(Json(List::all(items)))
}

/// Lifts a block.
#[utoipa::path(delete, path = "/api/v1/me/blocks/{account_id}", tag = "safety",
    params(("account_id" = String, Path)),
    responses((status = 204), (status = 404, description = "No such block")),
    security(("bearer" = []), ("session" = [])))]
async fn unblock(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(account_id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.app.unblock(&actor, &account_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A report in the moderation queue.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct QueuedReportJson {
    id: String,
    kind: String,
    target_id: String,
    request_id: Option<String>,
    /// What the content says now (empty once its author erased it).
    text: String,
    hidden: bool,
    author_id: String,
    author_name: String,
    author_suspended: bool,
    reporter_name: String,
    reason: String,
    created_at: String,
}

fn queued_json(queued: QueuedReport) -> QueuedReportJson {
    let report = queued.report;
    QueuedReportJson {
        id: report.id.to_string(),
        kind: report.target.as_str().to_owned(),
        target_id: report.target_id.to_string(),
        request_id: queued.content.as_ref().map(|c| c.request_id.to_string()),
        text: queued.content.as_ref().map(|c| c.text.clone()).unwrap_or_default(),
        hidden: queued.content.as_ref().is_some_and(|c| c.hidden),
        author_id: report.author.to_string(),
        author_name: queued.author_name,
        author_suspended: queued.author_suspended,
        reporter_name: queued.reporter_name,
        reason: report.reason,
        created_at: report.created_at.to_rfc3339(),
    }
}

/// A logged moderation action.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ActionJson {
    id: String,
    action: String,
    moderator_id: String,
    moderator_name: String,
    account_id: String,
    account_name: String,
    report_id: Option<String>,
    reason: String,
    created_at: String,
}

fn action_json(record: &ModerationRecord, moderator_name: String, account_name: String) -> ActionJson {
    ActionJson {
        id: record.id.to_string(),
        action: record.action.as_str().to_owned(),
        moderator_id: record.moderator.to_string(),
        moderator_name,
        account_id: record.account.to_string(),
        account_name,
        report_id: record.report.map(|r| r.to_string()),
        reason: record.reason.clone(),
        created_at: record.created_at.to_rfc3339(),
    }
}

/// The moderation queue.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct QueueJson {
    /// Open reports, oldest first.
    reports: Vec<QueuedReportJson>,
    /// The latest actions, newest first.
    log: Vec<ActionJson>,
}

/// The platform's moderation queue (platform admins).
#[utoipa::path(get, path = "/api/v1/platforms/{slug}/moderation", tag = "safety",
    params(("slug" = String, Path)),
    responses((status = 200, body = QueueJson), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown platform")),
    security(("bearer" = []), ("session" = [])))]
async fn moderation_queue(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
) -> Result<Json<QueueJson>, ApiError> {
    let queue = state.app.moderation_queue(&actor, &slug).await?;
    Ok(Json(QueueJson {
        reports: queue.reports.into_iter().map(queued_json).collect(),
        log: queue.log.into_iter().map(|l| action_json(&l.record, l.moderator_name, l.account_name)).collect(),
    }))
}

/// A moderation action.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ModerationBody {
    /// `hide`, `warn`, `suspend`, `reinstate` or `dismiss`.
    #[schema(pattern = "^\\s*(hide|warn|suspend|reinstate|dismiss)\\s*$")]
    action: String,
    /// The report acted on (required to hide or dismiss).
    #[serde(default)]
    report_id: Option<String>,
    /// The person acted on; by default the reported content's author.
    #[serde(default)]
    account_id: Option<String>,
    /// Why: logged, and told to a warned person.
    #[schema(min_length = 1, max_length = 1000)]
    reason: String,
}

/// Acts on a report or a person (platform admins); the action is logged with who and why.
#[utoipa::path(post, path = "/api/v1/platforms/{slug}/moderation/actions", tag = "safety",
    params(("slug" = String, Path)),
    request_body = ModerationBody,
    responses((status = 201, body = ActionJson), (status = 403, description = "Not a platform admin"), (status = 404, description = "Unknown report or account"),
        (status = 409, description = "A moderator acting on themselves"),
        (status = 422, description = "Unknown action, missing reason, or a report needed")),
    security(("bearer" = []), ("session" = [])))]
async fn moderate(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ModerationBody>,
) -> Result<(StatusCode, Json<ActionJson>), ApiError> {
    let input =
        ModerationInput { action: body.action, report: body.report_id, account: body.account_id, reason: body.reason };
    let record = state.app.moderate(&actor, &slug, &input).await?;
    Ok((StatusCode::CREATED, Json(action_json(&record, actor.account.display_name.clone(), String::new()))))
}

/// Why an account is suspended or reinstated.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct AccountActionBody {
    /// Kept in the instance's log.
    #[schema(min_length = 1, max_length = 1000)]
    reason: String,
}

/// Suspends an account everywhere (instance admins): its sessions and tokens end at once
/// and it cannot sign in. A platform's team suspends people from their platform only,
/// with a moderation action.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/suspension", tag = "safety",
    params(("id" = String, Path, description = "The account's id")),
    request_body = AccountActionBody,
    responses((status = 204, description = "Suspended"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not an instance admin"), (status = 404, description = "Unknown account"),
        (status = 409, description = "One's own account"), (status = 422, description = "Missing reason")),
    security(("bearer" = []), ("session" = [])))]
async fn suspend_account(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AccountActionBody>,
) -> Result<StatusCode, ApiError> {
    state.app.set_account_suspension(&actor, &id, true, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Lifts an account's suspension (instance admins).
#[utoipa::path(post, path = "/api/v1/accounts/{id}/reinstatement", tag = "safety",
    params(("id" = String, Path, description = "The account's id")),
    request_body = AccountActionBody,
    responses((status = 204, description = "Reinstated"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not an instance admin"), (status = 404, description = "Unknown account"),
        (status = 422, description = "Missing reason")),
    security(("bearer" = []), ("session" = [])))]
async fn reinstate_account(
    State(state): State<AppState>,
    ApiActor(actor): ApiActor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AccountActionBody>,
) -> Result<StatusCode, ApiError> {
    state.app.set_account_suspension(&actor, &id, false, &body.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}
