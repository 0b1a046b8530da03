//! Logs to stderr; the level comes from `ENTRAIDE_LOG` (default `info`).

use tracing_subscriber::EnvFilter;

/// Starts logging.
pub fn init() {
    let filter = EnvFilter::try_from_env("ENTRAIDE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
