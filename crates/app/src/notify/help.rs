//! Notices about neighbour help: an offer received or accepted, an offer not needed this
//! time, a new request that fits a standing offer, a thank-you, a moderator's warning.
//! Queued by the storage in the transaction of the change (a `help-notify` job); told
//! here in the app and by mail, in the recipient's language.

use super::message::{Mail, compose};
use crate::App;
use entraide_domain::id::{AccountId, HelpRequestId, PlatformId};
use entraide_domain::notification::HelpEvent;
use entraide_domain::platform::TimeZone;
use entraide_domain::time::Timestamp;
use entraide_i18n::{FluentValue, LocalFormat, Tr};
use serde::{Deserialize, Serialize};

/// What a help notice tells: the in-app notification's payload, and its mail's material.
/// Never the address or the exact place: the mail may be read anywhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct HelpFacts {
    /// The platform's slug, for links.
    pub platform: String,
    /// The platform's name.
    pub platform_name: String,
    /// The zone times are shown in.
    pub time_zone: String,
    /// The request, if the notice is about one.
    pub request: Option<String>,
    /// Its title.
    pub title: String,
    /// Its window.
    pub needed_from: Option<Timestamp>,
    /// The end of its window.
    pub needed_until: Option<Timestamp>,
    /// A moderator's reason, for a warning.
    pub note: String,
    /// How many new messages, for a conversation's notice.
    #[serde(default)]
    pub count: i64,
    /// Who wrote them.
    #[serde(default)]
    pub from: String,
    /// Where to read more, as a full address, when the server knows its own.
    #[serde(default)]
    pub link: Option<String>,
}

impl HelpFacts {
    fn args(&self, tr: &Tr, name: &str) -> Vec<(&'static str, FluentValue<'static>)> {
        let zone = TimeZone::parse(&self.time_zone, "time_zone").unwrap_or(TimeZone::UTC);
        let format = LocalFormat::new(tr.locale(), zone);
        let when = match (self.needed_from, self.needed_until) {
            (Some(from), Some(until)) => tr.t_args(
                "mail-when",
                &[("start", format.date_time(from).into()), ("end", format.date_time(until).into())],
            ),
            _ => String::new(),
        };
        vec![
            ("title", self.title.clone().into()),
            ("platform", self.platform_name.clone().into()),
            ("when", when.into()),
            ("name", name.to_owned().into()),
            ("reason", self.note.clone().into()),
            ("count", self.count.into()),
            ("from", self.from.clone().into()),
        ]
    }
}

/// The mail about `event` to `name`, in `tr`'s language.
pub(super) fn help_mail(tr: &Tr, event: HelpEvent, facts: &HelpFacts, name: &str) -> Result<Mail, String> {
    let args = facts.args(tr, name);
    let stem = format!("mail-{}", event.as_str());
    let subject = tr.t_args(&format!("{stem}-subject"), &args);
    let mut paragraphs = vec![tr.t_args("mail-greeting", &args), tr.t_args(&format!("{stem}-body"), &args)];
    if let Some(link) = &facts.link {
        paragraphs.push(tr.t("mail-open-this"));
        paragraphs.push(link.clone());
    }
    paragraphs.push(tr.t("mail-help-signature"));
    let footer = tr.t_args("mail-help-footer", &args);
    compose(tr, subject, &paragraphs, &footer)
}

/// The line an in-app help notice shows, in the reader's language.
pub(super) fn notification_line(tr: &Tr, event: HelpEvent, payload: &serde_json::Value) -> String {
    match serde_json::from_value::<HelpFacts>(payload.clone()) {
        Ok(facts) => tr.t_args(&format!("notification-{}", event.as_str()), &facts.args(tr, "")),
        Err(_) => tr.t("notification-other"),
    }
}

impl App {
    /// Tells one person about neighbour help: in the app, and by mail.
    pub(super) async fn help_notify(
        &self,
        event: &str,
        account: AccountId,
        platform: PlatformId,
        request: Option<HelpRequestId>,
        note: Option<&str>,
    ) -> Result<(), String> {
        let event = HelpEvent::parse(event).ok_or_else(|| format!("unknown event `{event}`"))?;
        if event == HelpEvent::MessageReceived {
            let request = request.ok_or("a notice about messages without its request")?;
            return self.conversation_notify(account, platform, request).await;
        }
        let read = async {
            let person = self.store.account(account).await?;
            let found = self.store.platform_by_id(platform).await?;
            let about = match request {
                Some(id) => self.store.request(platform, id).await?,
                None => None,
            };
            Ok::<_, entraide_storage::StoreError>((person, found, about))
        };
        let (person, found, about) = read.await.map_err(|e| format!("cannot read what the notice is about: {e}"))?;
        let (Some(person), Some(platform)) = (person, found) else {
            tracing::warn!(account = %account, "help notice about an account or platform that does not exist; nothing to tell");
            return Ok(());
        };
        let Some(email) = person.email.clone().filter(|_| person.erased_at.is_none()) else {
            tracing::debug!(account = %person.id, "the person erased their account; not told");
            return Ok(());
        };
        // A notice about a request that is gone, or that moderators hid, is not told.
        if request.is_some() && about.as_ref().is_none_or(|r| r.hidden) {
            tracing::debug!(account = %person.id, "the request is gone or hidden; not told");
            return Ok(());
        }
        let request = about;
        let locale = person.locale.unwrap_or(platform.default_locale);
        let facts = HelpFacts {
            platform: platform.slug.to_string(),
            platform_name: platform.name.clone(),
            time_zone: platform.time_zone.name().to_owned(),
            request: request.as_ref().map(|r| r.id.to_string()),
            title: request.as_ref().map(|r| r.draft.title.clone()).unwrap_or_default(),
            needed_from: request.as_ref().map(|r| r.draft.needed_from),
            needed_until: request.as_ref().map(|r| r.draft.needed_until),
            note: note.unwrap_or_default().to_owned(),
            count: 0,
            from: String::new(),
            link: request.as_ref().and_then(|r| self.link(&format!("/p/{}/help/{}", platform.slug, r.id))),
        };
        let tr = Tr::new(locale);
        let mail = help_mail(&tr, event, &facts, &person.display_name)?;
        let payload = serde_json::to_value(&facts).map_err(|e| e.to_string())?;
        self.deliver(platform.id, &person, email, event.as_str(), &payload, mail, locale).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use entraide_domain::locale::Locale;

    fn facts() -> HelpFacts {
        let at = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc);
        HelpFacts {
            platform: "gent".into(),
            platform_name: "Gent helpt".into(),
            time_zone: "Europe/Brussels".into(),
            request: Some("r".into()),
            title: "Groceries <for> Anna".into(),
            needed_from: Some(at("2026-12-04T09:00:00Z")),
            needed_until: Some(at("2026-12-04T12:00:00Z")),
            note: "Please stay kind".into(),
            count: 3,
            from: "Bob".into(),
            link: Some("https://helpt.example/p/gent/help/r".into()),
        }
    }

    fn plain(text: &str) -> String {
        entraide_i18n::without_isolation_marks(text)
    }

    #[test]
    fn every_help_event_has_a_mail_and_a_line_in_the_catalogue() {
        let tr = Tr::new(Locale::ENGLISH);
        for event in HelpEvent::ALL {
            let mail = help_mail(&tr, event, &facts(), "Ann").unwrap();
            let text = plain(&mail.text);
            assert!(!mail.subject.starts_with("mail-"), "{event:?} has no subject in the catalogue");
            assert!(text.starts_with("Hello Ann,"), "{event:?}: {text}");
            assert!(!text.contains("mail-"), "{event:?}: a message is missing: {text}");
            assert!(text.contains("Gent helpt"), "{event:?}: the footer names the platform");
            let payload = serde_json::to_value(facts()).unwrap();
            let line = plain(&notification_line(&tr, event, &payload));
            assert!(!line.starts_with("notification-"), "{event:?}: {line}");
        }
        let warning = plain(&help_mail(&tr, HelpEvent::ModerationWarning, &facts(), "Ann").unwrap().text);
        assert!(warning.contains("Please stay kind"), "{warning}");
        let declined = plain(&help_mail(&tr, HelpEvent::OfferDeclined, &facts(), "Ann").unwrap().text);
        assert!(declined.contains("Groceries <for> Anna"), "{declined}");
        assert!(
            declined.contains("\n\nhttps://helpt.example/p/gent/help/r\n\n"),
            "the link on its own line: {declined}"
        );
        let messages = plain(&help_mail(&tr, HelpEvent::MessageReceived, &facts(), "Ann").unwrap().text);
        assert!(messages.contains("Bob sent you 3 new messages"), "{messages}");
    }
}
