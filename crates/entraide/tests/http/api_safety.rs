//! Standing offers and the notices of neighbour help, thanks, help categories, and
//! safety: blocks, reports, and the moderation queue with hide, warn, suspend and
//! reinstate — through the API, on both databases.

use super::harness::{TestApp, on_both, problem};
use chrono::{Duration, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const LAT: f64 = 51.0543;
const LON: f64 = 3.7174;
const ADDRESS: &str = "Sleepstraat 12, 9000 Gent";

fn at(hours_from_now: i64) -> String {
    (Utc::now() + Duration::hours(hours_from_now)).to_rfc3339()
}

/// A member of platform `gent`: their token and account id.
async fn member(t: &TestApp, email: &str) -> (String, String) {
    let id = t.register(email, email.split('@').next().unwrap()).await;
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    (token, id)
}

/// Platform `gent` with an admin; returns the admin's token and id.
async fn platform_with_admin(t: &TestApp) -> (String, String) {
    let root = t.instance_admin().await;
    t.platform(&root, "gent").await;
    let (admin, admin_id) = member(t, "admin@example.org").await;
    let promoted = t
        .send(
            Method::PUT,
            &format!("/api/v1/platforms/gent/members/{admin_id}"),
            Some(&root),
            Some(json!({ "role": "admin" })),
        )
        .await;
    assert!(promoted.status().is_success());
    (admin, admin_id)
}

async fn ask(t: &TestApp, token: &str, category: &str, lat: f64) -> String {
    let body = json!({
        "category": category, "title": format!("Help with {category}"), "description": "Thank you!",
        "location": { "lat": lat, "lon": LON }, "address": ADDRESS, "needed_from": at(1), "needed_until": at(4),
    });
    let created = t.post("/api/v1/platforms/gent/requests", Some(token), body).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

async fn offer(t: &TestApp, token: &str, request: &str) -> reqwest::Response {
    t.post(&format!("/api/v1/requests/{request}/offers"), Some(token), json!({ "message": "I can do it" })).await
}

async fn offer_id(t: &TestApp, token: &str, request: &str) -> String {
    let response = offer(t, token, request).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

/// The events of a person's notifications, oldest first.
async fn events(t: &TestApp, token: &str) -> Vec<String> {
    let list: Value = t.get("/api/v1/me/notifications", Some(token)).await.json().await.unwrap();
    let mut events: Vec<String> =
        list["items"].as_array().unwrap().iter().map(|n| n["event"].as_str().unwrap().to_owned()).collect();
    events.reverse();
    events
}

async fn run_jobs(t: &TestApp) {
    t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();
}

#[tokio::test]
async fn standing_offers_tell_helpers_in_range_and_declined_offerers_are_thanked() {
    on_both(|t| async move {
        let (admin, _) = platform_with_admin(&t).await;
        let (requester, _) = member(&t, "requester@example.org").await;
        let (near, _) = member(&t, "near@example.org").await;
        let (pharmacist, _) = member(&t, "pharmacist@example.org").await;
        let (far, _) = member(&t, "far@example.org").await;
        let (other, _) = member(&t, "other@example.org").await;
        let path = "/api/v1/platforms/gent/standing-offers";

        // Bad input names each field and writes nothing.
        let bad = json!({ "category": "juggling", "weekdays": [0, 8], "location": { "lat": 95.0, "lon": LON }, "within_km": 50 });
        let body = problem(t.post(path, Some(&near), bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["category", "weekdays", "location.lat", "within_km"] {
            assert!(body["errors"][field].is_array(), "{field} named in {body}");
        }
        let mine: Value = t.get("/api/v1/me/standing-offers", Some(&near)).await.json().await.unwrap();
        assert_eq!(mine["items"], json!([]));

        let every_day = json!({ "category": "groceries", "location": { "lat": LAT, "lon": LON }, "within_km": 1.0, "note": "On foot" });
        assert_eq!(t.post(path, Some(&near), every_day).await.status(), StatusCode::CREATED);
        let pharmacy = json!({ "category": "pharmacy", "location": { "lat": LAT, "lon": LON }, "within_km": 5.0 });
        assert_eq!(t.post(path, Some(&pharmacist), pharmacy).await.status(), StatusCode::CREATED);
        // 0.1 degree of latitude is about 11 km.
        let far_away = json!({ "location": { "lat": LAT + 0.1, "lon": LON }, "within_km": 2.0 });
        assert_eq!(t.post(path, Some(&far), far_away).await.status(), StatusCode::CREATED);
        let mine: Value = t.get("/api/v1/me/standing-offers", Some(&near)).await.json().await.unwrap();
        assert_eq!(mine["items"][0]["note"], json!("On foot"));

        let request = ask(&t, &requester, "groceries", LAT + 0.004).await;
        run_jobs(&t).await;
        assert_eq!(events(&t, &near).await, ["request-nearby"]);
        assert!(events(&t, &pharmacist).await.is_empty(), "another category");
        assert!(events(&t, &far).await.is_empty(), "out of range");

        let accepted = offer_id(&t, &near, &request).await;
        offer_id(&t, &other, &request).await;
        run_jobs(&t).await;
        assert_eq!(events(&t, &requester).await, ["offer-received", "offer-received"]);
        let accept = t.post(&format!("/api/v1/requests/{request}/offers/{accepted}/accept"), Some(&requester), json!({})).await;
        assert_eq!(accept.status(), StatusCode::OK);
        run_jobs(&t).await;
        assert_eq!(events(&t, &near).await, ["request-nearby", "offer-accepted"]);
        assert_eq!(events(&t, &other).await, ["offer-declined"]);

        // The polite mail to the declined offerer names the request, never the address.
        let outbox: Value = t.get("/api/v1/platforms/gent/outbox", Some(&admin)).await.json().await.unwrap();
        let declined = outbox["items"].as_array().unwrap().iter().find(|m| m["to"] == json!("other@example.org")).expect("a mail to the declined offerer");
        let text = declined["text"].as_str().unwrap();
        assert!(text.contains("Thank you for offering"), "{text}");
        assert!(text.contains("Help with groceries"), "{text}");
        for mail in outbox["items"].as_array().unwrap() {
            assert!(!mail["text"].as_str().unwrap().contains("Sleepstraat"), "a help mail leaks the address: {mail}");
        }

        // Withdrawn: not told any more.
        let id = mine["items"][0]["id"].as_str().unwrap();
        assert_eq!(t.send(Method::DELETE, &format!("/api/v1/me/standing-offers/{id}"), Some(&near), None).await.status(), StatusCode::NO_CONTENT);
        problem(t.send(Method::DELETE, &format!("/api/v1/me/standing-offers/{id}"), Some(&near), None).await, StatusCode::NOT_FOUND).await;
        ask(&t, &requester, "groceries", LAT).await;
        run_jobs(&t).await;
        assert_eq!(events(&t, &near).await.len(), 2);
    })
    .await;
}

#[tokio::test]
async fn a_block_stops_offers_and_messages_both_ways() {
    on_both(|t| async move {
        platform_with_admin(&t).await;
        let (requester, requester_id) = member(&t, "requester@example.org").await;
        let (pest, pest_id) = member(&t, "pest@example.org").await;
        let (helper, helper_id) = member(&t, "helper@example.org").await;
        let request = ask(&t, &requester, "groceries", LAT).await;

        problem(
            t.post("/api/v1/me/blocks", Some(&requester), json!({ "account_id": requester_id })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        problem(
            t.post("/api/v1/me/blocks", Some(&requester), json!({ "account_id": "nobody" })).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        assert_eq!(
            t.post("/api/v1/me/blocks", Some(&requester), json!({ "account_id": pest_id })).await.status(),
            StatusCode::CREATED
        );
        let refused = problem(offer(&t, &pest, &request).await, StatusCode::FORBIDDEN).await;
        assert!(refused["detail"].as_str().unwrap().contains("block"), "{refused}");
        let blocks: Value = t.get("/api/v1/me/blocks", Some(&requester)).await.json().await.unwrap();
        assert_eq!(blocks["items"][0]["display_name"], json!("pest"));
        assert_eq!(
            t.send(Method::DELETE, &format!("/api/v1/me/blocks/{pest_id}"), Some(&requester), None).await.status(),
            StatusCode::NO_CONTENT
        );
        assert_eq!(offer(&t, &pest, &request).await.status(), StatusCode::CREATED);

        // Blocked by the helper after acceptance: the requester can no longer write.
        let accepted = offer_id(&t, &helper, &request).await;
        t.post(&format!("/api/v1/requests/{request}/offers/{accepted}/accept"), Some(&requester), json!({})).await;
        let messages = format!("/api/v1/requests/{request}/messages");
        assert_eq!(t.post(&messages, Some(&requester), json!({ "text": "Hello" })).await.status(), StatusCode::CREATED);
        assert_eq!(
            t.post("/api/v1/me/blocks", Some(&helper), json!({ "account_id": requester_id })).await.status(),
            StatusCode::CREATED
        );
        problem(t.post(&messages, Some(&requester), json!({ "text": "Hello?" })).await, StatusCode::FORBIDDEN).await;
        let thread: Value = t.get(&messages, Some(&helper)).await.json().await.unwrap();
        assert_eq!(thread["items"].as_array().unwrap().len(), 1, "nothing was written");
        let _ = helper_id;
    })
    .await;
}

#[tokio::test]
async fn both_parties_thank_once_after_completion() {
    on_both(|t| async move {
        platform_with_admin(&t).await;
        let (requester, _) = member(&t, "requester@example.org").await;
        let (helper, _) = member(&t, "helper@example.org").await;
        let (stranger, _) = member(&t, "stranger@example.org").await;
        let request = ask(&t, &requester, "groceries", LAT).await;
        let accepted = offer_id(&t, &helper, &request).await;
        t.post(&format!("/api/v1/requests/{request}/offers/{accepted}/accept"), Some(&requester), json!({})).await;
        let thanks = format!("/api/v1/requests/{request}/thanks");
        problem(t.post(&thanks, Some(&requester), json!({ "text": "Thanks!" })).await, StatusCode::CONFLICT).await;
        assert_eq!(
            t.post(&format!("/api/v1/requests/{request}/complete"), Some(&requester), json!({ "minutes": 45 }))
                .await
                .status(),
            StatusCode::OK
        );

        problem(t.post(&thanks, Some(&stranger), json!({ "text": "Hi" })).await, StatusCode::FORBIDDEN).await;
        problem(t.post(&thanks, Some(&requester), json!({ "text": "  " })).await, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
        assert_eq!(
            t.post(&thanks, Some(&requester), json!({ "text": "You were so kind, thank you." })).await.status(),
            StatusCode::CREATED
        );
        problem(t.post(&thanks, Some(&requester), json!({ "text": "Again" })).await, StatusCode::CONFLICT).await;
        assert_eq!(
            t.post(&thanks, Some(&helper), json!({ "text": "A pleasure!" })).await.status(),
            StatusCode::CREATED
        );
        let list: Value = t.get(&thanks, Some(&helper)).await.json().await.unwrap();
        let texts: Vec<&str> = list["items"].as_array().unwrap().iter().map(|t| t["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["You were so kind, thank you.", "A pleasure!"]);
        problem(t.get(&thanks, Some(&stranger)).await, StatusCode::FORBIDDEN).await;
        run_jobs(&t).await;
        assert!(events(&t, &helper).await.contains(&"help-thanked".to_owned()));
        assert!(events(&t, &requester).await.contains(&"help-thanked".to_owned()));
    })
    .await;
}

#[tokio::test]
async fn moderators_hide_warn_suspend_and_reinstate_with_a_logged_reason() {
    on_both(|t| async move {
        let (admin, _) = platform_with_admin(&t).await;
        let (requester, requester_id) = member(&t, "requester@example.org").await;
        let (troll, troll_id) = member(&t, "troll@example.org").await;
        let (neighbour, _) = member(&t, "neighbour@example.org").await;
        let request = ask(&t, &troll, "groceries", LAT).await;
        let decent = ask(&t, &requester, "pharmacy", LAT).await;

        // Bad reports are named and write nothing.
        let bad = json!({ "kind": "shift", "id": "x", "reason": "" });
        let body = problem(t.post("/api/v1/reports", Some(&neighbour), bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["kind", "id", "reason"] {
            assert!(body["errors"][field].is_array(), "{field} named in {body}");
        }
        let unseen = json!({ "kind": "offer", "id": request, "reason": "Rude" });
        problem(t.post("/api/v1/reports", Some(&neighbour), unseen).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let queue = "/api/v1/platforms/gent/moderation";
        problem(t.get(queue, Some(&neighbour)).await, StatusCode::FORBIDDEN).await;
        let empty: Value = t.get(queue, Some(&admin)).await.json().await.unwrap();
        assert_eq!(empty["reports"], json!([]));

        for reporter in [&neighbour, &requester] {
            let report = json!({ "kind": "request", "id": request, "reason": "Insults in the description" });
            assert_eq!(t.post("/api/v1/reports", Some(reporter), report).await.status(), StatusCode::CREATED);
        }
        let listed: Value = t.get(queue, Some(&admin)).await.json().await.unwrap();
        let reports = listed["reports"].as_array().unwrap();
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0]["author_name"], json!("troll"));
        assert_eq!(reports[0]["reason"], json!("Insults in the description"));
        let report_id = reports[0]["id"].as_str().unwrap().to_owned();

        let actions = "/api/v1/platforms/gent/moderation/actions";
        problem(t.post(actions, Some(&neighbour), json!({ "action": "hide", "report_id": report_id, "reason": "x" })).await, StatusCode::FORBIDDEN).await;
        let body = problem(t.post(actions, Some(&admin), json!({ "action": "ban", "reason": "" })).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["action"].is_array() && body["errors"]["reason"].is_array(), "{body}");
        problem(t.post(actions, Some(&admin), json!({ "action": "hide", "reason": "No report" })).await, StatusCode::UNPROCESSABLE_ENTITY).await;

        // Hide: gone from the list and from strangers; one action closes both reports.
        let hidden = t.post(actions, Some(&admin), json!({ "action": "hide", "report_id": report_id, "reason": "Insulting" })).await;
        assert_eq!(hidden.status(), StatusCode::CREATED);
        let list: Value = t.get("/api/v1/platforms/gent/requests", None).await.json().await.unwrap();
        let ids: Vec<&str> = list["items"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, [decent.as_str()]);
        problem(t.get(&format!("/api/v1/requests/{request}"), Some(&neighbour)).await, StatusCode::NOT_FOUND).await;
        assert_eq!(t.get(&format!("/api/v1/requests/{request}"), Some(&admin)).await.status(), StatusCode::OK);
        let after: Value = t.get(queue, Some(&admin)).await.json().await.unwrap();
        assert_eq!(after["reports"], json!([]));

        // Warn: told in the app, with the reason.
        let warned = t.post(actions, Some(&admin), json!({ "action": "warn", "account_id": troll_id, "reason": "Please stay polite" })).await;
        assert_eq!(warned.status(), StatusCode::CREATED);
        run_jobs(&t).await;
        let notices: Value = t.get("/api/v1/me/notifications", Some(&troll)).await.json().await.unwrap();
        let warning = notices["items"].as_array().unwrap().iter().find(|n| n["event"] == json!("moderation-warning")).expect("a warning");
        assert!(warning["text"].as_str().unwrap().contains("Please stay polite"), "{warning}");

        // Suspend: from this platform only; the person keeps their account, reads, and is
        // told why they can no longer ask, offer or join again; reinstate lifts it.
        problem(t.post(actions, Some(&admin), json!({ "action": "suspend", "account_id": "nobody", "reason": "x" })).await, StatusCode::NOT_FOUND).await;
        let suspended = t.post(actions, Some(&admin), json!({ "action": "suspend", "account_id": troll_id, "reason": "Repeated insults" })).await;
        assert_eq!(suspended.status(), StatusCode::CREATED);
        assert_eq!(t.get("/api/v1/me/notifications", Some(&troll)).await.status(), StatusCode::OK, "still signed in");
        let ask_again = json!({ "category": "groceries", "title": "Again", "description": "d", "location": { "lat": LAT, "lon": LON },
            "address": "Here 1", "needed_from": "2026-12-01T10:00:00Z", "needed_until": "2026-12-31T10:00:00Z" });
        let refused = problem(t.post("/api/v1/platforms/gent/requests", Some(&troll), ask_again).await, StatusCode::FORBIDDEN).await;
        assert!(refused["detail"].as_str().unwrap().contains("suspended you here"), "{refused}");
        problem(t.post(&format!("/api/v1/requests/{decent}/offers"), Some(&troll), json!({})).await, StatusCode::FORBIDDEN).await;
        problem(t.post("/api/v1/platforms/gent/members", Some(&troll), json!({})).await, StatusCode::FORBIDDEN).await;
        t.token("troll@example.org").await;
        let reinstated = t.post(actions, Some(&admin), json!({ "action": "reinstate", "account_id": troll_id, "reason": "Apologised" })).await;
        assert_eq!(reinstated.status(), StatusCode::CREATED);
        assert_eq!(t.post(&format!("/api/v1/requests/{decent}/offers"), Some(&troll), json!({})).await.status(), StatusCode::CREATED);

        let log: Value = t.get(queue, Some(&admin)).await.json().await.unwrap();
        let logged: Vec<(&str, &str)> =
            log["log"].as_array().unwrap().iter().map(|a| (a["action"].as_str().unwrap(), a["reason"].as_str().unwrap())).collect();
        assert_eq!(logged, [("reinstate", "Apologised"), ("suspend", "Repeated insults"), ("warn", "Please stay polite"), ("hide", "Insulting")]);
        assert_eq!(log["log"][0]["moderator_name"], json!("admin"));
        let _ = requester_id;
    })
    .await;
}

#[tokio::test]
async fn platform_admins_edit_help_categories() {
    on_both(|t| async move {
        let (admin, _) = platform_with_admin(&t).await;
        let (member_token, _) = member(&t, "member@example.org").await;
        let path = "/api/v1/platforms/gent/help-categories";
        let put = |code: &str| format!("{path}/{code}");
        problem(
            t.send(Method::PUT, &put("garden"), Some(&member_token), Some(json!({ "label": "Gardening" }))).await,
            StatusCode::FORBIDDEN,
        )
        .await;
        let body = problem(
            t.send(Method::PUT, &put("Not%20a%20code"), Some(&admin), Some(json!({ "label": "" }))).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["code"].is_array() && body["errors"]["label"].is_array(), "{body}");
        assert_eq!(
            t.send(Method::PUT, &put("garden"), Some(&admin), Some(json!({ "label": "Gardening" }))).await.status(),
            StatusCode::OK
        );
        let list: Value = t.get(path, None).await.json().await.unwrap();
        assert!(
            list["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["code"] == json!("garden") && c["label"] == json!("Gardening"))
        );
        ask(&t, &member_token, "garden", LAT).await;
        problem(t.send(Method::DELETE, &put("garden"), Some(&admin), None).await, StatusCode::CONFLICT).await;
        assert_eq!(t.send(Method::DELETE, &put("pet-care"), Some(&admin), None).await.status(), StatusCode::NO_CONTENT);
        problem(t.send(Method::DELETE, &put("pet-care"), Some(&admin), None).await, StatusCode::NOT_FOUND).await;
    })
    .await;
}
