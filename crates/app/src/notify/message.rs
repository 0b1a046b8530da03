//! What a notification says: the mail (subject, plain text, HTML) in the recipient's
//! language, and the in-app line in the reader's. Everything comes from the Fluent
//! catalogues (`mail.ftl`, `notification.ftl`); dates are written the reader's way in the
//! platform's time zone.

use askama::Template;
use entraide_domain::notification::{Event, HelpEvent};
use entraide_domain::platform::TimeZone;
use entraide_domain::time::Timestamp;
use entraide_i18n::{FluentValue, LocalFormat, Tr};
use entraide_storage::Notification;
use serde::{Deserialize, Serialize};

/// What a notification about a sign-up tells: stored as the in-app notification's
/// payload, and the material of its mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Facts {
    /// The sign-up.
    pub signup: String,
    /// Its shift.
    pub shift: String,
    /// The opportunity.
    pub opportunity: String,
    /// The platform's slug, for links.
    pub platform: String,
    /// The platform's name.
    pub platform_name: String,
    /// The zone its times are shown in.
    pub time_zone: String,
    /// The opportunity's title.
    pub title: String,
    /// The organisation's name.
    pub organisation: String,
    /// Where, when the work has a place.
    pub address: Option<String>,
    /// The shift's start, as it is now.
    pub starts_at: Timestamp,
    /// The shift's end.
    pub ends_at: Timestamp,
    /// The place on the waiting list, if waiting.
    pub position: Option<i64>,
    /// Where to act, as a full address, when the server knows its own (`--public-url`).
    #[serde(default)]
    pub link: Option<String>,
}

impl Facts {
    fn zone(&self) -> TimeZone {
        TimeZone::parse(&self.time_zone, "time_zone").unwrap_or(TimeZone::UTC)
    }

    /// "Friday, December 4, 2026 at 10:00 AM – 1:00 PM": the end as a time of day when
    /// the shift ends the day it starts, else with its date.
    fn when(&self, tr: &Tr) -> String {
        let format = LocalFormat::new(tr.locale(), self.zone());
        let zone = self.zone().tz();
        let same_day =
            self.starts_at.with_timezone(&zone).date_naive() == self.ends_at.with_timezone(&zone).date_naive();
        let end = if same_day { format.time(self.ends_at) } else { format.date_time(self.ends_at) };
        tr.t_args("mail-when", &[("start", format.date_time(self.starts_at).into()), ("end", end.into())])
    }

    fn args(&self, tr: &Tr, name: &str) -> Vec<(&'static str, FluentValue<'static>)> {
        vec![
            ("title", self.title.clone().into()),
            ("organisation", self.organisation.clone().into()),
            ("platform", self.platform_name.clone().into()),
            ("when", self.when(tr).into()),
            ("name", name.to_owned().into()),
            ("position", self.position.unwrap_or(0).into()),
            ("link", self.link.clone().unwrap_or_default().into()),
        ]
    }
}

/// A mail, ready to send or to keep.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "mail.html")]
struct MailHtml<'a> {
    lang: &'static str,
    dir: &'static str,
    subject: &'a str,
    paragraphs: &'a [String],
    footer: &'a str,
}

/// Whether the mail says where to go: not when the person is not expected any more.
fn tells_the_place(event: Event) -> bool {
    !matches!(event, Event::SignupRemoved | Event::ShiftCancelled | Event::CoverNeeded)
}

/// The mail about `event` to `name`, in `tr`'s language.
pub(crate) fn mail(tr: &Tr, event: Event, facts: &Facts, name: &str) -> Result<Mail, String> {
    let args = facts.args(tr, name);
    let stem = format!("mail-{}", event.as_str());
    let subject = tr.t_args(&format!("{stem}-subject"), &args);
    let mut paragraphs = vec![tr.t_args("mail-greeting", &args), tr.t_args(&format!("{stem}-body"), &args)];
    if let Some(address) = facts.address.as_ref().filter(|a| !a.trim().is_empty() && tells_the_place(event)) {
        paragraphs.push(tr.t1("mail-place", "address", address.clone()));
    }
    if let Some(link) = &facts.link {
        paragraphs.push(tr.t1("mail-open-link", "link", link.clone()));
    }
    paragraphs.push(tr.t("mail-signature"));
    let footer = tr.t_args("mail-footer", &args);
    compose(tr, subject, &paragraphs, &footer)
}

/// A mail from its subject, paragraphs and footer: the plain text and the HTML part.
pub(crate) fn compose(tr: &Tr, subject: String, paragraphs: &[String], footer: &str) -> Result<Mail, String> {
    let mut text = paragraphs.join("\n\n");
    text.push_str("\n\n-- \n");
    text.push_str(footer);
    text.push('\n');
    let html = MailHtml {
        lang: tr.locale().code(),
        dir: tr.locale().direction().as_str(),
        subject: &subject,
        paragraphs,
        footer,
    }
    .render()
    .map_err(|e| format!("the mail template failed: {e}"))?;
    Ok(Mail { subject, text, html })
}

/// The line an in-app notification shows, in the reader's language.
pub fn notification_text(tr: &Tr, notification: &Notification) -> String {
    if let Some(event) = HelpEvent::parse(&notification.kind) {
        return super::help::notification_line(tr, event, &notification.payload);
    }
    let facts: Option<Facts> = serde_json::from_value(notification.payload.clone()).ok();
    match (Event::parse(&notification.kind), facts) {
        (Some(event), Some(facts)) => tr.t_args(&format!("notification-{}", event.as_str()), &facts.args(tr, "")),
        _ => tr.t("notification-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use entraide_domain::locale::Locale;

    fn facts() -> Facts {
        let at = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc);
        Facts {
            signup: "s".into(),
            shift: "sh".into(),
            opportunity: "o".into(),
            platform: "gent".into(),
            platform_name: "Gent helpt".into(),
            time_zone: "Europe/Brussels".into(),
            title: "Soup <kitchen> & co".into(),
            organisation: "Voedselbank".into(),
            address: Some("Kouter 1, Gent".into()),
            starts_at: at("2026-12-04T09:00:00Z"),
            ends_at: at("2026-12-04T12:00:00Z"),
            position: Some(2),
            link: None,
        }
    }

    fn plain(text: &str) -> String {
        entraide_i18n::without_isolation_marks(text)
    }

    #[test]
    fn every_event_has_a_mail_with_its_facts_in_the_platform_zone() {
        let tr = Tr::new(Locale::ENGLISH);
        for event in Event::ALL {
            let mail = mail(&tr, event, &facts(), "Ann").unwrap();
            let subject = plain(&mail.subject);
            let text = plain(&mail.text);
            assert!(subject.contains("Soup <kitchen> & co"), "{event:?}: {subject}");
            assert!(!subject.starts_with("mail-"), "{event:?} has no subject in the catalogue");
            assert!(text.starts_with("Hello Ann,"), "{event:?}: {text}");
            assert!(text.contains("Friday, December 4, 2026 at 10:00\u{202f}AM – 1:00\u{202f}PM"), "{event:?}: {text}");
            assert!(text.contains("Gent helpt"), "{event:?}: the footer names the platform");
            assert!(!text.contains("mail-"), "{event:?}: a message is missing: {text}");
            assert_eq!(text.contains("Kouter 1"), tells_the_place(event), "{event:?}");
            // The HTML part escapes what people typed.
            assert!(
                mail.html.contains("Soup &#60;kitchen&#62; &#38; co")
                    || mail.html.contains("Soup &lt;kitchen&gt; &amp; co"),
                "{}",
                mail.html
            );
            assert!(mail.html.contains("<html lang=\"en\" dir=\"ltr\">"));
        }
    }

    #[test]
    fn the_in_app_line_is_written_from_the_payload_in_the_readers_language() {
        let tr = Tr::new(Locale::ENGLISH);
        let notification = Notification {
            id: entraide_domain::id::NotificationId::new(),
            platform_id: entraide_domain::id::PlatformId::new(),
            account_id: entraide_domain::id::AccountId::new(),
            kind: "signup-waitlisted".into(),
            payload: serde_json::to_value(facts()).unwrap(),
            created_at: chrono::Utc::now(),
            read_at: None,
        };
        let line = plain(&notification_text(&tr, &notification));
        assert!(line.contains("Soup <kitchen> & co"), "{line}");
        assert!(line.contains("December 4, 2026"), "{line}");
        let unknown = Notification { kind: "something-else".into(), ..notification };
        assert!(!notification_text(&tr, &unknown).is_empty());
    }
}
