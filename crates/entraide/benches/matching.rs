//! Matching: p50 and p99 of the top 20 people for a shift, over a platform seeded with
//! synthetic volunteers (`entraide seed`), and the seeding rate.
//!
//!     cargo bench -p entraide --bench matching                       # 100,000 volunteers, SQLite
//!     BENCH_VOLUNTEERS=1000000 cargo bench -p entraide --bench matching
//!     BENCH_VOLUNTEERS=10000000 BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/entraide_bench \
//!         cargo bench -p entraide --bench matching
//!
//! A database named by BENCH_DATABASE_URL must exist; a platform `bench` already seeded
//! with the same numbers is reused (the seed continues where it stopped). By default a
//! fresh SQLite file is used.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark: a failure stops it with its reason")]

use entraide::seed::{SeedPlan, seed};
use entraide_app::{AppError, SearchInput};
use entraide_domain::locale::Locale;
use entraide_domain::platform::NewPlatform;
use std::time::Instant;

const QUERIES: usize = 300;
const OPPORTUNITIES: u64 = 200;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

#[tokio::main]
async fn main() {
    let volunteers: u64 = std::env::var("BENCH_VOLUNTEERS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let dir = tempfile::TempDir::new().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("matching.db").display()));
    let store = entraide_storage::connect(&url).await.unwrap();
    let app = entraide_app::App::new(store);
    let new = NewPlatform::parse("bench", "Bench", None, Some("nl"), Some((51.0543, 3.7174)), Some("Europe/Brussels"))
        .unwrap();
    match app.create_platform_unchecked(&new).await {
        Ok(_) | Err(AppError::Conflict("slug")) => {}
        Err(e) => panic!("{e}"),
    }

    let started = Instant::now();
    let plan = SeedPlan { volunteers, opportunities: OPPORTUNITIES };
    let made = seed(&app, "bench", &plan).await.unwrap();
    let seconds = started.elapsed().as_secs_f64();
    println!("seeded: {made} in {seconds:.1} s");

    let platform = app.platform("bench").await.unwrap();
    let coordinator = app.seed_coordinator(&platform, &entraide::seed::coordinator_email("bench")).await.unwrap();
    let mut shifts = Vec::new();
    let mut cursor = None;
    loop {
        let input = SearchInput { limit: Some(100), cursor: cursor.clone(), ..SearchInput::default() };
        let page = app.search(None, &platform, &input).await.unwrap();
        shifts.extend(page.items.iter().flat_map(|f| f.shifts.iter().map(|s| s.id.to_string())));
        cursor = page.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert!(!shifts.is_empty(), "the seed made shifts");

    // Warm the caches as a running server would be.
    for shift in shifts.iter().take(20) {
        app.shift_suggestions(&coordinator, shift, Some(20), Locale::ENGLISH).await.unwrap();
    }
    let mut times = Vec::with_capacity(QUERIES);
    let mut found = 0;
    for index in 0..QUERIES {
        let shift = &shifts[(index * 7919) % shifts.len()];
        let started = Instant::now();
        let (_, _, people) = app.shift_suggestions(&coordinator, shift, Some(20), Locale::ENGLISH).await.unwrap();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        found += people.len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "top 20 for a shift over {volunteers} volunteers ({}): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {:.1} people suggested on average",
        if url.starts_with("postgres") { "PostgreSQL" } else { "SQLite" },
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1],
        found as f64 / QUERIES as f64
    );
}
