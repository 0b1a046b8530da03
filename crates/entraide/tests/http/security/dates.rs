//! Defect 13: shifts in year 1 or 9999, shifts of a hundred years and hours reported for
//! year 1 were accepted. Shifts start within two years ahead and one back and last at
//! most 24 hours (31 days when marked `multi_day`); hours go back a year; help is asked
//! for within a year.

use super::{at, gent, member, names, opportunity_body, organisation, request_body};
use crate::http::harness::{on_both, problem};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const OPPORTUNITIES: &str = "/api/v1/platforms/gent/opportunities";
/// Two hours of a day in year 1, and of one in 9999.
const YEAR_1: (&str, &str) = ("0001-01-01T10:00:00Z", "0001-01-01T12:00:00Z");
const YEAR_9999: (&str, &str) = ("9999-12-31T10:00:00Z", "9999-12-31T12:00:00Z");

/// A shift between two instants, with five places.
fn between(starts_at: &str, ends_at: &str) -> Value {
    json!({ "starts_at": starts_at, "ends_at": ends_at, "slots": 5 })
}

/// The same, marked as lasting several days.
fn several_days(starts_at: &str, ends_at: &str) -> Value {
    json!({ "starts_at": starts_at, "ends_at": ends_at, "slots": 5, "multi_day": true })
}

#[tokio::test]
async fn shifts_in_year_one_or_9999_or_lasting_a_century_are_refused_with_their_reason() {
    on_both(|t| async move {
        gent(&t).await;
        let (coco, _) = member(&t, "coco@example.org", "gent").await;
        let organisation = organisation(&t, &coco, "Food bank").await;
        let publish = format!("/api/v1/organisations/{organisation}/opportunities");
        let century = at(48 + 100 * 365 * 24);
        let refusals = [
            // A shift in year 1, and one in 9999.
            (between(YEAR_1.0, YEAR_1.1), "shifts.starts_at", "shift-too-long-ago"),
            (between(YEAR_9999.0, YEAR_9999.1), "shifts.starts_at", "shift-too-far-ahead"),
            // A shift of a hundred years, with or without `multi_day`.
            (between(&at(48), &century), "shifts.ends_at", "shift-too-long"),
            (several_days(&at(48), &century), "shifts.ends_at", "shift-days-too-long"),
            // A shift of 25 hours not marked as lasting several days.
            (between(&at(48), &at(48 + 25)), "shifts.ends_at", "shift-too-long"),
        ];
        for (shift, field, code) in refusals {
            let body = opportunity_body("Sort food", vec![shift]);
            let answer = t.post(&publish, Some(&coco), body).await;
            let refused = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
            names(&refused, field, code);
        }
        let list: Value = t.get(OPPORTUNITIES, None).await.json().await.unwrap();
        assert_eq!(list["items"], json!([]), "nothing was published");

        // Marked as lasting several days, 25 hours is a weekend camp.
        let camp = several_days(&at(48), &at(48 + 25));
        let body = opportunity_body("Weekend camp", vec![camp]);
        let created = t.post(&publish, Some(&coco), body).await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let created: Value = created.json().await.unwrap();
        let id = created["id"].as_str().unwrap();
        let shift_id = created["shifts"][0]["id"].as_str().unwrap();

        // A shift added in 9999, or moved to year 1, is refused as well.
        let path = format!("/api/v1/opportunities/{id}/shifts");
        let added = t.post(&path, Some(&coco), between(YEAR_9999.0, YEAR_9999.1)).await;
        let refused = problem(added, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "starts_at", "shift-too-far-ahead");
        let path = format!("/api/v1/shifts/{shift_id}");
        let moved = t.send(Method::PUT, &path, Some(&coco), Some(between(YEAR_1.0, YEAR_1.1))).await;
        let refused = problem(moved, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "starts_at", "shift-too-long-ago");
        // So is a series starting in year 1.
        let series = json!({
            "frequency": "daily", "starts_on": "0001-01-01", "until": "0001-01-07",
            "start_time": "10:00", "end_time": "12:00", "slots": 5,
        });
        let path = format!("/api/v1/opportunities/{id}/shift-series");
        let refused = problem(t.post(&path, Some(&coco), series).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "starts_on", "shift-too-long-ago");
        let one: Value = t.get(&format!("/api/v1/opportunities/{id}"), None).await.json().await.unwrap();
        assert_eq!(one["shifts"].as_array().unwrap().len(), 1, "the camp's one shift: {one}");
        assert_eq!(one["shifts"][0]["id"], json!(shift_id));
    })
    .await;
}

#[tokio::test]
async fn hours_for_year_one_and_help_needed_in_2099_are_refused_with_their_reason() {
    on_both(|t| async move {
        gent(&t).await;
        let (coco, _) = member(&t, "coco@example.org", "gent").await;
        let organisation = organisation(&t, &coco, "Food bank").await;
        let created = t
            .post(
                &format!("/api/v1/organisations/{organisation}/opportunities"),
                Some(&coco),
                opportunity_body("Sort food", vec![]),
            )
            .await;
        let id = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let (volunteer, _) = member(&t, "vera@example.org", "gent").await;

        // A volunteer reports an hour given in year 1.
        let report = json!({ "day": "0001-01-01", "minutes": 60 });
        let refused = problem(
            t.post(&format!("/api/v1/opportunities/{id}/hours"), Some(&volunteer), report).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "day", "day-too-long-ago");
        let hours: Value = t.get("/api/v1/me/hours", Some(&volunteer)).await.json().await.unwrap();
        assert!(hours["reports"].as_array().is_none_or(Vec::is_empty), "nothing was reported: {hours}");

        // A neighbour asks for help needed in 2099, or in year 1.
        let mut later = request_body("Groceries", 51.0543, 3.7174);
        later["needed_from"] = json!("2099-06-01T10:00:00Z");
        later["needed_until"] = json!("2099-06-01T12:00:00Z");
        let refused = problem(
            t.post("/api/v1/platforms/gent/requests", Some(&volunteer), later).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "needed_until", "date-out-of-range");
        let mut long_ago = request_body("Groceries", 51.0543, 3.7174);
        long_ago["needed_from"] = json!("0001-06-01T10:00:00Z");
        long_ago["needed_until"] = json!("0001-06-01T12:00:00Z");
        let refused = problem(
            t.post("/api/v1/platforms/gent/requests", Some(&volunteer), long_ago).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "needed_from", "date-out-of-range");
        let requests: Value = t.get("/api/v1/platforms/gent/requests", Some(&volunteer)).await.json().await.unwrap();
        assert_eq!(requests["items"], json!([]), "nothing was asked");
    })
    .await;
}
