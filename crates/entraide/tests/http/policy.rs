//! A platform's privacy notice and terms: a standard text until its admins write their
//! own, language by language; each save a version; read in the reader's language, else
//! the platform's; accepted, with the version and the time, by whoever joins.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, plain, problem, submit};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

/// The policy as the API gives it to a reader of `language`.
async fn read(t: &TestApp, language: &str) -> Value {
    let response = Client::new()
        .get(t.url("/api/v1/platforms/gent/policy"))
        .header("accept-language", language)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

/// A browser signed in as `email`.
async fn signed_in(t: &TestApp, email: &str) -> Client {
    let client = browser();
    let done = submit(&client, t, "/sign-in", "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER, "signing in {email}");
    client
}

#[tokio::test]
async fn admins_write_the_notice_per_language_and_joining_accepts_the_version_of_the_day() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        let body = json!({"slug": "gent", "name": "Gent helpt", "locale": "nl", "time_zone": "Europe/Brussels"});
        assert_eq!(t.post("/api/v1/platforms", Some(&root), body).await.status(), StatusCode::CREATED);
        let pat_id = t.register("pat@example.org", "Pat").await;
        let path = format!("/api/v1/platforms/gent/members/{pat_id}");
        let made = t.send(Method::PUT, &path, Some(&root), Some(json!({"role": "admin"}))).await;
        assert_eq!(made.status(), StatusCode::NO_CONTENT);
        let ann = t.person("ann@example.org", "Ann").await;

        // Until the team writes its own, the standard text, in the reader's language.
        let standard = read(&t, "en").await;
        assert_eq!((standard["version"].as_i64(), standard["locale"].as_str()), (Some(0), Some("en")));
        assert!(standard["published_at"].is_null());
        assert!(standard["paragraphs"][0].as_str().unwrap().starts_with("Gent helpt runs this site"), "{standard}");
        let visitor = page(&browser(), &t, "/p/gent/privacy?lang=en", StatusCode::OK).await;
        assert!(visitor.contains("This is the standard text"), "{visitor}");
        assert!(!visitor.contains("action=\"/p/gent/join\""), "visitors sign up first");

        // The admin writes it in Dutch on the page; mistakes are named and change nothing.
        let pat = signed_in(&t, "pat@example.org").await;
        let form = page(&pat, &t, "/p/gent/privacy/edit", StatusCode::OK).await;
        assert!(form.contains("<option value=\"nl\" lang=\"nl\" selected>"), "the platform's language first: {form}");
        let bad = [("locale", "nl"), ("body", "Wees vriendelijk.\u{0}")];
        let refused = submit(&pat, &t, "/p/gent/privacy/edit", "/p/gent/privacy/edit", &bad).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&refused.text().await.unwrap()).contains("href=\"#body\""));
        let long = "a".repeat(20_001);
        let too_long = t.send(Method::PUT, "/api/v1/platforms/gent/policy/nl", None, None).await;
        assert_eq!(too_long.status(), StatusCode::UNAUTHORIZED);
        let pat_token = t.token("pat@example.org").await;
        let too_long = t
            .send(Method::PUT, "/api/v1/platforms/gent/policy/nl", Some(&pat_token), Some(json!({"text": long})))
            .await;
        assert!(problem(too_long, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["body"].is_array());
        let unknown = t
            .send(Method::PUT, "/api/v1/platforms/gent/policy/xx", Some(&pat_token), Some(json!({"text": "Hi"})))
            .await;
        assert!(problem(unknown, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["locale"].is_array());
        let member = t
            .send(Method::PUT, "/api/v1/platforms/gent/policy/nl", Some(&ann), Some(json!({"text": "Mine now"})))
            .await;
        problem(member, StatusCode::FORBIDDEN).await;
        assert_eq!(read(&t, "en").await["version"], 0, "nothing changed");

        let good = [("locale", "nl"), ("body", "Wees vriendelijk.\r\n\r\nVraag nooit geld voor hulp.")];
        let published = submit(&pat, &t, "/p/gent/privacy/edit", "/p/gent/privacy/edit", &good).await;
        // The language written is not the page's (`?lang=` switches the whole page).
        assert_eq!(location(&published), "/p/gent/privacy/edit?text=nl&notice=published");
        let french_form = page(&pat, &t, "/p/gent/privacy/edit?text=fr", StatusCode::OK).await;
        assert!(
            french_form.contains("<html lang=\"en\"") || french_form.contains("<html lang=\"nl\""),
            "the page keeps its language"
        );
        assert!(french_form.contains("<option value=\"fr\" lang=\"fr\" selected>"), "{french_form}");
        let french = json!({"text": "Soyez aimable."});
        let put = t.send(Method::PUT, "/api/v1/platforms/gent/policy/fr", Some(&pat_token), Some(french)).await;
        assert_eq!(put.status(), StatusCode::OK);
        assert_eq!(put.json::<Value>().await.unwrap()["version"], 2);

        // Each reader gets their language, else the platform's.
        let fr = read(&t, "fr").await;
        assert_eq!((fr["version"].as_i64(), fr["locale"].as_str()), (Some(2), Some("fr")));
        let de = read(&t, "de").await;
        assert_eq!(de["locale"], "nl");
        assert_eq!(de["paragraphs"], json!(["Wees vriendelijk.", "Vraag nooit geld voor hulp."]));
        let shown = page(&browser(), &t, "/p/gent/privacy?lang=en", StatusCode::OK).await;
        assert!(shown.contains("<div class=\"policy\" lang=\"nl\">"), "marked as Dutch for screen readers: {shown}");
        assert!(shown.contains("Version 2, published on"), "{shown}");

        // Joining from the page accepts the version of the day, as read.
        let ann_browser = signed_in(&t, "ann@example.org").await;
        let offer = page(&ann_browser, &t, "/p/gent/privacy?lang=en", StatusCode::OK).await;
        assert!(offer.contains("I have read and accept the privacy notice and terms of Gent helpt"), "{offer}");
        let fields = [("accept_terms", "on"), ("next", "/p/gent")];
        let joined = submit(&ann_browser, &t, "/p/gent/privacy?lang=en", "/p/gent/join", &fields).await;
        assert_eq!(location(&joined), "/p/gent");
        let export: Value = t.get("/api/v1/me/export", Some(&ann)).await.json().await.unwrap();
        let accepted = &export["policy_acceptances"][0];
        assert_eq!((accepted["platform"].as_str(), accepted["version"].as_i64()), (Some("gent"), Some(2)), "{export}");
        assert_eq!(accepted["locale"], "nl", "the language she read it in");

        // An app shows the text and records the acceptance through the API.
        let bob = t.person("bob@example.org", "Bob").await;
        let accepted = Client::new()
            .post(t.url("/api/v1/platforms/gent/policy/acceptance"))
            .bearer_auth(&bob)
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap();
        assert_eq!(accepted.status(), StatusCode::CREATED);
        let accepted: Value = accepted.json().await.unwrap();
        assert_eq!((accepted["version"].as_i64(), accepted["locale"].as_str()), (Some(2), Some("fr")));
    })
    .await;
}
