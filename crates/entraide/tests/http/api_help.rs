//! Neighbour help through the API: asking, offering, accepting, talking, completing, and
//! the privacy of place that API.md promises.

use super::harness::{PASSWORD, TestApp, on_both, problem};
use chrono::{Duration, Utc};
use reqwest::StatusCode;
use serde_json::{Value, json};

const LAT: f64 = 51.0543;
const LON: f64 = 3.7174;
const ADDRESS: &str = "Kortrijksesteenweg 1017, 9000 Gent";
const PHONE: &str = "+32 470 99 88 77";
const BENEFICIARY: &str = "Georgette Vandenbroucke";

fn at(hours_from_now: i64) -> String {
    (Utc::now() + Duration::hours(hours_from_now)).to_rfc3339()
}

/// A member of platform `gent`: their token and account id.
async fn member(t: &TestApp, email: &str) -> (String, String) {
    let body = json!({ "email": email, "password": PASSWORD, "display_name": email.split('@').next().unwrap() });
    assert_eq!(t.post("/api/v1/accounts", None, body).await.status(), StatusCode::CREATED);
    let issued: Value =
        t.post("/api/v1/auth/token", None, json!({ "email": email, "password": PASSWORD })).await.json().await.unwrap();
    let token = issued["token"].as_str().unwrap().to_owned();
    t.confirm_address(issued["account_id"].as_str().unwrap(), email).await;
    assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    (token, issued["account_id"].as_str().unwrap().to_owned())
}

fn request_body() -> Value {
    json!({
        "category": "groceries",
        "title": "Groceries for my neighbour",
        "description": "Bread, milk and apples from the shop on the corner.",
        "location": { "lat": LAT, "lon": LON },
        "address": ADDRESS,
        "needed_from": at(1),
        "needed_until": at(4),
        "on_behalf_of": {
            "name": BENEFICIARY,
            "phone": PHONE,
            "consent": { "given_by": BENEFICIARY, "given_at": at(-2), "how": "by phone" }
        }
    })
}

/// The people of a request: instance admin, platform admin, requester, and the request id.
struct Scene {
    platform_admin: String,
    requester: String,
    id: String,
}

async fn scene(t: &TestApp) -> Scene {
    let root = t.instance_admin().await;
    t.platform(&root, "gent").await;
    let (platform_admin, admin_id) = member(t, "admin@example.org").await;
    let promoted = t
        .send(
            reqwest::Method::PUT,
            &format!("/api/v1/platforms/gent/members/{admin_id}"),
            Some(&root),
            Some(json!({ "role": "admin" })),
        )
        .await;
    assert!(promoted.status().is_success(), "{}", promoted.status());
    let (requester, _) = member(t, "requester@example.org").await;
    let created = t.post("/api/v1/platforms/gent/requests", Some(&requester), request_body()).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    Scene { platform_admin, requester, id }
}

/// Asserts a body shows nothing private: no address, no exact point, no phone or name
/// of the person helped.
fn assert_private(what: &str, body: &str) {
    for secret in [ADDRESS, "Kortrijksesteenweg", PHONE, BENEFICIARY, &LAT.to_string(), &LON.to_string()] {
        assert!(!body.contains(secret), "{what} leaks `{secret}`: {body}");
    }
}

async fn text(t: &TestApp, path: &str, token: Option<&str>) -> (StatusCode, String) {
    let response = t.get(path, token).await;
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn members_ask_and_bad_input_is_named_and_writes_nothing() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        t.platform(&root, "gent").await;
        let (requester, _) = member(&t, "requester@example.org").await;
        let outsider = t.person("outsider@example.org", "Outsider").await;
        let path = "/api/v1/platforms/gent/requests";
        problem(t.post(path, Some(&outsider), request_body()).await, StatusCode::FORBIDDEN).await;
        problem(t.post(path, None, request_body()).await, StatusCode::UNAUTHORIZED).await;

        let mut bad = request_body();
        bad["category"] = json!("juggling");
        bad["location"] = json!({ "lat": 91.0, "lon": LON });
        bad["needed_until"] = json!(at(0));
        bad["on_behalf_of"]["phone"] = json!("call me");
        let body = problem(t.post(path, Some(&requester), bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["category", "location.lat", "needed_until", "on_behalf_of.phone"] {
            assert!(body["errors"][field].is_array(), "{field} named in {body}");
        }
        let list: Value = t.get(path, None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]), "nothing was written");

        let created = t.post(path, Some(&requester), request_body()).await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let list: Value = t.get(&format!("{path}?category=groceries"), None).await.json().await.unwrap();
        assert_eq!(list["items"][0]["id"], json!(id));
        let list: Value = t.get(&format!("{path}?category=pharmacy"), None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]));
        let near: Value = t.get(&format!("{path}?near=51.06,3.72&within_km=3"), None).await.json().await.unwrap();
        assert_eq!(near["items"][0]["id"], json!(id));
        let far: Value = t.get(&format!("{path}?near=50.85,4.35&within_km=10"), None).await.json().await.unwrap();
        assert_eq!(far["items"], json!([]), "Brussels is 50 km away");
        let body = problem(
            t.get(&format!("{path}?near=51.06,3.72&within_km=500"), None).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["within_km"].is_array());

        // Cancelled requests leave the list; only the requester cancels.
        let other = member(&t, "other@example.org").await.0;
        problem(t.post(&format!("/api/v1/requests/{id}/cancel"), Some(&other), json!({})).await, StatusCode::FORBIDDEN)
            .await;
        assert_eq!(
            t.post(&format!("/api/v1/requests/{id}/cancel"), Some(&requester), json!({})).await.status(),
            StatusCode::OK
        );
        let list: Value = t.get(path, None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]));
        problem(t.get("/api/v1/requests/not-an-id", None).await, StatusCode::NOT_FOUND).await;
    })
    .await;
}

#[tokio::test]
async fn only_the_requester_the_accepted_helper_and_platform_admins_ever_see_the_place() {
    on_both(|t| async move {
        let Scene { platform_admin, requester, id } = scene(&t).await;
        let (helper, _) = member(&t, "helper@example.org").await;
        let (declined, _) = member(&t, "declined@example.org").await;
        let (stranger, _) = member(&t, "stranger@example.org").await;
        let list_path = "/api/v1/platforms/gent/requests";
        let one_path = format!("/api/v1/requests/{id}");

        // Before acceptance: nobody but the requester and the admin sees the place.
        let (status, first) = text(&t, &one_path, Some(&stranger)).await;
        assert_eq!(status, StatusCode::OK);
        let first: Value = serde_json::from_str(&first).unwrap();
        let (_, second) = text(&t, &one_path, None).await;
        let second: Value = serde_json::from_str(&second).unwrap();
        assert_eq!(first["location"], second["location"], "the same approximate point on every read");
        assert_eq!(first["approximate"], json!(true));
        let (lat, lon) = (first["location"]["lat"].as_f64().unwrap(), first["location"]["lon"].as_f64().unwrap());
        assert!((lat, lon) != (LAT, LON));
        let km = ((lat - LAT) * 111.32).hypot((lon - LON) * 111.32 * LAT.to_radians().cos());
        assert!(km < 1.0, "the centre is {km} km from the point");

        let offer = |token: String| {
            let t = &t;
            let id = id.clone();
            async move {
                let response = t
                    .post(
                        &format!("/api/v1/requests/{id}/offers"),
                        Some(&token),
                        json!({ "message": "I live next door" }),
                    )
                    .await;
                assert_eq!(response.status(), StatusCode::CREATED);
                response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
            }
        };
        let helper_offer = offer(helper.clone()).await;
        offer(declined.clone()).await;

        let outsiders: [(&str, Option<&str>); 4] = [
            ("stranger", Some(&stranger)),
            ("helper before acceptance", Some(&helper)),
            ("declined", Some(&declined)),
            ("signed out", None),
        ];
        for (who, token) in outsiders {
            for path in [list_path.to_owned(), format!("{list_path}?near=51.05,3.72&within_km=2"), one_path.clone()] {
                let (status, body) = text(&t, &path, token).await;
                assert_eq!(status, StatusCode::OK, "{who} {path}");
                assert_private(&format!("{who} on {path}"), &body);
            }
        }
        let (_, own) = text(&t, &one_path, Some(&requester)).await;
        assert!(own.contains(ADDRESS) && own.contains(PHONE) && own.contains(BENEFICIARY), "{own}");

        // Acceptance: by the requester only.
        problem(
            t.post(&format!("/api/v1/requests/{id}/offers/{helper_offer}/accept"), Some(&helper), json!({})).await,
            StatusCode::FORBIDDEN,
        )
        .await;
        problem(
            t.post(&format!("/api/v1/requests/{id}/offers/{}/accept", uuid_like()), Some(&requester), json!({})).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        let accepted =
            t.post(&format!("/api/v1/requests/{id}/offers/{helper_offer}/accept"), Some(&requester), json!({})).await;
        assert_eq!(accepted.status(), StatusCode::OK);

        let after: [(&str, Option<&str>); 3] =
            [("stranger", Some(&stranger)), ("declined", Some(&declined)), ("signed out", None)];
        for (who, token) in after {
            for path in [list_path.to_owned(), one_path.clone(), format!("{one_path}/messages")] {
                let (_, body) = text(&t, &path, token).await;
                assert_private(&format!("{who} after acceptance on {path}"), &body);
            }
            for (path, body) in [
                (format!("{one_path}/offers"), json!({})),
                (format!("{one_path}/messages"), json!({ "text": "hello" })),
                (format!("{one_path}/complete"), json!({ "minutes": 30 })),
                (format!("{one_path}/cancel"), json!({})),
            ] {
                let response = t.post(&path, token, body).await;
                assert!(response.status().is_client_error(), "{who} {path}");
                assert_private(&format!("{who} posting {path}"), &response.text().await.unwrap());
            }
        }
        for (who, token) in
            [("requester", &requester), ("accepted helper", &helper), ("platform admin", &platform_admin)]
        {
            let (_, body) = text(&t, &one_path, Some(token)).await;
            let json: Value = serde_json::from_str(&body).unwrap();
            assert_eq!(json["address"], json!(ADDRESS), "{who}");
            assert_eq!(json["location"], json!({ "lat": LAT, "lon": LON }), "{who}");
            assert_eq!(json["on_behalf_of"]["phone"], json!(PHONE), "{who}");
        }
        // Lists stay approximate for everyone.
        let (_, list) = text(&t, list_path, Some(&platform_admin)).await;
        assert_private("a list", &list);
    })
    .await;
}

fn uuid_like() -> &'static str {
    "0190a000-0000-7000-8000-000000000000"
}

#[tokio::test]
async fn offers_accept_thread_and_completion_credit_once() {
    on_both(|t| async move {
        let Scene { requester, id, .. } = scene(&t).await;
        let (helper, _) = member(&t, "helper@example.org").await;
        let (other, _) = member(&t, "other@example.org").await;
        let offers = format!("/api/v1/requests/{id}/offers");
        problem(t.post(&offers, Some(&requester), json!({})).await, StatusCode::FORBIDDEN).await;
        let outsider = t.person("outsider@example.org", "Outsider").await;
        problem(t.post(&offers, Some(&outsider), json!({})).await, StatusCode::FORBIDDEN).await;
        let first = t.post(&offers, Some(&helper), json!({ "message": "Happy to" })).await;
        assert_eq!(first.status(), StatusCode::CREATED);
        let offer_id = first.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        problem(t.post(&offers, Some(&helper), json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(t.post(&offers, Some(&other), json!({})).await.status(), StatusCode::CREATED);

        // No thread before acceptance.
        let messages = format!("/api/v1/requests/{id}/messages");
        problem(t.post(&messages, Some(&helper), json!({ "text": "hi" })).await, StatusCode::FORBIDDEN).await;
        problem(
            t.post(&format!("/api/v1/requests/{id}/complete"), Some(&requester), json!({ "minutes": 30 })).await,
            StatusCode::CONFLICT,
        )
        .await;

        assert_eq!(
            t.post(&format!("{offers}/{offer_id}/accept"), Some(&requester), json!({})).await.status(),
            StatusCode::OK
        );
        let view: Value = t.get(&format!("/api/v1/requests/{id}"), Some(&requester)).await.json().await.unwrap();
        let statuses: Vec<&str> =
            view["offers"].as_array().unwrap().iter().map(|o| o["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["accepted", "declined"]);

        assert_eq!(
            t.post(&messages, Some(&helper), json!({ "text": "On my way" })).await.status(),
            StatusCode::CREATED
        );
        assert_eq!(
            t.post(&messages, Some(&requester), json!({ "text": "Thank you!" })).await.status(),
            StatusCode::CREATED
        );
        problem(t.post(&messages, Some(&other), json!({ "text": "me too" })).await, StatusCode::FORBIDDEN).await;
        problem(t.get(&messages, Some(&other)).await, StatusCode::FORBIDDEN).await;
        let thread: Value = t.get(&messages, Some(&helper)).await.json().await.unwrap();
        let texts: Vec<&str> =
            thread["items"].as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["On my way", "Thank you!"]);

        let complete = format!("/api/v1/requests/{id}/complete");
        problem(t.post(&complete, Some(&helper), json!({ "minutes": 30 })).await, StatusCode::FORBIDDEN).await;
        for minutes in [0, -5, 4 * 60] {
            let body = problem(
                t.post(&complete, Some(&requester), json!({ "minutes": minutes })).await,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
            assert!(body["errors"]["minutes"].is_array(), "{minutes}: {body}");
        }
        assert_eq!(t.post(&complete, Some(&requester), json!({ "minutes": 45 })).await.status(), StatusCode::OK);
        problem(t.post(&complete, Some(&requester), json!({ "minutes": 45 })).await, StatusCode::CONFLICT).await;
        let theirs: Value = t.get("/api/v1/me/ledger", Some(&helper)).await.json().await.unwrap();
        assert_eq!(theirs["balances"][0]["amount"], json!(45));
        let mine: Value = t.get("/api/v1/me/ledger", Some(&requester)).await.json().await.unwrap();
        assert_eq!(mine["balances"][0]["amount"], json!(-45));
    })
    .await;
}

#[tokio::test]
async fn export_holds_requests_and_consents_and_erasure_removes_the_address() {
    on_both(|t| async move {
        let Scene { platform_admin, requester, id } = scene(&t).await;
        let export: Value = t.get("/api/v1/me/export", Some(&requester)).await.json().await.unwrap();
        assert_eq!(export["help_requests"][0]["address"], json!(ADDRESS));
        assert_eq!(export["help_requests"][0]["on_behalf_of"]["phone"], json!(PHONE));
        assert_eq!(export["consents"][0]["how"], json!("by phone"));
        assert_eq!(
            t.send(reqwest::Method::DELETE, "/api/v1/me", Some(&requester), None).await.status(),
            StatusCode::NO_CONTENT
        );
        let (status, body) = text(&t, &format!("/api/v1/requests/{id}"), Some(&platform_admin)).await;
        assert_eq!(status, StatusCode::OK);
        assert_private("an erased request, to an admin", &body);
    })
    .await;
}

#[tokio::test]
async fn each_person_of_a_conversation_is_told_of_new_messages_at_most_once_a_quarter_of_an_hour() {
    super::harness::on_each_database(|url| async move {
        let sink = super::smtp::SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        let Scene { requester, id, .. } = scene(&t).await;
        let (helper, _) = member(&t, "helper@example.org").await;
        let offered = t.post(&format!("/api/v1/requests/{id}/offers"), Some(&helper), json!({})).await;
        let offer = offered.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let accept = format!("/api/v1/requests/{id}/offers/{offer}/accept");
        assert_eq!(t.post(&accept, Some(&requester), json!({})).await.status(), StatusCode::OK);
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let before = sink.messages().len();
        let messages = format!("/api/v1/requests/{id}/messages");
        let mails_to = |address: &str| {
            super::smtp::to(&sink, address)
                .iter()
                .map(|m| super::smtp::read(m, address))
                .filter(|m| m.subject.contains("wrote to you"))
                .collect::<Vec<_>>()
        };

        // The first message is told at once, without its words.
        let secret = "I live at Kouter 12, the green door";
        t.post(&messages, Some(&helper), json!({ "text": secret })).await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let told = mails_to("requester@example.org");
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].subject, "helper wrote to you about “Groceries for my neighbour”");
        assert!(told[0].text.contains("helper sent you a message about"), "{}", told[0].text);
        assert!(!told[0].text.contains("Kouter"), "never the words: {}", told[0].text);
        assert!(!told[0].html.contains("Kouter"));

        // Two more within the quarter of an hour: one mail when it is over, counting both.
        t.post(&messages, Some(&helper), json!({ "text": "Which floor?" })).await;
        t.post(&messages, Some(&helper), json!({ "text": "Ring twice?" })).await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        assert_eq!(mails_to("requester@example.org").len(), 1, "not yet");
        t.app.clock().advance(Duration::minutes(16));
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let told = mails_to("requester@example.org");
        assert_eq!(told.len(), 2, "{:?}", told.iter().map(|m| &m.text).collect::<Vec<_>>());
        assert!(told[1].text.contains("helper sent you 2 new messages"), "{}", told[1].text);
        let notes: Value = t.get("/api/v1/me/notifications", Some(&requester)).await.json().await.unwrap();
        let lines: Vec<String> = notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| super::harness::plain(n["text"].as_str().unwrap()))
            .filter(|line| line.contains("sent you"))
            .collect();
        assert_eq!(lines.len(), 2, "told in the app too: {notes}");

        // Read in time, a message is no news; the answer is news to the helper.
        t.post(&messages, Some(&helper), json!({ "text": "Here now" })).await;
        t.app.clock().advance(Duration::minutes(16));
        assert_eq!(t.get(&messages, Some(&requester)).await.status(), StatusCode::OK);
        t.post(&messages, Some(&requester), json!({ "text": "Coming down" })).await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        assert_eq!(mails_to("requester@example.org").len(), 2, "she had read it");
        let helper_told = mails_to("helper@example.org");
        assert_eq!(helper_told.len(), 1);
        assert!(helper_told[0].text.contains("requester sent you a message"), "{}", helper_told[0].text);
        assert!(sink.messages().len() > before);
    })
    .await;
}
