//! Notifications: the jobs a sign-up queues are run on demand; mails arrive at a real
//! SMTP listener on loopback, in the recipient's language, or wait in the outbox for the
//! platform's admins; in-app notifications are listed; reminders that no longer apply are
//! skipped.

use super::harness::{PASSWORD, TestApp, on_both, on_each_database, plain, problem};
use super::smtp::{SmtpSink, read, to};
use chrono::Duration;
use entraide_domain::id::{AccountId, OrganisationId, PlatformId};
use entraide_domain::locale::Locale;
use entraide_domain::opportunity::OpportunityInput;
use entraide_domain::platform::Slug;
use entraide_domain::shift::{Shift, ShiftTimes};
use entraide_domain::time::{Timestamp, now};
use entraide_i18n::LocalFormat;
use entraide_storage::Ending;
use reqwest::StatusCode;
use serde_json::{Value, json};

const TITLE: &str = "Beach clean-up";

/// A platform `gent` (Dutch by default, Brussels time) run by Pat, with an organisation
/// whose coordinator published an opportunity with one shift in three days.
struct Scene {
    platform: PlatformId,
    shift: Shift,
    /// Pat's token: a platform admin.
    admin: String,
}

async fn scene(t: &TestApp, slots: i64) -> Scene {
    let root = t.instance_admin().await;
    let body = json!({"slug": "gent", "name": "Gent helpt", "locale": "nl", "time_zone": "Europe/Brussels"});
    assert_eq!(t.post("/api/v1/platforms", Some(&root), body).await.status(), StatusCode::CREATED);
    let pat = t.register("pat@example.org", "Pat").await;
    let response = t
        .send(
            reqwest::Method::PUT,
            &format!("/api/v1/platforms/gent/members/{pat}"),
            Some(&root),
            Some(json!({"role": "admin"})),
        )
        .await;
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    let admin = t.token("pat@example.org").await;

    let cora: AccountId = t.register("cora@example.org", "Cora").await.parse().unwrap();
    let coordinator = t.token("cora@example.org").await;
    let body = json!({"name": "Strandwerkers", "kind": "group"});
    let response = t.post("/api/v1/platforms/gent/organisations", Some(&coordinator), body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let organisation: OrganisationId = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().parse().unwrap();

    let store = t.app.store();
    let platform = store.platform_by_slug(&Slug::parse("gent", "slug").unwrap()).await.unwrap().unwrap();
    let draft = OpportunityInput {
        title: TITLE.into(),
        description: "We pick up what the tide left behind.".into(),
        point: Some((51.2, 2.9)),
        address: "Zeedijk 1, Oostende".into(),
        ..OpportunityInput::default()
    }
    .validate()
    .unwrap();
    let starts_at = entraide_domain::time::truncate(now() + Duration::days(3));
    let times = ShiftTimes { starts_at, ends_at: starts_at + Duration::hours(3), slots };
    let (_, shifts) = store.create_opportunity(platform.id, organisation, &draft, &[times], cora, now()).await.unwrap();
    settle(t).await;
    Scene { platform: platform.id, shift: shifts[0].clone(), admin }
}

/// A volunteer who joined `gent`, with a preferred language or none; returns their id
/// and token.
async fn volunteer(t: &TestApp, email: &str, name: &str, locale: Option<&str>) -> (AccountId, String) {
    let body = json!({"email": email, "password": PASSWORD, "display_name": name, "locale": locale});
    let response = t.post("/api/v1/accounts", None, body).await;
    assert_eq!(response.status(), StatusCode::CREATED, "registering {email}");
    let id: String = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    t.confirm_address(&id, email).await;
    let id = id.parse().unwrap();
    let token = t.token(email).await;
    assert_eq!(t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(), StatusCode::CREATED);
    settle(t).await;
    (id, token)
}

/// Runs the jobs registering queued: each mails a link to confirm an address the test
/// already confirmed, so sends nothing; the tests then count only what they cause.
async fn settle(t: &TestApp) {
    t.app.run_due_jobs(now()).await.unwrap();
}

/// Signs a volunteer up for the scene's shift, as the storage does for the use case.
async fn sign_up(t: &TestApp, scene: &Scene, account: AccountId) -> entraide_domain::signup::Signup {
    t.app.store().sign_up(scene.platform, scene.shift.id, account, now()).await.unwrap()
}

/// The opportunity a person's first notification is about.
async fn list_opportunity(t: &TestApp, token: &str) -> String {
    let list: Value = t.get("/api/v1/me/notifications", Some(token)).await.json().await.unwrap();
    list["items"][0]["data"]["opportunity"].as_str().unwrap().to_owned()
}

/// "Friday, December 4, 2026 at 10:00 AM", as an English mail writes it in Brussels.
fn english_brussels(at: Timestamp) -> String {
    let zone = entraide_domain::platform::TimeZone::parse("Europe/Brussels", "zone").unwrap();
    LocalFormat::new(Locale::ENGLISH, zone).date_time(at)
}

#[tokio::test]
async fn mails_arrive_over_smtp_in_each_recipients_language_and_notifications_are_listed() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        let scene = scene(&t, 2).await;
        let (ann, ann_token) = volunteer(&t, "ann@example.org", "Ann", Some("fr")).await;
        let (cleo, cleo_token) = volunteer(&t, "cleo@example.org", "Cleo", Some("en")).await;
        let (bob, bob_token) = volunteer(&t, "bob@example.org", "Bob", None).await;
        sign_up(&t, &scene, ann).await;
        sign_up(&t, &scene, cleo).await;
        sign_up(&t, &scene, bob).await; // the shift is full: Bob waits

        assert!(sink.messages().is_empty(), "nothing is sent before the jobs run");
        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 3, "two confirmations and a waiting-list notice");
        assert_eq!(sink.messages().len(), 3);

        let cleos = to(&sink, "cleo@example.org");
        assert_eq!(cleos.len(), 1);
        let mail = read(&cleos[0], "cleo@example.org");
        assert_eq!(mail.language, "en");
        assert_eq!(mail.subject, format!("You have a place: {TITLE}"));
        assert!(mail.text.starts_with("Hello Cleo,"), "{}", mail.text);
        assert!(
            mail.text.contains(&english_brussels(scene.shift.starts_at)),
            "the time in the platform's zone: {}",
            mail.text
        );
        assert!(mail.text.contains("Zeedijk 1, Oostende"), "{}", mail.text);
        assert!(mail.html.contains("<html lang=\"en\" dir=\"ltr\">"), "{}", mail.html);
        // Ann chose French; Bob chose nothing and gets the platform's Dutch.
        assert_eq!(read(&to(&sink, "ann@example.org")[0], "ann@example.org").language, "fr");
        assert_eq!(read(&to(&sink, "bob@example.org")[0], "bob@example.org").language, "nl");

        // In the app too, in the reader's language.
        let list: Value = t.get("/api/v1/me/notifications", Some(&cleo_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 1);
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        assert_eq!(list["items"][0]["event"], "signup-confirmed");
        assert_eq!(list["items"][0]["data"]["platform"], "gent");
        assert!(plain(list["items"][0]["text"].as_str().unwrap()).contains(TITLE), "{list}");
        assert!(list["items"][0]["read_at"].is_null());
        let bobs: Value = t.get("/api/v1/me/notifications", Some(&bob_token)).await.json().await.unwrap();
        assert_eq!(bobs["items"][0]["event"], "signup-waitlisted");

        let response = t.post("/api/v1/me/notifications/read", Some(&cleo_token), json!({})).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        let list: Value = t.get("/api/v1/me/notifications", Some(&cleo_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 0);
        assert!(list["items"][0]["read_at"].is_string());

        // The page lists them and, seen, they are read.
        let response = t.get("/notifications", Some(&ann_token)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains(TITLE), "{html}");
        let opportunity = list_opportunity(&t, &ann_token).await;
        assert!(
            html.contains(&format!("href=\"/p/gent/opportunities/{opportunity}\"")),
            "links to the opportunity: {html}"
        );
        let list: Value = t.get("/api/v1/me/notifications", Some(&ann_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 0);

        // Sent mails are recorded as sent in the outbox.
        let outbox: Value = t.get("/api/v1/platforms/gent/outbox", Some(&scene.admin)).await.json().await.unwrap();
        let items = outbox["items"].as_array().unwrap();
        assert_eq!(items.len(), 3);
        assert!(items.iter().all(|m| m["sent_at"].is_string()), "{outbox}");

        // Nothing runs twice; the confirmed get their reminder a day before.
        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 0);
        let day_before = scene.shift.starts_at - Duration::hours(23);
        assert_eq!(t.app.run_due_jobs(day_before).await.unwrap(), 2);
        let cleos = to(&sink, "cleo@example.org");
        assert_eq!(cleos.len(), 2);
        assert_eq!(read(&cleos[1], "cleo@example.org").subject, format!("Reminder: {TITLE}"));
        assert_eq!(to(&sink, "bob@example.org").len(), 1, "no reminder while waiting");
    })
    .await;
}

#[tokio::test]
async fn without_smtp_mails_wait_in_the_outbox_which_only_platform_admins_read() {
    on_both(|t| async move {
        let scene = scene(&t, 1).await;
        let (dan, dan_token) = volunteer(&t, "dan@example.org", "Dan", Some("en")).await;
        sign_up(&t, &scene, dan).await;
        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 1);

        let response = t.get("/api/v1/platforms/gent/outbox", Some(&scene.admin)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let outbox: Value = response.json().await.unwrap();
        let items = outbox["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{outbox}");
        assert_eq!(items[0]["to"], "dan@example.org");
        assert_eq!(plain(items[0]["subject"].as_str().unwrap()), format!("You have a place: {TITLE}"));
        assert!(plain(items[0]["text"].as_str().unwrap()).starts_with("Hello Dan,"));
        assert!(items[0]["html"].as_str().unwrap().contains("<p>"));
        assert!(items[0]["sent_at"].is_null(), "not sent: there is no mail server");
        // The in-app notification is there all the same.
        let list: Value = t.get("/api/v1/me/notifications", Some(&dan_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 1);
        // Both are Dan's data: his export holds them.
        let export: Value = t.get("/api/v1/me/export", Some(&dan_token)).await.json().await.unwrap();
        assert_eq!(export["notifications"][0]["event"], "signup-confirmed");
        assert_eq!(export["mails"][0]["to"], "dan@example.org");

        problem(t.get("/api/v1/platforms/gent/outbox", Some(&dan_token)).await, StatusCode::FORBIDDEN).await;
        problem(t.get("/api/v1/platforms/gent/outbox", None).await, StatusCode::UNAUTHORIZED).await;
        problem(t.get("/api/v1/platforms/nowhere/outbox", Some(&scene.admin)).await, StatusCode::NOT_FOUND).await;

        let response = t.get("/p/gent/outbox", Some(&scene.admin)).await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains(&format!("You have a place: {TITLE}")), "{html}");
        assert!(html.contains("dan@example.org"));
        assert_eq!(t.get("/p/gent/outbox", Some(&dan_token)).await.status(), StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn a_reminder_for_a_moved_shift_or_a_cancelled_sign_up_is_skipped_and_the_new_one_is_sent() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        let scene = scene(&t, 5).await;
        let (eve, _) = volunteer(&t, "eve@example.org", "Eve", Some("en")).await;
        let (finn, _) = volunteer(&t, "finn@example.org", "Finn", Some("en")).await;
        sign_up(&t, &scene, eve).await;
        let finns = sign_up(&t, &scene, finn).await;
        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 2);

        let store = t.app.store();
        store.end_signup(scene.platform, finns.id, Ending::Cancelled, now()).await.unwrap();
        let old_start = scene.shift.starts_at;
        let new_start = old_start + Duration::days(1);
        let times = ShiftTimes { starts_at: new_start, ends_at: new_start + Duration::hours(3), slots: 5 };
        store.update_shift(scene.platform, scene.shift.id, &times, now()).await.unwrap();
        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 1, "Eve is told of the change");
        let eves = to(&sink, "eve@example.org");
        assert_eq!(eves.len(), 2);
        let changed = read(&eves[1], "eve@example.org");
        assert_eq!(changed.subject, format!("New time for {TITLE}"));
        assert!(changed.text.contains(&english_brussels(new_start)), "{}", changed.text);

        // A day before the old start: Eve's old reminder (the shift moved) and Finn's (he
        // cancelled) are run, and say nothing.
        assert_eq!(t.app.run_due_jobs(old_start - Duration::hours(23)).await.unwrap(), 2);
        assert_eq!(sink.messages().len(), 3, "no reminder for a time that no longer holds");
        // A day before the new start, Eve's new reminder goes out.
        assert_eq!(t.app.run_due_jobs(new_start - Duration::hours(23)).await.unwrap(), 1);
        let eves = to(&sink, "eve@example.org");
        assert_eq!(eves.len(), 3);
        let reminder = read(&eves[2], "eve@example.org");
        assert_eq!(reminder.subject, format!("Reminder: {TITLE}"));
        assert!(reminder.text.contains(&english_brussels(new_start)), "{}", reminder.text);
        assert_eq!(to(&sink, "finn@example.org").len(), 1, "Finn only had his confirmation");
    })
    .await;
}

#[tokio::test]
async fn a_mail_the_server_refuses_is_tried_again_later_and_nothing_is_recorded_meanwhile() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        let scene = scene(&t, 1).await;
        let (gus, gus_token) = volunteer(&t, "gus@example.org", "Gus", Some("en")).await;
        sign_up(&t, &scene, gus).await;

        sink.refuse(true);
        let at = now();
        assert_eq!(t.app.run_due_jobs(at).await.unwrap(), 1);
        assert!(sink.messages().is_empty());
        let list: Value = t.get("/api/v1/me/notifications", Some(&gus_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 0, "not told in the app either, until the mail goes");
        assert_eq!(t.app.run_due_jobs(at).await.unwrap(), 0, "it waits before the next try");

        sink.refuse(false);
        assert_eq!(t.app.run_due_jobs(at + Duration::minutes(2)).await.unwrap(), 1);
        assert_eq!(to(&sink, "gus@example.org").len(), 1);
        let list: Value = t.get("/api/v1/me/notifications", Some(&gus_token)).await.json().await.unwrap();
        assert_eq!(list["unread"], 1);
        let outbox: Value = t.get("/api/v1/platforms/gent/outbox", Some(&scene.admin)).await.json().await.unwrap();
        assert_eq!(outbox["items"].as_array().unwrap().len(), 1, "recorded once");
    })
    .await;
}

#[tokio::test]
async fn a_person_who_erased_their_account_is_not_written_to() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        let scene = scene(&t, 1).await;
        let (hana, _) = volunteer(&t, "hana@example.org", "Hana", Some("en")).await;
        sign_up(&t, &scene, hana).await;
        t.app.store().erase_personal_data(hana, now()).await.unwrap();

        assert_eq!(t.app.run_due_jobs(now()).await.unwrap(), 1);
        assert!(sink.messages().is_empty());
        assert_eq!(
            t.app.run_due_jobs(now() + Duration::days(30)).await.unwrap(),
            1,
            "only the reminder was left, and it is skipped too"
        );
        assert!(sink.messages().is_empty());
        let outbox: Value = t.get("/api/v1/platforms/gent/outbox", Some(&scene.admin)).await.json().await.unwrap();
        assert!(outbox["items"].as_array().unwrap().is_empty());
    })
    .await;
}
