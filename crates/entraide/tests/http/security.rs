//! The attack suite of issue 10: each hole an attacker found (a name that kills the mail
//! worker, offers that triangulate a requester, bulk sign-ups, raced and locking guesses,
//! suspension beyond one's platform, open redirects, missing headers, NUL bytes, huge
//! searches, shift floods, guessable passwords, dates with no sense) has a test named for
//! the behaviour that closes it, through the real HTTP server on SQLite and PostgreSQL.
//!
//! Expected messages come from the English catalogue by their stable codes, so a test
//! says which rule refused the input without repeating the sentence.

mod attempts;
mod dates;
mod moderation;
mod place;
mod publication;
mod texts;
mod web;

use super::harness::TestApp;
use chrono::{Duration, Utc};
use entraide_domain::locale::Locale;
use entraide_i18n::Tr;
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

/// The English sentence of an error code, as the API writes it to a reader without a
/// language of their own.
fn says(code: &str) -> String {
    Tr::new(Locale::ENGLISH).error(code)
}

/// Checks that a problem document names `field` with exactly the message of `code`.
#[track_caller]
fn names(body: &Value, field: &str, code: &str) {
    assert_eq!(body["errors"][field], json!([says(code)]), "`{field}` refused with `{code}` in {body}");
}

/// The `Retry-After` of an answer, in seconds.
#[track_caller]
fn retry_after(response: &Response) -> u64 {
    let header = response.headers().get("retry-after").expect("a Retry-After header");
    header.to_str().unwrap().parse().expect("Retry-After in seconds")
}

/// An instant `hours` from now, in RFC 3339.
fn at(hours: i64) -> String {
    (Utc::now() + Duration::hours(hours)).to_rfc3339()
}

/// A shift of `hours` hours starting `starts_in` hours from now, with five places.
fn shift(starts_in: i64, hours: i64) -> Value {
    json!({ "starts_at": at(starts_in), "ends_at": at(starts_in + hours), "slots": 5 })
}

/// Platform `gent`, made by the instance admin, run by Pat.
struct Gent {
    /// The instance admin's token.
    root: String,
    /// Pat's token: an admin of `gent`.
    admin: String,
}

async fn gent(t: &TestApp) -> Gent {
    let root = t.instance_admin().await;
    t.platform(&root, "gent").await;
    let (admin, admin_id) = member(t, "pat@example.org", "gent").await;
    promote(t, &root, "gent", &admin_id).await;
    Gent { root, admin }
}

/// Makes someone an admin of a platform (the instance admin's token).
async fn promote(t: &TestApp, root: &str, slug: &str, account: &str) {
    let path = format!("/api/v1/platforms/{slug}/members/{account}");
    let promoted = t.send(Method::PUT, &path, Some(root), Some(json!({ "role": "admin" }))).await;
    assert!(promoted.status().is_success(), "promoting {account} on {slug}");
}

/// Someone who registered and joined platform `slug`: their token and id.
async fn member(t: &TestApp, email: &str, slug: &str) -> (String, String) {
    let id = t.register(email, email.split('@').next().unwrap()).await;
    let token = t.token(email).await;
    join(t, &token, slug).await;
    (token, id)
}

/// Joins a platform as a volunteer.
async fn join(t: &TestApp, token: &str, slug: &str) {
    let joined = t.post(&format!("/api/v1/platforms/{slug}/members"), Some(token), json!({})).await;
    assert_eq!(joined.status(), StatusCode::CREATED, "joining {slug}");
}

/// An organisation of `gent` registered by `token` (nobody verified it yet): its id.
async fn organisation(t: &TestApp, token: &str, name: &str) -> String {
    let created =
        t.post("/api/v1/platforms/gent/organisations", Some(token), json!({ "name": name, "kind": "group" })).await;
    assert_eq!(created.status(), StatusCode::CREATED, "registering {name}");
    created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

/// A request for help on `slug`, as typed, placed at `lat, lon`.
fn request_body(title: &str, lat: f64, lon: f64) -> Value {
    json!({
        "category": "groceries", "title": title, "description": "Milk and bread, please.",
        "location": { "lat": lat, "lon": lon }, "address": "Sleepstraat 12, 9000 Gent",
        "needed_from": at(1), "needed_until": at(4),
    })
}

/// An opportunity as typed, with these shifts.
fn opportunity_body(title: &str, shifts: Vec<Value>) -> Value {
    json!({
        "title": title, "description": "Help us sort and pack food parcels.",
        "location": { "lat": 51.0543, "lon": 3.7174, "address": "Kortrijksesteenweg 1, Gent" },
        "shifts": shifts,
    })
}
