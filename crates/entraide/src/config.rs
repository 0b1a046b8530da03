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
        self.addr
            .parse()
            .map_err(|_| format!("--addr: `{}` is not an address like 127.0.0.1:8080", self.addr))
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
