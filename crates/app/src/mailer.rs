//! Sending mail over SMTP. Without a mailer, mails wait in the outbox for platform
//! admins to read (see `notify`): nothing is silently dropped.

use entraide_domain::locale::Locale;
use entraide_storage::NewMail;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// The sender when none is configured.
pub const DEFAULT_MAIL_FROM: &str = "Entraide <no-reply@localhost>";

/// How long one SMTP exchange may take before the send counts as failed (and is retried
/// later), so that a stuck server cannot hold the worker.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a mailer cannot be made; each names the setting at fault.
#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    /// The sender's address does not parse.
    #[error("{0}")]
    Sender(String),
    /// The server's URL is not one lettre can use.
    #[error("{0}")]
    Url(String),
}

/// An SMTP connection pool and the sender's address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The transport would print the server's credentials.
        f.debug_struct("Mailer").field("from", &self.from.to_string()).finish_non_exhaustive()
    }
}

impl Mailer {
    /// A mailer for the server at `smtp_url`: `smtp://HOST:PORT` without encryption (a
    /// relay on the same machine, or tests), `smtp://HOST:PORT?tls=required` for
    /// STARTTLS, `smtps://HOST:PORT` for TLS; `USER:PASSWORD@` before the host when the
    /// server asks for them. `from` is the sender, `Name <address>` or an address.
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, MailerError> {
        let from: Mailbox =
            from.parse().map_err(|e| MailerError::Sender(format!("`{from}` is not a mail address: {e}")))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailerError::Url(format!("not usable (smtp://HOST:PORT or smtps://HOST:PORT): {e}")))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Mailer { transport, from })
    }

    /// Sends a mail with its plain-text and HTML parts, telling the reader's mail program
    /// its language. The error says why the server refused it or could not be reached.
    pub(crate) async fn send(&self, to_name: &str, mail: &NewMail, language: Locale) -> Result<(), String> {
        let address = mail.to.as_str().parse().map_err(|e| format!("the address `{}` is not usable: {e}", mail.to))?;
        // Names and subjects are checked when typed, but rows written before that check
        // (or by an import) may hold a line break, which would end the header.
        let name = Some(one_line(to_name)).filter(|n| !n.trim().is_empty());
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(name, address))
            .subject(one_line(&mail.subject))
            .message_id(None)
            .header(ContentLanguage(language))
            .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
            .map_err(|e| format!("the mail cannot be built: {e}"))?;
        self.transport.send(message).await.map_err(|e| format!("SMTP: {e}"))?;
        Ok(())
    }
}

/// The text with every control character (line breaks included) turned into a space,
/// fit for a header.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The `Content-Language` header (RFC 3282): the language the mail is written in.
#[derive(Debug, Clone, Copy)]
struct ContentLanguage(Locale);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(text: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Locale::parse(text).map(ContentLanguage).ok_or_else(|| format!("unknown language `{text}`").into())
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.code().to_owned())
    }
}
