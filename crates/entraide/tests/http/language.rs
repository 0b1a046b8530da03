//! The language of pages and errors: `?lang=` (remembered), the account's choice, the
//! browser's, the platform's default.

use super::harness::{browser, on_both, plain, problem};
use reqwest::StatusCode;
use serde_json::json;

fn html_lang(html: &str) -> (&str, &str) {
    let lang = html.split("<html lang=\"").nth(1).unwrap().split('"').next().unwrap();
    let dir = html.split(" dir=\"").nth(1).unwrap().split('"').next().unwrap();
    (lang, dir)
}

#[tokio::test]
async fn the_browser_language_is_used_and_lang_is_remembered_in_a_cookie() {
    on_both(|t| async move {
        let client = browser();
        let french =
            client.get(t.url("/sign-in")).header("accept-language", "fr-BE,fr;q=0.9,en;q=0.5").send().await.unwrap();
        let html = french.text().await.unwrap();
        assert_eq!(html_lang(&html), ("fr", "ltr"));
        assert!(html.contains("Se connecter"), "French sign-in page");

        let dutch = client.get(t.url("/sign-in?lang=nl")).header("accept-language", "fr").send().await.unwrap();
        let cookie = dutch.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(cookie.starts_with("entraide_lang=nl"), "{cookie}");
        assert_eq!(html_lang(&dutch.text().await.unwrap()).0, "nl");
        // The cookie now wins over the browser's language.
        let later = client.get(t.url("/")).header("accept-language", "fr").send().await.unwrap();
        assert_eq!(html_lang(&later.text().await.unwrap()).0, "nl");

        let arabic = browser().get(t.url("/?lang=ar")).send().await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&arabic), ("ar", "rtl"));
    })
    .await;
}

#[tokio::test]
async fn the_account_language_beats_the_browser_and_the_platform_default_comes_last() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        let platform = json!({ "slug": "gent", "name": "Gent helpt", "locale": "nl" });
        assert_eq!(t.post("/api/v1/platforms", Some(&admin), platform).await.status(), StatusCode::CREATED);

        // Nothing else known: the platform's default.
        let page = reqwest::get(t.url("/p/gent")).await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&page).0, "nl");
        // The browser's language comes first.
        let page = reqwest::Client::new().get(t.url("/p/gent")).header("accept-language", "de").send().await.unwrap();
        assert_eq!(html_lang(&page.text().await.unwrap()).0, "de");

        // Signed in, the account's language beats the browser's.
        t.register("ann@example.org", "Ann").await;
        let client = browser();
        let html = client.get(t.url("/sign-in")).send().await.unwrap().text().await.unwrap();
        let csrf = super::harness::csrf_of(&html);
        let form = [("csrf", csrf.as_str()), ("email", "ann@example.org"), ("password", super::harness::PASSWORD)];
        let signed_in = client.post(t.url("/sign-in")).form(&form).send().await.unwrap();
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
        let token = t.token("ann@example.org").await;
        let patch = t.send(reqwest::Method::PATCH, "/api/v1/me", Some(&token), Some(json!({ "locale": "fr" }))).await;
        assert_eq!(patch.status(), StatusCode::NO_CONTENT);
        let page = client.get(t.url("/p/gent")).header("accept-language", "de").send().await.unwrap();
        assert_eq!(html_lang(&page.text().await.unwrap()).0, "fr");

        // Picking a language from the menu while signed in shows the site in it, and asks
        // whether mails should follow; only "yes" changes the account's language.
        let picked = client.get(t.url("/p/gent?lang=uk")).send().await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&picked).0, "uk");
        assert!(
            picked.contains("action=\"/account/language\"") && picked.contains("name=\"locale\" value=\"uk\""),
            "{picked}"
        );
        let me: serde_json::Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["locale"], "fr", "mails stay in French until asked");
        let page = client.get(t.url("/p/gent")).send().await.unwrap().text().await.unwrap();
        assert_eq!(html_lang(&page).0, "uk", "the site stays in the language picked");
        assert!(!page.contains("action=\"/account/language\""), "asked once");
        let csrf = super::harness::csrf_of(&picked);
        let form = [("csrf", csrf.as_str()), ("locale", "uk"), ("next", "/p/gent")];
        let yes = client.post(t.url("/account/language")).form(&form).send().await.unwrap();
        assert_eq!(yes.headers()["location"], "/p/gent");
        let me: serde_json::Value = t.get("/api/v1/me", Some(&token)).await.json().await.unwrap();
        assert_eq!(me["locale"], "uk");

        let bad =
            t.send(reqwest::Method::PATCH, "/api/v1/me", Some(&token), Some(json!({ "locale": "klingon" }))).await;
        problem(bad, StatusCode::UNPROCESSABLE_ENTITY).await;
    })
    .await;
}

#[tokio::test]
async fn api_errors_speak_the_language_asked_for() {
    on_both(|t| async move {
        let response = reqwest::Client::new()
            .post(t.url("/api/v1/accounts"))
            .header("accept-language", "fr")
            .json(&json!({ "email": "x@example.org", "password": "short", "display_name": "X" }))
            .send()
            .await
            .unwrap();
        let body = problem(response, StatusCode::UNPROCESSABLE_ENTITY).await;
        let message = plain(body["errors"]["password"][0].as_str().unwrap());
        assert!(message.contains("10 caractères"), "{message}");
    })
    .await;
}

#[tokio::test]
async fn dates_are_written_in_the_readers_language_and_the_platforms_time_zone() {
    on_both(|t| async move {
        let admin = t.instance_admin().await;
        let platform = json!({ "slug": "gent", "name": "Gent helpt", "time_zone": "Europe/Brussels" });
        assert_eq!(t.post("/api/v1/platforms", Some(&admin), platform).await.status(), StatusCode::CREATED);
        let created = t
            .post(
                "/api/v1/platforms/gent/organisations",
                Some(&admin),
                json!({ "name": "Voedselbank", "kind": "nonprofit" }),
            )
            .await;
        let id = created.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let client = browser();
        let html = client.get(t.url("/sign-in")).send().await.unwrap().text().await.unwrap();
        let form = [
            ("csrf", super::harness::csrf_of(&html)),
            ("email", "root@example.org".into()),
            ("password", super::harness::PASSWORD.into()),
        ];
        client.post(t.url("/sign-in")).form(&form).send().await.unwrap();
        let zone = entraide_domain::platform::TimeZone::parse("Europe/Brussels", "zone").unwrap();
        for language in ["fr", "ar", "en"] {
            let page = client
                .get(t.url(&format!("/p/gent/organisations/{id}?lang={language}")))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let local =
                entraide_i18n::LocalFormat::new(entraide_domain::locale::Locale::parse(language).unwrap(), zone);
            let today = local.date(entraide_domain::time::now());
            assert!(plain(&page).contains(&today), "{language}: {today} on the page");
        }
    })
    .await;
}
