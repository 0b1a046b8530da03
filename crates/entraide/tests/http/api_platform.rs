//! Platforms and membership through the API.

use super::harness::{on_both, problem};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn only_instance_admins_create_platforms_and_bad_input_names_the_field() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        let ann = t.person("ann@example.org", "Ann").await;
        let gent = json!({ "slug": "gent", "name": "Gent helpt", "locale": "nl", "center": { "lat": 51.05, "lon": 3.72 } });
        problem(t.post("/api/v1/platforms", Some(&ann), gent.clone()).await, StatusCode::FORBIDDEN).await;
        problem(t.post("/api/v1/platforms", None, gent.clone()).await, StatusCode::UNAUTHORIZED).await;

        let response = t.post("/api/v1/platforms", Some(&admin), gent.clone()).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        assert_eq!(response.json::<Value>().await.unwrap(), json!({ "slug": "gent" }));
        problem(t.post("/api/v1/platforms", Some(&admin), gent).await, StatusCode::CONFLICT).await;

        let child = json!({ "slug": "gent-brugse-poort", "name": "Brugse Poort", "parent": "gent" });
        assert_eq!(t.post("/api/v1/platforms", Some(&admin), child).await.status(), StatusCode::CREATED);
        let shown: Value = t.get("/api/v1/platforms/gent-brugse-poort", None).await.json().await.unwrap();
        assert_eq!(shown["parent"], "gent");
        let shown: Value = t.get("/api/v1/platforms/gent", None).await.json().await.unwrap();
        assert_eq!(shown["locale"], "nl");
        assert_eq!(shown["time_zone"], "UTC", "platforms that do not say are on UTC");
        assert_eq!(shown["center"], json!({ "lat": 51.05, "lon": 3.72 }));

        let bad = json!({ "slug": "Not A Slug", "name": "", "parent": "nowhere", "locale": "xx", "center": { "lat": 95.0, "lon": 3.0 }, "time_zone": "Mars/Olympus" });
        let body = problem(t.post("/api/v1/platforms", Some(&admin), bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["slug", "name", "locale", "center.lat", "time_zone"] {
            assert!(body["errors"][field].is_array(), "{field} is named in {body}");
        }
        let orphan = json!({ "slug": "orphan", "name": "Orphan", "parent": "nowhere" });
        let body = problem(t.post("/api/v1/platforms", Some(&admin), orphan).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["parent"].is_array());

        let list: Value = t.get("/api/v1/platforms", None).await.json().await.unwrap();
        let slugs: Vec<_> = list["items"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap()).collect();
        assert_eq!(slugs.len(), 2);
        assert!(list["next_cursor"].is_null());
        problem(t.get("/api/v1/platforms/orphan", None).await, StatusCode::NOT_FOUND).await;
    })
    .await;
}

#[tokio::test]
async fn people_join_once_and_platform_admins_are_a_role_on_the_platform() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        t.platform(&admin, "lille").await;
        let ann = t.person("ann@example.org", "Ann").await;
        let bob_id = t.register("bob@example.org", "Bob").await;
        let bob = t.token("bob@example.org").await;

        assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&ann), json!({})).await.status(), StatusCode::CREATED);
        problem(t.post("/api/v1/platforms/gent/members", Some(&ann), json!({})).await, StatusCode::CONFLICT).await;
        problem(t.post("/api/v1/platforms/nowhere/members", Some(&ann), json!({})).await, StatusCode::NOT_FOUND).await;

        // Ann is a member, not an admin: she cannot hand out roles.
        let path = format!("/api/v1/platforms/gent/members/{bob_id}");
        let make_admin = Some(json!({ "role": "admin" }));
        problem(t.send(Method::PUT, &path, Some(&ann), make_admin.clone()).await, StatusCode::FORBIDDEN).await;
        assert_eq!(t.send(Method::PUT, &path, Some(&admin), make_admin.clone()).await.status(), StatusCode::NO_CONTENT);
        let bad_role = Some(json!({ "role": "king" }));
        let body =
            problem(t.send(Method::PUT, &path, Some(&admin), bad_role).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["role"].is_array());

        let me: Value = t.get("/api/v1/me", Some(&bob)).await.json().await.unwrap();
        assert_eq!(me["platforms"], json!([{ "platform": "gent", "role": "admin" }]));
        // A platform admin of Gent is nobody on Lille.
        let lille_path = format!("/api/v1/platforms/lille/members/{bob_id}");
        problem(t.send(Method::PUT, &lille_path, Some(&bob), make_admin).await, StatusCode::FORBIDDEN).await;
    })
    .await;
}
