//! Inviting suggested people to a shift (once each, told by mail unless they opted out)
//! and offering coordinators people to invite when someone cancels late and nobody waits.

use super::harness::{PASSWORD, TestApp, on_both, problem};
use chrono::{Datelike, Duration, DurationRound, Timelike, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const LAT: f64 = 50.8467;
const LON: f64 = 4.3525;

/// A member of `bxl` (UTC); their token and id.
async fn member(t: &TestApp, email: &str, name: &str) -> (String, String) {
    let body = json!({ "email": email, "password": PASSWORD, "display_name": name, "birth_date": "1990-01-01" });
    let created: Value = t.post("/api/v1/accounts", None, body).await.json().await.unwrap();
    t.confirm_address(created["id"].as_str().unwrap(), email).await;
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/bxl/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    (token, created["id"].as_str().unwrap().to_owned())
}

/// A shift of one place starting within the day (so a cancellation is late), on one
/// UTC day; the weekday it falls on.
fn shift_times() -> (String, String, u32) {
    let mut start = (Utc::now() + Duration::hours(3)).duration_trunc(Duration::hours(1)).unwrap();
    if start.hour() == 23 {
        start += Duration::hours(1);
    }
    (start.to_rfc3339(), (start + Duration::hours(1)).to_rfc3339(), start.weekday().number_from_monday())
}

/// A volunteer free all that day, near the place.
async fn volunteer(t: &TestApp, email: &str, name: &str, weekday: u32, no_mails: bool) -> (String, String) {
    let (token, id) = member(t, email, name).await;
    let profile = json!({
        "skills": [], "causes": [], "languages": ["en"], "location": { "lat": LAT, "lon": LON + 0.01 }, "within_km": 10,
        "availability": [{ "weekday": weekday, "from": "00:00", "to": "24:00" }], "no_mails": no_mails,
    });
    assert_eq!(t.send(Method::PUT, "/api/v1/me/profile", Some(&token), Some(profile)).await.status(), StatusCode::OK);
    (token, id)
}

async fn events(t: &TestApp, token: &str) -> Vec<String> {
    let list: Value = t.get("/api/v1/me/notifications", Some(token)).await.json().await.unwrap();
    list["items"].as_array().unwrap().iter().map(|n| n["event"].as_str().unwrap().to_owned()).collect()
}

async fn suggested(t: &TestApp, token: &str, shift: &str) -> Vec<String> {
    let list: Value =
        t.get(&format!("/api/v1/shifts/{shift}/suggestions?limit=50"), Some(token)).await.json().await.unwrap();
    list["items"].as_array().unwrap().iter().map(|p| p["display_name"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn coordinators_invite_once_and_are_offered_cover_after_a_late_cancellation() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        t.platform(&root, "bxl").await;
        let (coordinator, _) = member(&t, "coco@example.org", "Coco").await;
        let organisation: Value =
            t.post("/api/v1/platforms/bxl/organisations", Some(&coordinator), json!({ "name": "Food bank", "kind": "nonprofit" })).await.json().await.unwrap();
        let (starts_at, ends_at, weekday) = shift_times();
        let body = json!({
            "title": "Deliver food parcels", "description": "Drive parcels to families.", "skills": [], "languages": ["en"],
            "location": { "lat": LAT, "lon": LON, "address": "Grand-Place 1" },
            "shifts": [{ "starts_at": starts_at, "ends_at": ends_at, "slots": 1 }],
        });
        let created: Value = t.post(&format!("/api/v1/organisations/{}/opportunities", organisation["id"].as_str().unwrap()), Some(&coordinator), body).await.json().await.unwrap();
        let shift = created["shifts"][0]["id"].as_str().unwrap().to_owned();
        let (bea, bea_id) = volunteer(&t, "bea@example.org", "Bea", weekday, false).await;
        let (quiet, quiet_id) = volunteer(&t, "quiet@example.org", "Quiet", weekday, true).await;
        let (amir, _) = volunteer(&t, "amir@example.org", "Amir", weekday, false).await;
        assert_eq!(suggested(&t, &coordinator, &shift).await.len(), 3);
        // Someone who blocked the coordinator is neither suggested nor invited.
        let (blocker, blocker_id) = volunteer(&t, "blocker@example.org", "Blocker", weekday, false).await;
        assert_eq!(suggested(&t, &coordinator, &shift).await.len(), 4);
        let coordinator_id: Value = t.get("/api/v1/me", Some(&coordinator)).await.json().await.unwrap();
        let blocked = t.post("/api/v1/me/blocks", Some(&blocker), json!({ "account_id": coordinator_id["id"] })).await;
        assert_eq!(blocked.status(), StatusCode::CREATED);
        assert_eq!(suggested(&t, &coordinator, &shift).await.len(), 3);
        let refused = t.post(&format!("/api/v1/shifts/{shift}/invitations"), Some(&coordinator), json!({ "account_id": blocker_id })).await;
        problem(refused, StatusCode::FORBIDDEN).await;

        let invitations = format!("/api/v1/shifts/{shift}/invitations");
        problem(t.post(&invitations, Some(&amir), json!({ "account_id": bea_id })).await, StatusCode::FORBIDDEN).await;
        problem(t.post(&invitations, Some(&coordinator), json!({ "account_id": "nobody" })).await, StatusCode::NOT_FOUND).await;
        assert_eq!(t.post(&invitations, Some(&coordinator), json!({ "account_id": bea_id })).await.status(), StatusCode::CREATED);
        problem(t.post(&invitations, Some(&coordinator), json!({ "account_id": bea_id })).await, StatusCode::CONFLICT).await;
        assert_eq!(t.post(&invitations, Some(&coordinator), json!({ "account_id": quiet_id })).await.status(), StatusCode::CREATED);
        assert_eq!(suggested(&t, &coordinator, &shift).await, ["Amir"], "invited people are not suggested again");

        t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();
        assert!(events(&t, &bea).await.contains(&"shift-invitation".to_owned()));
        assert!(events(&t, &quiet).await.contains(&"shift-invitation".to_owned()), "told in the app even without mails");
        let outbox: Value = t.get("/api/v1/platforms/bxl/outbox", Some(&root)).await.json().await.unwrap();
        let mails = outbox["items"].as_array().unwrap();
        let to_bea = mails.iter().find(|m| m["to"] == json!("bea@example.org")).expect("a mail to Bea");
        assert!(to_bea["text"].as_str().unwrap().contains("invites you"), "{to_bea}");
        assert!(!mails.iter().any(|m| m["to"] == json!("quiet@example.org")), "no mail to someone who asked for none");

        // Amir takes the place, then cancels within the day: nobody waits.
        let signup: Value = t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&amir), json!({})).await.json().await.unwrap();
        let cancelled = t.send(Method::DELETE, &format!("/api/v1/signups/{}", signup["id"].as_str().unwrap()), Some(&amir), None).await;
        assert_eq!(cancelled.status(), StatusCode::NO_CONTENT);
        t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();
        assert!(events(&t, &coordinator).await.contains(&"cover-needed".to_owned()), "{:?}", events(&t, &coordinator).await);
    })
    .await;
}

#[tokio::test]
async fn a_volunteer_is_suggested_open_requests_near_them_while_free() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        t.platform(&root, "bxl").await;
        let (helper, _) = member(&t, "helper@example.org", "Helper").await;
        let every_day: Vec<Value> = (1..=7).map(|d| json!({ "weekday": d, "from": "00:00", "to": "24:00" })).collect();
        let profile = json!({ "skills": [], "causes": [], "languages": ["en"], "location": { "lat": LAT, "lon": LON }, "within_km": 5, "availability": every_day });
        assert_eq!(t.send(Method::PUT, "/api/v1/me/profile", Some(&helper), Some(profile)).await.status(), StatusCode::OK);
        let ask = |token: String, title: &'static str, lon: f64| {
            let t = &t;
            async move {
                let from = Utc::now() + Duration::hours(2);
                let body = json!({
                    "category": "groceries", "title": title, "description": "Thank you", "location": { "lat": LAT, "lon": lon },
                    "address": "Rue Haute 1", "needed_from": from.to_rfc3339(), "needed_until": (from + Duration::hours(2)).to_rfc3339(),
                });
                assert_eq!(t.post("/api/v1/platforms/bxl/requests", Some(&token), body).await.status(), StatusCode::CREATED);
            }
        };
        let (near, _) = member(&t, "near@example.org", "Near").await;
        let (far, _) = member(&t, "far@example.org", "Far").await;
        let (rude, rude_id) = member(&t, "rude@example.org", "Rude").await;
        ask(near, "Bread nearby", LON + 0.01).await;
        ask(far, "Bread far away", LON + 0.3).await;
        ask(rude, "Bread from someone blocked", LON + 0.01).await;
        ask(helper.clone(), "My own request", LON).await;
        assert_eq!(t.post("/api/v1/me/blocks", Some(&helper), json!({ "account_id": rude_id })).await.status(), StatusCode::CREATED);

        let found: Value = t.get("/api/v1/me/request-suggestions", Some(&helper)).await.json().await.unwrap();
        let titles: Vec<&str> = found["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
        assert_eq!(titles, ["Bread nearby"]);
        let reasons = found["items"][0]["reasons"].to_string();
        assert!(reasons.contains("away"), "{reasons}");
        assert!(!found.to_string().contains("Rue Haute"), "never the address");
        problem(t.get("/api/v1/me/request-suggestions?limit=101", Some(&helper)).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    })
    .await;
}
