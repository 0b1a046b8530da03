//! Defect 5: a platform admin could suspend anyone instance-wide, the instance admin and
//! people of other platforms included. A platform's team suspends people from their
//! platform only, never one of its admins nor an instance admin; only instance admins
//! suspend accounts, everywhere.

use super::{gent, join, member, promote, request_body, says};
use crate::http::harness::{PASSWORD, on_both, problem};
use reqwest::StatusCode;
use serde_json::json;

const ACTIONS: &str = "/api/v1/platforms/gent/moderation/actions";

#[tokio::test]
async fn a_platform_admin_suspends_a_member_from_their_platform_only() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        t.platform(&gent.root, "brugge").await;
        let (troll, troll_id) = member(&t, "troll@example.org", "gent").await;
        join(&t, &troll, "brugge").await;

        // Pat, who runs gent, suspends the troll there.
        let body = json!({ "action": "suspend", "account_id": troll_id, "reason": "Insults" });
        assert_eq!(t.post(ACTIONS, Some(&gent.admin), body).await.status(), StatusCode::CREATED);

        // The troll still signs in, and asks for help on brugge.
        let troll = t.token("troll@example.org").await;
        let asked =
            t.post("/api/v1/platforms/brugge/requests", Some(&troll), request_body("Groceries", 51.2094, 3.2247)).await;
        assert_eq!(asked.status(), StatusCode::CREATED, "another platform is not concerned");

        // On gent, asking for help and joining again are refused, saying why.
        let asked =
            t.post("/api/v1/platforms/gent/requests", Some(&troll), request_body("Groceries", 51.0543, 3.7174)).await;
        let refused = problem(asked, StatusCode::FORBIDDEN).await;
        assert_eq!(refused["detail"], json!(says("platform-suspended")), "{refused}");
        let refused =
            problem(t.post("/api/v1/platforms/gent/members", Some(&troll), json!({})).await, StatusCode::FORBIDDEN)
                .await;
        assert_eq!(refused["detail"], json!(says("platform-suspended")), "{refused}");
    })
    .await;
}

#[tokio::test]
async fn a_platform_admin_cannot_suspend_another_admin_nor_an_instance_admin() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        let (_, ada_id) = member(&t, "ada@example.org", "gent").await;
        promote(&t, &gent.root, "gent", &ada_id).await;
        join(&t, &gent.root, "gent").await;
        let me: serde_json::Value = t.get("/api/v1/me", Some(&gent.root)).await.json().await.unwrap();
        let root_id = me["id"].as_str().unwrap().to_owned();

        // Pat tries to suspend Ada, a fellow admin of gent, and the instance admin.
        for (who, id) in [("a fellow admin", &ada_id), ("the instance admin", &root_id)] {
            for action in ["suspend", "warn"] {
                let body = json!({ "action": action, "account_id": id, "reason": "Power grab" });
                let refused = problem(t.post(ACTIONS, Some(&gent.admin), body).await, StatusCode::CONFLICT).await;
                assert_eq!(refused["reason"], "moderate-admin", "{action} {who}: {refused}");
                assert_eq!(refused["detail"], json!(says("moderate-admin")), "{action} {who}: {refused}");
            }
        }
        // Or their accounts everywhere: that is not a platform admin's to do.
        for id in [&ada_id, &root_id] {
            let path = format!("/api/v1/accounts/{id}/suspension");
            problem(t.post(&path, Some(&gent.admin), json!({ "reason": "Power grab" })).await, StatusCode::FORBIDDEN)
                .await;
        }
        // Both still act as admins.
        assert_eq!(
            t.get("/api/v1/platforms/gent/moderation", Some(&t.token("ada@example.org").await)).await.status(),
            StatusCode::OK
        );
        let log: serde_json::Value =
            t.get("/api/v1/platforms/gent/moderation", Some(&gent.root)).await.json().await.unwrap();
        assert_eq!(log["log"], json!([]), "nothing was done");
    })
    .await;
}

#[tokio::test]
async fn only_an_instance_admin_suspends_an_account_everywhere_and_reinstates_it() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        let (spammer, spammer_id) = member(&t, "spammer@example.org", "gent").await;
        let suspension = format!("/api/v1/accounts/{spammer_id}/suspension");
        let reinstatement = format!("/api/v1/accounts/{spammer_id}/reinstatement");

        // A platform admin may not; the instance admin does, with a reason.
        problem(t.post(&suspension, Some(&gent.admin), json!({ "reason": "Spam" })).await, StatusCode::FORBIDDEN).await;
        assert_eq!(t.get("/api/v1/me", Some(&spammer)).await.status(), StatusCode::OK, "the refusal changed nothing");
        assert_eq!(
            t.post(&suspension, Some(&gent.root), json!({ "reason": "Spam" })).await.status(),
            StatusCode::NO_CONTENT
        );

        // The spammer's token stops working at once, and signing in is refused, saying so.
        problem(t.get("/api/v1/me", Some(&spammer)).await, StatusCode::UNAUTHORIZED).await;
        let credentials = json!({ "email": "spammer@example.org", "password": PASSWORD });
        let refused =
            problem(t.post("/api/v1/auth/token", None, credentials.clone()).await, StatusCode::FORBIDDEN).await;
        assert_eq!(refused["detail"], json!(says("account-suspended")), "{refused}");

        // Reinstating is the instance admin's too; then the person signs in again.
        problem(t.post(&reinstatement, Some(&gent.admin), json!({ "reason": "Sorry" })).await, StatusCode::FORBIDDEN)
            .await;
        assert_eq!(
            t.post(&reinstatement, Some(&gent.root), json!({ "reason": "Sorry" })).await.status(),
            StatusCode::NO_CONTENT
        );
        let spammer = t.token("spammer@example.org").await;
        assert_eq!(t.get("/api/v1/me", Some(&spammer)).await.status(), StatusCode::OK);
    })
    .await;
}
