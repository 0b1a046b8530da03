//! Safety between neighbours: reports of what someone wrote, blocks between two people,
//! and the moderation that platform admins do, every action logged with who and why.

use crate::error::{FieldError, Invalid};
use crate::id::{AccountId, ModerationActionId, PlatformId, ReportId};
use crate::time::Timestamp;
use uuid::Uuid;

/// What can be reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportTarget {
    /// A request for help.
    Request,
    /// An offer to help.
    Offer,
    /// A message in a private thread.
    Message,
}

impl ReportTarget {
    /// Every kind.
    pub const ALL: [ReportTarget; 3] = [ReportTarget::Request, ReportTarget::Offer, ReportTarget::Message];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportTarget::Request => "request",
            ReportTarget::Offer => "offer",
            ReportTarget::Message => "message",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }
}

/// Why something was reported, or why a moderator acted: required, short.
pub fn parse_reason(text: &str, field: &'static str) -> Result<String, FieldError> {
    crate::text::paragraph(text, field, MAX_REASON_CHARS, crate::text::Presence::Required)
}

/// The longest reason of a report or a moderation action.
pub const MAX_REASON_CHARS: usize = 1000;

/// A report, as typed.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    /// `request`, `offer` or `message`.
    pub kind: String,
    /// The reported thing's id.
    pub id: String,
    /// Why.
    pub reason: String,
}

impl ReportInput {
    /// Checks every field.
    pub fn validate(&self) -> Result<(ReportTarget, Uuid, String), Invalid> {
        let mut invalid = Invalid::default();
        let kind = invalid
            .check(ReportTarget::parse(&self.kind).ok_or_else(|| FieldError::new("kind", "report-kind-unknown")));
        let id =
            invalid.check(self.id.trim().parse::<Uuid>().map_err(|_| FieldError::new("id", "report-target-unknown")));
        let reason = invalid.check(parse_reason(&self.reason, "reason"));
        match (kind, id, reason) {
            (Some(kind), Some(id), Some(reason)) => Ok((kind, id, reason)),
            _ => Err(invalid),
        }
    }
}

/// A report, as moderators see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Its id.
    pub id: ReportId,
    /// On this platform.
    pub platform_id: PlatformId,
    /// Who reported.
    pub reporter: AccountId,
    /// What kind of thing.
    pub target: ReportTarget,
    /// Which one.
    pub target_id: Uuid,
    /// Who wrote it.
    pub author: AccountId,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: Timestamp,
    /// When a moderator dealt with it.
    pub resolved_at: Option<Timestamp>,
}

/// What a moderator can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModerationAction {
    /// Hide the reported content from everyone but platform admins.
    Hide,
    /// Tell the author that what they wrote is not welcome.
    Warn,
    /// Suspend the author's account: they cannot sign in or post.
    Suspend,
    /// Lift a suspension.
    Reinstate,
    /// Close a report without acting.
    Dismiss,
}

impl ModerationAction {
    /// Every action.
    pub const ALL: [ModerationAction; 5] = [
        ModerationAction::Hide,
        ModerationAction::Warn,
        ModerationAction::Suspend,
        ModerationAction::Reinstate,
        ModerationAction::Dismiss,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ModerationAction::Hide => "hide",
            ModerationAction::Warn => "warn",
            ModerationAction::Suspend => "suspend",
            ModerationAction::Reinstate => "reinstate",
            ModerationAction::Dismiss => "dismiss",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text.trim())
    }

    /// Whether the action is about a piece of content (and so needs a report).
    pub fn needs_report(self) -> bool {
        matches!(self, ModerationAction::Hide | ModerationAction::Dismiss)
    }
}

/// One logged moderation action.
#[derive(Debug, Clone, PartialEq)]
pub struct ModerationRecord {
    /// Its id.
    pub id: ModerationActionId,
    /// On this platform.
    pub platform_id: PlatformId,
    /// Who acted.
    pub moderator: AccountId,
    /// What they did.
    pub action: ModerationAction,
    /// To whom.
    pub account: AccountId,
    /// On which report, if one.
    pub report: Option<ReportId>,
    /// Why.
    pub reason: String,
    /// When.
    pub created_at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_every_bad_field() {
        let input = ReportInput { kind: "shift".into(), id: "nope".into(), reason: "  ".into() };
        let fields: Vec<&str> = input.validate().unwrap_err().0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["kind", "id", "reason"]);
        let ok = ReportInput { kind: "message".into(), id: Uuid::now_v7().to_string(), reason: "Rude".into() };
        assert_eq!(ok.validate().unwrap().0, ReportTarget::Message);
    }

    #[test]
    fn actions_round_trip_through_their_names() {
        for action in ModerationAction::ALL {
            assert_eq!(ModerationAction::parse(action.as_str()), Some(action));
        }
        assert_eq!(ModerationAction::parse("ban"), None);
    }
}
