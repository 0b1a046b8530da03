//! Defects 9 and 10: a search of 1,000 words gave 500 on SQLite; any member could
//! register an organisation and publish 10,000 shifts in a second, swelling every list.
//! Searches hold at most 12 words; an organisation nobody verified publishes a small
//! quota; an opportunity holds at most 500 shifts to come, 100 at once; lists carry 10
//! shifts per item and the opportunity page shows its dates 25 at a time.

use super::{gent, member, names, opportunity_body, organisation, says, shift};
use crate::http::harness::{TestApp, browser, on_both, page, problem};
use chrono::Duration;
use reqwest::{Method, StatusCode, Url};
use serde_json::{Value, json};

/// `GET /api/v1/platforms/gent/opportunities` searching for `q`.
async fn search(t: &TestApp, q: &str) -> reqwest::Response {
    let url = Url::parse_with_params(&t.url("/api/v1/platforms/gent/opportunities"), [("q", q)]).unwrap();
    reqwest::get(url).await.unwrap()
}

#[tokio::test]
async fn a_search_of_a_thousand_words_is_refused_naming_q_and_a_dozen_words_are_fine() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        t.platform(&root, "gent").await;
        // Someone searches with a thousand words (each one more condition to check).
        let refused = problem(search(&t, &"food ".repeat(1000)).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "q", "search-too-long");
        // Thirteen words, or one word of 201 letters, are too long as well.
        for q in ["a b c d e f g h i j k l m".to_owned(), "x".repeat(201)] {
            let refused = problem(search(&t, &q).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            names(&refused, "q", "search-too-long");
        }
        // Twelve words are a search.
        let twelve = "food bank parcels for families in gent near the station on saturday";
        assert_eq!(twelve.split_whitespace().count(), 12);
        let fine = search(&t, twelve).await;
        assert_eq!(fine.status(), StatusCode::OK);
    })
    .await;
}

/// Checks that a publication was held back (409) for the reason `code`.
#[track_caller]
fn held_back(refused: &Value, reason: &str) {
    assert_eq!(refused["code"], json!("refused"), "{refused}");
    assert_eq!(refused["reason"], json!(reason), "{refused}");
    assert_eq!(refused["detail"], json!(says(reason)), "the person is told why: {refused}");
}

/// A daily series of `days` shifts from three days on, 10:00–11:00.
fn daily(days: i64) -> Value {
    let first = entraide_domain::time::now().date_naive() + Duration::days(3);
    let last = first + Duration::days(days - 1);
    json!({
        "frequency": "daily", "starts_on": first.to_string(), "until": last.to_string(),
        "start_time": "10:00", "end_time": "11:00", "slots": 2,
    })
}

/// The id in a creation's answer.
async fn created(response: reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn unverified_organisations_publish_three_opportunities_and_thirty_shifts_until_verified() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        let (newcomer, _) = member(&t, "newcomer@example.org", "gent").await;
        let organisation = organisation(&t, &newcomer, "Brand new group").await;
        let publish = format!("/api/v1/organisations/{organisation}/opportunities");

        // A member who just registered an organisation publishes thirty shifts.
        let thirty: Vec<Value> = (0..30).map(|n| shift(48 + n, 1)).collect();
        let first = created(t.post(&publish, Some(&newcomer), opportunity_body("Sort food", thirty)).await).await;
        // One more, alone or as a series, waits for the platform team.
        let one_more = t.post(&format!("/api/v1/opportunities/{first}/shifts"), Some(&newcomer), shift(100, 1)).await;
        held_back(&problem(one_more, StatusCode::CONFLICT).await, "unverified-limit");
        let series = t.post(&format!("/api/v1/opportunities/{first}/shift-series"), Some(&newcomer), daily(2)).await;
        held_back(&problem(series, StatusCode::CONFLICT).await, "unverified-limit");
        // Two more opportunities are fine; a fourth waits too.
        for title in ["Deliver parcels", "Cook soup"] {
            created(t.post(&publish, Some(&newcomer), opportunity_body(title, vec![])).await).await;
        }
        let fourth = t.post(&publish, Some(&newcomer), opportunity_body("Paint the hall", vec![])).await;
        held_back(&problem(fourth, StatusCode::CONFLICT).await, "unverified-limit");
        let list: Value = t.get(&format!("/api/v1/opportunities/{first}"), None).await.json().await.unwrap();
        assert_eq!(list["shifts"].as_array().unwrap().len(), 30, "nothing was added");

        // The platform team verifies the organisation: the quota is lifted.
        let verified = t
            .send(
                Method::PUT,
                &format!("/api/v1/organisations/{organisation}/verified"),
                Some(&gent.admin),
                Some(json!({ "verified": true })),
            )
            .await;
        assert!(verified.status().is_success(), "{}", verified.status());
        created(t.post(&publish, Some(&newcomer), opportunity_body("Paint the hall", vec![])).await).await;
        assert_eq!(
            t.post(&format!("/api/v1/opportunities/{first}/shifts"), Some(&newcomer), shift(100, 1)).await.status(),
            StatusCode::CREATED
        );
    })
    .await;
}

#[tokio::test]
async fn shifts_are_bounded_per_request_and_per_opportunity_and_lists_and_pages_stay_small() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        // The platform team publishes (no quota for them), but the bounds hold for all.
        let organisation = organisation(&t, &gent.admin, "City services").await;
        let publish = format!("/api/v1/organisations/{organisation}/opportunities");

        // 101 shifts in one request are too many.
        let many: Vec<Value> = (0..101).map(|n| shift(48 + n, 1)).collect();
        let refused = problem(
            t.post(&publish, Some(&gent.admin), opportunity_body("Flood", many)).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "shifts", "too-many-shifts-at-once");

        // Thirty shifts, then a series of 400 days: 430 to come.
        let thirty: Vec<Value> = (0..30).map(|n| shift(48 + n, 1)).collect();
        let id = created(t.post(&publish, Some(&gent.admin), opportunity_body("Sort food", thirty)).await).await;
        let series = format!("/api/v1/opportunities/{id}/shift-series");
        assert_eq!(t.post(&series, Some(&gent.admin), daily(400)).await.status(), StatusCode::CREATED);
        // Seventy-one more would pass 500 to come.
        let refused = problem(t.post(&series, Some(&gent.admin), daily(71)).await, StatusCode::CONFLICT).await;
        held_back(&refused, "shift-limit");

        // The public list carries the ten next shifts of the opportunity, no more.
        let one: Value = t.get(&format!("/api/v1/opportunities/{id}"), None).await.json().await.unwrap();
        let mut all: Vec<(chrono::DateTime<chrono::FixedOffset>, String)> = one["shifts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    chrono::DateTime::parse_from_rfc3339(s["starts_at"].as_str().unwrap()).unwrap(),
                    s["id"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        assert_eq!(all.len(), 430);
        all.sort();
        let list: Value = t.get("/api/v1/platforms/gent/opportunities", None).await.json().await.unwrap();
        let item = list["items"].as_array().unwrap().iter().find(|o| o["id"] == json!(id)).expect("listed");
        let listed: Vec<&str> = item["shifts"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        let next_ten: Vec<&str> = all.iter().take(10).map(|(_, id)| id.as_str()).collect();
        assert_eq!(listed, next_ten);

        // The page shows 25 dates at a time, with a link to the later ones…
        let client = browser();
        let base = format!("/p/gent/opportunities/{id}");
        let dates = |html: &str| html.matches("<li class=\"shift").count();
        let later = |n: usize| format!("href=\"{base}?dates={n}#shifts-title\" rel=\"next\"");
        let earlier = |n: usize| format!("href=\"{base}?dates={n}#shifts-title\" rel=\"prev\"");
        let html = page(&client, &t, &base, StatusCode::OK).await;
        assert_eq!(dates(&html), 25);
        assert!(html.contains(&later(1)) && html.contains("Later dates"), "a link to the later dates");
        assert!(!html.contains("rel=\"prev\""), "nothing earlier");
        let html = page(&client, &t, &format!("{base}?dates=1"), StatusCode::OK).await;
        assert_eq!(dates(&html), 25);
        assert!(html.contains(&earlier(0)) && html.contains(&later(2)), "both ways from the second page");
        // …down to the last five of 430 (page 17), where an absurd page number lands too.
        for last in ["17", "999999"] {
            let html = page(&client, &t, &format!("{base}?dates={last}"), StatusCode::OK).await;
            assert_eq!(dates(&html), 5, "page {last}");
            assert!(html.contains(&earlier(16)) && !html.contains("rel=\"next\""), "page {last}: only earlier dates");
        }
    })
    .await;
}

// Found while writing this suite: each day walked was looked up in the list of days
// left out, so 40,000 of them (520 kB) kept a runtime thread busy ~11 s in a debug build.
#[tokio::test]
async fn a_series_with_tens_of_thousands_of_days_left_out_is_answered_at_once() {
    on_both(|t| async move {
        let gent = gent(&t).await;
        let organisation = organisation(&t, &gent.admin, "City services").await;
        let publish = format!("/api/v1/organisations/{organisation}/opportunities");
        let id = created(t.post(&publish, Some(&gent.admin), opportunity_body("Sort food", vec![])).await).await;

        // An attacker asks for a daily series to year 9999, leaving out 40,000 days in a
        // row: half a megabyte, well within what a request may carry.
        let first = entraide_domain::time::now().date_naive() + Duration::days(3);
        let except: Vec<String> = (0..40_000).map(|d| (first + Duration::days(d)).to_string()).collect();
        let mut series = daily(1);
        series["until"] = json!("9999-12-31");
        series["except"] = json!(except);
        let started = std::time::Instant::now();
        let answer = t.post(&format!("/api/v1/opportunities/{id}/shift-series"), Some(&gent.admin), series).await;
        let took = started.elapsed();

        // It is refused, naming the list, and at once: one request does not keep the
        // server busy.
        let body = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(body["errors"]["except"].is_array(), "{body}");
        assert!(took < std::time::Duration::from_secs(2), "one request kept the server busy for {took:?}");
    })
    .await;
}
