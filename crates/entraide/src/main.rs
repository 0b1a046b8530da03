//! `entraide`: serve a platform, run the demo, migrate, administer.

use clap::Parser;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = entraide::cli::Cli::parse();
    entraide::telemetry::init();
    match entraide::cli::run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
