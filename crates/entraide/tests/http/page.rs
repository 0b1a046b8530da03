//! The pages, driven with forms as a browser without JavaScript drives them.

use super::harness::{PASSWORD, TestApp, browser, csrf_of, location, on_both, page, plain, submit};
use reqwest::{Client, StatusCode};
use serde_json::json;

/// Signs up through the form; the client then holds the session.
async fn sign_up(client: &Client, t: &TestApp, email: &str, name: &str) {
    let fields = [("display_name", name), ("email", email), ("password", PASSWORD), ("birth_date", "")];
    let response = submit(client, t, "/sign-up", "/sign-up", &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn signing_up_with_mistakes_keeps_what_was_typed_and_shows_each_error_by_its_field() {
    on_both(|t| async move {
        let client = browser();
        let html = page(&client, &t, "/sign-up", StatusCode::OK).await;
        assert!(html.contains("<label for=\"email\">"));
        let fields =
            [("display_name", "Ann Peeters"), ("email", "ann-at-example"), ("password", "short"), ("birth_date", "")];
        let response = submit(&client, &t, "/sign-up", "/sign-up", &fields).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains("value=\"Ann Peeters\""), "the name is kept");
        assert!(html.contains("value=\"ann-at-example\""), "the email is kept");
        assert!(!html.contains("value=\"short\""), "a password is never sent back");
        assert!(html.contains("id=\"email-error\""));
        assert!(html.contains("aria-describedby=\"password-hint password-error\""));
        assert!(html.contains("aria-invalid=\"true\""));
        assert!(html.contains("role=\"alert\""), "an error summary is announced");
        assert!(html.contains("href=\"#password\""), "the summary links to the field");
        // The summary names each field, not the same sentence again and again.
        assert!(html.contains(">Email address: Enter an email address like name@example.org.<"), "{html}");
        assert!(html.contains(">Password: The password needs at least 10 characters.<"), "{html}");
        // Nothing was created: the address is still free.
        t.register("ann-at-example@example.org", "Ann").await;
    })
    .await;
}

#[tokio::test]
async fn a_session_cookie_is_set_safely_and_signing_out_ends_it() {
    on_both(|t| async move {
        let client = browser();
        let fields = [
            ("display_name", "Ann"),
            ("email", "ann@example.org"),
            ("password", PASSWORD),
            ("birth_date", "1990-04-23"),
        ];
        let response = submit(&client, &t, "/sign-up", "/sign-up", &fields).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/?notice=welcome");
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("entraide_session="))
            .unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
            "{cookie}"
        );
        let home = page(&client, &t, "/?notice=welcome", StatusCode::OK).await;
        assert!(home.contains("Ann") && home.contains("Welcome!"));

        let account = page(&client, &t, "/account", StatusCode::OK).await;
        assert!(account.contains("ann@example.org"));
        let response = submit(&client, &t, "/account", "/sign-out", &[]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let response = client.get(t.url("/account")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/sign-in?next=%2Faccount");
    })
    .await;
}

#[tokio::test]
async fn signing_in_checks_the_password_and_returns_to_the_page_asked_for() {
    on_both(|t| async move {
        t.register("ann@example.org", "Ann").await;
        let client = browser();
        let wrong = [("email", "ann@example.org"), ("password", "not the password"), ("next", "/account")];
        let response = submit(&client, &t, "/sign-in?next=/account", "/sign-in", &wrong).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains("The email address or the password is not correct."));
        assert!(html.contains("value=\"ann@example.org\""));

        let elsewhere = [("email", "ann@example.org"), ("password", PASSWORD), ("next", "//evil.example/")];
        let response = submit(&client, &t, "/sign-in", "/sign-in", &elsewhere).await;
        assert_eq!(location(&response), "/", "no redirect off the site");
        let right = [("email", "ann@example.org"), ("password", PASSWORD), ("next", "/account")];
        let response = submit(&client, &t, "/sign-in", "/sign-in", &right).await;
        assert_eq!(location(&response), "/account");

        // Asked by no page, signing in leads to the person's platform, not the list of all.
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let token = t.token("ann@example.org").await;
        t.post("/api/v1/platforms/gent/members", Some(&token), serde_json::json!({})).await;
        let again = browser();
        let fields = [("email", "ann@example.org"), ("password", PASSWORD)];
        assert_eq!(location(&submit(&again, &t, "/sign-in", "/sign-in", &fields).await), "/p/gent");
    })
    .await;
}

#[tokio::test]
async fn forms_without_the_token_or_from_another_site_are_refused() {
    on_both(|t| async move {
        let client = browser();
        page(&client, &t, "/sign-up", StatusCode::OK).await;
        let fields = [("display_name", "Ann"), ("email", "ann@example.org"), ("password", PASSWORD)];
        let response = client.post(t.url("/sign-up")).form(&fields).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let forged = [
            ("csrf", "forged-token-forged-token-forged-token"),
            ("display_name", "Ann"),
            ("email", "ann@example.org"),
            ("password", PASSWORD),
        ];
        let response = client.post(t.url("/sign-up")).form(&forged).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let html = page(&client, &t, "/sign-up", StatusCode::OK).await;
        let csrf = csrf_of(&html);
        let good =
            [("csrf", csrf.as_str()), ("display_name", "Ann"), ("email", "ann@example.org"), ("password", PASSWORD)];
        let response =
            client.post(t.url("/sign-up")).header("sec-fetch-site", "cross-site").form(&good).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let response =
            client.post(t.url("/sign-up")).header("origin", "https://evil.example").form(&good).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        // None of it created the account.
        t.register("ann@example.org", "Ann").await;
    })
    .await;
}

#[tokio::test]
async fn the_api_with_a_session_cookie_needs_the_csrf_header_for_changes() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let client = browser();
        sign_up(&client, &t, "ann@example.org", "Ann").await;
        let html = page(&client, &t, "/account", StatusCode::OK).await;
        let csrf = csrf_of(&html);
        assert_eq!(client.get(t.url("/api/v1/me")).send().await.unwrap().status(), StatusCode::OK);
        let response = client.post(t.url("/api/v1/platforms/gent/members")).json(&json!({})).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let response = client
            .post(t.url("/api/v1/platforms/gent/members"))
            .header("x-csrf-token", csrf)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
    })
    .await;
}

#[tokio::test]
async fn my_account_changes_language_and_password_and_deletes_the_account() {
    on_both(|t| async move {
        let client = browser();
        sign_up(&client, &t, "ann@example.org", "Ann").await;
        let response = submit(&client, &t, "/account", "/account/language", &[("locale", "fr")]).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let html = page(&client, &t, &location(&response), StatusCode::OK).await;
        assert!(html.contains("<html lang=\"fr\""));

        let wrong = [("current_password", "not my password"), ("new_password", "another long password")];
        let response = submit(&client, &t, "/account", "/account/password", &wrong).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(plain(&response.text().await.unwrap()).contains("id=\"current_password-error\""));
        let right = [("current_password", PASSWORD), ("new_password", "another long password")];
        let response = submit(&client, &t, "/account", "/account/password", &right).await;
        assert_eq!(location(&response), "/account?notice=password-changed");
        // This session stays open; the old password no longer works.
        page(&client, &t, "/account", StatusCode::OK).await;
        let old = json!({ "email": "ann@example.org", "password": PASSWORD });
        assert_eq!(t.post("/api/v1/auth/token", None, old).await.status(), StatusCode::UNAUTHORIZED);

        let response = submit(&client, &t, "/account", "/account/delete", &[("password", "wrong one again")]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let response =
            submit(&client, &t, "/account", "/account/delete", &[("password", "another long password")]).await;
        assert_eq!(location(&response), "/?notice=account-deleted");
        assert_eq!(client.get(t.url("/account")).send().await.unwrap().status(), StatusCode::SEE_OTHER);
        let new = json!({ "email": "ann@example.org", "password": "another long password" });
        assert_eq!(t.post("/api/v1/auth/token", None, new).await.status(), StatusCode::UNAUTHORIZED);
    })
    .await;
}

#[tokio::test]
async fn organisations_are_created_and_managed_from_their_pages() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        t.platform(&admin, "gent").await;
        let ann = browser();
        sign_up(&ann, &t, "ann@example.org", "Ann").await;
        let platform = page(&ann, &t, "/p/gent", StatusCode::OK).await;
        assert!(platform.contains("action=\"/p/gent/join\""));
        let response = submit(&ann, &t, "/p/gent", "/p/gent/join", &[("accept_terms", "on")]).await;
        assert_eq!(location(&response), "/p/gent");
        assert!(!page(&ann, &t, "/p/gent", StatusCode::OK).await.contains("action=\"/p/gent/join\""));

        let bad = [("name", "Voedselbank"), ("kind", "club"), ("description", "Food")];
        let response = submit(&ann, &t, "/p/gent/organisations/new", "/p/gent/organisations/new", &bad).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = plain(&response.text().await.unwrap());
        assert!(html.contains("value=\"Voedselbank\"") && html.contains("id=\"kind-error\""));

        let good = [("name", "Voedselbank"), ("kind", "nonprofit"), ("description", "Food for all")];
        let response = submit(&ann, &t, "/p/gent/organisations/new", "/p/gent/organisations/new", &good).await;
        let organisation = location(&response);
        assert!(organisation.starts_with("/p/gent/organisations/"));
        let html = page(&ann, &t, &organisation, StatusCode::OK).await;
        assert!(html.contains("Food for all") && html.contains("Members") && html.contains("Add a member"));
        assert!(!html.contains("Mark as verified"), "only the platform team verifies");

        t.register("bob@example.org", "Bob").await;
        let add = [("email", "bob@example.org"), ("role", "coordinator")];
        let response = submit(&ann, &t, &organisation, &format!("{organisation}/members"), &add).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert!(page(&ann, &t, &organisation, StatusCode::OK).await.contains("Bob"));

        // A stranger sees the organisation but not its people.
        let stranger = browser();
        let html = page(&stranger, &t, &organisation, StatusCode::OK).await;
        assert!(html.contains("Voedselbank") && !html.contains("Bob"));
        // Another platform's address does not show it.
        t.platform(&admin, "lille").await;
        let elsewhere = organisation.replace("/p/gent/", "/p/lille/");
        page(&stranger, &t, &elsewhere, StatusCode::NOT_FOUND).await;
        page(&stranger, &t, "/no/such/page", StatusCode::NOT_FOUND).await;
    })
    .await;
}
