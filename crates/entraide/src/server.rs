//! Starting the server: the seam tests use to run the real application on port 0.

use entraide_app::{App, Mailer};
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

impl Application {
    /// Connects to the database (migrating it) and binds the address; mails wait in the
    /// outbox.
    pub async fn build(database_url: &str, addr: SocketAddr, web: WebConfig) -> Result<Self, String> {
        Self::build_with_mailer(database_url, addr, web, None).await
    }

    /// Like [`Application::build`], sending mail through `mailer` when there is one.
    pub async fn build_with_mailer(database_url: &str, addr: SocketAddr, web: WebConfig, mailer: Option<Mailer>) -> Result<Self, String> {
        Self::build_with(database_url, addr, web, mailer, None).await
    }

    /// The same, writing links in mails to `public_url`.
    pub async fn build_with(database_url: &str, addr: SocketAddr, web: WebConfig, mailer: Option<Mailer>, public_url: Option<String>) -> Result<Self, String> {
        let store = entraide_storage::connect(database_url).await.map_err(|e| format!("database: {e}"))?;
        let app = match mailer {
            Some(mailer) => App::new(store).with_mailer(mailer),
            None => App::new(store),
        }
        .with_public_url(public_url);
        let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        let router = entraide_web::router(app.clone(), web);
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
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(|e| e.to_string())
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
