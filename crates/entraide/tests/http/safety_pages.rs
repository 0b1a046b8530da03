//! The pages of standing offers, reporting, blocking, moderation and help categories,
//! driven with forms as a browser without JavaScript drives them.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, submit};
use chrono::{Duration, Utc};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

/// A browser signed in as a new member of `gent`, and their account id.
async fn member(t: &TestApp, email: &str, name: &str) -> (Client, String) {
    let id = t.register(email, name).await;
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    let client = browser();
    let response = submit(&client, t, "/sign-in", "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "signing in {email}");
    (client, id)
}

/// Platform `gent` with a signed-in admin.
async fn platform_admin(t: &TestApp) -> Client {
    let root = t.instance_admin().await;
    t.platform(&root, "gent").await;
    let (admin, id) = member(t, "admin@example.org", "Admin").await;
    let promoted = t
        .send(
            Method::PUT,
            &format!("/api/v1/platforms/gent/members/{id}"),
            Some(&root),
            Some(json!({ "role": "admin" })),
        )
        .await;
    assert!(promoted.status().is_success());
    admin
}

async fn ask(t: &TestApp, email: &str) -> String {
    let token = t.token(email).await;
    let from = Utc::now() + Duration::hours(2);
    let body = json!({
        "category": "groceries", "title": "Bread and soup", "description": "Please, thank you",
        "location": { "lat": 51.0543, "lon": 3.7174 }, "address": "Kouter 1, Gent",
        "needed_from": from.to_rfc3339(), "needed_until": (from + Duration::hours(2)).to_rfc3339(),
    });
    let created = t.post("/api/v1/platforms/gent/requests", Some(&token), body).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_helper_publishes_and_withdraws_a_standing_offer() {
    on_both(|t| async move {
        platform_admin(&t).await;
        let (helper, _) = member(&t, "helper@example.org", "Helper").await;
        let path = "/p/gent/help/standing";
        let html = page(&helper, &t, path, StatusCode::OK).await;
        assert!(html.contains("You have no standing offer yet."), "{html}");

        let bad = [
            ("category", "groceries"),
            ("weekday", "2"),
            ("within_km", "50"),
            ("location.lat", "51.05"),
            ("location.lon", "3.71"),
        ];
        let response = submit(&helper, &t, path, path, &bad).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = super::harness::plain(&response.text().await.unwrap());
        assert!(html.contains("Choose a distance from 1 to 10 km."), "{html}");
        assert!(html.contains("value=\"50\""), "the form keeps what was typed");
        assert!(
            page(&helper, &t, path, StatusCode::OK).await.contains("You have no standing offer yet."),
            "nothing written"
        );

        let good = [
            ("category", "groceries"),
            ("weekday", "2"),
            ("weekday", "4"),
            ("within_km", "1.5"),
            ("location.lat", "51.05"),
            ("location.lon", "3.71"),
            ("note", "On foot"),
        ];
        let response = submit(&helper, &t, path, path, &good).await;
        assert_eq!(location(&response), "/p/gent/help/standing?notice=published");
        let html = page(&helper, &t, &location(&response), StatusCode::OK).await;
        assert!(html.contains("Tuesday, Thursday"), "{html}");
        assert!(html.contains("On foot"));

        let id = html.split("name=\"id\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let response = submit(&helper, &t, path, "/p/gent/help/standing/withdraw", &[("id", &id)]).await;
        assert_eq!(location(&response), "/p/gent/help/standing?notice=withdrawn");
        assert!(page(&helper, &t, path, StatusCode::OK).await.contains("You have no standing offer yet."));
    })
    .await;
}

#[tokio::test]
async fn a_neighbour_reports_and_blocks_and_the_team_hides_and_suspends() {
    on_both(|t| async move {
        let admin = platform_admin(&t).await;
        let (troll, troll_id) = member(&t, "troll@example.org", "Troll").await;
        let (neighbour, _) = member(&t, "neighbour@example.org", "Neighbour").await;
        let request = ask(&t, "troll@example.org").await;

        // Report: one question, a clear error when it is left empty.
        let form = format!("/report/request/{request}");
        let html = page(&neighbour, &t, &form, StatusCode::OK).await;
        assert!(html.contains("You are reporting a request"), "{html}");
        let response = submit(&neighbour, &t, &form, &form, &[("reason", " ")]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let response = submit(&neighbour, &t, &form, &form, &[("reason", "Insults")]).await;
        assert_eq!(location(&response), format!("{form}?notice=sent"));
        assert!(
            page(&neighbour, &t, &location(&response), StatusCode::OK)
                .await
                .contains("The team will look at your report")
        );

        // Reported from the request's page, the person goes back to it, told it was sent.
        let request_page = format!("/p/gent/help/{request}");
        let html = page(&neighbour, &t, &request_page, StatusCode::OK).await;
        let from_page = format!("{form}?back={request_page}");
        assert!(html.contains(&from_page), "the report link says where to come back to");
        let html = page(&neighbour, &t, &from_page, StatusCode::OK).await;
        assert!(html.contains(&format!("name=\"back\" value=\"{request_page}\"")));
        let sent = [("reason", "Insults again"), ("back", request_page.as_str())];
        let response = submit(&neighbour, &t, &from_page, &form, &sent).await;
        assert_eq!(location(&response), format!("{request_page}?notice=reported"));
        assert!(
            page(&neighbour, &t, &location(&response), StatusCode::OK)
                .await
                .contains("The team will look at your report")
        );
        // Anywhere but this site, it is the report's own page.
        let elsewhere = [("reason", "Insults"), ("back", "//evil.example/")];
        let response = submit(&neighbour, &t, &form, &form, &elsewhere).await;
        assert_eq!(location(&response), format!("{form}?notice=sent"));

        // Block, then see the list, unblock.
        let block = format!("/block/{troll_id}");
        assert!(page(&neighbour, &t, &block, StatusCode::OK).await.contains("Block Troll?"));
        let response = submit(&neighbour, &t, &block, &block, &[]).await;
        assert_eq!(location(&response), "/my/blocks?notice=blocked");
        let html = page(&neighbour, &t, &location(&response), StatusCode::OK).await;
        assert!(html.contains("Troll") && html.contains("This person is blocked."), "{html}");

        // The queue is for the team only.
        page(&neighbour, &t, "/p/gent/moderation", StatusCode::FORBIDDEN).await;
        // The platform's page leads its admins to their queue and outbox, and no one else.
        let home = page(&admin, &t, "/p/gent", StatusCode::OK).await;
        assert!(home.contains("href=\"/p/gent/moderation\"") && home.contains("href=\"/p/gent/outbox\""));
        assert!(!page(&neighbour, &t, "/p/gent", StatusCode::OK).await.contains("href=\"/p/gent/outbox\""));
        let queue = page(&admin, &t, "/p/gent/moderation", StatusCode::OK).await;
        assert!(queue.contains("Insults") && queue.contains("Reported by Neighbour"), "{queue}");
        let report = queue.split("name=\"report\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
        let response = submit(
            &admin,
            &t,
            "/p/gent/moderation",
            "/p/gent/moderation",
            &[("report", &report), ("action", "hide"), ("reason", "")],
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "a reason is needed");
        let response = submit(
            &admin,
            &t,
            "/p/gent/moderation",
            "/p/gent/moderation",
            &[("report", &report), ("action", "hide"), ("reason", "Insulting")],
        )
        .await;
        assert_eq!(location(&response), "/p/gent/moderation?notice=hide");
        let list: Value = t.get("/api/v1/platforms/gent/requests", None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]), "hidden from the list");

        let response = submit(
            &admin,
            &t,
            "/p/gent/moderation",
            "/p/gent/moderation",
            &[("account", &troll_id), ("action", "suspend"), ("reason", "Again and again")],
        )
        .await;
        assert_eq!(location(&response), "/p/gent/moderation?notice=suspend");
        // Suspended from this platform: still signed in, and told why asking is closed.
        let html = page(&troll, &t, "/my/help", StatusCode::OK).await;
        assert!(!html.is_empty());
        let response = troll.get(t.url("/p/gent/help/new")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let html = super::harness::plain(&response.text().await.unwrap());
        assert!(html.contains("suspended you here"), "{html}");
        let log = page(&admin, &t, "/p/gent/moderation", StatusCode::OK).await;
        assert!(log.contains("Again and again") && log.contains("Insulting"), "{log}");
    })
    .await;
}

#[tokio::test]
async fn platform_admins_add_and_remove_help_categories_on_the_terms_page() {
    on_both(|t| async move {
        let admin = platform_admin(&t).await;
        let path = "/p/gent/terms";
        let response = submit(
            &admin,
            &t,
            path,
            "/p/gent/terms/put",
            &[("action", "add"), ("kind", "help-category"), ("code", "garden"), ("label", "Gardening")],
        )
        .await;
        assert_eq!(location(&response), "/p/gent/terms?notice=added");
        let html = page(&admin, &t, path, StatusCode::OK).await;
        assert!(html.contains("Neighbour-help categories") && html.contains("Gardening"), "{html}");
        let taken = submit(
            &admin,
            &t,
            path,
            "/p/gent/terms/put",
            &[("action", "add"), ("kind", "help-category"), ("code", "garden"), ("label", "Garden")],
        )
        .await;
        assert_eq!(taken.status(), StatusCode::CONFLICT);
        let response =
            submit(&admin, &t, path, "/p/gent/terms/remove", &[("kind", "help-category"), ("code", "garden")]).await;
        assert_eq!(location(&response), "/p/gent/terms?notice=removed");
        let categories: Value = t.get("/api/v1/platforms/gent/help-categories", None).await.json().await.unwrap();
        assert!(!categories["items"].as_array().unwrap().iter().any(|c| c["code"] == json!("garden")));
    })
    .await;
}

#[tokio::test]
async fn after_the_help_both_say_thank_you_on_the_request_page() {
    on_both(|t| async move {
        platform_admin(&t).await;
        let (requester, _) = member(&t, "requester@example.org", "Requester").await;
        let (helper, _) = member(&t, "helper@example.org", "Helper").await;
        let request = ask(&t, "requester@example.org").await;
        let helper_token = t.token("helper@example.org").await;
        let requester_token = t.token("requester@example.org").await;
        let offer: Value = t
            .post(&format!("/api/v1/requests/{request}/offers"), Some(&helper_token), json!({}))
            .await
            .json()
            .await
            .unwrap();
        let offer = offer["id"].as_str().unwrap();
        t.post(&format!("/api/v1/requests/{request}/offers/{offer}/accept"), Some(&requester_token), json!({})).await;
        let path = format!("/p/gent/help/{request}");
        assert!(!page(&requester, &t, &path, StatusCode::OK).await.contains("Send my thanks"), "not before it is done");
        t.post(&format!("/api/v1/requests/{request}/complete"), Some(&requester_token), json!({ "minutes": 30 })).await;

        let html = page(&requester, &t, &path, StatusCode::OK).await;
        assert!(html.contains("Send my thanks"), "{html}");
        let response = submit(&requester, &t, &path, &format!("{path}/thanks"), &[("text", "")]).await;
        assert!(location(&response).ends_with("?done=thanks-empty#thanks"));
        let response = submit(&requester, &t, &path, &format!("{path}/thanks"), &[("text", "Thank you so much")]).await;
        assert_eq!(location(&response), format!("{path}?done=thanked"));
        let html = page(&requester, &t, &location(&response), StatusCode::OK).await;
        assert!(html.contains("Your note is sent") && html.contains("Thank you so much"), "{html}");
        assert!(!html.contains("Send my thanks"), "once");
        let html = page(&helper, &t, &path, StatusCode::OK).await;
        assert!(
            html.contains("Thank you so much") && html.contains("Send my thanks"),
            "the helper reads it and may answer"
        );
        // A stranger sees neither the note nor the form, but may report the request.
        let (stranger, _) = member(&t, "stranger@example.org", "Stranger").await;
        let html = page(&stranger, &t, &path, StatusCode::OK).await;
        assert!(!html.contains("Thank you so much") && !html.contains("Send my thanks"), "{html}");
        assert!(html.contains(&format!("/report/request/{request}")));
    })
    .await;
}

#[tokio::test]
async fn the_header_names_the_platform_and_the_places_each_role_opens() {
    on_both(|t| async move {
        let admin = platform_admin(&t).await;
        let (volunteer, _) = member(&t, "vol@example.org", "Vol").await;
        let platform_row = |html: &str| {
            let start = html.find("class=\"platform-nav\"").expect("a platform row");
            html[start..html[start..].find("</nav>").unwrap() + start].to_owned()
        };

        let row = platform_row(&page(&admin, &t, "/p/gent/help", StatusCode::OK).await);
        for place in
            ["/p/gent\"", "/p/gent/opportunities\"", "/p/gent/help\"", "/p/gent/moderation\"", "/p/gent/outbox\""]
        {
            assert!(row.contains(place), "the admin's row has {place}: {row}");
        }
        assert!(
            row.contains("Platform gent") && row.contains("Find something to do") && row.contains("Neighbour help")
        );

        let row = platform_row(&page(&volunteer, &t, "/p/gent/opportunities", StatusCode::OK).await);
        assert!(row.contains("/p/gent/help\"") && !row.contains("/moderation") && !row.contains("/outbox"), "{row}");
        // Off the platform's pages, the person's own platform.
        let row = platform_row(&page(&volunteer, &t, "/my/shifts", StatusCode::OK).await);
        assert!(row.contains("/p/gent/opportunities\""), "{row}");
        // A visitor on a platform's page sees it too, and the account links lead back.
        let visitor = browser();
        let html = page(&visitor, &t, "/p/gent/help", StatusCode::OK).await;
        assert!(platform_row(&html).contains("/p/gent/opportunities\""));
        assert!(html.contains("href=\"/sign-in?next=%2Fp%2Fgent%2Fhelp\""), "{html}");
        // Nowhere to go for someone with no platform, off any platform's page.
        let loner = browser();
        t.register("loner@example.org", "Loner").await;
        submit(&loner, &t, "/sign-in", "/sign-in", &[("email", "loner@example.org"), ("password", PASSWORD)]).await;
        assert!(!page(&loner, &t, "/my/shifts", StatusCode::OK).await.contains("platform-nav"));
    })
    .await;
}
