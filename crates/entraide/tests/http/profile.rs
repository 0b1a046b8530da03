//! The volunteer profile and suggestions both ways, through the API and the pages:
//! bad input writes nothing, the hard filters leave people out, better fits rank first,
//! and reasons come in the caller's language.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, plain, problem, submit};
use chrono::{Datelike, Duration, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// The Grand-Place, where the shift happens.
const LAT: f64 = 50.8467;
const LON: f64 = 4.3525;

/// The shift: in two days, 10:00–13:00 UTC (the platform's zone), so it never crosses
/// midnight.
fn shift_times() -> (String, String, u32) {
    let day = (Utc::now() + Duration::days(2)).date_naive();
    let start = day.and_hms_opt(10, 0, 0).unwrap().and_utc();
    (start.to_rfc3339(), (start + Duration::hours(3)).to_rfc3339(), day.weekday().number_from_monday())
}

/// A member of `bxl` with a date of birth; returns a token.
async fn member(t: &TestApp, email: &str, name: &str, birth_date: &str) -> String {
    let body = json!({ "email": email, "password": PASSWORD, "display_name": name, "birth_date": birth_date });
    assert_eq!(t.post("/api/v1/accounts", None, body).await.status(), StatusCode::CREATED);
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/bxl/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    token
}

async fn put(t: &TestApp, token: &str, body: Value) -> reqwest::Response {
    t.send(Method::PUT, "/api/v1/me/profile", Some(token), Some(body)).await
}

/// A profile body: free all day on `weekday`, at `lon` on the Grand-Place's latitude.
fn profile(skills: &[&str], languages: &[&str], lon: f64, within_km: f64, weekday: u32) -> Value {
    json!({
        "skills": skills, "causes": ["poverty"], "languages": languages,
        "location": { "lat": LAT, "lon": lon }, "within_km": within_km,
        "availability": [{ "weekday": weekday, "from": "08:00", "to": "18:00" }],
    })
}

/// Platform `bxl` (UTC), an organisation with its coordinator, and one opportunity
/// (driving and cooking, in Arabic, from 18) with one shift. Returns the root token, the
/// coordinator's token and the shift's and opportunity's ids.
async fn setting(t: &TestApp) -> (String, String, String, String) {
    let root = t.instance_admin().await;
    t.platform(&root, "bxl").await;
    let coordinator = member(t, "coco@example.org", "Coco", "1980-01-01").await;
    let created = t
        .post(
            "/api/v1/platforms/bxl/organisations",
            Some(&coordinator),
            json!({ "name": "Food bank", "kind": "nonprofit" }),
        )
        .await;
    let organisation = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let (starts_at, ends_at, _) = shift_times();
    let body = json!({
        "title": "Deliver food parcels", "description": "Drive parcels to families.",
        "skills": ["driving", "cooking"], "causes": ["poverty"], "languages": ["ar"], "min_age": 18,
        "location": { "lat": LAT, "lon": LON, "address": "Grand-Place 1" },
        "shifts": [{ "starts_at": starts_at, "ends_at": ends_at, "slots": 5 }],
    });
    let response =
        t.post(&format!("/api/v1/organisations/{organisation}/opportunities"), Some(&coordinator), body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let created: Value = response.json().await.unwrap();
    (
        root,
        coordinator,
        created["shifts"][0]["id"].as_str().unwrap().to_owned(),
        created["id"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn a_profile_round_trips_and_bad_input_writes_nothing() {
    on_both(|t| async move {
        let (_, _, _, _) = setting(&t).await;
        let ada = member(&t, "ada@example.org", "Ada", "1990-05-01").await;
        problem(t.get("/api/v1/me/profile", Some(&ada)).await, StatusCode::NOT_FOUND).await;
        problem(t.get("/api/v1/me/profile", None).await, StatusCode::UNAUTHORIZED).await;

        let good = json!({
            "skills": ["driving", "cooking"], "causes": ["poverty"], "languages": ["fr-BE", "ar"],
            "location": { "lat": LAT, "lon": 4.3695 }, "within_km": 7.5,
            "availability": [{ "weekday": 2, "from": "14:00", "to": "18:00" }, { "weekday": 2, "from": "09:00", "to": "12:00" }],
            "no_mails": true,
        });
        let response = put(&t, &ada, good).await;
        assert_eq!(response.status(), StatusCode::OK);
        let saved: Value = response.json().await.unwrap();
        assert_eq!(saved["skills"], json!(["cooking", "driving"]));
        assert_eq!(saved["languages"], json!(["ar", "fr"]));
        assert_eq!(saved["location"], json!({ "lat": LAT, "lon": 4.3695 }), "the owner sees the exact point");
        assert_eq!(saved["availability"][0], json!({ "weekday": 2, "from": "09:00", "to": "12:00" }));
        assert_eq!((saved["no_suggestions"].clone(), saved["no_mails"].clone()), (json!(false), json!(true)));
        let read: Value = t.get("/api/v1/me/profile", Some(&ada)).await.json().await.unwrap();
        assert_eq!(read, saved);
        let export: Value = t.get("/api/v1/me/export", Some(&ada)).await.json().await.unwrap();
        assert_eq!(export["profile"]["location"], json!({ "lat": LAT, "lon": 4.3695 }));

        let window = |weekday: i64, from: &str, to: &str| json!({ "weekday": weekday, "from": from, "to": to });
        let cases: Vec<(&str, Value)> = vec![
            ("within_km", json!({ "within_km": 501 })),
            ("within_km", json!({ "within_km": 0 })),
            ("within_km", json!({ "within_km": -2 })),
            ("availability.weekday", json!({ "availability": [window(8, "09:00", "10:00")] })),
            ("availability.weekday", json!({ "availability": [window(0, "09:00", "10:00")] })),
            ("availability.to", json!({ "availability": [window(3, "12:00", "12:00")] })),
            ("availability.to", json!({ "availability": [window(3, "12:00", "11:00")] })),
            ("availability", json!({ "availability": [window(4, "09:00", "12:00"), window(4, "11:30", "13:00")] })),
            ("availability.from", json!({ "availability": [window(4, "9 o'clock", "12:00")] })),
            ("skills", json!({ "skills": ["juggling"] })),
            ("causes", json!({ "causes": ["knitting"] })),
            ("languages", json!({ "languages": ["xx"] })),
            ("location.lat", json!({ "location": { "lat": 91.0, "lon": LON } })),
            ("location.lon", json!({ "location": { "lat": LAT, "lon": -181.0 } })),
            ("location", json!({ "location": null })),
        ];
        for (field, change) in cases {
            let mut body = profile(&["driving"], &["nl"], LON, 3.0, 1);
            for (key, value) in change.as_object().unwrap() {
                body[key] = value.clone();
            }
            let answer = problem(put(&t, &ada, body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            let messages = answer["errors"][field].as_array().unwrap_or_else(|| panic!("{field} named in {answer}"));
            assert!(!messages.is_empty() && messages.iter().all(|m| !m.as_str().unwrap().is_empty()), "{answer}");
            let now: Value = t.get("/api/v1/me/profile", Some(&ada)).await.json().await.unwrap();
            assert_eq!(now, saved, "nothing written for a bad {field}");
        }
        // Every problem at once.
        let mut bad = profile(&["juggling"], &["xx"], LON, 600.0, 9);
        bad["location"]["lat"] = json!(-95.0);
        let answer = problem(put(&t, &ada, bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["skills", "languages", "within_km", "availability.weekday", "location.lat"] {
            assert!(answer["errors"][field].is_array(), "{field} in {answer}");
        }
        assert_eq!(plain(answer["errors"]["within_km"][0].as_str().unwrap()), "Give a distance of more than 0 and at most 500 km.");

        // Someone on no platform has no skills to pick from.
        let loner = t.person("loner@example.org", "Loner").await;
        let answer = problem(put(&t, &loner, profile(&["driving"], &[], LON, 3.0, 1)).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(answer["errors"]["skills"].is_array());
        let mut plain_profile = profile(&[], &["en"], LON, 3.0, 1);
        plain_profile["causes"] = json!([]);
        assert!(put(&t, &loner, plain_profile).await.status().is_success());
    })
    .await;
}

#[tokio::test]
async fn the_profile_page_saves_and_shows_errors_by_field() {
    on_both(|t| async move {
        setting(&t).await;
        member(&t, "ada@example.org", "Ada", "1990-05-01").await;
        let ada = browser();
        let fields = [("email", "ada@example.org"), ("password", PASSWORD), ("next", "/my/profile")];
        assert_eq!(location(&submit(&ada, &t, "/sign-in", "/sign-in", &fields).await), "/my/profile");
        let html = page(&ada, &t, "/my/profile", StatusCode::OK).await;
        assert!(
            html.contains("My volunteer profile")
                && html.contains("name=\"skills\" value=\"driving\"")
                && html.contains("Tuesday")
        );

        let bad = [
            ("skills", "driving"),
            ("location.lat", "50.85"),
            ("location.lon", "4.35"),
            ("within_km", "900"),
            ("from-2-1", "12:00"),
            ("to-2-1", "11:00"),
        ];
        let response = submit(&ada, &t, "/my/profile", "/my/profile", &bad).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains("Give a distance of more than 0 and at most 500 km."), "{html}");
        assert!(html.contains("href=\"#availability\"") && html.contains("value=\"900\""), "errors linked, input kept");

        // The week as parts of days, and precise times for the rest; a part and a time
        // that overlap are refused on the table as a whole.
        let overlapping = [
            ("location.lat", "50.85"),
            ("location.lon", "4.35"),
            ("within_km", "5"),
            ("part-2-morning", "on"),
            ("from-2-1", "09:00"),
            ("to-2-1", "11:00"),
        ];
        let response = submit(&ada, &t, "/my/profile", "/my/profile", &overlapping).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains("href=\"#availability\""), "{html}");
        assert!(html.contains("name=\"part-2-morning\" value=\"on\" checked"), "ticks kept: {html}");
        assert!(html.contains("<details class=\"more\" open>"), "the precise times show what was typed");

        let good = [
            ("skills", "driving"),
            ("languages", "ar"),
            ("location.lat", "50,8467"),
            ("location.lon", "4.3695"),
            ("within_km", "5"),
            ("part-1-morning", "on"),
            ("part-1-afternoon", "on"),
            ("part-3-evening", "on"),
            ("from-2-1", "09:00"),
            ("to-2-1", "11:00"),
            ("from-2-2", "14:00"),
            ("to-2-2", "24:00"),
            ("no_mails", "on"),
        ];
        let response = submit(&ada, &t, "/my/profile", "/my/profile", &good).await;
        assert_eq!(location(&response), "/my/profile?notice=saved");
        let html = page(&ada, &t, "/my/profile?notice=saved", StatusCode::OK).await;
        assert!(html.contains("Your profile is saved."));
        assert!(
            html.contains("value=\"50.8467\"")
                && html.contains("id=\"no_mails\" name=\"no_mails\" value=\"on\" checked")
        );
        for ticked in ["part-1-morning", "part-1-afternoon", "part-3-evening"] {
            assert!(html.contains(&format!("name=\"{ticked}\" value=\"on\" checked")), "{ticked}: {html}");
        }
        assert!(html.contains("name=\"part-1-evening\" value=\"on\">"), "not ticked");
        assert!(html.contains("Monday, Morning"), "each box says its day and part to a screen reader");
        // Times the grid cannot show stay precise (the day's end as its last minute, since
        // a time field has no 24:00).
        assert!(html.contains("<details class=\"more\" open>"));
        assert!(html.contains("id=\"from-2-1\" name=\"from-2-1\" type=\"time\" value=\"09:00\""), "{html}");
        assert!(html.contains("id=\"to-2-2\" name=\"to-2-2\" type=\"time\" value=\"23:59\""), "{html}");
        let token = t.token("ada@example.org").await;
        let read: Value = t.get("/api/v1/me/profile", Some(&token)).await.json().await.unwrap();
        let windows: Vec<String> = read["availability"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| format!("{} {}-{}", w["weekday"], w["from"].as_str().unwrap(), w["to"].as_str().unwrap()))
            .collect();
        assert_eq!(windows, ["1 08:00-18:00", "2 09:00-11:00", "2 14:00-24:00", "3 18:00-22:00"]);
        assert_eq!(read["skills"], json!(["driving"]));
    })
    .await;
}

#[tokio::test]
async fn suggestions_for_a_shift_apply_the_hard_filters_and_rank_better_fits_first() {
    on_both(|t| async move {
        let (root, coordinator, shift, opportunity) = setting(&t).await;
        let (_, _, weekday) = shift_times();
        let other_day = weekday % 7 + 1;
        // 1.2 km away, both skills, speaks Arabic.
        let best = member(&t, "best@example.org", "Best", "1990-01-01").await;
        assert!(
            put(&t, &best, profile(&["cooking", "driving"], &["ar", "fr"], 4.3695, 5.0, weekday))
                .await
                .status()
                .is_success()
        );
        // 2 km away, one skill, no Arabic.
        let good = member(&t, "good@example.org", "Good", "1990-01-01").await;
        assert!(put(&t, &good, profile(&["driving"], &["nl"], 4.3810, 5.0, weekday)).await.status().is_success());
        // About 14 km away with a range of 5.
        let far = member(&t, "far@example.org", "Far", "1990-01-01").await;
        assert!(
            put(&t, &far, profile(&["cooking", "driving"], &["ar"], 4.55, 5.0, weekday)).await.status().is_success()
        );
        // Free another day.
        let busy = member(&t, "busy@example.org", "Busy", "1990-01-01").await;
        assert!(
            put(&t, &busy, profile(&["cooking", "driving"], &["ar"], 4.3695, 5.0, other_day))
                .await
                .status()
                .is_success()
        );
        // Fifteen on the day.
        let young =
            member(&t, "young@example.org", "Young", &(Utc::now().date_naive() - Duration::days(15 * 365)).to_string())
                .await;
        assert!(
            put(&t, &young, profile(&["cooking", "driving"], &["ar"], 4.3695, 5.0, weekday))
                .await
                .status()
                .is_success()
        );
        // Signed up already.
        let keen = member(&t, "keen@example.org", "Keen", "1990-01-01").await;
        assert!(
            put(&t, &keen, profile(&["cooking", "driving"], &["ar"], 4.3695, 5.0, weekday)).await.status().is_success()
        );
        assert_eq!(
            t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&keen), json!({})).await.status(),
            StatusCode::CREATED
        );
        // Opted out.
        let shy = member(&t, "shy@example.org", "Shy", "1990-01-01").await;
        let mut opted_out = profile(&["cooking", "driving"], &["ar"], 4.3695, 5.0, weekday);
        opted_out["no_suggestions"] = json!(true);
        assert!(put(&t, &shy, opted_out).await.status().is_success());
        // A member without a profile.
        member(&t, "bare@example.org", "Bare", "1990-01-01").await;

        let path = format!("/api/v1/shifts/{shift}/suggestions");
        let response = t.get(&path, Some(&coordinator)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let found: Value = response.json().await.unwrap();
        let names: Vec<&str> =
            found["items"].as_array().unwrap().iter().map(|i| i["display_name"].as_str().unwrap()).collect();
        assert_eq!(names, ["Best", "Good"], "{found}");
        let first = &found["items"][0];
        assert!(first["score"].as_f64().unwrap() > found["items"][1]["score"].as_f64().unwrap());
        assert!(first["account_id"].as_str().is_some());
        let reasons: Vec<String> =
            first["reasons"].as_array().unwrap().iter().map(|r| plain(r.as_str().unwrap())).collect();
        let weekday_name =
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday as usize - 1];
        for expected in [
            "knows Cooking",
            "knows Driving",
            "speaks Arabic",
            "cares about Poverty and food",
            "1.2\u{a0}km away",
            &format!("free on {weekday_name}"),
        ] {
            assert!(reasons.iter().any(|r| r == expected), "{expected:?} in {reasons:?}");
        }

        // In the caller's language: French numbers and day names.
        let french = reqwest::Client::new()
            .get(t.url(&path))
            .bearer_auth(&coordinator)
            .header("accept-language", "fr")
            .send()
            .await
            .unwrap();
        let found: Value = french.json().await.unwrap();
        let reasons: Vec<String> =
            found["items"][0]["reasons"].as_array().unwrap().iter().map(|r| plain(r.as_str().unwrap())).collect();
        let jour = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"][weekday as usize - 1];
        assert!(reasons.iter().any(|r| r.contains("1,2\u{a0}km")), "{reasons:?}");
        assert!(reasons.iter().any(|r| r.contains(jour)), "{reasons:?}");

        // Platform admins may ask too; a limit cuts the list.
        let found: Value = t.get(&format!("{path}?limit=1"), Some(&root)).await.json().await.unwrap();
        assert_eq!(found["items"].as_array().unwrap().len(), 1);
        assert_eq!(found["items"][0]["display_name"], "Best");

        // Who may ask, which shift, which limit.
        problem(t.get(&path, Some(&good)).await, StatusCode::FORBIDDEN).await;
        problem(t.get(&path, None).await, StatusCode::UNAUTHORIZED).await;
        problem(
            t.get("/api/v1/shifts/0190f1a0-0000-7000-8000-000000000000/suggestions", Some(&coordinator)).await,
            StatusCode::NOT_FOUND,
        )
        .await;
        problem(t.get("/api/v1/shifts/not-an-id/suggestions", Some(&coordinator)).await, StatusCode::NOT_FOUND).await;
        for limit in ["101", "0", "-1"] {
            let answer = problem(
                t.get(&format!("{path}?limit={limit}"), Some(&coordinator)).await,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
            assert!(answer["errors"]["limit"].is_array(), "{answer}");
        }

        // The shift for the person: the other way round.
        let mine: Value = t.get("/api/v1/me/suggestions", Some(&best)).await.json().await.unwrap();
        assert_eq!(mine["items"].as_array().unwrap().len(), 1, "{mine}");
        assert_eq!(mine["items"][0]["shift_id"], shift.as_str());
        assert_eq!(mine["items"][0]["opportunity_id"], opportunity.as_str());
        let reasons: Vec<String> =
            mine["items"][0]["reasons"].as_array().unwrap().iter().map(|r| plain(r.as_str().unwrap())).collect();
        assert!(
            reasons.iter().any(|r| r == "in Arabic") && reasons.iter().any(|r| r == "uses your skill: Driving"),
            "{reasons:?}"
        );
        for (token, who) in
            [(&far, "far"), (&busy, "busy"), (&young, "young"), (&keen, "signed up"), (&shy, "opted out")]
        {
            let theirs: Value = t.get("/api/v1/me/suggestions", Some(token)).await.json().await.unwrap();
            assert_eq!(theirs["items"], json!([]), "nothing for the {who} one");
        }
        problem(t.get("/api/v1/me/suggestions?limit=101", Some(&best)).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        let bare = t.token("bare@example.org").await;
        let theirs: Value = t.get("/api/v1/me/suggestions", Some(&bare)).await.json().await.unwrap();
        assert_eq!(theirs["items"], json!([]), "no profile, no suggestions");
        // Once signed up, the shift is no longer suggested, and the person is not either.
        assert_eq!(
            t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&best), json!({})).await.status(),
            StatusCode::CREATED
        );
        let mine: Value = t.get("/api/v1/me/suggestions", Some(&best)).await.json().await.unwrap();
        assert_eq!(mine["items"], json!([]));
        let found: Value = t.get(&path, Some(&coordinator)).await.json().await.unwrap();
        assert_eq!(found["items"].as_array().unwrap().len(), 1);
        assert_eq!(found["items"][0]["display_name"], "Good");

        // The pages: the coordinator's list beside the roster, the person's list.
        let coco = browser();
        let fields = [("email", "coco@example.org"), ("password", PASSWORD), ("next", "/my/shifts")];
        submit(&coco, &t, "/sign-in", "/sign-in", &fields).await;
        let roster = page(&coco, &t, &format!("/p/bxl/shifts/{shift}"), StatusCode::OK).await;
        assert!(roster.contains(&format!("/p/bxl/shifts/{shift}/suggestions")));
        let html = page(&coco, &t, &format!("/p/bxl/shifts/{shift}/suggestions"), StatusCode::OK).await;
        assert!(html.contains("Suggested people") && html.contains("Good") && html.contains("knows Driving"), "{html}");
        let stranger = browser();
        let fields = [("email", "good@example.org"), ("password", PASSWORD), ("next", "/my/suggestions")];
        submit(&stranger, &t, "/sign-in", "/sign-in", &fields).await;
        page(&stranger, &t, &format!("/p/bxl/shifts/{shift}/suggestions"), StatusCode::FORBIDDEN).await;
        let html = page(&stranger, &t, "/my/suggestions", StatusCode::OK).await;
        assert!(
            html.contains("Shifts for me")
                && html.contains("Deliver food parcels")
                && html.contains("uses your skill: Driving"),
            "{html}"
        );
    })
    .await;
}
