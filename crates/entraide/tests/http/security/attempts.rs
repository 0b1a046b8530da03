//! Defects 3, 4, 11 and 12: accounts created in bulk from one client, fifty guesses raced
//! past the limit of five, common passwords accepted, and five wrong guesses by anyone
//! locking the owner out for a quarter of an hour. New accounts are limited per client;
//! every guess is counted before it is tried; guessable passwords are refused with the
//! reason; guesses at one address slow down (2 s, 4 s, …) instead of locking it.

use super::{names, retry_after};
use crate::http::harness::{PASSWORD, TestApp, on_both, on_each_database, problem};
use chrono::Duration;
use entraide::server::Settings;
use entraide_app::Limits;
use entraide_web::WebConfig;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use std::sync::Arc;

/// Guesses at one address tried before each next one has to wait.
const FREE_GUESSES: usize = 5;

/// The defaults an operator gets, behind a reverse proxy the server trusts, so a test
/// can speak from several client addresses (`X-Forwarded-For`).
async fn behind_a_proxy(url: &str) -> TestApp {
    let web = WebConfig { trust_forwarded_for: true, ..WebConfig::default() };
    TestApp::spawn_with(url, Settings { web, ..Settings::default() }).await
}

/// `POST` JSON from the client at `address`.
async fn post_from(t: &TestApp, address: &str, path: &str, body: Value) -> Response {
    Client::new().post(t.url(path)).header("x-forwarded-for", address).json(&body).send().await.unwrap()
}

/// Asks for a token with this password, from the client at `address`.
async fn sign_in_from(t: &TestApp, address: &str, email: &str, password: &str) -> Response {
    post_from(t, address, "/api/v1/auth/token", json!({ "email": email, "password": password })).await
}

#[tokio::test]
async fn one_client_creates_at_most_twenty_accounts_an_hour_with_the_default_limits() {
    on_each_database(|url| async move {
        let limit = Limits::default().accounts_per_client_per_hour;
        assert_eq!(limit, 20, "the documented default");
        let t = behind_a_proxy(&url).await;
        let account = |email: &str| json!({ "email": email, "password": PASSWORD, "display_name": "Tester" });

        // A script behind one address tests which addresses have an account by creating
        // accounts: the first twenty go through.
        for n in 0..limit {
            let created =
                post_from(&t, "198.51.100.7", "/api/v1/accounts", account(&format!("probe{n}@example.org"))).await;
            assert_eq!(created.status(), StatusCode::CREATED, "account {n}");
        }
        // The twenty-first is refused until the hour is over.
        let refused = post_from(&t, "198.51.100.7", "/api/v1/accounts", account("probe20@example.org")).await;
        let wait = retry_after(&refused);
        assert!((3500..=3600).contains(&wait), "wait for the end of the hour, not {wait} s");
        problem(refused, StatusCode::TOO_MANY_REQUESTS).await;

        // Nothing was created for it: someone at another address takes that address.
        let created = post_from(&t, "203.0.113.9", "/api/v1/accounts", account("probe20@example.org")).await;
        assert_eq!(created.status(), StatusCode::CREATED, "the address was still free");
    })
    .await;
}

#[tokio::test]
async fn fifty_simultaneous_guesses_at_one_address_are_counted_before_any_is_tried() {
    on_both(|t| async move {
        t.register("ann@example.org", "Ann").await;

        // An attacker fires fifty guesses at Ann's password at the same moment; one of
        // them is right.
        let right = 25;
        let start = Arc::new(tokio::sync::Barrier::new(50));
        let client = Client::new();
        let mut guesses = Vec::new();
        for n in 0..50 {
            let password = if n == right { PASSWORD.to_owned() } else { format!("wrong guess number {n}") };
            let (client, url, start) = (client.clone(), t.url("/api/v1/auth/token"), Arc::clone(&start));
            guesses.push(tokio::spawn(async move {
                start.wait().await;
                let answer = client
                    .post(url)
                    .json(&json!({ "email": "ann@example.org", "password": password }))
                    .send()
                    .await
                    .unwrap();
                let wait = answer.headers().get("retry-after").map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
                (answer.status(), wait)
            }));
        }
        let mut answers = Vec::new();
        for guess in guesses {
            answers.push(guess.await.unwrap());
        }

        // Every guess beyond the few that were tried is told to wait.
        for (n, (status, wait)) in answers.iter().enumerate() {
            match *status {
                StatusCode::TOO_MANY_REQUESTS => {
                    assert!(wait.is_some_and(|w| w >= 1), "guess {n}: 429 with Retry-After")
                }
                StatusCode::UNAUTHORIZED => {
                    assert_ne!(n, right, "the right password is never answered 401")
                }
                StatusCode::OK => assert_eq!(n, right, "only the right password gets in"),
                other => panic!("guess {n}: unexpected {other}"),
            }
        }
        let tried = answers.iter().filter(|(status, _)| *status != StatusCode::TOO_MANY_REQUESTS).count();
        // The owner's own password, when it is among the tried, starts the count again
        // (signing in ends any slowing down): a few more may then be tried, never all.
        let got_in = answers[right].0 == StatusCode::OK;
        let most = if got_in { 2 * FREE_GUESSES } else { FREE_GUESSES };
        assert!(tried <= most, "{tried} of 50 simultaneous guesses were tried: {answers:?}");
    })
    .await;
}

#[tokio::test]
async fn guessable_passwords_are_refused_with_their_reason_and_a_taken_address_is_still_409() {
    on_both(|t| async move {
        // People choose passwords an attacker tries first.
        let guessable = [
            ("password123", "password-common"),
            ("0123456789", "password-sequence"),
            ("aaaaaaaaaaaa", "password-repeats"),
        ];
        for (password, reason) in guessable {
            let body = json!({
                "email": "ann@example.org", "password": password, "display_name": "Ann",
            });
            let answer = t.post("/api/v1/accounts", None, body).await;
            let refused = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
            names(&refused, "password", reason);
        }
        // Or their own name.
        let body = json!({
            "email": "annemarie@example.org",
            "password": "annemarievandenbroeck",
            "display_name": "Annemarie Vandenbroeck",
        });
        let answer = t.post("/api/v1/accounts", None, body).await;
        let refused = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "password", "password-guessable");

        // None of it created an account; with a strong password Ann gets one.
        let ann = t.person("ann@example.org", "Ann").await;
        // An app still learns that an address is taken (item 3 keeps that from scaling).
        let again = json!({
            "email": "ann@example.org",
            "password": "Tulips at the Vrijdagmarkt!",
            "display_name": "Ann",
        });
        let answer = t.post("/api/v1/accounts", None, again).await;
        let taken = problem(answer, StatusCode::CONFLICT).await;
        assert!(taken["errors"]["email"].is_array(), "{taken}");

        // Changing to a guessable password is refused the same way.
        let change = json!({ "current_password": PASSWORD, "new_password": "password123" });
        let answer = t.post("/api/v1/me/password", Some(&ann), change).await;
        let refused = problem(answer, StatusCode::UNPROCESSABLE_ENTITY).await;
        names(&refused, "new_password", "password-common");
        t.token("ann@example.org").await;
    })
    .await;
}

/// Lets `seconds` go by on the application's clock (tests do not sleep).
fn let_seconds_pass(t: &TestApp, seconds: u64) {
    t.app.clock().advance(Duration::seconds(i64::try_from(seconds).unwrap()));
}

#[tokio::test]
async fn guesses_at_one_address_slow_down_for_seconds_instead_of_locking_the_owner_out() {
    on_each_database(|url| async move {
        let t = behind_a_proxy(&url).await;
        t.register("ann@example.org", "Ann").await;
        t.register("bob@example.org", "Bob").await;
        let attacker = "198.51.100.66";

        // An attacker guesses Ann's password: the first five are tried.
        for n in 0..FREE_GUESSES {
            let answer = sign_in_from(&t, attacker, "ann@example.org", &format!("guess {n}")).await;
            problem(answer, StatusCode::UNAUTHORIZED).await;
        }
        // The sixth has to wait a couple of seconds, not a quarter of an hour.
        let answer = sign_in_from(&t, attacker, "ann@example.org", "guess 5").await;
        let first_wait = retry_after(&answer);
        assert!((1..=2).contains(&first_wait), "a wait of seconds, not {first_wait} s");
        problem(answer, StatusCode::TOO_MANY_REQUESTS).await;
        // Moving to another address does not help the attacker: the slowing down is per
        // account.
        let answer = sign_in_from(&t, "198.51.100.67", "ann@example.org", "guess 6").await;
        assert!(retry_after(&answer) <= first_wait);
        problem(answer, StatusCode::TOO_MANY_REQUESTS).await;
        // Ann herself, right now, is asked to wait the same few seconds: not locked out.
        let answer = sign_in_from(&t, "203.0.113.9", "ann@example.org", PASSWORD).await;
        assert!(retry_after(&answer) <= first_wait);
        problem(answer, StatusCode::TOO_MANY_REQUESTS).await;
        // Bob, at the attacker's own address (a library's), signs in at once.
        assert_eq!(sign_in_from(&t, attacker, "bob@example.org", PASSWORD).await.status(), StatusCode::OK);

        // Once the wait is over the next guess is tried, and the one after waits twice
        // as long.
        let_seconds_pass(&t, first_wait);
        problem(sign_in_from(&t, attacker, "ann@example.org", "guess 7").await, StatusCode::UNAUTHORIZED).await;
        let answer = sign_in_from(&t, attacker, "ann@example.org", "guess 8").await;
        let second_wait = retry_after(&answer);
        assert!(second_wait > first_wait && second_wait <= 4, "the wait grows: {first_wait} s, then {second_wait} s");
        problem(answer, StatusCode::TOO_MANY_REQUESTS).await;

        // When it is over, Ann signs in, and her count starts again.
        let_seconds_pass(&t, second_wait);
        assert_eq!(sign_in_from(&t, "203.0.113.9", "ann@example.org", PASSWORD).await.status(), StatusCode::OK);
        problem(sign_in_from(&t, attacker, "ann@example.org", "guess 9").await, StatusCode::UNAUTHORIZED).await;
    })
    .await;
}
