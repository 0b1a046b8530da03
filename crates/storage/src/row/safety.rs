//! Standing offers, thanks, blocks, reports and moderation.

use crate::error::StoreError;
use crate::stamp::Stamp;
use entraide_domain::id::{AccountId, ModerationActionId, PlatformId, ReportId};
use entraide_domain::safety::{ModerationAction, ModerationRecord, Report, ReportTarget};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct ReportRow {
    id: Uuid,
    platform_id: Uuid,
    reporter_id: Uuid,
    target_kind: String,
    target_id: Uuid,
    author_id: Uuid,
    reason: String,
    created_at: Stamp,
    resolved_at: Option<Stamp>,
}

/// The columns [`ReportRow`] reads, to write into a query with `concat!`:
/// `report_columns!()`, or `report_columns!("t")` for a table named `t` in the query.
macro_rules! report_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, reporter_id, target_kind, target_id, author_id, reason, created_at, resolved_at)
    };
}
pub(crate) use report_columns;

impl TryFrom<ReportRow> for Report {
    type Error = StoreError;
    fn try_from(row: ReportRow) -> Result<Self, StoreError> {
        Ok(Report {
            id: ReportId(row.id),
            platform_id: PlatformId(row.platform_id),
            reporter: AccountId(row.reporter_id),
            target: ReportTarget::parse(&row.target_kind)
                .ok_or_else(|| StoreError::Corrupt(format!("report kind `{}`", row.target_kind)))?,
            target_id: row.target_id,
            author: AccountId(row.author_id),
            reason: row.reason,
            created_at: row.created_at.0,
            resolved_at: row.resolved_at.map(|s| s.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct ActionRow {
    id: Uuid,
    platform_id: Uuid,
    moderator_id: Uuid,
    action: String,
    account_id: Uuid,
    report_id: Option<Uuid>,
    reason: String,
    created_at: Stamp,
}

/// The columns [`ActionRow`] reads, to write into a query with `concat!`:
/// `action_columns!()`, or `action_columns!("t")` for a table named `t` in the query.
macro_rules! action_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, platform_id, moderator_id, action, account_id, report_id, reason, created_at)
    };
}
pub(crate) use action_columns;

impl TryFrom<ActionRow> for ModerationRecord {
    type Error = StoreError;
    fn try_from(row: ActionRow) -> Result<Self, StoreError> {
        Ok(ModerationRecord {
            id: ModerationActionId(row.id),
            platform_id: PlatformId(row.platform_id),
            moderator: AccountId(row.moderator_id),
            action: ModerationAction::parse(&row.action)
                .ok_or_else(|| StoreError::Corrupt(format!("moderation action `{}`", row.action)))?,
            account: AccountId(row.account_id),
            report: row.report_id.map(ReportId),
            reason: row.reason,
            created_at: row.created_at.0,
        })
    }
}

/// The table and text of each kind of reportable content.
pub(crate) fn content_sql(target: ReportTarget) -> &'static str {
    match target {
        ReportTarget::Request => {
            "SELECT requester_id, id, title || ': ' || description, hidden_at FROM help_requests WHERE platform_id = $1 AND id = $2"
        }
        ReportTarget::Offer => {
            "SELECT helper_id, request_id, message, hidden_at FROM help_offers WHERE platform_id = $1 AND id = $2"
        }
        ReportTarget::Message => {
            "SELECT author_id, request_id, body, hidden_at FROM help_messages WHERE platform_id = $1 AND id = $2"
        }
    }
}

/// Hides one piece of content.
pub(crate) fn hide_sql(target: ReportTarget) -> &'static str {
    match target {
        ReportTarget::Request => "UPDATE help_requests SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
        ReportTarget::Offer => "UPDATE help_offers SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
        ReportTarget::Message => "UPDATE help_messages SET hidden_at = $1 WHERE platform_id = $2 AND id = $3",
    }
}
