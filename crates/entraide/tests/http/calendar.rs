//! Calendars: the caller's confirmed shifts as iCalendar, read back with a standard
//! parser, and the private feed link that works without a session until it is revoked.

use super::harness::{PASSWORD, TestApp, browser, csrf_of, on_both, plain, problem};
use chrono::{Duration, DurationRound, Utc};
use entraide_app::Actor;
use entraide_domain::id::SignupId;
use entraide_domain::opportunity::OpportunityInput;
use entraide_domain::organisation::NewOrganisation;
use entraide_domain::platform::Slug;
use entraide_domain::shift::{Shift, ShiftTimes};
use entraide_domain::signup::SignupStatus;
use entraide_domain::time::Timestamp;
use entraide_storage::Ending;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike, EventStatus};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::BTreeSet;

const TITLE: &str =
    "Sorting food parcels; soup, bread and a warm welcome at the Sint-Pietersplein neighbourhood kitchen";
const ADDRESS: &str = "Sint-Pietersplein 1, 9000 Gent";
const ORGANISATION: &str = "Voedselbank Gent, vzw";

/// What the test set up: who is who, and which sign-ups must be in Ann's calendar.
struct Setup {
    ann: String,
    bob: String,
    opportunity: String,
    /// Confirmed, in the window: in the calendar.
    upcoming: (SignupId, Shift),
    /// Confirmed, ten days ago: still in the calendar.
    recent: (SignupId, Shift),
    /// Confirmed on a shift the organisation then cancelled: in, marked cancelled.
    called_off: (SignupId, Shift),
}

/// A shift from `start` for three hours, whole seconds.
fn times(start: Timestamp, slots: i64) -> ShiftTimes {
    let starts_at = start.duration_trunc(Duration::minutes(1)).unwrap();
    ShiftTimes { starts_at, ends_at: starts_at + Duration::hours(3), slots }
}

async fn actor(t: &TestApp, token: &str) -> Actor {
    t.app.token_actor(token).await.unwrap().unwrap()
}

/// A platform, an organisation and one opportunity with shifts in the past, the window
/// and beyond; Ann confirmed on some, waiting on a full one, cancelled on another.
async fn set_up(t: &TestApp) -> Setup {
    let admin = t.instance_admin().await;
    t.platform(&admin, "gent").await;
    let ann = t.person("ann@example.org", "Ann").await;
    let bob = t.person("bob@example.org", "Bob").await;
    for token in [&ann, &bob] {
        assert_eq!(
            t.post("/api/v1/platforms/gent/members", Some(token), json!({})).await.status(),
            StatusCode::CREATED
        );
    }
    let store = t.app.store();
    let platform = store.platform_by_slug(&Slug::parse("gent", "slug").unwrap()).await.unwrap().unwrap();
    let coordinator = actor(t, &admin).await.account.id;
    let new = NewOrganisation::parse(ORGANISATION, "nonprofit", None).unwrap();
    let organisation = store.create_organisation(platform.id, &new, coordinator, Utc::now()).await.unwrap();
    let draft = OpportunityInput {
        title: TITLE.into(),
        description: "Help us sort and hand out parcels.".into(),
        point: Some((51.0425, 3.7255)),
        address: ADDRESS.into(),
        ..OpportunityInput::default()
    }
    .validate()
    .unwrap();
    let now = Utc::now();
    let day = Duration::days(1);
    let plan = [
        times(now + day * 3, 3),   // 0: Ann confirmed
        times(now + day * 5, 1),   // 1: Bob confirmed, Ann waiting
        times(now - day * 40, 3),  // 2: Ann confirmed, before the window
        times(now - day * 10, 3),  // 3: Ann confirmed, in the window
        times(now + day * 400, 3), // 4: Ann confirmed, after the window
        times(now + day * 7, 3),   // 5: Ann signed up, then cancelled
        times(now + day * 9, 3),   // 6: Ann confirmed, the shift then cancelled
    ];
    let (opportunity, shifts) = store
        .create_opportunity(platform.id, organisation.id, &draft, &plan, coordinator, now - day * 60)
        .await
        .unwrap();

    let (ann_actor, bob_actor) = (actor(t, &ann).await, actor(t, &bob).await);
    let sign_up = |who: &Actor, shift: &Shift| {
        let (app, who, shift) = (t.app.clone(), who.clone(), shift.id.to_string());
        async move { app.sign_up(&who, &shift).await.unwrap() }
    };
    let upcoming = sign_up(&ann_actor, &shifts[0]).await;
    assert_eq!(sign_up(&bob_actor, &shifts[1]).await.status, SignupStatus::Confirmed);
    assert_eq!(sign_up(&ann_actor, &shifts[1]).await.status, SignupStatus::Waitlisted);
    // Shifts in the past take no sign-ups now: those sign-ups are dated before them.
    let before = store.sign_up(platform.id, shifts[2].id, ann_actor.account.id, now - day * 50).await.unwrap();
    let recent = store.sign_up(platform.id, shifts[3].id, ann_actor.account.id, now - day * 20).await.unwrap();
    assert_eq!((before.status, recent.status), (SignupStatus::Confirmed, SignupStatus::Confirmed));
    sign_up(&ann_actor, &shifts[4]).await;
    let cancelled = sign_up(&ann_actor, &shifts[5]).await;
    store.end_signup(platform.id, cancelled.id, Ending::Cancelled, Utc::now()).await.unwrap();
    let called_off = sign_up(&ann_actor, &shifts[6]).await;
    let cancelled_shift = store.cancel_shift(platform.id, shifts[6].id, Utc::now()).await.unwrap();

    Setup {
        ann,
        bob,
        opportunity: opportunity.id.to_string(),
        upcoming: (upcoming.id, shifts[0].clone()),
        recent: (recent.id, shifts[3].clone()),
        called_off: (called_off.id, cancelled_shift),
    }
}

/// Checks the text is a calendar as RFC 5545 wants it on the wire, and parses it.
fn parse(text: &str) -> Calendar {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(line.len() <= 75, "a line of {} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "a bare line break in {line:?}");
    }
    text.parse::<Calendar>().unwrap_or_else(|e| panic!("not a calendar: {e}\n{text}"))
}

/// The UID of a sign-up's event.
fn uid(signup: SignupId) -> String {
    format!("signup-{signup}@entraide")
}

fn uids(calendar: &Calendar) -> BTreeSet<String> {
    calendar.events().map(|e| e.get_uid().unwrap().to_owned()).collect()
}

/// `DTSTART`/`DTEND` as written: UTC, whole seconds.
fn utc_line(name: &str, at: Timestamp) -> String {
    format!("{name}:{}", at.format("%Y%m%dT%H%M%SZ"))
}

async fn calendar_text(t: &TestApp, token: Option<&str>, path: &str) -> String {
    let response = t.get(path, token).await;
    assert_eq!(response.status(), StatusCode::OK, "GET {path}");
    assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
    response.text().await.unwrap()
}

#[tokio::test]
async fn my_calendar_holds_exactly_my_confirmed_shifts_of_the_window_in_utc_with_stable_uids() {
    on_both(|t| async move {
        let s = set_up(&t).await;
        let text = calendar_text(&t, Some(&s.ann), "/api/v1/me/calendar.ics").await;
        let calendar = parse(&text);
        assert_eq!(calendar.property_value("PRODID"), Some("-//Entraide//Entraide//EN"));
        assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
        assert_eq!(uids(&calendar), [uid(s.upcoming.0), uid(s.recent.0), uid(s.called_off.0)].into_iter().collect());

        for (signup, shift) in [&s.upcoming, &s.recent, &s.called_off] {
            let event = calendar.events().find(|e| e.get_uid() == Some(&uid(*signup))).unwrap();
            assert_eq!(event.get_summary(), Some(TITLE), "text comes back unescaped");
            assert_eq!(event.get_description(), Some(ORGANISATION));
            assert_eq!(event.get_location(), Some(ADDRESS));
            assert_eq!(event.get_url(), Some(format!("{}/p/gent/opportunities/{}", t.base, s.opportunity).as_str()));
            assert_eq!(event.get_start(), Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(shift.starts_at))));
            assert_eq!(event.get_end(), Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(shift.ends_at))));
            assert!(event.get_timestamp().is_some(), "DTSTAMP");
            assert!(text.contains(&format!("{}\r\n", utc_line("DTSTART", shift.starts_at))), "UTC start of {signup}");
            let status = if shift.cancelled_at.is_some() { EventStatus::Cancelled } else { EventStatus::Confirmed };
            assert_eq!(event.get_status(), Some(status));
        }

        // A calendar app reading again finds the same events under the same UIDs.
        let again = parse(&calendar_text(&t, Some(&s.ann), "/api/v1/me/calendar.ics").await);
        assert_eq!(uids(&again), uids(&calendar));

        // Bob's calendar is his own: only the shift he has a place on.
        let bobs = parse(&calendar_text(&t, Some(&s.bob), "/api/v1/me/calendar.ics").await);
        assert_eq!(bobs.events().count(), 1);
        assert!(!bobs.events().any(|e| uids(&calendar).contains(e.get_uid().unwrap())));
    })
    .await;
}

#[tokio::test]
async fn calendars_need_someone_signed_in() {
    on_both(|t| async move {
        problem(t.get("/api/v1/me/calendar.ics", None).await, StatusCode::UNAUTHORIZED).await;
        problem(t.get("/api/v1/me/calendar.ics", Some("not-a-token")).await, StatusCode::UNAUTHORIZED).await;
        problem(t.post("/api/v1/me/calendar-feed", None, json!({})).await, StatusCode::UNAUTHORIZED).await;
        problem(
            t.send(reqwest::Method::DELETE, "/api/v1/me/calendar-feed", None, None).await,
            StatusCode::UNAUTHORIZED,
        )
        .await;
        problem(t.get("/calendar/made-up-secret.ics", None).await, StatusCode::NOT_FOUND).await;
        problem(t.get("/calendar/no-extension", None).await, StatusCode::NOT_FOUND).await;
    })
    .await;
}

/// Makes a feed link through the API; returns its URL.
async fn new_feed(t: &TestApp, token: &str) -> String {
    let response = t.post("/api/v1/me/calendar-feed", Some(token), json!({})).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.headers()["cache-control"], "no-store", "the answer holds a secret");
    let url = response.json::<Value>().await.unwrap()["url"].as_str().unwrap().to_owned();
    let secret = url.strip_prefix(&format!("{}/calendar/", t.base)).and_then(|s| s.strip_suffix(".ics"));
    assert!(secret.is_some_and(|s| s.len() >= 43), "{url}");
    url
}

/// Reads a feed as a calendar app does: no cookie, no token.
async fn read_feed(url: &str) -> reqwest::Response {
    reqwest::Client::new().get(url).send().await.unwrap()
}

#[tokio::test]
async fn the_private_feed_works_without_a_session_until_it_is_replaced_or_revoked() {
    on_both(|t| async move {
        let s = set_up(&t).await;
        let first = new_feed(&t, &s.ann).await;
        let response = read_feed(&first).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
        assert_eq!(response.headers()["cache-control"], "private, max-age=300");
        let feed = parse(&response.text().await.unwrap());
        let mine = parse(&calendar_text(&t, Some(&s.ann), "/api/v1/me/calendar.ics").await);
        assert_eq!(uids(&feed), uids(&mine), "the feed is the same calendar");

        // A new link replaces the old one.
        let second = new_feed(&t, &s.ann).await;
        assert_ne!(first, second);
        problem(read_feed(&first).await, StatusCode::NOT_FOUND).await;
        assert_eq!(read_feed(&second).await.status(), StatusCode::OK);

        let export: Value = t.get("/api/v1/me/export", Some(&s.ann)).await.json().await.unwrap();
        let feeds = export["calendar_feeds"].as_array().unwrap();
        assert_eq!(feeds.len(), 2);
        assert!(feeds[0]["revoked_at"].is_string() && feeds[1]["revoked_at"].is_null(), "{feeds:?}");
        assert!(
            !export.to_string().contains(second.rsplit('/').next().unwrap().trim_end_matches(".ics")),
            "never the secret"
        );

        let response = t.send(reqwest::Method::DELETE, "/api/v1/me/calendar-feed", Some(&s.ann), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        problem(read_feed(&second).await, StatusCode::NOT_FOUND).await;
        // Revoking again is harmless.
        let response = t.send(reqwest::Method::DELETE, "/api/v1/me/calendar-feed", Some(&s.ann), None).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
    })
    .await;
}

#[tokio::test]
async fn the_account_page_makes_shows_once_and_revokes_the_private_link() {
    on_both(|t| async move {
        let client = browser();
        let html = plain(&client.get(t.url("/sign-up")).send().await.unwrap().text().await.unwrap());
        let csrf = csrf_of(&html);
        let fields = [
            ("csrf", csrf.as_str()),
            ("display_name", "Ann"),
            ("email", "ann@example.org"),
            ("password", PASSWORD),
            ("birth_date", ""),
        ];
        let response = client.post(t.url("/sign-up")).form(&fields).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);

        let html = plain(&client.get(t.url("/account")).send().await.unwrap().text().await.unwrap());
        assert!(html.contains("id=\"calendar-title\""));
        assert!(html.contains("action=\"/account/calendar\"") && !html.contains("action=\"/account/calendar/revoke\""));

        let refused = client.post(t.url("/account/calendar")).form(&[("csrf", "wrong")]).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "the form needs its CSRF token");

        let response = client.post(t.url("/account/calendar")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "the link is shown in the answer itself");
        assert_eq!(response.headers()["cache-control"], "no-store");
        let html = plain(&response.text().await.unwrap());
        let marker = "id=\"calendar-url\" type=\"text\" dir=\"ltr\" readonly value=\"";
        let start = html.find(marker).expect("the new link is on the page") + marker.len();
        let url = html[start..].split('"').next().unwrap().to_owned();
        assert!(url.starts_with(&format!("{}/calendar/", t.base)) && url.ends_with(".ics"), "{url}");
        assert_eq!(read_feed(&url).await.status(), StatusCode::OK);

        // Shown once: the page does not show it again, but offers to revoke it.
        let html = plain(&client.get(t.url("/account")).send().await.unwrap().text().await.unwrap());
        assert!(!html.contains(&url));
        assert!(html.contains("action=\"/account/calendar/revoke\""));

        let response =
            client.post(t.url("/account/calendar/revoke")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(response.headers()["location"], "/account?notice=calendar-revoked#calendar");
        problem(read_feed(&url).await, StatusCode::NOT_FOUND).await;
        let html =
            plain(&client.get(t.url("/account?notice=calendar-revoked")).send().await.unwrap().text().await.unwrap());
        assert!(html.contains("class=\"notice\""));
        assert!(!html.contains("action=\"/account/calendar/revoke\""));
    })
    .await;
}
