//! Defects 6 and 7: `next` after signing in led off the site (`/\t/evil.example` and
//! friends) or gave 500; and no answer carried security headers. Only paths of this site
//! are followed, and every answer, page or API, tells browsers what the site never does.

use crate::http::harness::{PASSWORD, TestApp, browser, location, on_both, on_each_database, page, submit};
use entraide::server::Settings;
use entraide_web::WebConfig;
use reqwest::header::HeaderMap;
use reqwest::{StatusCode, Url};

/// Destinations an attacker puts in a sign-in link: most would lead a browser off the
/// site if they were echoed into `Location`; those with control characters gave 500.
const AWAY: [&str; 11] = [
    "//evil.example",
    "/\t/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\r\n/evil.example",
    "https://evil.example",
    "http:evil.example",
    "evil.example",
    "/%0d%0a",
    "/ /evil.example",
    "/\0",
];

/// Where a browser on this site goes with a `Location` value: the WHATWG URL parser
/// drops tabs and line breaks and reads `\` as `/`, as browsers do.
#[track_caller]
fn assert_stays_on_site(t: &TestApp, next: &str, target: &str) {
    assert!(!target.chars().any(char::is_control), "{next:?} led to {target:?}, with control characters");
    let base = Url::parse(&t.base).unwrap();
    let followed = base.join(target).unwrap_or_else(|e| panic!("{next:?} led to {target:?}, which is not a URL: {e}"));
    assert_eq!(followed.origin(), base.origin(), "{next:?} led off the site, to {followed}");
}

#[tokio::test]
async fn after_signing_in_next_never_leads_off_the_site_nor_fails() {
    on_both(|t| async move {
        t.register("ann@example.org", "Ann").await;
        let client = browser();
        for next in AWAY {
            // A link to the sign-in page carries the attacker's destination…
            let query = Url::parse_with_params(&t.url("/sign-in"), [("next", next)]).unwrap();
            let html = client.get(query).send().await.unwrap();
            assert_eq!(html.status(), StatusCode::OK, "the sign-in page with next={next:?}");
            assert!(!html.text().await.unwrap().contains("evil.example"), "the form does not carry {next:?}");
            // …and so does the form Ann sends: she lands on this site.
            let fields = [("email", "ann@example.org"), ("password", PASSWORD), ("next", next)];
            let signed_in = submit(&client, &t, "/sign-in", "/sign-in", &fields).await;
            assert_eq!(signed_in.status(), StatusCode::SEE_OTHER, "signing in with next={next:?}");
            assert_stays_on_site(&t, next, &location(&signed_in));
        }
        // Written straight into the link, encoded line breaks decode to control
        // characters: the page still answers, without them.
        for raw in [
            "/sign-in?next=/%0d%0a/evil.example",
            "/sign-in?next=/%09/evil.example",
            "/sign-in?next=%2F%5Cevil.example",
        ] {
            let html = page(&client, &t, raw, StatusCode::OK).await;
            assert!(!html.contains("evil.example"), "the form does not carry the destination of {raw}");
        }
        // A path of this site is still followed.
        let fields = [("email", "ann@example.org"), ("password", PASSWORD), ("next", "/account?tab=tokens")];
        assert_eq!(location(&submit(&client, &t, "/sign-in", "/sign-in", &fields).await), "/account?tab=tokens");
    })
    .await;
}

#[tokio::test]
async fn after_signing_up_next_never_leads_off_the_site_nor_fails() {
    on_both(|t| async move {
        for (n, next) in AWAY.into_iter().enumerate() {
            // A newcomer follows a poisoned link to the sign-up form.
            let client = browser();
            let email = format!("newcomer{n}@example.org");
            let fields = [
                ("display_name", "Newcomer"),
                ("email", email.as_str()),
                ("password", PASSWORD),
                ("birth_date", ""),
                ("next", next),
            ];
            let signed_up = submit(&client, &t, "/sign-up", "/sign-up", &fields).await;
            assert_eq!(signed_up.status(), StatusCode::SEE_OTHER, "signing up with next={next:?}");
            assert_stays_on_site(&t, next, &location(&signed_up));
        }
    })
    .await;
}

/// Checks the headers every answer carries, whatever it is.
#[track_caller]
fn assert_protected(what: &str, headers: &HeaderMap) {
    let header = |name: &str| {
        headers.get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_else(|| panic!("{what}: no {name}"))
    };
    let policy = header("content-security-policy");
    let directives: Vec<&str> = policy.split(';').map(str::trim).collect();
    for wanted in ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"] {
        assert!(directives.contains(&wanted), "{what}: CSP without {wanted}: {policy}");
    }
    assert!(
        !policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"),
        "{what}: CSP allows inline script: {policy}"
    );
    assert!(!policy.contains('*'), "{what}: CSP allows any origin: {policy}");
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("referrer-policy"), "same-origin", "{what}");
    let permissions = header("permissions-policy");
    assert!(permissions.contains("camera=()") && permissions.contains("microphone=()"), "{what}: {permissions}");
}

/// Pages, API answers (a list, a problem document, the description) and assets.
const PATHS: [&str; 8] = [
    "/",
    "/sign-in",
    "/p/nowhere",
    "/api/v1/platforms",
    "/api/v1/requests/unknown",
    "/openapi.json",
    "/healthz",
    "/static/style.css",
];

#[tokio::test]
async fn every_page_and_api_answer_carries_the_security_headers() {
    on_both(|t| async move {
        let client = browser();
        for path in PATHS {
            let answer = client.get(t.url(path)).send().await.unwrap();
            assert_protected(path, answer.headers());
            assert!(
                answer.headers().get("strict-transport-security").is_none(),
                "{path}: HSTS over plain HTTP locks browsers out"
            );
        }
        // The pages keep to the policy: no inline script runs, no inline style applies.
        for path in ["/", "/sign-in", "/sign-up"] {
            let html = page(&client, &t, path, StatusCode::OK).await;
            assert!(!html.contains(" style=\""), "{path} has inline style the CSP blocks");
            for script in html.split("<script").skip(1) {
                let tag = script.split('>').next().unwrap();
                assert!(
                    tag.contains("src=") || tag.contains("application/ld+json"),
                    "{path} has inline script the CSP blocks: <script{tag}>"
                );
            }
        }
    })
    .await;
}

#[tokio::test]
async fn with_secure_cookies_every_answer_also_asks_for_https_only() {
    on_each_database(|url| async move {
        // The operator serves the site over HTTPS, so cookies are marked Secure.
        let web = WebConfig { secure_cookies: true, ..WebConfig::default() };
        let t = TestApp::spawn_with(&url, Settings { web, ..Settings::default() }).await;
        for path in PATHS {
            let answer = reqwest::get(t.url(path)).await.unwrap();
            assert_protected(path, answer.headers());
            let hsts = answer.headers().get("strict-transport-security").map(|v| v.to_str().unwrap().to_owned());
            let hsts = hsts.unwrap_or_else(|| panic!("{path}: no Strict-Transport-Security"));
            let max_age: u64 =
                hsts.split(';').find_map(|d| d.trim().strip_prefix("max-age=")).unwrap().parse().unwrap();
            assert!(max_age >= 31_536_000, "{path}: HSTS for at least a year: {hsts}");
        }
    })
    .await;
}
