//! Defects 1 and 8: a line break in a name ended a mail header and killed the job worker;
//! a NUL byte gave 500 on PostgreSQL and was stored by SQLite. One-line texts refuse
//! control characters, paragraphs refuse NUL, both databases answer 422 alike, and
//! neither a row written before those checks nor a job the worker cannot read stops the
//! worker or the jobs queued after it.

use super::{gent, member, names, opportunity_body, organisation, request_body, shift};
use crate::http::harness::{PASSWORD, TestApp, on_both, on_each_database, problem};
use crate::http::smtp::SmtpSink;
use entraide_domain::account::{Email, NewAccount};
use entraide_domain::id::{AccountId, ShiftId, SignupId};
use entraide_domain::platform::Slug;
use entraide_domain::time::now;
use entraide_storage::Job;
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn a_display_name_with_a_line_break_nul_or_tab_is_refused_at_sign_up() {
    on_both(|t| async move {
        // An attacker signs up with names that would add a header to every mail sent
        // to them, or that PostgreSQL cannot store.
        for name in ["Ann\r\nBcc: all@example.org", "Ann\nSmith", "Ann\0", "Ann\tSmith"] {
            let body = json!({ "email": "ann@example.org", "password": PASSWORD, "display_name": name });
            let refused = problem(t.post("/api/v1/accounts", None, body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            names(&refused, "display_name", "text-control-characters");
        }
        // Nothing was created: the address is still free for Ann.
        t.register("ann@example.org", "Ann Smith").await;
    })
    .await;
}

#[tokio::test]
async fn nul_bytes_in_names_titles_texts_and_token_labels_are_422_on_both_databases() {
    on_both(|t| async move {
        gent(&t).await;
        let (coco, _) = member(&t, "coco@example.org", "gent").await;

        // An organisation whose name or description holds a NUL.
        let path = "/api/v1/platforms/gent/organisations";
        let refused = problem(
            t.post(path, Some(&coco), json!({ "name": "Food\0bank", "kind": "group" })).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "name", "text-control-characters");
        let body = json!({ "name": "Food bank", "kind": "group", "description": "We share\0food" });
        let refused = problem(t.post(path, Some(&coco), body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "description", "text-invisible-characters");

        // An opportunity whose title or description holds one.
        let organisation = organisation(&t, &coco, "Food bank").await;
        let path = format!("/api/v1/organisations/{organisation}/opportunities");
        let mut body = opportunity_body("Sort\0food", vec![shift(48, 3)]);
        let refused = problem(t.post(&path, Some(&coco), body.clone()).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "title", "text-control-characters");
        body["title"] = json!("Sort food");
        body["description"] = json!("Sorting\0parcels");
        let refused = problem(t.post(&path, Some(&coco), body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "description", "text-invisible-characters");

        // A request for help whose title, description or address holds one.
        let path = "/api/v1/platforms/gent/requests";
        let mut body = request_body("Groceries\0", 51.0543, 3.7174);
        body["description"] = json!("Milk\0and bread");
        body["address"] = json!("Sleepstraat 12\0");
        let refused = problem(t.post(path, Some(&coco), body).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "title", "text-control-characters");
        names(&refused, "description", "text-invisible-characters");
        names(&refused, "address", "text-control-characters");

        // A token labelled with one.
        let credentials = json!({ "email": "coco@example.org", "password": PASSWORD, "label": "my\0script" });
        let refused =
            problem(t.post("/api/v1/auth/token", None, credentials).await, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "label", "text-control-characters");

        // Nothing of it was stored, on either database.
        let organisations: Value = t.get("/api/v1/platforms/gent/organisations", None).await.json().await.unwrap();
        let listed: Vec<&str> =
            organisations["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
        assert_eq!(listed, ["Food bank"]);
        let opportunities: Value = t.get("/api/v1/platforms/gent/opportunities", None).await.json().await.unwrap();
        assert_eq!(opportunities["items"], json!([]));
        let requests: Value = t.get("/api/v1/platforms/gent/requests", Some(&coco)).await.json().await.unwrap();
        assert_eq!(requests["items"], json!([]));
        let tokens: Value = t.get("/api/v1/me/tokens", Some(&coco)).await.json().await.unwrap();
        assert!(tokens["items"].as_array().unwrap().iter().all(|token| token["label"] == json!("API")), "{tokens}");
    })
    .await;
}

#[tokio::test]
async fn a_search_with_a_nul_byte_is_422_on_both_databases() {
    on_both(|t| async move {
        let root = t.instance_admin().await;
        t.platform(&root, "gent").await;
        // Someone searches for a word with a NUL in it.
        let refused = problem(
            t.get("/api/v1/platforms/gent/opportunities?q=food%00bank", None).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        names(&refused, "q", "text-control-characters");
    })
    .await;
}

#[tokio::test]
async fn neither_a_legacy_name_with_a_line_break_nor_an_unreadable_job_stops_the_mail_worker() {
    on_each_database(|url| async move {
        let sink = SmtpSink::start().await;
        let t = TestApp::spawn_with_mailer(&url, Some(&sink.url())).await;
        gent(&t).await;
        let (coco, _) = member(&t, "coco@example.org", "gent").await;
        let organisation = organisation(&t, &coco, "Food bank").await;
        let created = t
            .post(
                &format!("/api/v1/organisations/{organisation}/opportunities"),
                Some(&coco),
                opportunity_body("Sort food", vec![shift(72, 3)]),
            )
            .await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let shift_id: ShiftId =
            created.json::<Value>().await.unwrap()["shifts"][0]["id"].as_str().unwrap().parse().unwrap();
        // Coco's address confirmation job (already confirmed: nothing to send) is done.
        t.app.run_due_jobs(now()).await.unwrap();

        // A job an older version queued, which this one cannot make sense of, waits first
        // in line.
        let store = t.app.store();
        let unreadable =
            Job::Notify { event: "an-event-of-an-older-version".into(), signup: SignupId::new(), starts_at: now() };
        store.enqueue_job(&unreadable, now(), now()).await.unwrap();

        // An account from before the checks (or from an import) whose name ends the To
        // header and adds a Bcc: written straight into the database.
        let legacy = NewAccount {
            email: Email::parse("legacy@example.org", "email").unwrap(),
            password_hash: "not a hash: this account never signs in".into(),
            display_name: "Legacy\r\nBcc: attacker@evil.example".into(),
            locale: None,
            birth_date: None,
            is_instance_admin: false,
            email_confirmed: true,
        };
        let legacy = store.create_account(AccountId::new(), &legacy, now()).await.unwrap();
        let platform = store.platform_by_slug(&Slug::parse("gent", "slug").unwrap()).await.unwrap().unwrap();

        // A place is confirmed to that account, then to Bea: two mails queued, the
        // legacy one first.
        store.sign_up(platform.id, shift_id, legacy.id, now()).await.unwrap();
        let (bea, _) = member(&t, "bea@example.org", "gent").await;
        let signed_up = t.post(&format!("/api/v1/shifts/{shift_id}/signups"), Some(&bea), json!({})).await;
        assert_eq!(signed_up.status(), StatusCode::CREATED);

        // The worker runs the three jobs (and Bea's address confirmation, already
        // confirmed) and comes back: the unreadable one fails alone, to be tried again
        // later, not at once.
        let ran_at = now();
        assert_eq!(t.app.run_due_jobs(ran_at).await.unwrap(), 4, "every job was tried");
        assert_eq!(t.app.run_due_jobs(ran_at).await.unwrap(), 0, "the failed job waits");
        assert_eq!(
            t.app.run_due_jobs(ran_at + chrono::Duration::minutes(2)).await.unwrap(),
            1,
            "then it is tried again"
        );

        // The legacy mail went to its owner alone, with a To header on one line.
        let messages = sink.messages();
        let legacy_mails: Vec<_> = messages.iter().filter(|m| m.to == ["legacy@example.org"]).collect();
        assert_eq!(legacy_mails.len(), 1, "the legacy account got its mail");
        assert!(messages.iter().all(|m| !m.to.iter().any(|to| to.contains("evil.example"))), "nobody else was sent it");
        let raw = String::from_utf8_lossy(&legacy_mails[0].data).into_owned();
        let headers = raw.split("\r\n\r\n").next().unwrap();
        let lines: Vec<&str> = headers.split("\r\n").collect();
        let to = lines.iter().position(|line| line.to_ascii_lowercase().starts_with("to:")).expect("a To header");
        assert!(lines[to].contains("legacy@example.org"), "the To header holds the address: {}", lines[to]);
        let next = lines.get(to + 1).copied().unwrap_or_default();
        assert!(!next.starts_with([' ', '\t']), "the To header is one line: {headers}");
        assert!(
            !lines.iter().any(|line| line.to_ascii_lowercase().starts_with("bcc")),
            "no Bcc header was smuggled in: {headers}"
        );

        // The mail queued after it was delivered too.
        assert_eq!(messages.iter().filter(|m| m.to == ["bea@example.org"]).count(), 1, "Bea's mail went out");
    })
    .await;
}
