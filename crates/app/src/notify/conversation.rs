//! Telling a person that the other person of a help conversation wrote: in the app and
//! by mail, at most once every quarter of an hour per conversation, with how many new
//! messages there are (never what they say: a message may hold an address).
//!
//! Every message queues a notice; the notice counts what the person has neither read
//! nor been told. A notice that comes too soon after the last mail waits until the
//! quarter of an hour is over, so that the messages written meanwhile go in one mail.

use super::help::{HelpFacts, help_mail};
use crate::App;
use entraide_domain::id::{AccountId, HelpRequestId, PlatformId};
use entraide_domain::notification::HelpEvent;
use entraide_i18n::Tr;
use entraide_storage::Job;

/// The shortest time between two mails about one conversation to one person.
pub const CONVERSATION_MAIL_EVERY_MINUTES: i64 = 15;

impl App {
    /// Tells `account` about the messages of `request`'s conversation they have not
    /// been told about, unless a mail about it went out less than a quarter of an hour
    /// ago (then later).
    pub(super) async fn conversation_notify(
        &self,
        account: AccountId,
        platform: PlatformId,
        request: HelpRequestId,
    ) -> Result<(), String> {
        let read = async {
            let Some(person) = self.store.account(account).await? else { return Ok(None) };
            let Some(platform) = self.store.platform_by_id(platform).await? else { return Ok(None) };
            let Some(request) = self.store.request(platform.id, request).await? else { return Ok(None) };
            let news = self.store.conversation_news(request.id, account).await?;
            let no_mails = self.store.profile(account).await?.is_some_and(|p| p.draft.no_mails);
            Ok::<_, entraide_storage::StoreError>(Some((person, platform, request, news, no_mails)))
        };
        let Some((person, platform, request, news, no_mails)) =
            read.await.map_err(|e| format!("cannot read the conversation: {e}"))?
        else {
            return Ok(());
        };
        let Some(newest) = news.newest.filter(|_| news.untold > 0 && person.erased_at.is_none() && !request.hidden)
        else {
            // Read already, told already, or nobody to tell.
            return Ok(());
        };
        let now = self.now();
        let next_allowed = news.mailed_at.map(|at| at + chrono::Duration::minutes(CONVERSATION_MAIL_EVERY_MINUTES));
        if let Some(later) = next_allowed.filter(|later| *later > now) {
            let job = Job::HelpNotify {
                event: HelpEvent::MessageReceived.as_str().to_owned(),
                account,
                platform: platform.id,
                request: Some(request.id),
                note: None,
            };
            self.store.enqueue_job(&job, later, now).await.map_err(|e| format!("cannot wait for later: {e}"))?;
            return Ok(());
        }
        let other = if account == request.requester { request.helper } else { Some(request.requester) };
        let from = match other {
            Some(other) => self.store.account(other).await.map_err(|e| e.to_string())?.map(|a| a.display_name),
            None => None,
        };
        let facts = HelpFacts {
            platform: platform.slug.to_string(),
            platform_name: platform.name.clone(),
            time_zone: platform.time_zone.name().to_owned(),
            request: Some(request.id.to_string()),
            title: request.draft.title.clone(),
            needed_from: Some(request.draft.needed_from),
            needed_until: Some(request.draft.needed_until),
            note: String::new(),
            count: news.untold,
            from: from.unwrap_or_default(),
            link: self.link(&format!("/p/{}/help/{}/messages", platform.slug, request.id)),
        };
        let event = HelpEvent::MessageReceived;
        let payload = serde_json::to_value(&facts).map_err(|e| e.to_string())?;
        let locale = person.locale.unwrap_or(platform.default_locale);
        match person.email.clone().filter(|_| !no_mails) {
            Some(email) => {
                let mail = help_mail(&Tr::new(locale), event, &facts, &person.display_name)?;
                self.deliver(platform.id, &person, email, event.as_str(), &payload, mail, locale).await?;
            }
            None => {
                self.store
                    .add_notification(platform.id, person.id, event.as_str(), &payload, now)
                    .await
                    .map_err(|e| format!("cannot record the notification: {e}"))?;
            }
        }
        self.store
            .record_conversation_mail(request.id, account, now, newest)
            .await
            .map_err(|e| format!("cannot record the mail: {e}"))
    }
}
