//! Volunteering through the API: publishing, finding, signing up, waiting lists,
//! attendance and hours, as API.md describes them.

use super::harness::{TestApp, on_both, plain, problem};
use chrono::{Datelike, Duration, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn at(hours_from_now: i64) -> String {
    (Utc::now() + Duration::hours(hours_from_now)).to_rfc3339()
}

/// A platform `gent` with an organisation whose admin is returned with its id.
async fn organisation(t: &TestApp) -> (String, String, String) {
    let admin = t.instance_admin().await;
    t.platform(&admin, "gent").await;
    let coordinator = t.person("coordinator@example.org", "Coco").await;
    let created = t
        .post(
            "/api/v1/platforms/gent/organisations",
            Some(&coordinator),
            json!({ "name": "Voedselbank", "kind": "nonprofit" }),
        )
        .await;
    let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    (admin, coordinator, id)
}

/// Publishes an opportunity with one shift of `slots` places starting in `hours`.
async fn opportunity(t: &TestApp, coordinator: &str, organisation: &str, slots: i64, extra: Value) -> (String, String) {
    let mut body = json!({
        "title": "Sort food parcels",
        "description": "Help us sort and pack food for 80 families.",
        "skills": ["lifting"],
        "languages": ["nl", "fr"],
        "location": { "lat": 51.0543, "lon": 3.7174, "address": "Kortrijksesteenweg 1, Gent" },
        "shifts": [{ "starts_at": at(48), "ends_at": at(51), "slots": slots }],
    });
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            body.insert(k.clone(), v.clone());
        }
    }
    let response =
        t.post(&format!("/api/v1/organisations/{organisation}/opportunities"), Some(coordinator), body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    (created["id"].as_str().unwrap().to_owned(), created["shifts"][0]["id"].as_str().unwrap().to_owned())
}

async fn member(t: &TestApp, email: &str, birth_date: Option<&str>) -> String {
    let mut body = json!({ "email": email, "password": super::harness::PASSWORD, "display_name": email.split('@').next().unwrap() });
    if let Some(born) = birth_date {
        body["birth_date"] = json!(born);
    }
    assert_eq!(t.post("/api/v1/accounts", None, body).await.status(), StatusCode::CREATED);
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    token
}

#[tokio::test]
async fn coordinators_publish_and_bad_input_writes_nothing() {
    on_both(|t| async move {
        let (_, coordinator, organisation) = organisation(&t).await;
        let stranger = t.person("stranger@example.org", "Stranger").await;
        let path = format!("/api/v1/organisations/{organisation}/opportunities");
        let bad = json!({
            "title": "Sort food", "description": "Sorting", "skills": ["juggling"],
            "location": { "lat": 91.0, "lon": 3.7 },
            "shifts": [{ "starts_at": at(5), "ends_at": at(4), "slots": 0 }],
        });
        let body = problem(t.post(&path, Some(&coordinator), bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["location.lat", "shifts.ends_at", "shifts.slots"] {
            assert!(body["errors"][field].is_array(), "{field} named in {body}");
        }
        let unknown_skill = json!({ "title": "Sort food", "description": "Sorting", "skills": ["juggling"], "location": null, "shifts": [] });
        let body = problem(t.post(&path, Some(&coordinator), unknown_skill).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["skills"].is_array());
        let fine = json!({ "title": "Sort food", "description": "Sorting", "location": null, "shifts": [] });
        problem(t.post(&path, Some(&stranger), fine).await, StatusCode::FORBIDDEN).await;
        let list: Value = t.get("/api/v1/platforms/gent/opportunities", None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]), "nothing was written");

        let (id, shift) = opportunity(&t, &coordinator, &organisation, 5, json!({})).await;
        let list: Value = t.get("/api/v1/platforms/gent/opportunities", None).await.json().await.unwrap();
        let item = &list["items"][0];
        assert_eq!(item["id"], id.as_str());
        assert_eq!(item["organisation"]["name"], "Voedselbank");
        assert_eq!(item["skills"], json!(["lifting"]));
        assert_eq!(item["location"]["lat"], 51.0543);
        assert_eq!(item["shifts"][0]["id"], shift.as_str());
        assert_eq!(item["shifts"][0]["slots"], 5);
        assert_eq!(item["shifts"][0]["taken"], 0);

        // The Tuesdays of a month a little ahead (shifts are planned up to two years ahead).
        let month = (entraide_domain::time::now().date_naive() + chrono::Duration::days(60)).with_day(1).unwrap();
        let last = (month + chrono::Months::new(1)).pred_opt().unwrap();
        let tuesdays: Vec<chrono::NaiveDate> =
            month.iter_days().take_while(|d| *d <= last).filter(|d| d.weekday() == chrono::Weekday::Tue).collect();
        let no_end = json!({ "frequency": "weekly", "starts_on": month.to_string(), "start_time": "14:00", "end_time": "17:00", "slots": 3 });
        let body = problem(t.post(&format!("/api/v1/opportunities/{id}/shift-series"), Some(&coordinator), no_end).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["until"].is_array());
        let series = json!({ "frequency": "weekly", "weekdays": [2], "starts_on": month.to_string(), "until": last.to_string(), "start_time": "14:00", "end_time": "17:00", "slots": 3, "except": [tuesdays[2].to_string()] });
        let response = t.post(&format!("/api/v1/opportunities/{id}/shift-series"), Some(&coordinator), series).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let created: Value = response.json().await.unwrap();
        assert_eq!(created["shifts"].as_array().unwrap().len(), tuesdays.len() - 1, "the Tuesdays of the month but the third");
    })
    .await;
}

#[tokio::test]
async fn finding_opportunities_filters_and_pages() {
    on_both(|t| async move {
        let (_, coordinator, organisation) = organisation(&t).await;
        opportunity(&t, &coordinator, &organisation, 5, json!({})).await;
        let remote = json!({ "title": "Phone an older neighbour", "description": "A weekly call", "skills": ["listening"], "languages": ["ar"], "location": null });
        opportunity(&t, &coordinator, &organisation, 2, remote).await;
        let far = json!({ "title": "Beach clean-up", "description": "Ostend beach", "skills": [], "location": { "lat": 51.2300, "lon": 2.9100 } });
        opportunity(&t, &coordinator, &organisation, 9, far).await;

        let titles = |v: &Value| -> Vec<String> { v["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_owned()).collect() };
        let near: Value = t.get("/api/v1/platforms/gent/opportunities?near=51.05,3.72&within_km=5", None).await.json().await.unwrap();
        assert_eq!(titles(&near), ["Sort food parcels"]);
        assert!(near["items"][0]["distance_km"].as_f64().unwrap() < 1.0);
        let skill: Value = t.get("/api/v1/platforms/gent/opportunities?skill=listening", None).await.json().await.unwrap();
        assert_eq!(titles(&skill), ["Phone an older neighbour"]);
        let language: Value = t.get("/api/v1/platforms/gent/opportunities?language=ar", None).await.json().await.unwrap();
        assert_eq!(titles(&language), ["Phone an older neighbour"]);
        let words: Value = t.get("/api/v1/platforms/gent/opportunities?q=BEACH", None).await.json().await.unwrap();
        assert_eq!(titles(&words), ["Beach clean-up"]);
        let remote_only: Value = t.get("/api/v1/platforms/gent/opportunities?remote=true", None).await.json().await.unwrap();
        assert_eq!(titles(&remote_only), ["Phone an older neighbour"]);
        let later: Value = t.get(&format!("/api/v1/platforms/gent/opportunities?from={}", (Utc::now() + Duration::days(30)).format("%Y-%m-%d")), None).await.json().await.unwrap();
        assert_eq!(titles(&later), Vec::<String>::new());

        // Pages of one: every opportunity once, then no cursor.
        let mut seen = Vec::new();
        let mut path = "/api/v1/platforms/gent/opportunities?limit=1".to_owned();
        loop {
            let page: Value = t.get(&path, None).await.json().await.unwrap();
            seen.extend(titles(&page));
            match page["next_cursor"].as_str() {
                Some(cursor) => path = format!("/api/v1/platforms/gent/opportunities?limit=1&cursor={cursor}"),
                None => break,
            }
        }
        seen.sort();
        assert_eq!(seen, ["Beach clean-up", "Phone an older neighbour", "Sort food parcels"]);

        for bad in ["near=north", "within_km=900&near=51,3", "limit=500", "sort=distance", "cursor=%21%21"] {
            problem(t.get(&format!("/api/v1/platforms/gent/opportunities?{bad}"), None).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    })
    .await;
}

#[tokio::test]
async fn signing_up_confirms_then_waitlists_and_cancelling_moves_the_first_up() {
    on_both(|t| async move {
        let (_, coordinator, organisation) = organisation(&t).await;
        let (_, shift) = opportunity(&t, &coordinator, &organisation, 2, json!({})).await;
        let signups = format!("/api/v1/shifts/{shift}/signups");
        let mut tokens = Vec::new();
        let mut ids = Vec::new();
        for (i, expected) in ["confirmed", "confirmed", "waitlisted", "waitlisted"].iter().enumerate() {
            let token = member(&t, &format!("v{i}@example.org"), None).await;
            let response = t.post(&signups, Some(&token), json!({})).await;
            assert_eq!(response.status(), StatusCode::CREATED);
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["status"], *expected);
            if *expected == "waitlisted" {
                assert_eq!(body["position"], i64::try_from(i).unwrap() - 1);
            }
            ids.push(body["id"].as_str().unwrap().to_owned());
            tokens.push(token);
        }
        let twice = problem(t.post(&signups, Some(&tokens[0]), json!({})).await, StatusCode::CONFLICT).await;
        assert_eq!(twice["reason"], "already-signed-up", "{twice}");

        // Someone else's sign-up cannot be cancelled.
        problem(
            t.send(Method::DELETE, &format!("/api/v1/signups/{}", ids[1]), Some(&tokens[3]), None).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        assert_eq!(
            t.send(Method::DELETE, &format!("/api/v1/signups/{}", ids[0]), Some(&tokens[0]), None).await.status(),
            StatusCode::NO_CONTENT
        );
        let mine: Value = t.get("/api/v1/me/signups", Some(&tokens[2])).await.json().await.unwrap();
        assert_eq!(mine["items"][0]["status"], "confirmed", "the first waiting moved up");
        let mine: Value = t.get("/api/v1/me/signups", Some(&tokens[3])).await.json().await.unwrap();
        assert_eq!(mine["items"][0]["position"], 1);

        let roster: Value = t.get(&signups, Some(&coordinator)).await.json().await.unwrap();
        let statuses: Vec<_> =
            roster["items"].as_array().unwrap().iter().map(|l| l["status"].as_str().unwrap()).collect();
        assert_eq!(statuses, ["confirmed", "confirmed", "waitlisted", "cancelled"]);
        assert_eq!(roster["items"][3]["late"], false, "cancelled two days ahead");
        problem(t.get(&signups, Some(&tokens[1])).await, StatusCode::FORBIDDEN).await;
        let csv = t.get(&format!("/api/v1/shifts/{shift}/roster.csv"), Some(&coordinator)).await.text().await.unwrap();
        assert!(csv.starts_with("name,status,position,late,attended,minutes,email,phone\n"), "{csv}");
        assert!(
            csv.lines().nth(1).unwrap().ends_with("@example.org,"),
            "each person's address, to reach them (no phone given): {csv}"
        );
        assert!(roster["items"][0]["email"].as_str().unwrap().ends_with("@example.org"));
        assert_eq!(csv.lines().count(), 5);

        // A coordinator removes someone; the waiting list moves up again.
        assert_eq!(
            t.send(Method::DELETE, &format!("/api/v1/signups/{}", ids[1]), Some(&coordinator), None).await.status(),
            StatusCode::NO_CONTENT
        );
        let mine: Value = t.get("/api/v1/me/signups", Some(&tokens[3])).await.json().await.unwrap();
        assert_eq!(mine["items"][0]["status"], "confirmed");
    })
    .await;
}

#[tokio::test]
async fn minimum_age_membership_and_past_shifts_are_checked() {
    on_both(|t| async move {
        let (admin, coordinator, organisation) = organisation(&t).await;
        let (_, shift) = opportunity(&t, &coordinator, &organisation, 5, json!({ "min_age": 16 })).await;
        let signups = format!("/api/v1/shifts/{shift}/signups");
        let young = member(
            &t,
            "young@example.org",
            Some(&(Utc::now() - Duration::days(365 * 14)).format("%Y-%m-%d").to_string()),
        )
        .await;
        let body = problem(t.post(&signups, Some(&young), json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(plain(&body["errors"]["birth_date"][0].to_string()).contains("minimum age"), "{body}");
        assert_eq!(body["reason"], "under-minimum-age", "{body}");
        let unknown_age = member(&t, "unknown@example.org", None).await;
        let body =
            problem(t.post(&signups, Some(&unknown_age), json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(plain(&body["errors"]["birth_date"][0].to_string()).contains("date of birth"), "{body}");
        // Told to add it, they add it, and may sign up.
        let bad = t
            .send(
                Method::PATCH,
                "/api/v1/me",
                Some(&unknown_age),
                Some(json!({ "birth_date": "2999-01-01", "locale": "fr" })),
            )
            .await;
        problem(bad, StatusCode::UNPROCESSABLE_ENTITY).await;
        let me: Value = t.get("/api/v1/me", Some(&unknown_age)).await.json().await.unwrap();
        assert!(me["locale"].is_null(), "nothing written when one field is wrong");
        let added =
            t.send(Method::PATCH, "/api/v1/me", Some(&unknown_age), Some(json!({ "birth_date": "1990-04-23" }))).await;
        assert_eq!(added.status(), StatusCode::NO_CONTENT);
        assert_eq!(t.post(&signups, Some(&unknown_age), json!({})).await.status(), StatusCode::CREATED);
        let adult = member(&t, "adult@example.org", Some("1980-05-05")).await;
        assert_eq!(t.post(&signups, Some(&adult), json!({})).await.status(), StatusCode::CREATED);

        // Not a member of the shift's platform.
        t.platform(&admin, "lille").await;
        let outsider = t.person("outsider@example.org", "Outsider").await;
        problem(t.post(&signups, Some(&outsider), json!({})).await, StatusCode::FORBIDDEN).await;

        // A shift moved into the past takes no sign-ups, and attendance can be marked.
        let past = json!({ "starts_at": at(-3), "ends_at": at(-1), "slots": 5 });
        let response = t.send(Method::PUT, &format!("/api/v1/shifts/{shift}"), Some(&coordinator), Some(past)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let late = member(&t, "late@example.org", Some("1980-01-01")).await;
        problem(t.post(&signups, Some(&late), json!({})).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let mine: Value = t.get("/api/v1/me/signups", Some(&adult)).await.json().await.unwrap();
        let signup = mine["items"][0]["id"].as_str().unwrap().to_owned();
        let attendance = format!("/api/v1/signups/{signup}/attendance");
        problem(t.post(&attendance, Some(&adult), json!({ "attended": true })).await, StatusCode::FORBIDDEN).await;
        let marked: Value =
            t.post(&attendance, Some(&coordinator), json!({ "attended": true })).await.json().await.unwrap();
        assert_eq!(marked["minutes"], 120, "the shift's length by default");
        let hours: Value = t.get("/api/v1/me/hours", Some(&adult)).await.json().await.unwrap();
        assert_eq!(hours["total_minutes"], 120);
        problem(
            t.post(&attendance, Some(&coordinator), json!({ "attended": true, "minutes": 5000 })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn volunteers_report_hours_that_coordinators_approve() {
    on_both(|t| async move {
        let (_, coordinator, organisation) = organisation(&t).await;
        let ongoing =
            json!({ "title": "Walk the dogs", "description": "Whenever you can", "location": null, "shifts": [] });
        let (id, _) = {
            let response = t
                .post(&format!("/api/v1/organisations/{organisation}/opportunities"), Some(&coordinator), ongoing)
                .await;
            assert_eq!(response.status(), StatusCode::CREATED);
            let body: Value = response.json().await.unwrap();
            (body["id"].as_str().unwrap().to_owned(), ())
        };
        let volunteer = member(&t, "walker@example.org", None).await;
        let path = format!("/api/v1/opportunities/{id}/hours");
        let future = (Utc::now() + Duration::days(3)).format("%Y-%m-%d").to_string();
        let body = problem(
            t.post(&path, Some(&volunteer), json!({ "day": future, "minutes": 60 })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(body["errors"]["day"].is_array());
        let today = Utc::now().format("%Y-%m-%d").to_string();
        let report: Value = t
            .post(&path, Some(&volunteer), json!({ "day": today, "minutes": 90, "note": "Two dogs" }))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(report["status"], "pending");
        let decision = format!("/api/v1/hour-reports/{}/decision", report["id"].as_str().unwrap());
        problem(t.post(&decision, Some(&volunteer), json!({ "approve": true })).await, StatusCode::FORBIDDEN).await;
        let approved: Value =
            t.post(&decision, Some(&coordinator), json!({ "approve": true })).await.json().await.unwrap();
        assert_eq!(approved["status"], "approved");
        problem(t.post(&decision, Some(&coordinator), json!({ "approve": false })).await, StatusCode::CONFLICT).await;
        let hours: Value = t.get("/api/v1/me/hours", Some(&volunteer)).await.json().await.unwrap();
        assert_eq!(hours["total_minutes"], 90);
        let dashboard: Value = t
            .get(&format!("/api/v1/organisations/{organisation}/dashboard"), Some(&coordinator))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(dashboard["minutes_total"], 90);
        problem(
            t.get(&format!("/api/v1/organisations/{organisation}/dashboard"), Some(&volunteer)).await,
            StatusCode::FORBIDDEN,
        )
        .await;
    })
    .await;
}

#[tokio::test]
async fn platform_admins_edit_the_skills_and_causes() {
    on_both(|t| async move {
        let (admin, coordinator, _) = organisation(&t).await;
        let skills: Value = t.get("/api/v1/platforms/gent/terms/skill", None).await.json().await.unwrap();
        assert!(skills["items"].as_array().unwrap().iter().any(|s| s["code"] == "first-aid"), "seeded with defaults");
        let path = "/api/v1/platforms/gent/terms/skill/sign-language";
        problem(
            t.send(Method::PUT, path, Some(&coordinator), Some(json!({ "label": "Sign language" }))).await,
            StatusCode::FORBIDDEN,
        )
        .await;
        assert_eq!(
            t.send(Method::PUT, path, Some(&admin), Some(json!({ "label": "Sign language" }))).await.status(),
            StatusCode::OK
        );
        let bad = t
            .send(
                Method::PUT,
                "/api/v1/platforms/gent/terms/skill/Bad Code",
                Some(&admin),
                Some(json!({ "label": "X" })),
            )
            .await;
        problem(bad, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert_eq!(t.send(Method::DELETE, path, Some(&admin), None).await.status(), StatusCode::NO_CONTENT);
    })
    .await;
}

#[tokio::test]
async fn export_covers_sign_ups_and_hours_and_erasure_keeps_the_counts() {
    on_both(|t| async move {
        let (_, coordinator, organisation) = organisation(&t).await;
        let (_, done_shift) = opportunity(&t, &coordinator, &organisation, 3, json!({})).await;
        let (_, next_shift) = opportunity(&t, &coordinator, &organisation, 1, json!({ "title": "Next week" })).await;
        let ann = member(&t, "ann@example.org", Some("1980-01-01")).await;
        let bob = member(&t, "bob@example.org", Some("1980-01-01")).await;
        t.post(&format!("/api/v1/shifts/{done_shift}/signups"), Some(&ann), json!({})).await;
        t.post(&format!("/api/v1/shifts/{next_shift}/signups"), Some(&ann), json!({})).await;
        let waiting: Value =
            t.post(&format!("/api/v1/shifts/{next_shift}/signups"), Some(&bob), json!({})).await.json().await.unwrap();
        assert_eq!(waiting["status"], "waitlisted");
        // The first shift happened, and Ann came.
        let past = json!({ "starts_at": at(-4), "ends_at": at(-1), "slots": 3 });
        t.send(Method::PUT, &format!("/api/v1/shifts/{done_shift}"), Some(&coordinator), Some(past)).await;
        let roster: Value =
            t.get(&format!("/api/v1/shifts/{done_shift}/signups"), Some(&coordinator)).await.json().await.unwrap();
        let signup = roster["items"][0]["id"].as_str().unwrap().to_owned();
        t.post(&format!("/api/v1/signups/{signup}/attendance"), Some(&coordinator), json!({ "attended": true })).await;

        let export: Value = t.get("/api/v1/me/export", Some(&ann)).await.json().await.unwrap();
        let titles: Vec<_> =
            export["signups"].as_array().unwrap().iter().map(|s| s["opportunity"]["title"].as_str().unwrap()).collect();
        assert_eq!(titles, ["Sort food parcels", "Next week"]);
        assert_eq!(export["signups"][0]["minutes"], 180);

        assert_eq!(t.send(Method::DELETE, "/api/v1/me", Some(&ann), None).await.status(), StatusCode::NO_CONTENT);
        // Her place to come went to Bob; the hours she gave still count, without her name.
        let mine: Value = t.get("/api/v1/me/signups", Some(&bob)).await.json().await.unwrap();
        assert_eq!(mine["items"][0]["status"], "confirmed");
        let dashboard: Value = t
            .get(&format!("/api/v1/organisations/{organisation}/dashboard"), Some(&coordinator))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(dashboard["minutes_total"], 180);
        let roster: Value =
            t.get(&format!("/api/v1/shifts/{done_shift}/signups"), Some(&coordinator)).await.json().await.unwrap();
        assert_eq!(roster["items"][0]["display_name"], "");
    })
    .await;
}
