//! The volunteering pages, driven with forms as a browser without JavaScript drives
//! them: publishing an opportunity and its shifts, finding it, signing up until the
//! waiting list moves up, rosters, dashboards, hours, and skills and causes.

use super::harness::{PASSWORD, TestApp, browser, location, on_both, page, plain, submit};
use chrono::{Datelike, Duration, Utc, Weekday};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

/// The answer's HTML, checking its status.
async fn body(response: reqwest::Response, status: StatusCode) -> String {
    assert_eq!(response.status(), status);
    plain(&response.text().await.unwrap())
}

/// A browser with a new account (signed up through the form) that joined `slug`.
async fn member(t: &TestApp, slug: &str, email: &str, name: &str, birth_date: &str) -> Client {
    let client = browser();
    let fields = [("display_name", name), ("email", email), ("password", PASSWORD), ("birth_date", birth_date)];
    let response = submit(&client, t, "/sign-up", "/sign-up", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "signing up {email}");
    let home = format!("/p/{slug}");
    let response = submit(&client, t, &home, &format!("{home}/join"), &[("accept_terms", "on")]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    client
}

/// The JSON-LD block of a page, parsed.
fn json_ld(html: &str) -> Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("the page carries JSON-LD") + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("the JSON-LD parses")
}

/// The first `value="…"` after `marker`.
fn value_after(html: &str, marker: &str) -> String {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker} is on the page"));
    let rest = &html[from..];
    let start = rest.find("value=\"").unwrap() + 7;
    rest[start..].split('"').next().unwrap().to_owned()
}

/// A platform in Brussels' time zone.
async fn brussels_platform(t: &TestApp, admin: &str, slug: &str) {
    let body = json!({ "slug": slug, "name": "Gent helpt", "time_zone": "Europe/Brussels" });
    assert_eq!(t.post("/api/v1/platforms", Some(admin), body).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn a_coordinator_publishes_people_sign_up_and_the_waiting_list_moves_up() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        brussels_platform(&t, &admin, "gent").await;
        let coordinator = member(&t, "gent", "cora@example.org", "Cora", "").await;
        let new = [("name", "Voedselbank"), ("kind", "nonprofit"), ("description", "Food for all")];
        let response = submit(&coordinator, &t, "/p/gent/organisations/new", "/p/gent/organisations/new", &new).await;
        let organisation = location(&response);
        let html = page(&coordinator, &t, &organisation, StatusCode::OK).await;
        assert!(html.contains("Publish an opportunity") && html.contains("Dashboard"));

        // Mistakes come back next to their fields, with what was typed kept.
        let form = format!("{organisation}/opportunities/new");
        let html = page(&coordinator, &t, &form, StatusCode::OK).await;
        assert!(html.contains("<label for=\"title\">") && html.contains("lang=\"fr\">Français</label>"));
        let bad = [
            ("title", ""),
            ("description", "Sorting food parcels"),
            ("skills", "cooking"),
            ("languages", "nl"),
            ("min_age", "old enough"),
            ("where", "place"),
            ("location.lat", "95"),
            ("location.lon", ""),
            ("location.address", "Dok Noord 7"),
            ("status", "published"),
        ];
        let html = body(submit(&coordinator, &t, &form, &form, &bad).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        for field in ["title", "min_age", "location.lat", "location.lon"] {
            assert!(html.contains(&format!("id=\"{field}-error\"")), "an error next to {field}");
        }
        assert!(html.contains("aria-describedby=\"title-hint title-error\""));
        assert!(html.contains(">Sorting food parcels</textarea>") && html.contains("value=\"Dok Noord 7\""));
        assert!(html.contains("value=\"cooking\" checked") && html.contains("value=\"nl\" checked") && !html.contains("value=\"fr\" checked"));

        let good = [
            ("title", "Sort food at the food bank"),
            ("description", "Sorting food parcels for families."),
            ("skills", "cooking"),
            ("skills", "lifting"),
            ("causes", "poverty"),
            ("languages", "nl"),
            ("languages", "fr"),
            ("min_age", ""),
            ("accessibility", "Step-free entrance"),
            ("where", "place"),
            ("location.lat", "51.0543"),
            ("location.lon", "3.7174"),
            ("location.address", "Dok Noord 7, Gent"),
            ("status", "published"),
        ];
        let response = submit(&coordinator, &t, &form, &form, &good).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let opportunity = location(&response).split('?').next().unwrap().to_owned();
        let id = opportunity.rsplit('/').next().unwrap().to_owned();

        // One shift in three days (a wrong one first), then every Tuesday for three weeks.
        let today = Utc::now().date_naive();
        let day = (today + Duration::days(3)).to_string();
        let wrong = [("shift_day", day.as_str()), ("shift_start", "14:00"), ("shift_end", "13:00"), ("shift_slots", "2")];
        let html = body(submit(&coordinator, &t, &opportunity, &format!("{opportunity}/shifts"), &wrong).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(html.contains("id=\"shift_end-error\"") && html.contains("value=\"13:00\""));
        let shift = [("shift_day", day.as_str()), ("shift_start", "14:00"), ("shift_end", "17:00"), ("shift_slots", "2")];
        let response = submit(&coordinator, &t, &opportunity, &format!("{opportunity}/shifts"), &shift).await;
        assert_eq!(location(&response), format!("{opportunity}?notice=shift-added"));
        let (first, last) = ((today + Duration::days(7)).to_string(), (today + Duration::days(27)).to_string());
        let series = [
            ("series_frequency", "weekly"),
            ("series_weekdays", "2"),
            ("series_starts_on", first.as_str()),
            ("series_until", last.as_str()),
            ("series_start", "09:00"),
            ("series_end", "12:00"),
            ("series_slots", "3"),
            ("series_except", ""),
        ];
        let response = submit(&coordinator, &t, &opportunity, &format!("{opportunity}/series"), &series).await;
        assert_eq!(location(&response), format!("{opportunity}?notice=series-added"));
        let shifts: Value = t.get(&format!("/api/v1/opportunities/{id}"), None).await.json().await.unwrap();
        let shifts = shifts["shifts"].as_array().unwrap().clone();
        assert_eq!(shifts.len(), 4, "one shift and three Tuesdays");
        let tuesday = shifts[1]["starts_at"].as_str().unwrap();
        let starts = chrono::DateTime::parse_from_rfc3339(tuesday).unwrap();
        assert_eq!(starts.weekday(), Weekday::Tue);
        assert!(tuesday.contains("T08:00:00") || tuesday.contains("T07:00:00"), "09:00 in Brussels is {tuesday}");
        let shift_id = shifts[0]["id"].as_str().unwrap().to_owned();

        // A volunteer finds it with the filters, and not with filters it does not meet.
        let ann = member(&t, "gent", "ann@example.org", "Ann", "1990-04-23").await;
        let found = "/p/gent/opportunities?q=food&skill=cooking&cause=poverty&language=fr&near=51.05,3.72&within_km=5&sort=distance";
        let html = page(&ann, &t, found, StatusCode::OK).await;
        assert!(html.contains("Sort food at the food bank") && html.contains("Voedselbank") && html.contains("away"));
        assert!(html.contains("2 places left of 2"));
        let html = page(&ann, &t, "/p/gent/opportunities?skill=driving", StatusCode::OK).await;
        assert!(!html.contains("Sort food at the food bank"));
        let html = page(&ann, &t, "/p/gent/opportunities?near=51.05,3.72&within_km=1&remote=true", StatusCode::OK).await;
        assert!(!html.contains("Sort food at the food bank"));
        let html = page(&ann, &t, "/p/gent/opportunities?near=north&sort=distance&within_km=5", StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(html.contains("id=\"near-error\"") && html.contains("value=\"north\""));

        // Its page: the facts, the shifts and the schema.org data.
        let html = page(&ann, &t, &opportunity, StatusCode::OK).await;
        assert!(html.contains("<li lang=\"fr\">Français</li>"));
        assert!(html.contains("Cooking") && html.contains("Poverty and food") && html.contains("Step-free entrance"));
        let data = json_ld(&html);
        let graph = data["@graph"].as_array().unwrap();
        let posting = graph.iter().find(|n| n["@type"] == "JobPosting").expect("a JobPosting");
        assert_eq!(posting["employmentType"], "VOLUNTEER");
        assert_eq!(posting["hiringOrganization"]["name"], "Voedselbank");
        let events: Vec<&Value> = graph.iter().filter(|n| n["@type"] == "Event").collect();
        assert_eq!(events.len(), 4);
        assert_eq!(events[0]["location"]["@type"], "Place");
        assert_eq!(events[0]["eventStatus"], "https://schema.org/EventScheduled");

        // Two people fill the two places; the third waits.
        let sign_up = format!("{opportunity}/sign-up");
        let response = submit(&ann, &t, &opportunity, &sign_up, &[("shift", &shift_id)]).await;
        assert_eq!(location(&response), format!("{opportunity}?notice=signed-up#shift-{shift_id}"));
        assert!(page(&ann, &t, &opportunity, StatusCode::OK).await.contains("You are signed up."));
        let html = body(submit(&ann, &t, &opportunity, &sign_up, &[("shift", &shift_id)]).await, StatusCode::CONFLICT).await;
        assert!(html.contains("You are already signed up for this shift.") && html.contains("role=\"alert\""));
        let bob = member(&t, "gent", "bob@example.org", "Bob", "1985-01-01").await;
        submit(&bob, &t, &opportunity, &sign_up, &[("shift", &shift_id)]).await;
        let cem = member(&t, "gent", "cem@example.org", "Cem", "1970-01-01").await;
        let response = submit(&cem, &t, &opportunity, &sign_up, &[("shift", &shift_id)]).await;
        assert!(location(&response).contains("notice=waitlisted"));
        let html = page(&cem, &t, &opportunity, StatusCode::OK).await;
        assert!(html.contains("You are on the waiting list, position 1."));

        // The first cancels from "my shifts"; the one waiting gets the place.
        let html = page(&ann, &t, "/my/shifts", StatusCode::OK).await;
        assert!(html.contains("Sort food at the food bank") && html.contains("href=\"/account#calendar\""));
        // Cancelling asks first, on a page of its own; "no" leads back.
        let signup = link_param(&html, "/my/shifts/cancel?signup=");
        let question = format!("/my/shifts/cancel?signup={signup}");
        let asked = page(&ann, &t, &question, StatusCode::OK).await;
        assert!(asked.contains("Cancel your place at “Sort food at the food bank”") && asked.contains("href=\"/my/shifts\""), "{asked}");
        page(&bob, &t, &question, StatusCode::NOT_FOUND).await;
        let response = submit(&ann, &t, &question, "/my/shifts/cancel", &[("signup", &signup)]).await;
        assert_eq!(location(&response), "/my/shifts?notice=cancelled");
        assert!(page(&cem, &t, &opportunity, StatusCode::OK).await.contains("You are signed up."));

        // The roster shows it to the coordinator, and to nobody else.
        let roster = format!("/p/gent/shifts/{shift_id}");
        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        assert!(html.contains("Bob") && html.contains("Cem") && html.contains("Ann") && html.contains("cancelled"));
        assert!(html.contains("href=\"mailto:cem@example.org\""), "the coordinator can write to who comes");
        assert!(html.contains(&format!("/api/v1/shifts/{shift_id}/roster.csv")));
        let csv = coordinator.get(t.url(&format!("/api/v1/shifts/{shift_id}/roster.csv"))).send().await.unwrap();
        assert_eq!(csv.status(), StatusCode::OK);
        page(&bob, &t, &roster, StatusCode::FORBIDDEN).await;
        let stranger = browser();
        let response = stranger.get(t.url(&roster)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "signed out: sign in first");

        // The dashboard shows the fill: 2 of 2, and 2 of 11 places overall.
        let html = page(&coordinator, &t, &format!("{organisation}/dashboard"), StatusCode::OK).await;
        assert!(html.contains("2 of 2 places taken") && html.contains("18%"), "{html}");
        page(&bob, &t, &format!("{organisation}/dashboard"), StatusCode::FORBIDDEN).await;

        // Cancelling a shift shows it as cancelled to everyone, with the schema.org status.
        let response = submit(&coordinator, &t, &opportunity, &format!("{opportunity}/cancel-shift"), &[("shift", &shift_id)]).await;
        assert_eq!(location(&response), format!("{opportunity}?notice=shift-cancelled"));
        let html = page(&bob, &t, &opportunity, StatusCode::OK).await;
        let data = json_ld(&html);
        let cancelled = data["@graph"].as_array().unwrap().iter().filter(|n| n["eventStatus"] == "https://schema.org/EventCancelled").count();
        assert_eq!(cancelled, 1);
    })
    .await;
}

#[tokio::test]
async fn minimum_age_problems_are_told_on_the_opportunity_page() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let cora = t.person("cora@example.org", "Cora").await;
        t.post("/api/v1/platforms/gent/members", Some(&cora), json!({})).await;
        let response = t.post("/api/v1/platforms/gent/organisations", Some(&cora), json!({ "name": "Scouts", "kind": "group" })).await;
        let organisation = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let starts = Utc::now() + Duration::days(5);
        let new = json!({
            "title": "Night walk", "description": "Guiding a night walk.", "min_age": 16, "location": null,
            "shifts": [{ "starts_at": starts.to_rfc3339(), "ends_at": (starts + Duration::hours(2)).to_rfc3339(), "slots": 4 }],
        });
        let response = t.post(&format!("/api/v1/organisations/{organisation}/opportunities"), Some(&cora), new).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let created: Value = response.json().await.unwrap();
        let (id, shift) = (created["id"].as_str().unwrap().to_owned(), created["shifts"][0]["id"].as_str().unwrap().to_owned());
        let opportunity = format!("/p/gent/opportunities/{id}");

        // Signed out: a sign-in link that comes back here.
        let html = page(&browser(), &t, &opportunity, StatusCode::OK).await;
        assert!(html.contains("/sign-in?next=%2Fp%2Fgent%2Fopportunities%2F") && html.contains("Remote: from anywhere"));
        let data = json_ld(&html);
        let posting = data["@graph"].as_array().unwrap().iter().find(|n| n["@type"] == "JobPosting").cloned().unwrap();
        assert_eq!(posting["jobLocationType"], "TELECOMMUTE");

        let young_birth = (Utc::now().date_naive() - Duration::days(365 * 12)).to_string();
        let young = member(&t, "gent", "kid@example.org", "Kid", &young_birth).await;
        let html = body(submit(&young, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(html.contains("You are under the minimum age for this activity.") && html.contains(&format!("id=\"shift-{shift}-error\"")));
        assert!(html.contains("<h1>Night walk</h1>"), "the opportunity page, not an error page");

        let unknown = member(&t, "gent", "noage@example.org", "No Age", "").await;
        let html = body(submit(&unknown, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(html.contains("please add your date of birth"));
        // The refusal links to where the date is added, and saving it comes back here.
        let back = format!("{opportunity}#shift-{shift}");
        let add = format!("/account?next={}#birth-date-title", back.replace('/', "%2F").replace('#', "%23"));
        assert!(html.contains(&add.replace('&', "&amp;")) || html.contains(&add), "{html}");
        assert!(html.contains("Add my date of birth"));
        let account = page(&unknown, &t, &add, StatusCode::OK).await;
        assert!(account.contains(&format!("name=\"next\" value=\"{}\"", back.replace('&', "&amp;"))), "{account}");
        let saved = [("birth_date", "1990-05-01"), ("next", back.as_str())];
        let response = submit(&unknown, &t, &add, "/account/birth-date", &saved).await;
        assert_eq!(location(&response), back);
        let response = submit(&unknown, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await;
        assert!(location(&response).contains("notice=signed-up"), "signed up once the date is there");

        // Someone who has not joined the platform is offered to join, and comes back.
        let outsider = browser();
        let fields = [("display_name", "Out"), ("email", "out@example.org"), ("password", PASSWORD), ("birth_date", "1980-01-01")];
        submit(&outsider, &t, "/sign-up", "/sign-up", &fields).await;
        let html = page(&outsider, &t, &opportunity, StatusCode::OK).await;
        assert!(html.contains("Join this platform to sign up") && !html.contains("name=\"shift\""));
        // Joining accepts the platform's privacy notice and terms: without the box
        // ticked, their page says why and offers the box again.
        let unticked = submit(&outsider, &t, &opportunity, "/p/gent/join", &[("next", &opportunity)]).await;
        assert_eq!(unticked.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let unticked = plain(&unticked.text().await.unwrap());
        assert!(unticked.contains("Tick this box to join: it says you accept the privacy notice and terms."), "{unticked}");
        assert!(unticked.contains("Privacy notice and terms of Platform gent"), "{unticked}");
        assert!(!page(&outsider, &t, &opportunity, StatusCode::OK).await.contains("name=\"shift\""), "not joined");
        let fields = [("next", opportunity.as_str()), ("accept_terms", "on")];
        let response = submit(&outsider, &t, &opportunity, "/p/gent/join", &fields).await;
        assert_eq!(location(&response), opportunity);
        assert!(page(&outsider, &t, &opportunity, StatusCode::OK).await.contains("name=\"shift\""));
    })
    .await;
}

#[tokio::test]
async fn hours_for_ongoing_work_are_reported_and_confirmed_and_admins_edit_the_lists() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let coordinator = member(&t, "gent", "cora@example.org", "Cora", "").await;
        let new = [("name", "Buurthuis"), ("kind", "group"), ("description", "")];
        let organisation =
            location(&submit(&coordinator, &t, "/p/gent/organisations/new", "/p/gent/organisations/new", &new).await);
        let form = format!("{organisation}/opportunities/new");
        let fields = [
            ("title", "Phone a neighbour"),
            ("description", "A weekly call."),
            ("where", "remote"),
            ("status", "published"),
        ];
        let opportunity =
            location(&submit(&coordinator, &t, &form, &form, &fields).await).split('?').next().unwrap().to_owned();
        assert!(page(&coordinator, &t, &organisation, StatusCode::OK).await.contains("Phone a neighbour"));

        let ann = member(&t, "gent", "ann@example.org", "Ann", "").await;
        let html = page(&ann, &t, &opportunity, StatusCode::OK).await;
        assert!(html.contains("Report my hours"));
        let hours = format!("{opportunity}/hours");
        let tomorrow = (Utc::now().date_naive() + Duration::days(2)).to_string();
        let html = body(
            submit(
                &ann,
                &t,
                &opportunity,
                &hours,
                &[("hours_day", &tomorrow), ("hours_minutes", "ninety"), ("hours_note", "")],
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            html.contains("id=\"hours_day-error\"")
                && html.contains("id=\"hours_minutes-error\"")
                && html.contains("value=\"ninety\"")
        );
        let yesterday = (Utc::now().date_naive() - Duration::days(1)).to_string();
        let response = submit(
            &ann,
            &t,
            &opportunity,
            &hours,
            &[("hours_day", &yesterday), ("hours_minutes", "90"), ("hours_note", "Called Mrs Peeters")],
        )
        .await;
        assert_eq!(location(&response), format!("{opportunity}?notice=hours-reported"));
        assert!(page(&ann, &t, "/my/shifts", StatusCode::OK).await.contains("waiting for confirmation"));

        let dashboard = format!("{organisation}/dashboard");
        let html = page(&coordinator, &t, &dashboard, StatusCode::OK).await;
        assert!(html.contains("Called Mrs Peeters"));
        let report = value_after(&html, "name=\"report\"");
        let response = submit(
            &coordinator,
            &t,
            &dashboard,
            &format!("{dashboard}/decide"),
            &[("report", &report), ("decision", "approve")],
        )
        .await;
        assert_eq!(location(&response), format!("{dashboard}?notice=report-approved"));
        let html = page(&coordinator, &t, &dashboard, StatusCode::OK).await;
        assert!(html.contains("No hours are waiting for you.") && html.contains("1 h 30 min"));
        let html = page(&ann, &t, "/my/shifts", StatusCode::OK).await;
        assert!(html.contains("1 h 30 min") && html.contains("confirmed"));

        // Skills and causes: platform admins only; a code is added once; a used one stays.
        page(&ann, &t, "/p/gent/terms", StatusCode::FORBIDDEN).await;
        let root = browser();
        let fields = [("email", "root@example.org"), ("password", PASSWORD), ("next", "/p/gent/terms")];
        assert_eq!(location(&submit(&root, &t, "/sign-in", "/sign-in", &fields).await), "/p/gent/terms");
        assert!(page(&root, &t, "/p/gent/terms", StatusCode::OK).await.contains("Small repairs"));
        let add = [("action", "add"), ("kind", "skill"), ("code", "sign-language"), ("label", "Sign language")];
        let response = submit(&root, &t, "/p/gent/terms", "/p/gent/terms/put", &add).await;
        assert_eq!(location(&response), "/p/gent/terms?notice=added");
        let html =
            body(submit(&root, &t, "/p/gent/terms", "/p/gent/terms/put", &add).await, StatusCode::CONFLICT).await;
        assert!(html.contains("id=\"code-error\"") && html.contains("value=\"Sign language\""));
        let bad = [("action", "add"), ("kind", "skill"), ("code", "Not a code"), ("label", "")];
        let html =
            body(submit(&root, &t, "/p/gent/terms", "/p/gent/terms/put", &bad).await, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        assert!(html.contains("id=\"code-error\"") && html.contains("id=\"label-error\""));
        let rename = [("action", "rename"), ("kind", "skill"), ("code", "sign-language"), ("label", "Sign languages")];
        assert_eq!(
            location(&submit(&root, &t, "/p/gent/terms", "/p/gent/terms/put", &rename).await),
            "/p/gent/terms?notice=renamed"
        );
        assert!(page(&root, &t, "/p/gent/terms", StatusCode::OK).await.contains("value=\"Sign languages\""));

        let edit = format!("{opportunity}/edit");
        let html = page(&coordinator, &t, &edit, StatusCode::OK).await;
        assert!(
            html.contains("value=\"Phone a neighbour\"")
                && html.contains("id=\"where-remote\" name=\"where\" value=\"remote\" checked")
        );
        let fields = [
            ("title", "Phone a neighbour"),
            ("description", "A weekly call."),
            ("skills", "sign-language"),
            ("where", "remote"),
            ("status", "published"),
        ];
        assert_eq!(
            location(&submit(&coordinator, &t, &edit, &edit, &fields).await),
            format!("{opportunity}?notice=saved")
        );
        assert!(page(&ann, &t, &opportunity, StatusCode::OK).await.contains("Sign languages"));
        let remove = [("kind", "skill"), ("code", "sign-language")];
        let html =
            body(submit(&root, &t, "/p/gent/terms", "/p/gent/terms/remove", &remove).await, StatusCode::CONFLICT).await;
        assert!(html.contains("This term is still used by an opportunity."));
        let unused = [("kind", "skill"), ("code", "childcare")];
        assert_eq!(
            location(&submit(&root, &t, "/p/gent/terms", "/p/gent/terms/remove", &unused).await),
            "/p/gent/terms?notice=removed"
        );
    })
    .await;
}

#[tokio::test]
async fn the_roster_marks_attendance_once_the_shift_has_started_and_shows_late_cancellations() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let coordinator = member(&t, "gent", "cora@example.org", "Cora", "").await;
        let new = [("name", "Buurthuis"), ("kind", "group"), ("description", "")];
        let organisation = location(&submit(&coordinator, &t, "/p/gent/organisations/new", "/p/gent/organisations/new", &new).await);
        let id = organisation.rsplit('/').next().unwrap().to_owned();
        let cora = t.token("cora@example.org").await;
        let ann = member(&t, "gent", "ann@example.org", "Ann", "").await;
        let bob = member(&t, "gent", "bob@example.org", "Bob", "").await;
        // A shift that starts in two hours: people can still sign up, and attendance
        // opens only half an hour before.
        let starts = Utc::now() + Duration::hours(2);
        let new = json!({
            "title": "Market stall", "description": "Selling jam.", "location": null,
            "shifts": [{ "starts_at": starts.to_rfc3339(), "ends_at": (starts + Duration::minutes(150)).to_rfc3339(), "slots": 3 }],
        });
        let created: Value = t.post(&format!("/api/v1/organisations/{id}/opportunities"), Some(&cora), new).await.json().await.unwrap();
        let (opportunity, shift) = (format!("/p/gent/opportunities/{}", created["id"].as_str().unwrap()), created["shifts"][0]["id"].as_str().unwrap().to_owned());
        for person in [&ann, &bob] {
            let response = submit(person, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await;
            assert!(location(&response).contains("notice=signed-up"));
        }
        let bobs = link_param(&page(&bob, &t, &opportunity, StatusCode::OK).await, "/leave?signup=");
        let question = format!("{opportunity}/leave?signup={bobs}");
        assert!(page(&bob, &t, &question, StatusCode::OK).await.contains("Yes, cancel my place"));
        let response = submit(&bob, &t, &question, &format!("{opportunity}/leave"), &[("signup", &bobs)]).await;
        assert_eq!(location(&response), format!("{opportunity}?notice=left"));

        let roster = format!("/p/gent/shifts/{shift}");
        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        assert!(html.contains("You can mark who came from 30 minutes before the start.") && !html.contains("name=\"came-"));
        assert!(html.contains("Bob") && html.contains(">late<"), "a cancellation less than a day ahead is late");
        // The shift starts: the application's clock is moved past its start.
        t.app.clock().advance(starts - Utc::now() + Duration::seconds(1));

        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        assert!(html.contains("Ann came") && html.contains("value=\"150\""), "minutes default to the shift's length");
        // Under way, it is happening now, not past: for its coordinators and its people.
        assert!(html.contains("Happening now"));
        assert!(page(&coordinator, &t, &opportunity, StatusCode::OK).await.contains("Happening now"));
        let mine = page(&ann, &t, "/my/shifts", StatusCode::OK).await;
        assert!(mine.contains("Happening now") && !mine.contains(">Done<"), "{mine}");
        assert!(mine.contains("<strong>0 h</strong>"), "nothing given yet reads as a total of hours");
        assert!(!mine.contains("/my/shifts/cancel?signup="), "a shift under way can no longer be cancelled");
        let seen = page(&ann, &t, &opportunity, StatusCode::OK).await;
        assert!(!seen.contains("/sign-up\""), "a shift that has started offers no sign-up");
        let signup = value_after(&html, "name=\"signup\"");
        let attendance = format!("{roster}/attendance");
        let (came, minutes) = (format!("came-{signup}"), format!("minutes-{signup}"));
        let html = body(submit(&coordinator, &t, &roster, &attendance, &[("signup", &signup), (&came, "on"), (&minutes, "2000")]).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(html.contains(&format!("id=\"minutes-{signup}-error\"")) && html.contains("from 0 up to the shift’s length plus 12 hours"), "{html}");
        let response = submit(&coordinator, &t, &roster, &attendance, &[("signup", &signup), (&came, "on"), (&minutes, "")]).await;
        assert!(location(&response).starts_with(&format!("{roster}?notice=attendance-saved")));
        assert!(page(&coordinator, &t, &roster, StatusCode::OK).await.contains(">Came<"));
        assert!(page(&ann, &t, "/my/shifts", StatusCode::OK).await.contains("You came: 2 h 30 min"));
        // A volunteer cannot mark attendance.
        let response = submit(&ann, &t, "/my/shifts", &attendance, &[("signup", &signup)]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
    })
    .await;
}

/// Every value of `name="signup"` in a page, in order.
fn signups_in(html: &str) -> Vec<String> {
    html.match_indices("name=\"signup\" value=\"")
        .map(|(at, marker)| html[at + marker.len()..].split('"').next().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_coordinator_marks_a_whole_roster_in_one_form_all_or_nothing() {
    on_both(|t| async move {
        let starts = Utc::now() + Duration::hours(3);
        let OneShift { coordinator, cora, opportunity, shift } = one_shift(&t, "Soup kitchen", starts, 150, 5).await;
        let mut people = Vec::new();
        for (email, name) in [("ann@example.org", "Ann"), ("dan@example.org", "Dan"), ("eve@example.org", "Eve")] {
            let person = member(&t, "gent", email, name, "").await;
            submit(&person, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await;
            people.push(person);
        }
        let roster = format!("/p/gent/shifts/{shift}");
        let attendance = format!("{roster}/attendance");
        let api = format!("/api/v1/shifts/{shift}/attendance");
        t.app.clock().advance(Duration::hours(3) - Duration::minutes(20));

        // Opened half an hour before: everyone ticked, with the shift's minutes.
        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        let ids = signups_in(&html);
        assert_eq!(ids.len(), 3, "each line's attendance field: {html}");
        assert_eq!(html.matches("type=\"checkbox\"").count(), 3);
        assert_eq!(html.matches(" checked>").count(), 3, "ticked as came by default");
        assert_eq!(html.matches("value=\"150\"").count(), 3);
        let (ann, dan, eve) = (&ids[0], &ids[1], &ids[2]);
        let came = |id: &str| format!("came-{id}");
        let minutes = |id: &str| format!("minutes-{id}");

        // One line wrong: nothing saved, the line named, what was typed kept.
        let (came_ann, came_dan, minutes_ann, minutes_dan, minutes_eve) =
            (came(ann), came(dan), minutes(ann), minutes(dan), minutes(eve));
        let fields = [
            ("signup", ann.as_str()),
            (came_ann.as_str(), "on"),
            (minutes_ann.as_str(), "871"),
            ("signup", dan.as_str()),
            (came_dan.as_str(), "on"),
            (minutes_dan.as_str(), "90"),
            ("signup", eve.as_str()),
            (minutes_eve.as_str(), "150"),
        ];
        let refused =
            body(submit(&coordinator, &t, &roster, &attendance, &fields).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(refused.contains(&format!("href=\"#minutes-{ann}\"><bdi>Ann</bdi>: Give the minutes")), "{refused}");
        assert!(refused.contains("value=\"871\"") && refused.contains("value=\"90\""), "as typed");
        assert!(!refused.contains(">Came<") && !refused.contains(">Did not come<"), "nothing saved");
        let words = [("signup", ann.as_str()), (came_ann.as_str(), "on"), (minutes_ann.as_str(), "lots")];
        let words =
            body(submit(&coordinator, &t, &roster, &attendance, &words).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        assert!(words.contains(&format!("id=\"minutes-{ann}-error\"")));

        // Corrected: one Save for all three.
        let mut fields = fields.to_vec();
        fields[2].1 = "870";
        let saved = submit(&coordinator, &t, &roster, &attendance, &fields).await;
        assert!(location(&saved).starts_with(&format!("{roster}?notice=attendance-saved")));
        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        assert_eq!(html.matches(">Came<").count(), 2, "{html}");
        assert_eq!(html.matches(">Did not come<").count(), 1);
        assert!(page(&people[1], &t, "/my/shifts", StatusCode::OK).await.contains("You came: 1 h 30 min"));

        // A volunteer cannot; nor can a sign-up of another shift slip in.
        let volunteer = submit(&people[0], &t, "/my/shifts", &attendance, &[("signup", ann.as_str())]).await;
        assert_eq!(volunteer.status(), StatusCode::FORBIDDEN);

        // The same through the API, all or nothing.
        let marks = json!({ "marks": [
            { "signup": ann, "attended": false },
            { "signup": dan, "attended": true, "minutes": -5 },
        ]});
        let wrong = t.post(&api, Some(&cora), marks).await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let marks = json!({ "marks": [{ "signup": ann, "attended": false }, { "signup": dan, "attended": true }] });
        let done: Value = t.post(&api, Some(&cora), marks).await.json().await.unwrap();
        assert_eq!(done["saved"], 2);
        let roster_json: Value =
            t.get(&format!("/api/v1/shifts/{shift}/signups"), Some(&cora)).await.json().await.unwrap();
        let attended: Vec<(String, Value, Value)> = roster_json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["id"].as_str().unwrap().to_owned(), s["attended"].clone(), s["minutes"].clone()))
            .collect();
        assert!(attended.contains(&(ann.clone(), json!(false), Value::Null)), "{attended:?}");
        assert!(attended.contains(&(dan.clone(), json!(true), json!(150))), "{attended:?}");
        let stranger = json!({ "marks": [{ "signup": "00000000-0000-0000-0000-000000000000", "attended": true }] });
        assert_eq!(t.post(&api, Some(&cora), stranger).await.status(), StatusCode::NOT_FOUND);
    })
    .await;
}

#[tokio::test]
async fn a_visitor_creates_an_account_from_a_shift_joins_when_asked_and_lands_back_on_it() {
    on_both(|t| async move {
        let starts = Utc::now() + Duration::days(3);
        let OneShift { opportunity, shift, .. } = one_shift(&t, "Garden day", starts, 120, 3).await;
        let encoded = opportunity.replace('/', "%2F");

        let visitor = browser();
        let html = page(&visitor, &t, &opportunity, StatusCode::OK).await;
        let sign_up = format!("/sign-up?next={encoded}");
        assert!(html.contains(&format!("href=\"{sign_up}\"")), "create an account, and come back here: {html}");
        assert!(html.contains(&format!("href=\"/sign-in?next={encoded}\"")), "the header keeps the way back too");
        let form = page(&visitor, &t, &sign_up, StatusCode::OK).await;
        // Asked, not ticked for them: joining accepts the platform's privacy notice and
        // terms, which the form shows.
        assert!(
            form.contains(
                "Also join Platform gent, to sign up for its activities. I accept its privacy notice and terms."
            ),
            "{form}"
        );
        assert!(form.contains("name=\"join\">") && !form.contains("name=\"join\" checked"), "{form}");
        assert!(form.contains("Platform gent runs this site so that neighbours can help each other"), "{form}");
        let fields = [
            ("display_name", "Vera"),
            ("email", "vera@example.org"),
            ("password", PASSWORD),
            ("birth_date", ""),
            ("next", opportunity.as_str()),
            ("join", "on"),
        ];
        let done = submit(&visitor, &t, &sign_up, "/sign-up", &fields).await;
        assert_eq!(location(&done), format!("{opportunity}?notice=welcome"));
        let back = page(&visitor, &t, &format!("{opportunity}?notice=welcome"), StatusCode::OK).await;
        assert!(back.contains("Welcome! Your account is ready"), "{back}");
        assert!(back.contains("/sign-up\""), "a member now: the shift offers sign-up");
        let signed = submit(&visitor, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await;
        assert!(location(&signed).contains("notice=signed-up"));
        // What she accepted, and when, is kept (and hers to download).
        let vera = t.token("vera@example.org").await;
        let export: Value = t.get("/api/v1/me/export", Some(&vera)).await.json().await.unwrap();
        let accepted = &export["policy_acceptances"];
        assert_eq!(
            (accepted[0]["platform"].as_str(), accepted[0]["version"].as_i64()),
            (Some("gent"), Some(0)),
            "{export}"
        );
        assert_eq!(accepted[0]["locale"], "en");

        // Unticked, the account is made but the platform not joined.
        let other = browser();
        let fields = [
            ("display_name", "Wim"),
            ("email", "wim@example.org"),
            ("password", PASSWORD),
            ("birth_date", ""),
            ("next", opportunity.as_str()),
        ];
        let done = submit(&other, &t, &sign_up, "/sign-up", &fields).await;
        assert_eq!(location(&done), format!("{opportunity}?notice=welcome"));
        let wim = t.token("wim@example.org").await;
        let me: Value = t.get("/api/v1/me", Some(&wim)).await.json().await.unwrap();
        assert_eq!(me["platforms"], json!([]), "not joined without being asked: {me}");

        // The home page says what goes on there, live.
        let home = page(&browser(), &t, "/", StatusCode::OK).await;
        assert!(
            home.contains("One activity with times coming up · 0 neighbours asking for help · 2 members"),
            "{home}"
        );
    })
    .await;
}

/// The value after `marker` in a link (`…?signup=ID"`).
fn link_param(html: &str, marker: &str) -> String {
    let from = html.find(marker).unwrap_or_else(|| panic!("{marker} is on the page")) + marker.len();
    html[from..].split(['"', '&']).next().unwrap().to_owned()
}

#[tokio::test]
async fn removing_someone_from_a_shift_asks_first_on_a_page_of_its_own() {
    on_both(|t| async move {
        let starts = Utc::now() + Duration::days(2);
        let OneShift { coordinator, opportunity, shift, .. } = one_shift(&t, "Repair café", starts, 120, 2).await;
        let ann = member(&t, "gent", "ann@example.org", "Ann", "").await;
        submit(&ann, &t, &opportunity, &format!("{opportunity}/sign-up"), &[("shift", &shift)]).await;

        let roster = format!("/p/gent/shifts/{shift}");
        let html = page(&coordinator, &t, &roster, StatusCode::OK).await;
        let signup = link_param(&html, "/remove?signup=");
        let question = format!("{roster}/remove?signup={signup}");
        let asked = page(&coordinator, &t, &question, StatusCode::OK).await;
        assert!(asked.contains("Remove Ann from “Repair café”") && asked.contains("Yes, remove Ann"), "{asked}");
        assert!(asked.contains(&format!("href=\"{roster}\"")), "no leads back to the roster");
        page(&ann, &t, &question, StatusCode::FORBIDDEN).await;
        let removed = submit(&coordinator, &t, &question, &format!("{roster}/remove"), &[("signup", &signup)]).await;
        assert_eq!(location(&removed), format!("{roster}?notice=removed"));
        page(&coordinator, &t, &question, StatusCode::NOT_FOUND).await;
    })
    .await;
}

/// Platform `gent` with Cora coordinating an organisation whose opportunity `title` has one
/// shift from `starts` for `minutes`, with `slots` places.
struct OneShift {
    coordinator: Client,
    /// Cora's API token.
    cora: String,
    /// The opportunity's page.
    opportunity: String,
    shift: String,
}

async fn one_shift(t: &TestApp, title: &str, starts: chrono::DateTime<Utc>, minutes: i64, slots: i64) -> OneShift {
    let admin = t.instance_admin().await;
    t.platform(&admin, "gent").await;
    let coordinator = member(t, "gent", "cora@example.org", "Cora", "").await;
    let new = [("name", "Buurthuis"), ("kind", "group"), ("description", "")];
    let organisation =
        location(&submit(&coordinator, t, "/p/gent/organisations/new", "/p/gent/organisations/new", &new).await);
    let id = organisation.rsplit('/').next().unwrap().to_owned();
    let cora = t.token("cora@example.org").await;
    let new = json!({
        "title": title, "description": "Together.", "location": null,
        "shifts": [{ "starts_at": starts.to_rfc3339(), "ends_at": (starts + Duration::minutes(minutes)).to_rfc3339(), "slots": slots }],
    });
    let created: Value =
        t.post(&format!("/api/v1/organisations/{id}/opportunities"), Some(&cora), new).await.json().await.unwrap();
    let opportunity = format!("/p/gent/opportunities/{}", created["id"].as_str().unwrap());
    let shift = created["shifts"][0]["id"].as_str().unwrap().to_owned();
    OneShift { coordinator, cora, opportunity, shift }
}
