//! The ledger through the API: barter between organisations, credit limits, reversals,
//! time credits for neighbour help, statements.

use super::harness::{on_both, problem};
use entraide_domain::id::AccountId;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// Creates an organisation on `slug` as the person whose token is given; returns its id.
async fn organisation(t: &super::harness::TestApp, token: &str, slug: &str, name: &str) -> String {
    let created = t
        .post(
            &format!("/api/v1/platforms/{slug}/organisations"),
            Some(token),
            json!({ "name": name, "kind": "nonprofit" }),
        )
        .await;
    assert_eq!(created.status(), StatusCode::CREATED);
    created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn organisations_barter_within_the_limit_and_admins_reverse() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let ann = t.person("ann@example.org", "Ann").await;
        let bob = t.person("bob@example.org", "Bob").await;
        let bank = organisation(&t, &ann, "gent", "Food bank").await;
        let club = organisation(&t, &bob, "gent", "=Repair club").await;
        let pay = format!("/api/v1/organisations/{bank}/transfers");
        let ledger = format!("/api/v1/organisations/{bank}/ledger?unit=barter");

        // No barter credit by default: refused, naming the amount, nothing written.
        let body = problem(
            t.post(&pay, Some(&ann), json!({ "to": club, "amount": 30, "memo": "Vans" })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["amount"].is_array(), "{body}");
        let statement: Value = t.get(&ledger, Some(&ann)).await.json().await.unwrap();
        assert_eq!((statement["balance"].as_i64(), statement["entries"].as_array().unwrap().len()), (Some(0), 0));

        // Only platform admins set limits; then the bank may pay.
        let limit_path = "/api/v1/platforms/gent/credit-limits/barter";
        problem(
            t.send(Method::PUT, limit_path, Some(&ann), Some(json!({ "limit": 100 }))).await,
            StatusCode::FORBIDDEN,
        )
        .await;
        problem(
            t.send(
                Method::PUT,
                "/api/v1/platforms/gent/credit-limits/gold",
                Some(&admin),
                Some(json!({ "limit": 100 })),
            )
            .await,
            StatusCode::NOT_FOUND,
        )
        .await;
        problem(
            t.send(Method::PUT, limit_path, Some(&admin), Some(json!({ "limit": -1 }))).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        let set = t.send(Method::PUT, limit_path, Some(&admin), Some(json!({ "limit": 100 }))).await;
        assert_eq!(set.status(), StatusCode::OK);

        // A stranger, or the payee, cannot spend the bank's credits; nor an unknown payee.
        problem(t.post(&pay, Some(&bob), json!({ "to": club, "amount": 30 })).await, StatusCode::FORBIDDEN).await;
        problem(
            t.post(&pay, Some(&ann), json!({ "to": AccountId::new().to_string(), "amount": 30 })).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        let body = problem(
            t.post(&pay, Some(&ann), json!({ "to": bank, "amount": 0 })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["amount"].is_array(), "{body}");

        let paid = t.post(&pay, Some(&ann), json!({ "to": club, "amount": 30, "memo": "=Vans for the fair" })).await;
        assert_eq!(paid.status(), StatusCode::CREATED);
        let entry: Value = paid.json().await.unwrap();
        assert_eq!(
            (entry["unit"].as_str(), entry["amount"].as_i64(), entry["kind"].as_str()),
            (Some("barter"), Some(30), Some("barter"))
        );
        assert_eq!(entry["to"], json!({ "kind": "organisation", "id": club }));
        let body = problem(
            t.post(&pay, Some(&ann), json!({ "to": club, "amount": 71 })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["amount"].is_array());

        let statement: Value = t.get(&ledger, Some(&ann)).await.json().await.unwrap();
        assert_eq!(statement["balance"], -30);
        assert_eq!(statement["entries"][0]["amount"], -30);
        let theirs: Value =
            t.get(&format!("/api/v1/organisations/{club}/ledger"), Some(&bob)).await.json().await.unwrap();
        assert_eq!(theirs["balance"], 30);
        problem(t.get(&ledger, Some(&bob)).await, StatusCode::FORBIDDEN).await;

        // The CSV export neutralises what could run as a formula.
        let csv = t.get(&format!("/api/v1/organisations/{bank}/ledger.csv"), Some(&ann)).await;
        assert_eq!(csv.status(), StatusCode::OK);
        assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let text = csv.text().await.unwrap();
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("date,kind,counterparty,memo,amount,entry,reverses"));
        let line = lines.next().unwrap();
        assert!(line.contains(",barter,'=Repair club,'=Vans for the fair,-30,"), "{line}");

        // Reversal: platform admins only, once.
        let id = entry["id"].as_str().unwrap();
        let reversal_path = format!("/api/v1/ledger/entries/{id}/reversal");
        problem(t.post(&reversal_path, Some(&ann), json!({})).await, StatusCode::FORBIDDEN).await;
        let reversed = t.post(&reversal_path, Some(&admin), json!({})).await;
        assert_eq!(reversed.status(), StatusCode::CREATED);
        let reversal: Value = reversed.json().await.unwrap();
        assert_eq!((reversal["kind"].as_str(), reversal["reverses"].as_str()), (Some("reversal"), Some(id)));
        problem(t.post(&reversal_path, Some(&admin), json!({})).await, StatusCode::CONFLICT).await;
        problem(
            t.post(&format!("/api/v1/ledger/entries/{}/reversal", AccountId::new()), Some(&admin), json!({})).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        let statement: Value = t.get(&ledger, Some(&ann)).await.json().await.unwrap();
        assert_eq!(statement["balance"], 0);
        assert_eq!(statement["entries"].as_array().unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn help_credits_time_from_the_requester_to_the_helper() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let helper_id: AccountId = t.register("helper@example.org", "Helper").await.parse().unwrap();
        let requester_id: AccountId = t.register("requester@example.org", "Requester").await.parse().unwrap();
        let helper = t.token("helper@example.org").await;
        let requester = t.token("requester@example.org").await;
        for token in [&helper, &requester] {
            assert_eq!(t.post("/api/v1/platforms/gent/members", Some(token), json!({})).await.status(), StatusCode::CREATED);
        }
        let gent = t.app.platform("gent").await.unwrap().id;

        let entry = t.app.credit_help(gent, helper_id, requester_id, 90, "Groceries").await.unwrap();
        assert_eq!(entry.amount, 90);
        // Beyond the requester's ten hours: refused on the amount.
        let over = t.app.credit_help(gent, helper_id, requester_id, 511, "More").await.unwrap_err();
        assert!(matches!(over, entraide_app::AppError::Invalid(ref i) if i.0[0].field == "amount" && i.0[0].code == "credit-limit"));

        let mine: Value = t.get("/api/v1/me/ledger", Some(&helper)).await.json().await.unwrap();
        assert_eq!(mine["balances"], json!([{ "unit": "time", "amount": 90, "platform": "gent" }]));
        let entry = &mine["entries"][0];
        assert_eq!((entry["unit"].as_str(), entry["amount"].as_i64(), entry["kind"].as_str(), entry["memo"].as_str()), (Some("time"), Some(90), Some("help"), Some("Groceries")));
        assert_eq!(entry["from"], json!({ "kind": "person", "id": requester_id.to_string() }));
        let theirs: Value = t.get("/api/v1/me/ledger?platform=gent", Some(&requester)).await.json().await.unwrap();
        assert_eq!(theirs["balances"], json!([{ "unit": "time", "amount": -90, "platform": "gent" }]));
        assert_eq!(theirs["entries"][0]["amount"], -90);
        problem(t.get("/api/v1/me/ledger", None).await, StatusCode::UNAUTHORIZED).await;

        // The export lists the entries; erasure keeps them.
        let export: Value = t.get("/api/v1/me/export", Some(&helper)).await.json().await.unwrap();
        assert_eq!(export["ledger_entries"][0]["amount"], 90);
        assert_eq!(t.send(Method::DELETE, "/api/v1/me", Some(&helper), None).await.status(), StatusCode::NO_CONTENT);
        let theirs: Value = t.get("/api/v1/me/ledger", Some(&requester)).await.json().await.unwrap();
        assert_eq!(theirs["balances"][0]["amount"], -90);
    })
    .await;
}
