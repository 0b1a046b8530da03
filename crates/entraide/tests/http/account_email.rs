//! A person's mail address: confirmed by a link before any other mail goes to it, moved
//! to a new address only once that one is confirmed, never to another account's; and
//! the name and phone a person changes on the account page.

use super::harness::{PASSWORD, TestApp, browser, location, on_each_database, page, plain, problem, submit};
use super::smtp::{SmtpSink, read, to};
use chrono::{Duration, Utc};
use entraide::server::Settings;
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

/// The application with a mail server and a public address for links.
async fn spawn(url: &str, sink: &SmtpSink) -> TestApp {
    let mailer = Some(entraide_app::Mailer::new(&sink.url(), "Entraide <no-reply@entraide.test>").unwrap());
    let settings = Settings { mailer, public_url: Some("https://helpt.example".into()), ..Settings::default() };
    TestApp::spawn_with(url, settings).await
}

/// The confirmation link in the last mail to `address`, and its code.
fn confirmation_link(sink: &SmtpSink, address: &str) -> (String, String) {
    let mails = to(sink, address);
    let mail = read(mails.last().expect("a mail"), address);
    assert_eq!(mail.subject, "Confirm your mail address");
    let start = mail.text.find("https://helpt.example/email/confirm?code=").unwrap_or_else(|| panic!("{}", mail.text));
    let link = mail.text[start..].split_whitespace().next().unwrap().to_owned();
    let code = link.rsplit('=').next().unwrap().to_owned();
    (link.trim_start_matches("https://helpt.example").to_owned(), code)
}

/// A browser signed in as `email`.
async fn signed_in(t: &TestApp, email: &str) -> Client {
    let client = browser();
    let done = submit(&client, t, "/sign-in", "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER, "signing in {email}");
    client
}

/// A platform `gent` with a shift in two days, published by Coco; returns the shift.
async fn shift(t: &TestApp) -> String {
    let root = t.instance_admin().await;
    t.platform(&root, "gent").await;
    let coordinator = t.person("coco@example.org", "Coco").await;
    let body = json!({ "name": "Voedselbank", "kind": "nonprofit" });
    let created = t.post("/api/v1/platforms/gent/organisations", Some(&coordinator), body).await;
    let organisation = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let starts = Utc::now() + Duration::hours(48);
    let body = json!({
        "title": "Sort food parcels",
        "description": "Help us sort and pack food for 80 families.",
        "location": { "lat": 51.0543, "lon": 3.7174, "address": "Kortrijksesteenweg 1, Gent" },
        "shifts": [{ "starts_at": starts.to_rfc3339(), "ends_at": (starts + Duration::hours(3)).to_rfc3339(), "slots": 3 }],
    });
    let path = format!("/api/v1/organisations/{organisation}/opportunities");
    let created: Value = t.post(&path, Some(&coordinator), body).await.json().await.unwrap();
    created["shifts"][0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_new_address_gets_only_its_confirmation_mail_until_its_link_is_used() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = spawn(&url, &sink).await;
        let shift = shift(&t).await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let before = sink.messages().len();

        // Ann signs up on the page: her account works at once.
        let ann = browser();
        let fields = [("email", "ann@example.org"), ("password", PASSWORD), ("display_name", "Ann")];
        let created = submit(&ann, &t, "/sign-up", "/sign-up", &fields).await;
        assert_eq!(created.status(), StatusCode::SEE_OTHER);
        let token = t.token("ann@example.org").await;
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["email_confirmed"], false, "{me}");
        let home = page(&ann, &t, "/", StatusCode::OK).await;
        assert!(home.contains("Please confirm your mail address ann@example.org"), "{home}");

        // She signs up for a shift: told in the app, but the only mail is the link.
        assert_eq!(
            t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(),
            StatusCode::CREATED
        );
        let signed = t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&token), json!({})).await;
        assert_eq!(signed.status(), StatusCode::CREATED);
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 2, "the link and the sign-up's notice");
        assert_eq!(sink.messages().len(), before + 1);
        let (path, code) = confirmation_link(&sink, "ann@example.org");
        let notices: Value = t.get("/api/v1/me/notifications", Some(&token)).await.json().await.unwrap();
        assert_eq!(notices["items"].as_array().unwrap().len(), 1, "{notices}");

        // Opening the link asks first (a mail program that opens links confirms nothing).
        let question = page(&browser(), &t, &path, StatusCode::OK).await;
        assert!(question.contains("Is ann@example.org your address?"), "{question}");
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["email_confirmed"], false);
        let visitor = browser();
        let confirmed = submit(&visitor, &t, &path, "/email/confirm", &[("code", &code)]).await;
        assert_eq!(confirmed.status(), StatusCode::OK);
        let confirmed = plain(&confirmed.text().await.unwrap());
        assert!(confirmed.contains("From now on we send your mail to ann@example.org"), "{confirmed}");
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["email_confirmed"], true);
        let home = page(&ann, &t, "/", StatusCode::OK).await;
        assert!(!home.contains("Please confirm your mail address"), "{home}");

        // Used once, the link says what to do next; a forged one too; nothing changes.
        let again = submit(&browser(), &t, "/email/confirm", "/email/confirm", &[("code", &code)]).await;
        assert_eq!(again.status(), StatusCode::GONE);
        let forged = page(&browser(), &t, "/email/confirm?code=forged", StatusCode::GONE).await;
        assert!(forged.contains("This link no longer works"), "{forged}");
        let api = t.post("/api/v1/auth/email-confirmation", None, json!({"code": code})).await;
        assert!(problem(api, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["code"].is_array());

        // From now on her mail arrives: the reminder the day before.
        assert_eq!(t.app.run_due_jobs(t.app.now() + Duration::hours(25)).await.unwrap(), 1);
        assert_eq!(to(&sink, "ann@example.org").len(), 2, "the link, then the reminder");
        let resend = t.post("/api/v1/me/email/confirmation", Some(&token), json!({})).await;
        assert_eq!(resend.status(), StatusCode::NO_CONTENT, "nothing left to confirm");
    })
    .await;
}

#[tokio::test]
async fn a_new_address_replaces_the_old_one_only_once_confirmed_and_never_another_accounts() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = spawn(&url, &sink).await;
        t.register("ann@example.org", "Ann").await;
        t.register("bob@example.org", "Bob").await;
        let token = t.token("ann@example.org").await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();

        // Refused, each with its reason, and nothing is mailed.
        let change = |email: &str, password: &str| json!({"email": email, "password": password});
        let taken = t.post("/api/v1/me/email", Some(&token), change("Bob@example.org", PASSWORD)).await;
        problem(taken, StatusCode::CONFLICT).await;
        let wrong = t.post("/api/v1/me/email", Some(&token), change("ann@new.example", "not my password")).await;
        assert!(problem(wrong, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["password"].is_array());
        let same = t.post("/api/v1/me/email", Some(&token), change("ann@example.org", PASSWORD)).await;
        assert!(problem(same, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["email"].is_array());
        let malformed = t.post("/api/v1/me/email", Some(&token), change("ann@", PASSWORD)).await;
        assert!(problem(malformed, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["email"].is_array());
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 0);

        // Asked on the account page: the old address stays hers until the new one is confirmed.
        let ann = signed_in(&t, "ann@example.org").await;
        let fields = [("new_email", "bob@example.org"), ("email_password", PASSWORD)];
        let refused = submit(&ann, &t, "/account", "/account/email", &fields).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let refused = plain(&refused.text().await.unwrap());
        assert!(refused.contains("New mail address: An account with this email address already exists."), "{refused}");
        let fields = [("new_email", "Ann@New.example"), ("email_password", PASSWORD)];
        let asked = submit(&ann, &t, "/account", "/account/email", &fields).await;
        assert_eq!(location(&asked), "/account?notice=email-link-sent#email-title");
        let account = page(&ann, &t, "/account?notice=email-link-sent", StatusCode::OK).await;
        assert!(account.contains("You asked to use ann@new.example instead."), "{account}");
        assert!(account.contains("You sign in with ann@example.org."), "{account}");
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(
            (me["email"].as_str(), me["pending_email"].as_str()),
            (Some("ann@example.org"), Some("ann@new.example"))
        );
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 1);
        let (_, code) = confirmation_link(&sink, "ann@new.example");
        assert_eq!(to(&sink, "ann@example.org").len(), 0, "the old address gets nothing");

        // Confirmed through the API: the new address signs in, the old one no longer.
        let confirmed = t.post("/api/v1/auth/email-confirmation", None, json!({"code": code})).await;
        assert_eq!(confirmed.status(), StatusCode::NO_CONTENT);
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!((me["email"].as_str(), me["pending_email"].as_str()), (Some("ann@new.example"), None));
        assert_eq!(me["email_confirmed"], true);
        let old = t.post("/api/v1/auth/token", None, json!({"email": "ann@example.org", "password": PASSWORD})).await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        t.token("ann@new.example").await;
        // The address she left is told, so an owner who did not ask knows at once.
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 1);
        let left = to(&sink, "ann@example.org");
        assert_eq!(left.len(), 1);
        let told = read(&left[0], "ann@example.org");
        assert_eq!(told.subject, "Your mail address was changed");
        assert!(told.text.contains("from now on you sign in with ann@new.example"), "{}", told.text);

        // Cleo asks for an address that Dan takes before she confirms it: she keeps hers.
        t.register("cleo@example.org", "Cleo").await;
        let cleo = t.token("cleo@example.org").await;
        let asked = t.post("/api/v1/me/email", Some(&cleo), change("dan@example.org", PASSWORD)).await;
        assert_eq!(asked.status(), StatusCode::ACCEPTED);
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let (path, code) = confirmation_link(&sink, "dan@example.org");
        t.register("dan@example.org", "Dan").await;
        let late = submit(&browser(), &t, &path, "/email/confirm", &[("code", &code)]).await;
        // (The page that asks still opened: the link works until the address is taken.)
        assert_eq!(late.status(), StatusCode::CONFLICT);
        let late = plain(&late.text().await.unwrap());
        assert!(late.contains("Another account now uses dan@example.org"), "{late}");
        let me: Value = t.get("/api/v1/me", Some(&cleo)).await.json().await.unwrap();
        assert_eq!(me["email"], "cleo@example.org");
    })
    .await;
}

#[tokio::test]
async fn name_and_phone_change_on_the_account_page_and_coordinators_see_the_phone() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = spawn(&url, &sink).await;
        let shift = shift(&t).await;
        t.register("ann@example.org", "Ann").await;
        let token = t.token("ann@example.org").await;
        let ann = signed_in(&t, "ann@example.org").await;

        // Mistakes are named by their field, and nothing is written.
        let bad = [("display_name", ""), ("phone", "call me maybe")];
        let refused = submit(&ann, &t, "/account", "/account/details", &bad).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let refused = plain(&refused.text().await.unwrap());
        assert!(refused.contains("Your name: Please fill this in."), "{refused}");
        assert!(refused.contains("Phone number (optional): Enter a phone number of 6 to 15 digits"), "{refused}");
        let nul = t.send(Method::PATCH, "/api/v1/me", Some(&token), Some(json!({"phone": "09 266\u{0}11 11"}))).await;
        assert!(problem(nul, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["phone"].is_array());
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!((me["display_name"].as_str(), me["phone"].as_str()), (Some("Ann"), None));

        let good = [("display_name", "Ann Peeters"), ("phone", " +32 9 266 11 11 ")];
        let saved = submit(&ann, &t, "/account", "/account/details", &good).await;
        assert_eq!(location(&saved), "/account?notice=details-saved#details-title");
        let account = page(&ann, &t, "/account?notice=details-saved", StatusCode::OK).await;
        assert!(account.contains("Your name and phone number have been saved."));
        assert!(account.contains("value=\"+32 9 266 11 11\""), "{account}");

        // The shift's coordinator reaches her by phone: the roster, its JSON and its CSV.
        assert_eq!(
            t.post("/api/v1/platforms/gent/members", Some(&token), json!({})).await.status(),
            StatusCode::CREATED
        );
        let signed = t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&token), json!({})).await;
        assert_eq!(signed.status(), StatusCode::CREATED);
        let coordinator = t.token("coco@example.org").await;
        let roster: Value =
            t.get(&format!("/api/v1/shifts/{shift}/signups"), Some(&coordinator)).await.json().await.unwrap();
        let line = &roster["items"][0];
        assert_eq!(
            (line["display_name"].as_str(), line["phone"].as_str()),
            (Some("Ann Peeters"), Some("+32 9 266 11 11")),
            "{roster}"
        );
        let csv = t.get(&format!("/api/v1/shifts/{shift}/roster.csv"), Some(&coordinator)).await.text().await.unwrap();
        assert!(csv.starts_with("name,status,position,late,attended,minutes,email,phone\n"), "{csv}");
        assert!(
            csv.contains("Ann Peeters,confirmed,,,,,ann@example.org,'+32 9 266 11 11"),
            "defused like every cell: {csv}"
        );
        let coco = signed_in(&t, "coco@example.org").await;
        let page_path = format!("/p/gent/shifts/{shift}");
        let roster_page = page(&coco, &t, &page_path, StatusCode::OK).await;
        assert!(roster_page.contains("href=\"tel:+3292661111\""), "{roster_page}");
        // Nobody else sees it.
        assert_eq!(
            t.get(&format!("/api/v1/shifts/{shift}/signups"), Some(&token)).await.status(),
            StatusCode::FORBIDDEN
        );

        // Her data export has it; clearing it removes it.
        let export: Value = t.get("/api/v1/me/export", Some(&token)).await.json().await.unwrap();
        assert_eq!(export["account"]["phone"], "+32 9 266 11 11");
        let cleared = t.send(Method::PATCH, "/api/v1/me", Some(&token), Some(json!({"phone": ""}))).await;
        assert_eq!(cleared.status(), StatusCode::NO_CONTENT);
        let me: Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert!(me["phone"].is_null(), "{me}");
    })
    .await;
}

#[tokio::test]
async fn asking_for_other_addresses_again_and_again_is_limited_so_it_tells_little_about_who_has_an_account() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = spawn(&url, &sink).await;
        for n in 0..6 {
            t.register(&format!("member{n}@example.org"), "Member").await;
        }
        t.register("eve@example.org", "Eve").await;
        let eve = t.token("eve@example.org").await;
        // Five links an hour per account, the one mailed at sign-up included: four asks
        // are answered, each counted before the address is looked at.
        for n in 0..4 {
            let probe = json!({"email": format!("member{n}@example.org"), "password": PASSWORD});
            problem(t.post("/api/v1/me/email", Some(&eve), probe).await, StatusCode::CONFLICT).await;
        }
        let fifth = json!({"email": "member5@example.org", "password": PASSWORD});
        let refused = t.post("/api/v1/me/email", Some(&eve), fifth).await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(refused.headers().contains_key("retry-after"));
    })
    .await;
}
