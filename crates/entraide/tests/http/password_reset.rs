//! A forgotten password: asked for on the page or through the API, the link arrives at a
//! real SMTP listener, works once and for an hour, ends every session opened with the
//! old password, and tells nobody whether an address has an account.

use super::harness::{PASSWORD, TestApp, browser, location, on_each_database, page, plain, problem, submit};
use super::smtp::{SmtpSink, read, to};
use chrono::Duration;
use entraide::server::Settings;
use reqwest::StatusCode;
use serde_json::{Value, json};

const NEW_PASSWORD: &str = "plum kettle riverbank";

/// The application with a mail server and a public address for links.
async fn spawn(url: &str, sink: Option<&SmtpSink>, public_url: Option<&str>) -> TestApp {
    let mailer = sink.map(|s| entraide_app::Mailer::new(&s.url(), "Entraide <no-reply@entraide.test>").unwrap());
    let limits = entraide_app::Limits { accounts_per_client_per_hour: 10_000 };
    let settings = Settings { mailer, limits, public_url: public_url.map(str::to_owned), ..Settings::default() };
    TestApp::spawn_with(url, settings).await
}

/// Runs the jobs registering queued: each mails a link to confirm an address the test
/// already confirmed, so sends nothing; the tests then count only the reset mails.
async fn settle(t: &TestApp) {
    t.app.run_due_jobs(t.app.now()).await.unwrap();
}

/// The first line with text after `marker`.
fn after<'a>(text: &'a str, marker: &str) -> &'a str {
    let start = text.find(marker).unwrap_or_else(|| panic!("`{marker}` in {text}")) + marker.len();
    text[start..].lines().map(str::trim).find(|line| !line.is_empty()).unwrap()
}

/// The "check your mail" page, with the address typed taken out.
fn without(html: &str, address: &str) -> String {
    let start = html.find("<main").unwrap();
    html[start..].replace(address, "ADDRESS")
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_from_the_mailed_link_and_every_old_session_ends() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = spawn(&url, Some(&sink), Some("https://helpt.example/")).await;
        t.register("ann@example.org", "Ann").await;
        settle(&t).await;
        let old_token = t.token("ann@example.org").await;
        let old_browser = browser();
        let signed_in =
            submit(&old_browser, &t, "/sign-in", "/sign-in", &[("email", "ann@example.org"), ("password", PASSWORD)])
                .await;
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);

        // From the sign-in page, the way to a new password.
        let visitor = browser();
        let sign_in = page(&visitor, &t, "/sign-in", StatusCode::OK).await;
        assert!(sign_in.contains("href=\"/password/forgot\""), "{sign_in}");
        let known =
            submit(&visitor, &t, "/password/forgot", "/password/forgot", &[("email", " Ann@Example.org ")]).await;
        assert_eq!(known.status(), StatusCode::OK);
        let known = plain(&known.text().await.unwrap());
        assert!(known.contains("If an account uses Ann@Example.org, a mail with a link"), "{known}");
        // An unknown address gets the very same answer, and no mail.
        let unknown =
            submit(&visitor, &t, "/password/forgot", "/password/forgot", &[("email", "nobody@example.org")]).await;
        assert_eq!(unknown.status(), StatusCode::OK);
        let unknown = plain(&unknown.text().await.unwrap());
        assert_eq!(without(&known, "Ann@Example.org"), without(&unknown, "nobody@example.org"));
        let malformed = submit(&visitor, &t, "/password/forgot", "/password/forgot", &[("email", "ann")]).await;
        assert_eq!(malformed.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&malformed.text().await.unwrap()).contains("Enter an email address like name@example.org."));

        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 1, "one mail, to Ann only");
        let mails = to(&sink, "ann@example.org");
        assert_eq!(mails.len(), 1);
        assert_eq!(sink.messages().len(), 1);
        let mail = read(&mails[0], "ann@example.org");
        assert_eq!(mail.subject, "Choose a new password");
        assert_eq!(mail.language, "en");
        assert!(mail.text.starts_with("Hello Ann,"), "{}", mail.text);
        let link = after(&mail.text, "it works once):");
        assert!(link.starts_with("https://helpt.example/password/reset?code="), "{}", mail.text);
        assert!(mail.html.contains(&format!("<a href=\"{link}\">")), "the HTML part links: {}", mail.html);
        let code = link.rsplit('=').next().unwrap().to_owned();
        let path = format!("/password/reset?code={code}");

        // The copy the site keeps does not open the account.
        let root = t.instance_admin().await;
        let kept: Value = t.get("/api/v1/outbox", Some(&root)).await.json().await.unwrap();
        assert_eq!(kept["items"].as_array().unwrap().len(), 1, "{kept}");
        assert_eq!(kept["items"][0]["to"], "ann@example.org");
        assert!(kept["items"][0]["sent_at"].is_string());
        assert!(!kept["items"][0]["text"].as_str().unwrap().contains(&code), "{kept}");
        assert!(!kept["items"][0]["html"].as_str().unwrap().contains(&code));
        assert_eq!(t.get("/api/v1/outbox", Some(&old_token)).await.status(), StatusCode::FORBIDDEN);

        // The link opens a form for Ann's account; a weak password is refused and the
        // link still works.
        let form = page(&visitor, &t, &path, StatusCode::OK).await;
        assert!(form.contains("For the account ann@example.org."), "{form}");
        let weak = submit(&visitor, &t, &path, "/password/reset", &[("code", &code), ("new_password", "short")]).await;
        assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&weak.text().await.unwrap()).contains("at least 10 characters"));
        let done =
            submit(&visitor, &t, &path, "/password/reset", &[("code", &code), ("new_password", NEW_PASSWORD)]).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&done), "/?notice=password-reset", "Ann belongs to no platform yet");
        let home = page(&visitor, &t, "/?notice=password-reset", StatusCode::OK).await;
        assert!(home.contains("Your new password is saved and you are signed in."), "{home}");
        assert!(home.contains("Ann"), "signed in as Ann");

        // Whoever used the old password is out: sessions and API tokens.
        let account = old_browser.get(t.url("/account")).send().await.unwrap();
        assert_eq!(account.status(), StatusCode::SEE_OTHER, "the old session ended");
        assert_eq!(t.get("/api/v1/me", Some(&old_token)).await.status(), StatusCode::UNAUTHORIZED);
        let old = t.post("/api/v1/auth/token", None, json!({"email": "ann@example.org", "password": PASSWORD})).await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        let new =
            t.post("/api/v1/auth/token", None, json!({"email": "ann@example.org", "password": NEW_PASSWORD})).await;
        assert_eq!(new.status(), StatusCode::OK);

        // Used once, the link says what to do next; a forged one too.
        let again = page(&browser(), &t, &path, StatusCode::GONE).await;
        assert!(again.contains("This link no longer works"), "{again}");
        assert!(again.contains("href=\"/password/forgot\""));
        let forged = page(&browser(), &t, "/password/reset?code=forged", StatusCode::GONE).await;
        assert!(forged.contains("This link no longer works"));
        let reused = submit(
            &browser(),
            &t,
            "/password/forgot",
            "/password/reset",
            &[("code", &code), ("new_password", "another long passphrase")],
        )
        .await;
        assert_eq!(reused.status(), StatusCode::GONE);
        let still =
            t.post("/api/v1/auth/token", None, json!({"email": "ann@example.org", "password": NEW_PASSWORD})).await;
        assert_eq!(still.status(), StatusCode::OK, "nothing changed");
    })
    .await;
}

#[tokio::test]
async fn without_a_public_address_the_mail_gives_a_code_which_expires_after_an_hour() {
    on_each_database(|url| async move {
        // No mail server: the mail waits in the site's outbox, for instance admins only.
        let t = spawn(&url, None, None).await;
        t.register("bob@example.org", "Bob").await;
        let root = t.instance_admin().await;
        let platform_admin = t.person("pat@example.org", "Pat").await;
        t.platform(&root, "gent").await;
        settle(&t).await;

        let asked = t.post("/api/v1/auth/password-reset", None, json!({"email": "bob@example.org"})).await;
        assert_eq!(asked.status(), StatusCode::ACCEPTED);
        let unknown = t.post("/api/v1/auth/password-reset", None, json!({"email": "nobody@example.org"})).await;
        assert_eq!(unknown.status(), StatusCode::ACCEPTED, "the same answer");
        let malformed = t.post("/api/v1/auth/password-reset", None, json!({"email": "bob"})).await;
        assert!(problem(malformed, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["email"].is_array());
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 1);

        let kept: Value = t.get("/api/v1/outbox", Some(&root)).await.json().await.unwrap();
        let text = plain(kept["items"][0]["text"].as_str().unwrap());
        assert!(kept["items"][0]["sent_at"].is_null(), "not sent: no mail server");
        assert!(text.contains("paste this code within an hour:"), "{text}");
        let code = text.split("\n\n").nth(3).unwrap().trim().to_owned();
        assert_eq!(code.len(), 43, "{text}");
        assert_eq!(t.get("/api/v1/outbox", Some(&platform_admin)).await.status(), StatusCode::FORBIDDEN);
        let gent: Value = t.get("/api/v1/platforms/gent/outbox", Some(&root)).await.json().await.unwrap();
        assert!(gent["items"].as_array().unwrap().is_empty(), "never in a platform's outbox");

        // The page asks for the code when the mail had no link; a wrong one is named.
        let visitor = browser();
        let form = page(&visitor, &t, "/password/reset", StatusCode::OK).await;
        assert!(form.contains("Code from the mail"), "{form}");
        let wrong = submit(
            &visitor,
            &t,
            "/password/reset",
            "/password/reset",
            &[("pasted_code", "not-the-code"), ("new_password", NEW_PASSWORD)],
        )
        .await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let wrong = plain(&wrong.text().await.unwrap());
        assert!(wrong.contains("This code no longer works"), "{wrong}");
        assert!(wrong.contains("href=\"#pasted_code\""), "the summary leads to the field: {wrong}");

        // An hour later the code is spent by time.
        t.app.clock().advance(Duration::minutes(61));
        let late = t
            .post("/api/v1/auth/password-reset/confirm", None, json!({"code": code, "new_password": NEW_PASSWORD}))
            .await;
        assert!(problem(late, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["code"].is_array());
        let token = t.post("/api/v1/auth/token", None, json!({"email": "bob@example.org", "password": PASSWORD})).await;
        assert_eq!(token.status(), StatusCode::OK, "the old password still works");

        // A new code, through the API alone.
        t.post("/api/v1/auth/password-reset", None, json!({"email": "bob@example.org"})).await;
        t.app.run_due_jobs(t.app.now()).await.unwrap();
        let kept: Value = t.get("/api/v1/outbox?state=not-sent&recipient=BOB", Some(&root)).await.json().await.unwrap();
        let text = plain(kept["items"][0]["text"].as_str().unwrap());
        let fresh = text.split("\n\n").nth(3).unwrap().trim().to_owned();
        assert_ne!(fresh, code);
        let weak = t
            .post("/api/v1/auth/password-reset/confirm", None, json!({"code": fresh, "new_password": "password1234"}))
            .await;
        assert!(problem(weak, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["new_password"].is_array());
        let done = t
            .post("/api/v1/auth/password-reset/confirm", None, json!({"code": fresh, "new_password": NEW_PASSWORD}))
            .await;
        assert_eq!(done.status(), StatusCode::NO_CONTENT);
        let token =
            t.post("/api/v1/auth/token", None, json!({"email": "bob@example.org", "password": NEW_PASSWORD})).await;
        assert_eq!(token.status(), StatusCode::OK);
    })
    .await;
}

#[tokio::test]
async fn asking_again_and_again_is_limited_per_address_whether_or_not_it_has_an_account() {
    on_each_database(|url| async move {
        let t = spawn(&url, None, None).await;
        t.register("cleo@example.org", "Cleo").await;
        settle(&t).await;
        for address in ["cleo@example.org", "nobody@example.org"] {
            for _ in 0..5 {
                let asked = t.post("/api/v1/auth/password-reset", None, json!({ "email": address })).await;
                assert_eq!(asked.status(), StatusCode::ACCEPTED);
            }
            let sixth = t.post("/api/v1/auth/password-reset", None, json!({ "email": address })).await;
            assert_eq!(sixth.status(), StatusCode::TOO_MANY_REQUESTS, "{address}");
            assert!(sixth.headers().contains_key("retry-after"));
        }
        assert_eq!(t.app.run_due_jobs(t.app.now()).await.unwrap(), 5, "five mails to Cleo, none to nobody");
    })
    .await;
}
