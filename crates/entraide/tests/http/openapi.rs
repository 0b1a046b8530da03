//! The API describes itself, every described route answers, and the health check works.

use super::harness::on_both;
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// Every route of the public contract (API.md) built so far, and those added beside it.
const ROUTES: &[(&str, &str)] = &[
    ("post", "/api/v1/accounts"),
    ("post", "/api/v1/accounts/{id}/reinstatement"),
    ("post", "/api/v1/accounts/{id}/suspension"),
    ("post", "/api/v1/auth/token"),
    ("delete", "/api/v1/auth/token"),
    ("post", "/api/v1/auth/password-reset"),
    ("post", "/api/v1/auth/password-reset/confirm"),
    ("post", "/api/v1/auth/email-confirmation"),
    ("post", "/api/v1/me/email"),
    ("post", "/api/v1/me/email/confirmation"),
    ("get", "/api/v1/platforms/{slug}/policy"),
    ("get", "/api/v1/platforms/{slug}/places"),
    ("put", "/api/v1/platforms/{slug}/policy/{locale}"),
    ("post", "/api/v1/platforms/{slug}/policy/acceptance"),
    ("get", "/api/v1/outbox"),
    ("get", "/api/v1/me"),
    ("patch", "/api/v1/me"),
    ("delete", "/api/v1/me"),
    ("post", "/api/v1/me/password"),
    ("get", "/api/v1/me/export"),
    ("get", "/api/v1/me/tokens"),
    ("get", "/api/v1/me/calendar.ics"),
    ("post", "/api/v1/me/calendar-feed"),
    ("delete", "/api/v1/me/calendar-feed"),
    ("delete", "/api/v1/me/tokens/{id}"),
    ("get", "/api/v1/me/notifications"),
    ("post", "/api/v1/me/notifications/read"),
    ("get", "/api/v1/platforms/{slug}/outbox"),
    ("get", "/api/v1/platforms"),
    ("post", "/api/v1/platforms"),
    ("get", "/api/v1/platforms/{slug}"),
    ("post", "/api/v1/platforms/{slug}/members"),
    ("put", "/api/v1/platforms/{slug}/members/{account_id}"),
    ("get", "/api/v1/platforms/{slug}/organisations"),
    ("post", "/api/v1/platforms/{slug}/organisations"),
    ("get", "/api/v1/organisations/{id}"),
    ("get", "/api/v1/organisations/{id}/members"),
    ("put", "/api/v1/organisations/{id}/members"),
    ("delete", "/api/v1/organisations/{id}/members/{account_id}"),
    ("put", "/api/v1/organisations/{id}/verified"),
    ("post", "/api/v1/organisations/{id}/opportunities"),
    ("get", "/api/v1/platforms/{slug}/opportunities"),
    ("get", "/api/v1/opportunities/{id}"),
    ("put", "/api/v1/opportunities/{id}"),
    ("post", "/api/v1/opportunities/{id}/shifts"),
    ("post", "/api/v1/opportunities/{id}/shift-series"),
    ("post", "/api/v1/opportunities/{id}/hours"),
    ("put", "/api/v1/shifts/{id}"),
    ("delete", "/api/v1/shifts/{id}"),
    ("post", "/api/v1/shifts/{id}/signups"),
    ("get", "/api/v1/shifts/{id}/signups"),
    ("post", "/api/v1/shifts/{id}/attendance"),
    ("get", "/api/v1/shifts/{id}/roster.csv"),
    ("delete", "/api/v1/signups/{id}"),
    ("post", "/api/v1/signups/{id}/attendance"),
    ("get", "/api/v1/me/signups"),
    ("get", "/api/v1/me/profile"),
    ("put", "/api/v1/me/profile"),
    ("get", "/api/v1/me/suggestions"),
    ("get", "/api/v1/shifts/{id}/suggestions"),
    ("get", "/api/v1/me/hours"),
    ("post", "/api/v1/hour-reports/{id}/decision"),
    ("get", "/api/v1/organisations/{id}/dashboard"),
    ("get", "/api/v1/platforms/{slug}/terms/{kind}"),
    ("put", "/api/v1/platforms/{slug}/terms/{kind}/{code}"),
    ("delete", "/api/v1/platforms/{slug}/terms/{kind}/{code}"),
    ("get", "/api/v1/me/ledger"),
    ("post", "/api/v1/organisations/{id}/transfers"),
    ("get", "/api/v1/organisations/{id}/ledger"),
    ("get", "/api/v1/organisations/{id}/ledger.csv"),
    ("put", "/api/v1/platforms/{slug}/credit-limits/{unit}"),
    ("post", "/api/v1/ledger/entries/{id}/reversal"),
    ("post", "/api/v1/platforms/{slug}/requests"),
    ("get", "/api/v1/platforms/{slug}/requests"),
    ("get", "/api/v1/requests/{id}"),
    ("post", "/api/v1/requests/{id}/cancel"),
    ("post", "/api/v1/requests/{id}/offers"),
    ("post", "/api/v1/requests/{id}/offers/{offer_id}/accept"),
    ("post", "/api/v1/requests/{id}/messages"),
    ("get", "/api/v1/requests/{id}/messages"),
    ("post", "/api/v1/requests/{id}/complete"),
    ("post", "/api/v1/platforms/{slug}/standing-offers"),
    ("get", "/api/v1/me/standing-offers"),
    ("delete", "/api/v1/me/standing-offers/{id}"),
    ("post", "/api/v1/requests/{id}/thanks"),
    ("get", "/api/v1/requests/{id}/thanks"),
    ("get", "/api/v1/platforms/{slug}/help-categories"),
    ("put", "/api/v1/platforms/{slug}/help-categories/{code}"),
    ("delete", "/api/v1/platforms/{slug}/help-categories/{code}"),
    ("post", "/api/v1/reports"),
    ("post", "/api/v1/shifts/{id}/invitations"),
    ("get", "/api/v1/me/request-suggestions"),
    ("post", "/api/v1/me/blocks"),
    ("get", "/api/v1/me/blocks"),
    ("delete", "/api/v1/me/blocks/{account_id}"),
    ("get", "/api/v1/platforms/{slug}/moderation"),
    ("post", "/api/v1/platforms/{slug}/moderation/actions"),
];

#[tokio::test]
async fn openapi_describes_exactly_the_api_and_every_described_route_answers() {
    on_both(|t| async move {
        let response = t.get("/openapi.json", None).await;
        assert_eq!(response.status(), StatusCode::OK);
        let spec: Value = response.json().await.unwrap();
        assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
        let mut described = Vec::new();
        for (path, item) in spec["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                described.push((method.clone(), path.clone()));
            }
        }
        described.sort();
        let mut expected: Vec<_> = ROUTES.iter().map(|(m, p)| ((*m).to_owned(), (*p).to_owned())).collect();
        expected.sort();
        assert_eq!(described, expected);

        // Each described route is served by the API (not the page fallback), signed out.
        for (method, path) in ROUTES {
            let concrete = path
                .replace("{slug}", "nowhere")
                .replace("{id}", "unknown")
                .replace("{account_id}", "unknown")
                .replace("{offer_id}", "unknown")
                .replace("{kind}", "skill")
                .replace("{code}", "unknown");
            let method: Method = method.to_uppercase().parse().unwrap();
            let response = reqwest::Client::new()
                .request(method.clone(), t.url(&concrete))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .unwrap();
            assert_ne!(response.status(), StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
            let content_type =
                response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
            assert!(
                !content_type.starts_with("text/html"),
                "{method} {path} is answered by the API, got {content_type}"
            );
        }
        assert_eq!(t.get("/healthz", None).await.status(), StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn the_description_announces_problem_documents_limits_and_every_parameter() {
    on_both(|t| async move {
        let spec: Value = t.get("/openapi.json", None).await.json().await.unwrap();
        let problem_ref = "#/components/schemas/Problem";
        assert!(spec["components"]["schemas"]["Problem"]["properties"]["errors"].is_object());
        let mut operation_ids = std::collections::BTreeSet::new();
        for (path, item) in spec["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let name = format!("{method} {path}");
                assert!(
                    operation_ids.insert(operation["operationId"].as_str().unwrap().to_owned()),
                    "{name}: operationId taken"
                );
                let responses = operation["responses"].as_object().unwrap();
                for (status, response) in responses {
                    if status.starts_with('4') || status.starts_with('5') {
                        let schema = &response["content"]["application/problem+json"]["schema"]["$ref"];
                        assert_eq!(schema, problem_ref, "{name} {status} is a problem document");
                    }
                }
                let has = |status: &str| responses.contains_key(status);
                let parameters = operation["parameters"].as_array().cloned().unwrap_or_default();
                for parameter in &parameters {
                    let place = parameter["in"].as_str().unwrap();
                    let name_in_path = path.contains(&format!("{{{}}}", parameter["name"].as_str().unwrap()));
                    assert_eq!(place == "path", name_in_path, "{name}: parameter {parameter} is where it belongs");
                }
                if operation.get("security").is_some() {
                    assert!(has("401"), "{name} announces 401");
                }
                if operation.get("requestBody").is_some() {
                    for status in ["400", "413", "422"] {
                        assert!(has(status), "{name} announces {status}");
                    }
                }
                if parameters.iter().any(|p| p["in"] == "path") {
                    assert!(has("404"), "{name} announces 404");
                }
                if parameters.iter().any(|p| p["in"] == "query") {
                    assert!(has("422"), "{name} announces 422");
                }
            }
        }

        // Limits of the domain's parsers, as schema constraints.
        let schema = |name: &str, field: &str| spec["components"]["schemas"][name]["properties"][field].clone();
        assert_eq!(schema("NewAccountBody", "display_name")["maxLength"], 80);
        assert_eq!(schema("NewAccountBody", "display_name")["minLength"], 1);
        assert_eq!(schema("NewAccountBody", "password")["minLength"], 10);
        assert_eq!(schema("NewAccountBody", "password")["maxLength"], 1024);
        assert_eq!(schema("ShiftBody", "slots")["minimum"], 1);
        assert_eq!(schema("ShiftBody", "slots")["maximum"], 10000);
        assert_eq!(schema("ProfileBody", "within_km")["maximum"], 500.0);
        let ledger = &spec["paths"]["/api/v1/me/ledger"]["get"];
        assert_eq!(ledger["parameters"][0]["in"], "query");
        let retry_after = &spec["paths"]["/api/v1/auth/token"]["post"]["responses"]["429"]["headers"]["Retry-After"];
        assert!(retry_after.is_object(), "429 announces Retry-After");
    })
    .await;
}
