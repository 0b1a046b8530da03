//! Write path: concurrent sign-ups over many shifts with few places, through the real
//! HTTP server; then a check in SQL that no shift is overbooked; then the same sign-up
//! transaction run straight against the database, for the physical limit.
//!
//!     cargo bench -p entraide --bench write_path
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/entraide_bench cargo bench -p entraide --bench write_path
//!
//! The database named by BENCH_DATABASE_URL must exist and be empty; by default a fresh
//! SQLite file is used. Client and server share the machine's cores.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark: a failure stops it with its reason")]

use entraide::server::Application;
use entraide_app::{Actor, App};
use entraide_domain::account::Registration;
use entraide_domain::id::{PlatformId, ShiftId};
use entraide_domain::opportunity::OpportunityInput;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::NewPlatform;
use entraide_domain::shift::ShiftTimes;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::Mutex;

const SHIFTS: usize = 1000;
const SLOTS: i64 = 3;
const VOLUNTEERS: usize = 200;
const SIGNUPS_EACH: usize = 100;
const CONCURRENCY: usize = 32;
const PASSWORD: &str = "benchmark password";

/// A platform with SHIFTS shifts of SLOTS places, and VOLUNTEERS members.
async fn scene(app: &App, slug: &str) -> (PlatformId, Vec<ShiftId>, Vec<Actor>) {
    let register = |email: String| Registration {
        email,
        password: PASSWORD.into(),
        display_name: "Bench".into(),
        ..Registration::default()
    };
    let today = entraide_domain::time::now().date_naive();
    let root = app.create_account(register(format!("root@{slug}.bench")).validate(today).unwrap(), true).await.unwrap();
    let root = Actor { account: root };
    let platform = NewPlatform::parse(slug, "Bench", None, None, Some((51.05, 3.72)), None).unwrap();
    let platform = app.create_platform(&root, &platform).await.unwrap();
    let organisation = app
        .create_organisation(&root, slug, &NewOrganisation::parse("Bench", "nonprofit", None).unwrap())
        .await
        .unwrap();
    let mut shifts = Vec::new();
    let start = entraide_domain::time::now() + chrono::Duration::days(3);
    for batch in 0..SHIFTS / 50 {
        let times: Vec<ShiftTimes> = (0..50)
            .map(|i| {
                let starts_at = start + chrono::Duration::hours(i64::try_from(batch * 50 + i).unwrap());
                ShiftTimes { starts_at, ends_at: starts_at + chrono::Duration::hours(1), slots: SLOTS }
            })
            .collect();
        let input = OpportunityInput {
            title: format!("Bench {batch}"),
            description: "Bench".into(),
            point: Some((51.05, 3.72)),
            address: "Here".into(),
            ..OpportunityInput::default()
        };
        let (_, made) = app.create_opportunity(&root, &organisation.id.to_string(), &input, &times).await.unwrap();
        shifts.extend(made.into_iter().map(|s| s.id));
    }
    let mut volunteers = Vec::new();
    for index in 0..VOLUNTEERS {
        let account = app
            .create_account(register(format!("v{index}@{slug}.bench")).validate(today).unwrap(), false)
            .await
            .unwrap();
        let actor = Actor { account };
        app.join_platform(&actor, slug).await.unwrap();
        volunteers.push(actor);
    }
    (platform.id, shifts, volunteers)
}

/// Who signs up where: each volunteer for SIGNUPS_EACH different shifts, interleaved so
/// that concurrent requests meet on the same shifts.
fn pairs(volunteers: usize, shifts: usize) -> Vec<(usize, usize)> {
    let mut pairs = Vec::with_capacity(volunteers * SIGNUPS_EACH);
    for round in 0..SIGNUPS_EACH {
        for volunteer in 0..volunteers {
            pairs.push((volunteer, (volunteer * 7 + round * 13) % shifts));
        }
    }
    pairs
}

async fn run_concurrently<F, Fut>(work: Vec<(usize, usize)>, task: F) -> (f64, usize)
where
    F: Fn(usize, usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let queue = Arc::new(Mutex::new(work.into_iter()));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..CONCURRENCY {
        let (queue, task) = (queue.clone(), task.clone());
        workers.push(tokio::spawn(async move {
            let mut ok = 0;
            loop {
                let next = queue.lock().await.next();
                let Some((volunteer, shift)) = next else { break };
                if task(volunteer, shift).await {
                    ok += 1;
                }
            }
            ok
        }));
    }
    let mut ok = 0;
    for worker in workers {
        ok += worker.await.unwrap();
    }
    (started.elapsed().as_secs_f64(), ok)
}

#[tokio::main]
async fn main() {
    let dir = tempfile::TempDir::new().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("write.db").display()));
    let application = Application::build(&url, "127.0.0.1:0".parse().unwrap(), Default::default()).await.unwrap();
    let base = format!("http://{}", application.local_addr().unwrap());
    let app = application.app().clone();
    tokio::spawn(application.serve());

    // Through HTTP.
    let (platform, shifts, volunteers) = scene(&app, "bench-http").await;
    let mut tokens = Vec::new();
    for actor in &volunteers {
        let email = actor.account.email.as_ref().unwrap().as_str().to_owned();
        tokens.push(app.issue_token(&email, PASSWORD, "bench", "bench").await.unwrap().token);
    }
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONCURRENCY).build().unwrap();
    let (tokens, shift_ids) = (Arc::new(tokens), Arc::new(shifts.clone()));
    let work = pairs(volunteers.len(), shifts.len());
    let total = work.len();
    let (seconds, ok) = run_concurrently(work, move |volunteer, shift| {
        let (client, base, tokens, shift_ids) = (client.clone(), base.clone(), tokens.clone(), shift_ids.clone());
        async move {
            let response = client
                .post(format!("{base}/api/v1/shifts/{}/signups", shift_ids[shift]))
                .bearer_auth(&tokens[volunteer])
                .json(&serde_json::json!({}))
                .send()
                .await
                .unwrap();
            response.status() == reqwest::StatusCode::CREATED
        }
    })
    .await;
    let http_rate = total as f64 / seconds;
    println!(
        "HTTP: {total} sign-ups ({ok} accepted) over {} shifts of {SLOTS} places, {CONCURRENCY} at a time: {seconds:.2} s, {http_rate:.0} sign-ups/s",
        shifts.len()
    );

    // Nothing overbooked, checked in SQL.
    let overbooked = overbooked(&url, platform).await;
    println!("shifts with more confirmed people than places: {overbooked}");
    assert_eq!(overbooked, 0, "overbooked");

    // The same transaction, straight against the database.
    let (platform, shifts, volunteers) = scene(&app, "bench-raw").await;
    let store = app.store().clone();
    let (accounts, shift_ids) =
        (Arc::new(volunteers.iter().map(|v| v.account.id).collect::<Vec<_>>()), Arc::new(shifts.clone()));
    let work = pairs(volunteers.len(), shifts.len());
    let (seconds, _) = run_concurrently(work, move |volunteer, shift| {
        let (store, accounts, shift_ids) = (store.clone(), accounts.clone(), shift_ids.clone());
        async move {
            store.sign_up(platform, shift_ids[shift], accounts[volunteer], entraide_domain::time::now()).await.is_ok()
        }
    })
    .await;
    let raw_rate = total as f64 / seconds;
    println!(
        "database: the same {total} sign-ups straight through the storage: {seconds:.2} s, {raw_rate:.0} sign-ups/s"
    );
    println!("HTTP reaches {:.0} % of the database's rate", 100.0 * http_rate / raw_rate);
    assert_eq!(overbooked_of(&url, platform).await, 0, "overbooked");
}

async fn overbooked(url: &str, platform: PlatformId) -> i64 {
    overbooked_of(url, platform).await
}

/// Shifts of the platform with more confirmed sign-ups than places.
async fn overbooked_of(url: &str, platform: PlatformId) -> i64 {
    let sql = "SELECT COUNT(*) FROM shifts s WHERE s.platform_id = $1 AND s.slots <
               (SELECT COUNT(*) FROM signups g WHERE g.shift_id = s.id AND g.status = 'confirmed')";
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_scalar(sql).bind(platform.0).fetch_one(&pool).await.unwrap()
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_scalar(sql).bind(platform.0).fetch_one(&pool).await.unwrap()
    }
}
