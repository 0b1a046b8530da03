//! Every error of the API is a problem document (RFC 9457), whoever raised it: our use
//! cases, axum's own rejections and method routing, the body limit, the CSRF guard; and
//! its texts carry none of the invisible isolation marks that Fluent puts in pages.

use super::harness::{on_both, problem};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

const MARKS: [char; 2] = ['\u{2068}', '\u{2069}'];

#[tokio::test]
async fn axum_rejections_unknown_paths_and_wrong_methods_are_problem_documents() {
    on_both(|t| async move {
        let client = Client::new();
        let body = problem(t.get("/api/v1/nothing/here", None).await, StatusCode::NOT_FOUND).await;
        assert_eq!(body["code"], "not-found");
        problem(t.get("/api/v1", None).await, StatusCode::NOT_FOUND).await;

        let response = t.send(Method::PATCH, "/api/v1/platforms", None, Some(json!({}))).await;
        let allow = response.headers().get("allow").expect("405 says what is allowed").to_str().unwrap().to_owned();
        assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
        let body = problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
        assert_eq!(body["code"], "method-not-allowed");

        // A path parameter that is not UTF-8 once decoded.
        let body = problem(t.get("/api/v1/platforms/%FF%FE", None).await, StatusCode::BAD_REQUEST).await;
        assert_eq!(body["code"], "malformed");

        // A body that is not JSON.
        let response = client
            .post(t.url("/api/v1/accounts"))
            .header("content-type", "text/plain")
            .body("hello")
            .send()
            .await
            .unwrap();
        problem(response, StatusCode::BAD_REQUEST).await;

        // A query parameter of the wrong type names the parameter, like a JSON field.
        let body = problem(
            t.get("/api/v1/platforms/nowhere/opportunities?limit=ten", None).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["limit"][0].as_str().unwrap().contains("wrong type"), "{body}");

        // A browser request from another site, refused before any handler.
        let response = client
            .post(t.url("/api/v1/accounts"))
            .header("sec-fetch-site", "cross-site")
            .json(&json!({ "email": "eve@example.org", "password": "correct horse battery", "display_name": "Eve" }))
            .send()
            .await
            .unwrap();
        problem(response, StatusCode::FORBIDDEN).await;
    })
    .await;
}

#[tokio::test]
async fn a_body_over_one_mebibyte_is_refused_with_413_as_a_problem() {
    on_both(|t| async move {
        let big = json!({ "email": "big@example.org", "password": "correct horse battery", "display_name": "x".repeat(entraide_web::API_BODY_LIMIT) });
        let response = Client::new().post(t.url("/api/v1/accounts")).json(&big).send().await.unwrap();
        let body = problem(response, StatusCode::PAYLOAD_TOO_LARGE).await;
        assert_eq!(body["code"], "payload-too-large");
        // Just under the limit, the body is read (and this one refused for its name).
        let under = json!({ "email": "big@example.org", "password": "correct horse battery", "display_name": "x".repeat(1000) });
        problem(t.post("/api/v1/accounts", None, under).await, StatusCode::UNPROCESSABLE_ENTITY).await;
    })
    .await;
}

#[tokio::test]
async fn api_error_texts_carry_no_isolation_marks_while_pages_keep_them() {
    on_both(|t| async move {
        let response = t.get("/api/v1/platforms/nowhere/requests?within_km=far&limit=ten", None).await;
        let body: Value = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let text = body.to_string();
        assert!(text.contains("wrong type"), "{text}");
        assert!(!text.contains(MARKS), "no isolation marks in {text}");

        // The same catalogue in a page ("Asked on {date}" on the list of requests): the
        // value inserted is isolated, so it reads right in a right-to-left sentence.
        let root = t.instance_admin().await;
        t.platform(&root, "gent").await;
        let member = t.person("ann@example.org", "Ann").await;
        assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&member), json!({})).await.status(), StatusCode::CREATED);
        let in_hours = |h: i64| (chrono::Utc::now() + chrono::Duration::hours(h)).to_rfc3339();
        let request = json!({
            "category": "groceries", "title": "Groceries", "description": "Bread and milk.",
            "location": { "lat": 51.05, "lon": 3.72 }, "address": "Dok Noord 2", "needed_from": in_hours(2), "needed_until": in_hours(6)
        });
        assert_eq!(t.post("/api/v1/platforms/gent/requests", Some(&member), request).await.status(), StatusCode::CREATED);
        let html = Client::new().get(t.url("/p/gent/help?lang=ar")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(MARKS[0]) && html.contains(MARKS[1]), "pages keep Fluent's isolation marks");
    })
    .await;
}
