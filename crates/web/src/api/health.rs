//! `GET /healthz`: 200 when the database answers, 503 when it does not.

use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;

/// Health check for load balancers and monitoring.
pub(crate) async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.app.healthy().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
