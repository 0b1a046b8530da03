//! The server's configuration: flags and `ENTRAIDE_*` variables, checked at start.

use clap::Args;
use std::net::SocketAddr;

/// Where and how to serve.
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on.
    #[arg(long, env = "ENTRAIDE_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    #[command(flatten)]
    pub database: DatabaseConfig,
    /// Mark cookies Secure: set this when people reach the site over HTTPS.
    #[arg(long, env = "ENTRAIDE_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,
    /// Behind a reverse proxy: take the client address from X-Forwarded-For.
    #[arg(long, env = "ENTRAIDE_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,
    #[command(flatten)]
    pub mail: MailConfig,
    /// New accounts one client (network address) may create per hour.
    #[arg(long = "accounts-per-hour", env = "ENTRAIDE_ACCOUNTS_PER_HOUR", default_value_t = entraide_app::Limits::default().accounts_per_client_per_hour,
        value_parser = clap::value_parser!(i64).range(1..=100_000))]
    pub accounts_per_hour: i64,
}

/// Where mail goes.
#[derive(Debug, Clone, Args)]
pub struct MailConfig {
    /// The mail server: `smtp://HOST:PORT` (no encryption: a relay on this machine),
    /// `smtp://HOST:PORT?tls=required` (STARTTLS) or `smtps://HOST:PORT` (TLS), with
    /// `USER:PASSWORD@` before the host if it asks. Without it, mails are kept in each
    /// platform's outbox, which its admins read.
    #[arg(long = "smtp-url", env = "ENTRAIDE_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of every mail.
    #[arg(long = "mail-from", env = "ENTRAIDE_MAIL_FROM", default_value = entraide_app::DEFAULT_MAIL_FROM)]
    pub mail_from: String,
    /// The address people reach the site at (`https://helpt.gent.be`), for links in
    /// mails; without it, mails say where to go in words.
    #[arg(long = "public-url", env = "ENTRAIDE_PUBLIC_URL")]
    pub public_url: Option<String>,
}

impl MailConfig {
    /// The mailer, checked; `None` without a mail server (mails wait in the outbox).
    pub fn mailer(&self) -> Result<Option<entraide_app::Mailer>, String> {
        match self.smtp_url.as_deref().map(str::trim).filter(|url| !url.is_empty()) {
            Some(url) => entraide_app::Mailer::new(url, &self.mail_from).map(Some).map_err(|e| match e {
                entraide_app::MailerError::Sender(why) => format!("--mail-from: {why}"),
                entraide_app::MailerError::Url(why) => format!("--smtp-url: {why}"),
            }),
            None => Ok(None),
        }
    }
}

/// Which database.
#[derive(Debug, Clone, Args)]
pub struct DatabaseConfig {
    /// `sqlite://PATH` (created if missing) or `postgres://USER@HOST/DB`.
    #[arg(long = "database", env = "ENTRAIDE_DATABASE_URL", default_value = "sqlite://entraide.db")]
    pub url: String,
}

impl ServeConfig {
    /// The listening address, checked.
    pub fn socket_addr(&self) -> Result<SocketAddr, String> {
        self.addr.parse().map_err(|_| format!("--addr: `{}` is not an address like 127.0.0.1:8080", self.addr))
    }

    /// Limits on attempts.
    pub fn limits(&self) -> entraide_app::Limits {
        entraide_app::Limits { accounts_per_client_per_hour: self.accounts_per_hour }
    }

    /// The web layer's part.
    pub fn web(&self) -> entraide_web::WebConfig {
        entraide_web::WebConfig { secure_cookies: self.secure_cookies, trust_forwarded_for: self.trust_forwarded_for }
    }
}

impl DatabaseConfig {
    /// The URL, checked for its scheme.
    pub fn checked(&self) -> Result<&str, String> {
        entraide_storage::DatabaseUrl::parse(&self.url).map_err(|e| format!("--database: {e}"))?;
        Ok(&self.url)
    }
}
