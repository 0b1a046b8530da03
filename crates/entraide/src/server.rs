//! Starting the server: the seam tests use to run the real application on port 0.

use entraide_app::App;
use entraide_web::WebConfig;
use std::net::SocketAddr;
use tokio::net::TcpListener;

/// A bound, ready-to-serve application.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    app: App,
}

impl Application {
    /// Connects to the database (migrating it) and binds the address.
    pub async fn build(database_url: &str, addr: SocketAddr, web: WebConfig) -> Result<Self, String> {
        let store = entraide_storage::connect(database_url).await.map_err(|e| format!("database: {e}"))?;
        let app = App::new(store);
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
