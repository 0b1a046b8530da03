//! Accounts, tokens and personal data through the API.

use super::harness::{PASSWORD, on_both, problem};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn registering_gives_an_id_and_refuses_a_taken_email_whatever_its_case() {
    on_both(|t| async move {
        let body = json!({ "email": "Ann@Example.org", "password": PASSWORD, "display_name": "Ann", "birth_date": "1990-04-23", "locale": "fr" });
        let response = t.post("/api/v1/accounts", None, body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let id = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        assert!(!id.is_empty());

        let again = json!({ "email": "ann@EXAMPLE.org", "password": PASSWORD, "display_name": "Other Ann" });
        let body = problem(t.post("/api/v1/accounts", None, again).await, StatusCode::CONFLICT).await;
        assert!(body["errors"]["email"][0].as_str().unwrap().contains("already exists"));

        let token = t.token("ann@example.org").await;
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["id"], id.as_str());
        assert_eq!(me["email"], "ann@example.org");
        assert_eq!(me["locale"], "fr");
        assert_eq!(me["birth_date"], "1990-04-23");
    })
    .await;
}

#[tokio::test]
async fn bad_registrations_name_each_field_and_create_nothing() {
    on_both(|t| async move {
        let weak = json!({ "email": "bob@example.org", "password": "short", "display_name": "Bob" });
        let body = problem(t.post("/api/v1/accounts", None, weak).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["password"][0].as_str().unwrap().contains("10 characters"));

        let malformed = json!({ "email": "bob-at-example", "password": PASSWORD, "display_name": "Bob", "birth_date": "2999-01-01" });
        let body = problem(t.post("/api/v1/accounts", None, malformed).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["email"].is_array());
        assert!(body["errors"]["birth_date"].is_array());

        let wrong_type = json!({ "email": 5, "password": PASSWORD, "display_name": "Bob" });
        let body = problem(t.post("/api/v1/accounts", None, wrong_type).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["email"].is_array());

        let missing = json!({ "email": "bob@example.org", "password": PASSWORD });
        let body = problem(t.post("/api/v1/accounts", None, missing).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["display_name"].is_array());

        let response = reqwest::Client::new()
            .post(t.url("/api/v1/accounts"))
            .header("content-type", "application/json")
            .body("{\"email\": ")
            .send()
            .await
            .unwrap();
        problem(response, StatusCode::BAD_REQUEST).await;

        // None of these created the account: the address is still free.
        t.register("bob@example.org", "Bob").await;
    })
    .await;
}

#[tokio::test]
async fn tokens_authenticate_until_revoked_and_wrong_credentials_are_401() {
    on_both(|t| async move {
        t.register("ann@example.org", "Ann").await;
        problem(t.get("/api/v1/me", None).await, StatusCode::UNAUTHORIZED).await;
        problem(t.get("/api/v1/me", Some("not-a-token")).await, StatusCode::UNAUTHORIZED).await;
        let wrong = json!({ "email": "ann@example.org", "password": "wrong password!" });
        problem(t.post("/api/v1/auth/token", None, wrong).await, StatusCode::UNAUTHORIZED).await;
        let unknown = json!({ "email": "nobody@example.org", "password": PASSWORD });
        problem(t.post("/api/v1/auth/token", None, unknown).await, StatusCode::UNAUTHORIZED).await;

        let first = t.token("ann@example.org").await;
        let second = t.token("ann@example.org").await;
        assert_eq!(t.get("/api/v1/me", Some(&first)).await.status(), StatusCode::OK);
        let tokens: Value = t.get("/api/v1/me/tokens", Some(&first)).await.json().await.unwrap();
        assert_eq!(tokens["items"].as_array().unwrap().len(), 2);
        assert!(tokens.to_string().find(&first).is_none(), "secrets are never listed");

        let revoked = t.send(Method::DELETE, "/api/v1/auth/token", Some(&first), None).await;
        assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
        problem(t.get("/api/v1/me", Some(&first)).await, StatusCode::UNAUTHORIZED).await;
        assert_eq!(t.get("/api/v1/me", Some(&second)).await.status(), StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn guessing_passwords_is_stopped_with_429_and_retry_after() {
    on_both(|t| async move {
        t.register("ann@example.org", "Ann").await;
        for _ in 0..5 {
            let wrong = json!({ "email": "ann@example.org", "password": "guess guess guess" });
            assert_eq!(t.post("/api/v1/auth/token", None, wrong).await.status(), StatusCode::UNAUTHORIZED);
        }
        // Now even the right password is refused until the window passes.
        let right = json!({ "email": "ann@example.org", "password": PASSWORD });
        let response = t.post("/api/v1/auth/token", None, right).await;
        let retry_after: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!(retry_after > 0 && retry_after <= 15 * 60);
        problem(response, StatusCode::TOO_MANY_REQUESTS).await;
        // Another account from the same client is not locked out yet.
        t.register("bob@example.org", "Bob").await;
        t.token("bob@example.org").await;
    })
    .await;
}

#[tokio::test]
async fn changing_the_password_ends_every_token() {
    on_both(|t| async move {
        let token = t.person("ann@example.org", "Ann").await;
        let wrong = json!({ "current_password": "not it at all", "new_password": "a new long password" });
        let body =
            problem(t.post("/api/v1/me/password", Some(&token), wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["current_password"].is_array());
        let change = json!({ "current_password": PASSWORD, "new_password": "a new long password" });
        assert_eq!(t.post("/api/v1/me/password", Some(&token), change).await.status(), StatusCode::NO_CONTENT);
        problem(t.get("/api/v1/me", Some(&token)).await, StatusCode::UNAUTHORIZED).await;
        let login = json!({ "email": "ann@example.org", "password": "a new long password" });
        assert_eq!(t.post("/api/v1/auth/token", None, login).await.status(), StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn export_holds_everything_and_erasure_removes_the_person() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let token = t.person("ann@example.org", "Ann").await;
        assert_eq!(
            t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(),
            StatusCode::CREATED
        );
        let organisation = json!({ "name": "Voedselbank", "kind": "nonprofit" });
        assert_eq!(
            t.post("/api/v1/platforms/gent/organisations", Some(&token), organisation).await.status(),
            StatusCode::CREATED
        );

        let export: Value = t.get("/api/v1/me/export", Some(&token)).await.json().await.unwrap();
        assert_eq!(export["account"]["email"], "ann@example.org");
        assert_eq!(export["account"]["display_name"], "Ann");
        assert_eq!(export["platforms"][0]["platform"], "gent");
        assert_eq!(export["organisations"][0]["name"], "Voedselbank");
        assert_eq!(export["organisations"][0]["role"], "admin");
        assert_eq!(export["api_tokens"].as_array().unwrap().len(), 1);
        assert!(export.to_string().find("argon2").is_none(), "no password hash in the export");

        let erased = t.send(Method::DELETE, "/api/v1/me", Some(&token), None).await;
        assert_eq!(erased.status(), StatusCode::NO_CONTENT);
        problem(t.get("/api/v1/me/export", Some(&token)).await, StatusCode::UNAUTHORIZED).await;
        let login = json!({ "email": "ann@example.org", "password": PASSWORD });
        problem(t.post("/api/v1/auth/token", None, login).await, StatusCode::UNAUTHORIZED).await;
        // The organisation stays; the person is gone from it.
        let organisations: Value = t.get("/api/v1/platforms/gent/organisations", None).await.json().await.unwrap();
        assert_eq!(organisations["items"][0]["name"], "Voedselbank");
        // The address is free for a new account.
        t.register("ann@example.org", "Ann again").await;
    })
    .await;
}
