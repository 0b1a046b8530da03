//! Storage of neighbour help: categories, requests, offers and private threads.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::help::{HelpCategory, HelpMessage, HelpRequest, Offer, RequestDraft};
use entraide_domain::id::{AccountId, HelpRequestId, OfferId, PlatformId};
use entraide_domain::time::Timestamp;

/// Which requests a list holds, and where it starts.
#[derive(Debug, Clone, Default)]
pub struct RequestFilter {
    /// Only this category.
    pub category: Option<String>,
    /// Only requests in these H3 cells (resolution 8); `None` for anywhere.
    pub cells: Option<Vec<i64>>,
    /// Only requests whose window has not ended at this instant.
    pub open_at: Option<Timestamp>,
    /// Start after this (created, id), for the next page.
    pub after: Option<(Timestamp, HelpRequestId)>,
    /// At most this many.
    pub limit: i64,
}

/// Requests for help, offers, and the thread between requester and helper.
/// A thank-you or short private note left after the help.
#[derive(Debug, Clone, PartialEq)]
pub struct Thanks {
    /// The request.
    pub request_id: HelpRequestId,
    /// Who wrote it.
    pub author: AccountId,
    /// What it says.
    pub text: String,
    /// When.
    pub created_at: Timestamp,
}

#[async_trait]
pub trait HelpStore: Send + Sync {
    /// The platform's help categories, by label.
    async fn help_categories(&self, platform: PlatformId) -> Result<Vec<HelpCategory>>;
    /// Adds a help category, or renames it.
    async fn put_help_category(&self, platform: PlatformId, category: &HelpCategory) -> Result<()>;
    /// Removes a help category; `NotFound("category")`, `Refused("category-in-use")` when
    /// a request or standing offer uses it.
    async fn remove_help_category(&self, platform: PlatformId, code: &str) -> Result<()>;
    /// Stores an open request, with the H3 cell of its point.
    /// `NotFound("category")` if the platform has no such category.
    async fn create_request(
        &self,
        platform: PlatformId,
        requester: AccountId,
        draft: &RequestDraft,
        at: Timestamp,
    ) -> Result<HelpRequest>;
    /// Which platform a request belongs to (for API paths that name only it).
    async fn request_platform(&self, id: HelpRequestId) -> Result<Option<PlatformId>>;
    /// The request, if it belongs to this platform.
    async fn request(&self, platform: PlatformId, id: HelpRequestId) -> Result<Option<HelpRequest>>;
    /// Open requests matching the filter, oldest first, then by id.
    async fn list_requests(&self, platform: PlatformId, filter: &RequestFilter) -> Result<Vec<HelpRequest>>;
    /// A person's own requests on every platform, oldest first.
    async fn account_requests(&self, account: AccountId) -> Result<Vec<HelpRequest>>;
    /// The offers a person made, on every platform, newest first.
    async fn account_offers(&self, account: AccountId) -> Result<Vec<Offer>>;
    /// Cancels an open or accepted request; `Refused("request-closed")` otherwise.
    async fn cancel_request(&self, platform: PlatformId, id: HelpRequestId, at: Timestamp) -> Result<HelpRequest>;
    /// Offers to help; `Conflict("offer")` if the person has an open offer on it,
    /// `Refused("request-not-open")` unless the request is open.
    async fn create_offer(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        helper: AccountId,
        message: &str,
        at: Timestamp,
    ) -> Result<Offer>;
    /// The offers on a request, oldest first.
    async fn offers(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<Offer>>;
    /// Accepts an open offer of an open request and declines the others, in one
    /// transaction; `NotFound("offer")`, `Refused("request-not-open")`.
    async fn accept_offer(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        offer: OfferId,
        at: Timestamp,
    ) -> Result<HelpRequest>;
    /// Marks an accepted request completed with its minutes and, in the same
    /// transaction, credits the helper that many minutes of time credits from the
    /// requester (memo `memo`): both happen, or neither. `Conflict("completed")` if it
    /// already was, `Refused("request-not-accepted")`, `Refused("credit-limit")` if the
    /// requester's balance would go below the platform's limit.
    async fn complete_request(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        minutes: i64,
        memo: &str,
        at: Timestamp,
    ) -> Result<HelpRequest>;
    /// Adds a message to a request's thread and, in the same transaction, queues the
    /// notice to `recipient` (the other person of the conversation).
    async fn add_help_message(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        author: AccountId,
        recipient: Option<AccountId>,
        text: &str,
        at: Timestamp,
    ) -> Result<HelpMessage>;
    /// Records that `account` read a request's conversation up to `at`.
    async fn mark_conversation_read(&self, request: HelpRequestId, account: AccountId, at: Timestamp) -> Result<()>;
    /// What `account` has neither read nor been mailed about in a request's conversation.
    async fn conversation_news(&self, request: HelpRequestId, account: AccountId) -> Result<ConversationNews>;
    /// Records a mail to `account` about the conversation's messages up to `upto`.
    async fn record_conversation_mail(
        &self,
        request: HelpRequestId,
        account: AccountId,
        at: Timestamp,
        upto: Timestamp,
    ) -> Result<()>;
    /// A request's thread, oldest first.
    async fn help_messages(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<HelpMessage>>;

    /// Records the thanks of one party of a completed request and queues a notice to
    /// the other party, in one transaction; `Conflict("thanks")` if they already did.
    async fn add_thanks(
        &self,
        platform: PlatformId,
        request: HelpRequestId,
        author: AccountId,
        recipient: AccountId,
        text: &str,
        at: Timestamp,
    ) -> Result<Thanks>;
    /// The thanks left on a request.
    async fn thanks(&self, platform: PlatformId, request: HelpRequestId) -> Result<Vec<Thanks>>;
}

/// What one person of a help conversation has not been told about yet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversationNews {
    /// Messages from the other person (not hidden) newer than both what they read and
    /// what they were last mailed about.
    pub untold: i64,
    /// When the newest of those was written.
    pub newest: Option<Timestamp>,
    /// When they were last mailed about this conversation.
    pub mailed_at: Option<Timestamp>,
}
