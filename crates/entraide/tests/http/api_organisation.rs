//! Organisations and their members through the API.

use super::harness::{on_both, problem};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

#[tokio::test]
async fn the_creator_becomes_admin_and_admins_manage_members() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let ann = t.person("ann@example.org", "Ann").await;
        let bob_id = t.register("bob@example.org", "Bob").await;
        let bob = t.token("bob@example.org").await;
        let carla = t.person("carla@example.org", "Carla").await;

        let bad = json!({ "name": "Club", "kind": "club" });
        let body = problem(
            t.post("/api/v1/platforms/gent/organisations", Some(&ann), bad).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["kind"].is_array());
        problem(
            t.post("/api/v1/platforms/nowhere/organisations", Some(&ann), json!({ "name": "X", "kind": "group" }))
                .await,
            StatusCode::NOT_FOUND,
        )
        .await;

        let created = t
            .post(
                "/api/v1/platforms/gent/organisations",
                Some(&ann),
                json!({ "name": "Voedselbank", "kind": "nonprofit", "description": "Food for all" }),
            )
            .await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let members_path = format!("/api/v1/organisations/{id}/members");

        let members: Value = t.get(&members_path, Some(&ann)).await.json().await.unwrap();
        assert_eq!(members["items"][0]["display_name"], "Ann");
        assert_eq!(members["items"][0]["role"], "admin");
        // Strangers see the organisation, not its people.
        let shown: Value = t.get(&format!("/api/v1/organisations/{id}"), None).await.json().await.unwrap();
        assert_eq!(shown["name"], "Voedselbank");
        assert_eq!(shown["platform"], "gent");
        assert_eq!(shown["verified"], false);
        problem(t.get(&members_path, Some(&carla)).await, StatusCode::FORBIDDEN).await;
        problem(t.get(&members_path, None).await, StatusCode::UNAUTHORIZED).await;

        let add_bob = Some(json!({ "email": "bob@example.org", "role": "coordinator" }));
        problem(t.send(Method::PUT, &members_path, Some(&carla), add_bob.clone()).await, StatusCode::FORBIDDEN).await;
        assert_eq!(t.send(Method::PUT, &members_path, Some(&ann), add_bob).await.status(), StatusCode::OK);
        let unknown = Some(json!({ "email": "nobody@example.org", "role": "coordinator" }));
        let body =
            problem(t.send(Method::PUT, &members_path, Some(&ann), unknown).await, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        assert!(body["errors"]["email"].is_array());

        // A coordinator is not an admin: Bob cannot add Carla.
        let add_carla = Some(json!({ "email": "carla@example.org", "role": "coordinator" }));
        problem(t.send(Method::PUT, &members_path, Some(&bob), add_carla).await, StatusCode::FORBIDDEN).await;

        // The last admin cannot leave, nor be demoted.
        let ann_id: Value = t.get("/api/v1/me", Some(&ann)).await.json().await.unwrap();
        let ann_path = format!("{members_path}/{}", ann_id["id"].as_str().unwrap());
        problem(t.send(Method::DELETE, &ann_path, Some(&ann), None).await, StatusCode::CONFLICT).await;
        let demote = Some(json!({ "email": "ann@example.org", "role": "coordinator" }));
        problem(t.send(Method::PUT, &members_path, Some(&ann), demote).await, StatusCode::CONFLICT).await;

        // Bob may leave on his own.
        let bob_path = format!("{members_path}/{bob_id}");
        assert_eq!(t.send(Method::DELETE, &bob_path, Some(&bob), None).await.status(), StatusCode::NO_CONTENT);
        problem(t.send(Method::DELETE, &bob_path, Some(&ann), None).await, StatusCode::NOT_FOUND).await;
        let members: Value = t.get(&members_path, Some(&ann)).await.json().await.unwrap();
        assert_eq!(members["items"].as_array().unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn only_platform_admins_verify_organisations() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let ann = t.person("ann@example.org", "Ann").await;
        let id = t
            .post("/api/v1/platforms/gent/organisations", Some(&ann), json!({ "name": "School", "kind": "school" }))
            .await
            .json::<Value>()
            .await
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let path = format!("/api/v1/organisations/{id}/verified");
        problem(t.send(Method::PUT, &path, Some(&ann), Some(json!({ "verified": true }))).await, StatusCode::FORBIDDEN)
            .await;
        assert_eq!(
            t.send(Method::PUT, &path, Some(&admin), Some(json!({ "verified": true }))).await.status(),
            StatusCode::NO_CONTENT
        );
        let shown: Value = t.get(&format!("/api/v1/organisations/{id}"), None).await.json().await.unwrap();
        assert_eq!(shown["verified"], true);
        problem(t.get("/api/v1/organisations/not-an-id", None).await, StatusCode::NOT_FOUND).await;
        problem(t.get(&format!("/api/v1/organisations/{}", uuid::Uuid::now_v7()), None).await, StatusCode::NOT_FOUND)
            .await;
    })
    .await;
}
