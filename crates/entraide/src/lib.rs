//! The `entraide` binary's parts, as a library so the integration tests start the real
//! application exactly as the binary does.

pub mod cli;
pub mod config;
pub mod demo;
pub mod places;
pub mod seed;
pub mod server;
pub mod telemetry;
