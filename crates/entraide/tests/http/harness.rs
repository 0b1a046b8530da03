//! `TestApp`: the real application, started on 127.0.0.1:0 over a fresh database.

use entraide::server::{Application, Settings};
use entraide_domain::account::Registration;
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use std::future::Future;

pub use entraide_storage::testing::on_each_database;

/// The password every test account uses.
pub const PASSWORD: &str = "correct horse battery";

/// A running application, and its use cases for setting up what only the command line
/// can do.
pub struct TestApp {
    pub base: String,
    /// `sqlite` or `postgresql`.
    pub database: &'static str,
    pub app: entraide_app::App,
}

impl TestApp {
    /// Starts the application over the database at `url`; mails wait in the outbox.
    pub async fn spawn(url: &str) -> TestApp {
        Self::spawn_with_mailer(url, None).await
    }

    /// Starts the application over the database at `url`, sending mail to the SMTP
    /// server at `smtp_url` when one is given. The job worker is not started: tests run
    /// due jobs with `t.app.run_due_jobs(now)` when they choose.
    pub async fn spawn_with_mailer(url: &str, smtp_url: Option<&str>) -> TestApp {
        let mailer = smtp_url.map(|smtp| entraide_app::Mailer::new(smtp, "Entraide <no-reply@entraide.test>").unwrap());
        // Tests register many people from one address; the limit on new accounts per
        // client is tested on its own, with its default (tests/http/security.rs).
        let limits = entraide_app::Limits { accounts_per_client_per_hour: 10_000 };
        let settings = Settings { mailer, limits, ..Settings::default() };
        Self::spawn_with(url, settings).await
    }

    /// Starts the application over the database at `url` with exactly these settings:
    /// the limits on attempts are the ones given (`Settings::default()` keeps the
    /// defaults an operator gets), not the raised ones of [`TestApp::spawn`].
    pub async fn spawn_with(url: &str, settings: Settings) -> TestApp {
        Self::spawn_at(url, "127.0.0.1:0".parse().unwrap(), settings).await
    }

    /// Starts the application over the database at `url`, listening on `addr`.
    pub async fn spawn_at(url: &str, addr: std::net::SocketAddr, settings: Settings) -> TestApp {
        let application = Application::build(url, addr, settings).await.expect("the application starts");
        let base = format!("http://{}", application.local_addr().unwrap());
        let app = application.app().clone();
        tokio::spawn(application.serve());
        let database = if url.starts_with("postgres") { "postgresql" } else { "sqlite" };
        TestApp { base, database, app }
    }

    /// The absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends JSON with an optional bearer token.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Response {
        let mut request = Client::new().request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    /// `POST` JSON.
    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        self.send(reqwest::Method::POST, path, token, Some(body)).await
    }

    /// `GET`.
    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        self.send(reqwest::Method::GET, path, token, None).await
    }

    /// Registers someone through the API and confirms their address as its owner
    /// would, with a confirmation code (written here rather than read from a mail, so
    /// that no job runs before the test runs them); returns their id. The job that
    /// mails the link stays queued, and does nothing once the address is confirmed.
    pub async fn register(&self, email: &str, name: &str) -> String {
        let id = self.register_unconfirmed(email, name).await;
        self.confirm_address(&id, email).await;
        id
    }

    /// Confirms the address of the account `id` through the API, with a code written
    /// here as the worker would have mailed it.
    pub async fn confirm_address(&self, id: &str, email: &str) {
        let code = format!("confirm-{id}");
        let now = self.app.now();
        let link = entraide_storage::NewAccountLink {
            token_hash: entraide_app::secret_hash(&code),
            account: entraide_domain::id::AccountId(id.parse().unwrap()),
            purpose: entraide_domain::account::LinkPurpose::EmailConfirmation,
            email: entraide_domain::account::Email::parse(email, "email").unwrap(),
            created_at: now,
            expires_at: now + chrono::Duration::hours(1),
        };
        self.app.store().create_account_link(&link).await.unwrap();
        let confirmed = self.post("/api/v1/auth/email-confirmation", None, json!({ "code": code })).await;
        assert_eq!(confirmed.status(), StatusCode::NO_CONTENT, "confirming {email}");
    }

    /// Registers someone through the API, their address not confirmed; returns their id.
    pub async fn register_unconfirmed(&self, email: &str, name: &str) -> String {
        let response = self
            .post("/api/v1/accounts", None, json!({ "email": email, "password": PASSWORD, "display_name": name }))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "registering {email}");
        response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned()
    }

    /// A token for someone registered with [`PASSWORD`].
    pub async fn token(&self, email: &str) -> String {
        let response = self.post("/api/v1/auth/token", None, json!({ "email": email, "password": PASSWORD })).await;
        assert_eq!(response.status(), StatusCode::OK, "token for {email}");
        response.json::<Value>().await.unwrap()["token"].as_str().unwrap().to_owned()
    }

    /// Registers someone and returns a token for them.
    pub async fn person(&self, email: &str, name: &str) -> String {
        self.register(email, name).await;
        self.token(email).await
    }

    /// An instance admin (only the command line makes them); returns a token.
    pub async fn instance_admin(&self) -> String {
        let registration = Registration {
            email: "root@example.org".into(),
            password: PASSWORD.into(),
            display_name: "Root".into(),
            ..Registration::default()
        };
        let valid = registration.validate(entraide_domain::time::now().date_naive()).unwrap();
        self.app.create_account(valid, true).await.unwrap();
        self.token("root@example.org").await
    }

    /// Someone with an account, made through the use case as the command line makes it
    /// (so no limit on account creation applies), and signed in: their token and id.
    pub async fn account(&self, email: &str, name: &str) -> (String, String) {
        let registration = Registration {
            email: email.into(),
            password: PASSWORD.into(),
            display_name: name.into(),
            ..Registration::default()
        };
        let valid = registration.validate(entraide_domain::time::now().date_naive()).unwrap();
        let account = self.app.create_account(valid, false).await.unwrap();
        (self.token(email).await, account.id.to_string())
    }

    /// A platform `slug` made by an instance admin (whose token is given).
    pub async fn platform(&self, admin: &str, slug: &str) {
        let response = self
            .post("/api/v1/platforms", Some(admin), json!({ "slug": slug, "name": format!("Platform {slug}") }))
            .await;
        assert_eq!(response.status(), StatusCode::CREATED, "creating platform {slug}");
    }
}

/// A client that keeps cookies and does not follow redirects, like a browser whose
/// every step the test checks.
pub fn browser() -> Client {
    Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// Runs the body against a fresh application on each database.
pub async fn on_both<F, Fut>(body: F)
where
    F: Fn(TestApp) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    on_each_database(move |url| {
        let body = body.clone();
        async move {
            let app = TestApp::spawn(&url).await;
            body(app).await;
        }
    })
    .await;
}

/// Reads a problem document, checking its media type and status.
pub async fn problem(response: Response, status: StatusCode) -> Value {
    assert_eq!(response.status(), status);
    let content_type = response.headers().get("content-type").unwrap().to_str().unwrap().to_owned();
    assert_eq!(content_type, "application/problem+json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16());
    assert!(body["type"].as_str().unwrap().starts_with("urn:entraide:problem:"));
    assert!(!body["title"].as_str().unwrap().is_empty());
    body
}

/// Removes Fluent's bidi isolation marks, to compare text.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The value of the hidden CSRF field in a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("the page has a form with a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// Fetches a page and returns its HTML, checking the status.
pub async fn page(client: &Client, t: &TestApp, path: &str, status: StatusCode) -> String {
    let response = client.get(t.url(path)).send().await.unwrap();
    assert_eq!(response.status(), status, "GET {path}");
    plain(&response.text().await.unwrap())
}

/// Posts a form taken from `form_page`, with its CSRF token.
pub async fn submit(client: &Client, t: &TestApp, form_page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
    let html = page(client, t, form_page, StatusCode::OK).await;
    let csrf = csrf_of(&html);
    let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    form.extend_from_slice(fields);
    client.post(t.url(action)).form(&form).send().await.unwrap()
}

/// Where a redirect leads.
pub fn location(response: &Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}
