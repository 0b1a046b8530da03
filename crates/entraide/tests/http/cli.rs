//! The command line: one-line errors that name the problem, and nothing written.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn entraide(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_entraide"))
        .args(args)
        .env_remove("ENTRAIDE_DATABASE_URL")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).trim().to_owned()
}

#[test]
fn admin_commands_create_accounts_and_platforms_and_refuse_bad_input() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("cli.db");
    let database = format!("sqlite://{}", file.display());

    let bad = entraide(&["admin", "create-platform", "--slug", "Bad Slug", "--name", "X", "--database", &database], "");
    assert!(!bad.status.success());
    let message = stderr(&bad);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.starts_with("error: --slug:"), "{message}");
    assert!(!file.exists(), "bad input writes nothing, not even a database file");

    let bad = entraide(
        &["admin", "create-platform", "--slug", "gent", "--name", "Gent", "--center", "91,3", "--database", &database],
        "",
    );
    assert!(stderr(&bad).starts_with("error: --center:"), "{}", stderr(&bad));
    let weak = entraide(
        &["admin", "create-account", "--email", "root@example.org", "--password-stdin", "--database", &database],
        "short\n",
    );
    assert!(stderr(&weak).starts_with("error: the password:"), "{}", stderr(&weak));

    let ok = entraide(
        &[
            "admin",
            "create-account",
            "--email",
            "root@example.org",
            "--password-stdin",
            "--instance-admin",
            "--database",
            &database,
        ],
        "a long enough password\n",
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    let again = entraide(
        &["admin", "create-account", "--email", "ROOT@example.org", "--password-stdin", "--database", &database],
        "a long enough password\n",
    );
    assert!(stderr(&again).starts_with("error: --email:"), "{}", stderr(&again));

    let ok = entraide(
        &[
            "admin",
            "create-platform",
            "--slug",
            "gent",
            "--name",
            "Gent helpt",
            "--locale",
            "nl",
            "--center",
            "51.05,3.72",
            "--database",
            &database,
        ],
        "",
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert_eq!(String::from_utf8_lossy(&ok.stdout).trim(), "gent");
    let orphan = entraide(
        &[
            "admin",
            "create-platform",
            "--slug",
            "child",
            "--name",
            "Child",
            "--parent",
            "nowhere",
            "--database",
            &database,
        ],
        "",
    );
    assert!(stderr(&orphan).starts_with("error: --parent:"), "{}", stderr(&orphan));
    let child = entraide(
        &[
            "admin",
            "create-platform",
            "--slug",
            "child",
            "--name",
            "Child",
            "--parent",
            "gent",
            "--database",
            &database,
        ],
        "",
    );
    assert!(child.status.success(), "{}", stderr(&child));

    let grant = entraide(
        &[
            "admin",
            "grant-platform-admin",
            "--platform",
            "gent",
            "--email",
            "root@example.org",
            "--database",
            &database,
        ],
        "",
    );
    assert!(grant.status.success(), "{}", stderr(&grant));
    let migrate = entraide(&["migrate", "--database", &database], "");
    assert!(migrate.status.success(), "{}", stderr(&migrate));
}

#[test]
fn serve_refuses_a_bad_address_or_database_url() {
    let bad = entraide(&["serve", "--addr", "nowhere", "--database", "sqlite:///tmp/never.db"], "");
    assert!(stderr(&bad).starts_with("error: --addr:"), "{}", stderr(&bad));
    let bad = entraide(&["serve", "--database", "mysql://localhost/db"], "");
    assert!(stderr(&bad).starts_with("error: --database:"), "{}", stderr(&bad));
}

/// `entraide seed` of 2,500 volunteers on platform `gent`, off the async runtime.
async fn seed_with(url: &str, opportunities: &str) -> Output {
    let (url, opportunities) = (url.to_owned(), opportunities.to_owned());
    tokio::task::spawn_blocking(move || {
        entraide(
            &[
                "seed",
                "--platform",
                "gent",
                "--volunteers",
                "2500",
                "--opportunities",
                &opportunities,
                "--database",
                &url,
            ],
            "",
        )
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn seed_fills_a_platform_and_a_second_run_adds_nothing() {
    super::harness::on_each_database(|url| async move {
        let create = entraide(&["admin", "create-platform", "--slug", "gent", "--name", "Gent", "--center", "51.05,3.72", "--database", &url], "");
        assert!(create.status.success(), "{}", stderr(&create));
        let first = seed_with(&url, "30").await;
        assert!(first.status.success(), "{}", stderr(&first));
        let said = String::from_utf8_lossy(&first.stdout).to_string();
        assert!(said.contains("2500 volunteers (2500 new), 30 opportunities in 2 organisations, 15 requests"), "{said}");

        let store = entraide_storage::connect(&url).await.unwrap();
        assert_eq!(store.count_accounts_ending("@gent.seed.invalid").await.unwrap(), 2500);
        let t = super::harness::TestApp::spawn(&url).await;
        let page: serde_json::Value = t.get("/api/v1/platforms/gent/requests?limit=100", None).await.json().await.unwrap();
        assert_eq!(page["items"].as_array().unwrap().len(), 15);
        let page: serde_json::Value = t.get("/api/v1/platforms/gent/opportunities", None).await.json().await.unwrap();
        assert!(!page["items"].as_array().unwrap().is_empty());
        // A seeded volunteer signs in with the seed's password, for load tests.
        let token = t.post("/api/v1/auth/token", None, serde_json::json!({ "email": "volunteer-7@gent.seed.invalid", "password": entraide_app::SEED_PASSWORD })).await;
        assert_eq!(token.status(), reqwest::StatusCode::OK);

        let again = seed_with(&url, "0").await;
        assert!(String::from_utf8_lossy(&again.stdout).contains("(0 new)"), "{}", stderr(&again));
        assert_eq!(store.count_accounts_ending("@gent.seed.invalid").await.unwrap(), 2500);
    })
    .await;
}

#[test]
fn seed_refuses_an_unknown_platform_and_absurd_numbers() {
    let dir = tempfile::TempDir::new().unwrap();
    let database = format!("sqlite://{}", dir.path().join("seed.db").display());
    let unknown = entraide(
        &["seed", "--platform", "nowhere", "--volunteers", "10", "--opportunities", "1", "--database", &database],
        "",
    );
    assert!(!unknown.status.success());
    assert_eq!(stderr(&unknown), "error: There is no such platform.", "{}", stderr(&unknown));
    let absurd = entraide(
        &["seed", "--platform", "gent", "--volunteers", "99999999999", "--opportunities", "1", "--database", &database],
        "",
    );
    assert!(stderr(&absurd).starts_with("error: --volunteers:"), "{}", stderr(&absurd));
    let negative = entraide(
        &["seed", "--platform", "gent", "--volunteers", "-5", "--opportunities", "1", "--database", &database],
        "",
    );
    assert!(!negative.status.success());
}
