//! Starting the server: the seam tests use to run the real application on port 0.

use entraide_app::{App, Clock, Limits, Mailer};
use entraide_web::WebConfig;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

/// How often the job worker looks for due jobs (mails, reminders).
pub const JOB_INTERVAL: Duration = Duration::from_secs(5);

/// A bound, ready-to-serve application.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    app: App,
}

/// How the server runs, besides its database and address.
#[derive(Debug, Default)]
pub struct Settings {
    /// Cookies and client addresses.
    pub web: WebConfig,
    /// Where mail goes; without one it waits in each platform's outbox.
    pub mailer: Option<Mailer>,
    /// The address people reach the site at, for links in mails.
    pub public_url: Option<String>,
    /// Limits on attempts (new accounts per client).
    pub limits: Limits,
    /// The clock (the system's; tests move it forward).
    pub clock: Clock,
}

impl Application {
    /// Connects to the database (migrating it) and binds the address.
    pub async fn build(database_url: &str, addr: SocketAddr, settings: Settings) -> Result<Self, String> {
        let store = entraide_storage::connect(database_url).await.map_err(|e| format!("database: {e}"))?;
        let app = match settings.mailer {
            Some(mailer) => App::new(store).with_mailer(mailer),
            None => App::new(store),
        }
        .with_public_url(settings.public_url)
        .with_limits(settings.limits)
        .with_clock(settings.clock);
        let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        let router = entraide_web::router(app.clone(), settings.web);
        Ok(Self { listener, router, app })
    }

    /// The address actually bound (the port, when 0 was asked).
    pub fn local_addr(&self) -> Result<SocketAddr, String> {
        self.listener.local_addr().map_err(|e| e.to_string())
    }

    /// The use cases, for seeding.
    pub fn app(&self) -> &App {
        &self.app
    }

    /// Starts the worker that sends mail and reminders every [`JOB_INTERVAL`]. Tests
    /// leave it off and run jobs when they choose.
    pub fn start_job_worker(&self) {
        self.app.spawn_job_worker(JOB_INTERVAL);
    }

    /// Serves until Ctrl-C or SIGTERM, finishing requests under way.
    pub async fn serve(self) -> Result<(), String> {
        let service = self.router.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service).with_graceful_shutdown(shutdown_signal()).await.map_err(|e| e.to_string())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
