//! The thanks the two parties of a request leave each other once the help is done.

use crate::error::{AppError, Result};
use crate::{Actor, App};
use entraide_domain::help::RequestStatus;
use entraide_storage::Thanks;

impl App {
    /// Thanks the other party of a completed request, with a short private note (the
    /// requester or the helper, once each).
    pub async fn thank(&self, actor: &Actor, id: &str, text: &str) -> Result<Thanks> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        let (platform, id) = (platform.id, request.id);
        let me = actor.account.id;
        let other = match request.helper {
            Some(helper) if me == request.requester => helper,
            Some(helper) if me == helper => request.requester,
            _ => return Err(AppError::Forbidden),
        };
        if request.status != RequestStatus::Completed {
            return Err(AppError::Refused("request-not-completed"));
        }
        let text = entraide_domain::text::paragraph(text, "text", 500, entraide_domain::text::Presence::Required)?;
        Ok(self.store.add_thanks(platform, id, me, other, &text, self.now()).await?)
    }

    /// The thanks left on a request, for its two parties and platform admins.
    pub async fn thanks_for(&self, actor: &Actor, id: &str) -> Result<Vec<Thanks>> {
        let (platform, request) = self.locate_request(Some(actor), id).await?;
        let (platform, id) = (platform.id, request.id);
        let me = actor.account.id;
        if me != request.requester && Some(me) != request.helper && !self.is_platform_admin(actor, platform).await? {
            return Err(AppError::Forbidden);
        }
        Ok(self.store.thanks(platform, id).await?)
    }
}
