//! Skills, causes and help categories in every language: the defaults read in the
//! reader's language, platform admins name the others per language (the platform's own
//! first), and each reader sees their language, else the platform's, else English.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, problem, submit};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Platform `gent`, Dutch by default; returns the instance admin's token.
async fn dutch_platform(t: &TestApp) -> String {
    let root = t.instance_admin().await;
    let body = json!({ "slug": "gent", "name": "Gent helpt", "locale": "nl" });
    assert_eq!(t.post("/api/v1/platforms", Some(&root), body).await.status(), StatusCode::CREATED);
    root
}

/// A list as read in `language`: (code, name) pairs.
async fn read(t: &TestApp, path: &str, language: &str) -> Vec<(String, String)> {
    let response = reqwest::Client::new().get(t.url(path)).header("Accept-Language", language).send().await.unwrap();
    let list: Value = response.json().await.unwrap();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["code"].as_str().unwrap().to_owned(), i["name"].as_str().unwrap().to_owned()))
        .collect()
}

fn name_of(list: &[(String, String)], code: &str) -> String {
    list.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()).unwrap_or_default()
}

#[tokio::test]
async fn terms_read_in_the_readers_language_else_the_platforms_else_english() {
    on_both(|t| async move {
        let root = dutch_platform(&t).await;
        let categories = "/api/v1/platforms/gent/help-categories";
        assert_eq!(name_of(&read(&t, categories, "fr").await, "groceries"), "Courses", "the default, in French");
        assert_eq!(name_of(&read(&t, categories, "en").await, "groceries"), "Groceries");
        assert_eq!(read(&t, categories, "fr").await.last().unwrap().0, "other", "“Other” comes last");

        // A skill the platform adds, named in English and in Dutch.
        let bikes = "/api/v1/platforms/gent/terms/skill/bikes";
        let body = json!({ "label": "Bike repairs", "names": { "nl": "Fietsherstel" } });
        let put: Value = t.send(Method::PUT, bikes, Some(&root), Some(body)).await.json().await.unwrap();
        assert_eq!(put["names"], json!({ "nl": "Fietsherstel" }));
        let skills = "/api/v1/platforms/gent/terms/skill";
        assert_eq!(name_of(&read(&t, skills, "nl").await, "bikes"), "Fietsherstel");
        assert_eq!(name_of(&read(&t, skills, "fr").await, "bikes"), "Fietsherstel", "no French: the platform's");
        assert_eq!(name_of(&read(&t, skills, "en").await, "bikes"), "Bike repairs");

        // Renamed in English without names: the names stay.
        let renamed = t.send(Method::PUT, bikes, Some(&root), Some(json!({ "label": "Bicycle repairs" }))).await;
        assert_eq!(renamed.status(), StatusCode::OK);
        assert_eq!(name_of(&read(&t, skills, "nl").await, "bikes"), "Fietsherstel");

        // Bad names are named, and change nothing.
        for (body, field) in [
            (json!({ "label": "Bikes", "names": { "xx": "Velo" } }), "names"),
            (json!({ "label": "Bikes", "names": { "en": "Bikes" } }), "names"),
            (json!({ "label": "Bikes", "names": { "fr": "Vé\u{0}lo" } }), "name-fr"),
            (json!({ "label": "Bikes", "names": { "fr": "v".repeat(81) } }), "name-fr"),
            (json!({ "label": " ", "names": { "fr": "Vélo" } }), "label"),
        ] {
            let wrong = problem(
                t.send(Method::PUT, bikes, Some(&root), Some(body.clone())).await,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
            assert!(wrong["errors"][field].is_array(), "{body}: {wrong}");
        }
        assert_eq!(name_of(&read(&t, skills, "en").await, "bikes"), "Bicycle repairs");
        assert_eq!(name_of(&read(&t, skills, "fr").await, "bikes"), "Fietsherstel");

        // Help categories take names the same way; a renamed default loses its catalogue name.
        let groceries = "/api/v1/platforms/gent/help-categories/groceries";
        let body = json!({ "label": "Shopping", "names": { "fr": "Emplettes" } });
        assert_eq!(t.send(Method::PUT, groceries, Some(&root), Some(body)).await.status(), StatusCode::OK);
        assert_eq!(name_of(&read(&t, categories, "fr").await, "groceries"), "Emplettes");
        assert_eq!(name_of(&read(&t, categories, "de").await, "groceries"), "Shopping", "renamed: no catalogue name");
    })
    .await;
}

#[tokio::test]
async fn platform_admins_name_a_term_per_language_and_each_reader_sees_theirs() {
    on_both(|t| async move {
        let root = dutch_platform(&t).await;
        let id = t.register("admin@example.org", "Admin").await;
        let promote = json!({ "role": "admin" });
        let admin_token = t.token("admin@example.org").await;
        t.post("/api/v1/platforms/gent/members", Some(&admin_token), json!({})).await;
        let path = format!("/api/v1/platforms/gent/members/{id}");
        assert!(t.send(Method::PUT, &path, Some(&root), Some(promote)).await.status().is_success());
        let admin = browser();
        let signed_in =
            submit(&admin, &t, "/sign-in", "/sign-in", &[("email", "admin@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);

        // Adding a category with its name in the platform's language, on the list page.
        let list = page(&admin, &t, "/p/gent/terms?lang=en", StatusCode::OK).await;
        assert!(list.contains("Name in Nederlands (optional)"), "{list}");
        let added = submit(
            &admin,
            &t,
            "/p/gent/terms",
            "/p/gent/terms/put",
            &[
                ("action", "add"),
                ("kind", "help-category"),
                ("code", "garden"),
                ("label", "Gardening"),
                ("name-nl", "Tuinieren"),
            ],
        )
        .await;
        assert_eq!(location(&added), "/p/gent/terms?notice=added");

        // The names page: English, Dutch first, then the others; defaults show their
        // usual translation as a placeholder.
        let names = "/p/gent/terms/help-category/groceries";
        let form = page(&admin, &t, &format!("{names}?lang=en"), StatusCode::OK).await;
        assert!(form.find("name=\"name-nl\"").unwrap() < form.find("name=\"name-fr\"").unwrap(), "Dutch first");
        assert!(form.contains("placeholder=\"Courses\""), "{form}");
        let empty = submit(&admin, &t, names, names, &[("label", ""), ("name-fr", "Commissions")]).await;
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.text().await.unwrap().contains("href=\"#label\""), "the summary leads to the field");
        let saved = submit(&admin, &t, names, names, &[("label", "Groceries"), ("name-fr", "Commissions")]).await;
        assert_eq!(location(&saved), "/p/gent/terms?notice=named");
        let unknown = page(&admin, &t, "/p/gent/terms/help-category/nothing", StatusCode::NOT_FOUND).await;
        assert!(!unknown.is_empty());

        // Each reader, on the ask-for-help page.
        let ask = |language: &str| format!("/p/gent/help/new?lang={language}");
        let french = page(&admin, &t, &ask("fr"), StatusCode::OK).await;
        assert!(french.contains("Commissions") && french.contains("Tuinieren"), "French reads its name, else Dutch");
        let english = page(&admin, &t, &ask("en"), StatusCode::OK).await;
        assert!(english.contains("Groceries") && english.contains("Gardening"));
        let german = page(&admin, &t, &ask("de"), StatusCode::OK).await;
        assert!(german.contains("Einkäufe") && german.contains("Sonstiges"), "the German catalogue's names");
        let other_last = english.rfind("Other").unwrap();
        assert!(english.find("Gardening").unwrap() < other_last, "“Other” last");
    })
    .await;
}
