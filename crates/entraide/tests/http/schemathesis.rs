//! Schemathesis against the real server, on both databases: requests generated from
//! `/openapi.json` (valid and invalid ones), and every answer checked against the same
//! description. Fails on any 5xx and on any answer the description does not announce
//! (status, content type, body schema, headers).
//!
//! Schemathesis comes from PyPI, pinned to [`VERSION`]; `.ci/run` installs it into
//! `target/attack-venv`. The test looks for the `schemathesis` executable at
//! `$ENTRAIDE_SCHEMATHESIS`, else at `target/attack-venv/bin/schemathesis`; when neither
//! exists it says loudly that it was skipped (CI sets the variable, so there it must run).
//! To install it by hand:
//!
//! ```sh
//! python3 -m venv target/attack-venv
//! target/attack-venv/bin/pip install schemathesis==4.32.5
//! ```
//!
//! Runs per database, each bounded in examples and time: without a token; with a
//! member's token (the member runs an organisation, an opportunity with a shift and a
//! request for help, whose ids are offered to the generator beside random ones); and each
//! route that ends the caller's access (erasing the account, revoking the token in use,
//! revoking a listed token) alone, with a person of its own, so it can neither spoil the
//! member's run nor the others'.
//! `ENTRAIDE_SCHEMATHESIS_SEED` tries another seed and `ENTRAIDE_SCHEMATHESIS_EXAMPLES`
//! more cases per operation (to search deeper by hand); reports land in
//! `target/tmp/schemathesis/`.

use super::harness::{TestApp, on_both};
use chrono::{Duration, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The schemathesis release the suite is written for (also pinned in `.ci/run`).
const VERSION: &str = "4.32.5";
/// What is checked on every answer.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance";
/// The seed of the generator: the same cases on every run, so a failure can be replayed.
const DEFAULT_SEED: &str = "20261207";
/// The operations that end the caller's access (`DELETE /api/v1/me`,
/// `DELETE /api/v1/auth/token`, and `DELETE /api/v1/me/tokens/{id}`, whose ids
/// schemathesis reads from `GET /api/v1/me/tokens`), run apart with a token of their own.
const ENDING_ACCESS: [&str; 3] = ["delete_me", "revoke_presented", "revoke"];
/// The most one run may take; schemathesis is stopped and the test fails beyond it.
const RUN_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(300);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_server_error_and_no_answer_the_description_does_not_announce() {
    let Some(schemathesis) = executable() else {
        announce_skipped();
        return;
    };
    check_version(&schemathesis);
    on_both(move |t| {
        let schemathesis = schemathesis.clone();
        async move {
            let database = t.database;
            let scene = Scene::set_up(&t).await;
            let started = Instant::now();
            let mut failed = Vec::new();
            let runs = [
                Run { name: "anonymous", token: None, only: &[], skip: &[], examples: examples() },
                Run {
                    name: "member",
                    token: Some(scene.member.clone()),
                    only: &[],
                    skip: &ENDING_ACCESS,
                    examples: examples(),
                },
                Run {
                    name: "erasing",
                    token: Some(scene.leaving[0].clone()),
                    only: &["delete_me"],
                    skip: &[],
                    examples: 5,
                },
                Run {
                    name: "signing-out",
                    token: Some(scene.leaving[1].clone()),
                    only: &["revoke_presented"],
                    skip: &[],
                    examples: 5,
                },
                // With the list, so schemathesis learns the ids of the person's tokens.
                Run {
                    name: "revoking",
                    token: Some(scene.leaving[2].clone()),
                    only: &["revoke", "list_tokens"],
                    skip: &[],
                    examples: 5,
                },
            ];
            for run in runs {
                if let Err(report) = run.execute(&schemathesis, &t, &scene, database).await {
                    failed.push(report);
                }
            }
            let _ = writeln!(
                std::io::stderr(),
                "schemathesis on {database}: {:.0} s in all",
                started.elapsed().as_secs_f64()
            );
            assert!(failed.is_empty(), "schemathesis found problems on {database}:\n{}", failed.join("\n"));
        }
    })
    .await;
}

/// Test cases per operation and phase for the two main runs: 12, enough to stay within
/// a few minutes on two cores.
fn examples() -> u32 {
    std::env::var("ENTRAIDE_SCHEMATHESIS_EXAMPLES").ok().and_then(|n| n.parse().ok()).unwrap_or(12)
}

/// The `schemathesis` executable, if installed.
fn executable() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ENTRAIDE_SCHEMATHESIS").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        assert!(path.is_file(), "ENTRAIDE_SCHEMATHESIS is set to {}, which is not a file", path.display());
        return Some(path);
    }
    let default = workspace().join("target/attack-venv/bin/schemathesis");
    default.is_file().then_some(default)
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Says, past the test harness's output capture, that the run was skipped.
fn announce_skipped() {
    let _ = writeln!(
        std::io::stderr(),
        "\n\
         ************************************************************************\n\
         *  SCHEMATHESIS RUN SKIPPED: schemathesis is not installed.            *\n\
         *  Install it (see crates/entraide/tests/http/schemathesis.rs):        *\n\
         *    python3 -m venv target/attack-venv                                *\n\
         *    target/attack-venv/bin/pip install schemathesis=={VERSION}            *\n\
         *  or point ENTRAIDE_SCHEMATHESIS at the executable. CI runs it.       *\n\
         ************************************************************************\n"
    );
}

fn check_version(schemathesis: &Path) {
    let output = Command::new(schemathesis).arg("--version").output().expect("schemathesis runs");
    let version = String::from_utf8_lossy(&output.stdout);
    assert!(version.contains(VERSION), "schemathesis {VERSION} is expected, found: {version}");
}

fn at(hours_from_now: i64) -> String {
    (Utc::now() + Duration::hours(hours_from_now)).to_rfc3339()
}

/// A platform with data: a member who runs an organisation with an opportunity and a
/// shift, and who asked for help; a helper who signed up and offered help; three people
/// whose tokens the routes that end access use up.
struct Scene {
    member: String,
    leaving: [String; 3],
    slug: String,
    organisation: String,
    opportunity: String,
    shift: String,
    signup: String,
    request: String,
    offer: String,
    helper_id: String,
}

impl Scene {
    async fn set_up(t: &TestApp) -> Scene {
        let slug = "fuzz".to_owned();
        let root = t.instance_admin().await;
        t.platform(&root, &slug).await;
        let member = t.person("member@example.org", "Member").await;
        let helper = t.person("helper@example.org", "Helper").await;
        let leaving = [
            t.person("erasing@example.org", "Erasing").await,
            t.person("signing-out@example.org", "Signing out").await,
            t.person("revoking@example.org", "Revoking").await,
        ];
        // A second token, for the revoking run to find beside the one it uses.
        t.token("revoking@example.org").await;
        for token in [&member, &helper].into_iter().chain(&leaving) {
            let joined = t.post(&format!("/api/v1/platforms/{slug}/members"), Some(token), json!({})).await;
            assert_eq!(joined.status(), StatusCode::CREATED);
        }
        let helper_id = id_of(t.get("/api/v1/me", Some(&helper)).await, "id").await;

        let body = json!({ "name": "Food bank", "kind": "nonprofit", "description": "Food for everyone." });
        let organisation =
            id_of(t.post(&format!("/api/v1/platforms/{slug}/organisations"), Some(&member), body).await, "id").await;
        let body = json!({
            "title": "Sorting food", "description": "Sorting the week's donations.",
            "skills": ["cooking"], "languages": ["en"], "location": { "lat": 51.05, "lon": 3.72, "address": "Dok Noord 1" },
            "shifts": [{ "starts_at": at(48), "ends_at": at(51), "slots": 3 }]
        });
        let created: Value = t
            .post(&format!("/api/v1/organisations/{organisation}/opportunities"), Some(&member), body)
            .await
            .json()
            .await
            .unwrap();
        let opportunity = created["id"].as_str().unwrap().to_owned();
        let shift = created["shifts"][0]["id"].as_str().unwrap().to_owned();
        let signup =
            id_of(t.post(&format!("/api/v1/shifts/{shift}/signups"), Some(&helper), json!({})).await, "id").await;

        let body = json!({
            "category": "groceries", "title": "Groceries", "description": "Bread and milk.",
            "location": { "lat": 51.05, "lon": 3.72 }, "address": "Dok Noord 2",
            "needed_from": at(2), "needed_until": at(6)
        });
        let request =
            id_of(t.post(&format!("/api/v1/platforms/{slug}/requests"), Some(&member), body).await, "id").await;
        let offer = id_of(
            t.post(&format!("/api/v1/requests/{request}/offers"), Some(&helper), json!({ "message": "On my way" }))
                .await,
            "id",
        )
        .await;
        let profile = json!({ "skills": ["cooking"], "languages": ["en"], "location": { "lat": 51.05, "lon": 3.72 }, "within_km": 10.0 });
        assert_eq!(
            t.send(Method::PUT, "/api/v1/me/profile", Some(&member), Some(profile)).await.status(),
            StatusCode::OK
        );

        Scene { member, leaving, slug, organisation, opportunity, shift, signup, request, offer, helper_id }
    }

    /// Configuration that offers the scene's ids to the generator, half of the time, for
    /// the path parameters that take them.
    fn config(&self) -> String {
        let dictionary = |name: &str, values: &[&str]| {
            let values: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
            format!("[dictionaries.{name}]\nvalues = [{}]\n", values.join(", "))
        };
        let mut config = String::new();
        config += &dictionary("slug", &[&self.slug]);
        config += &dictionary("organisation", &[&self.organisation]);
        config += &dictionary("opportunity", &[&self.opportunity]);
        config += &dictionary("shift", &[&self.shift]);
        config += &dictionary("signup", &[&self.signup]);
        config += &dictionary("request", &[&self.request]);
        config += &dictionary("offer", &[&self.offer]);
        config += &dictionary("account", &[&self.helper_id]);
        config += &dictionary("kind", &["skill", "cause"]);
        config += &dictionary("unit", &["time", "barter"]);
        config += &dictionary("code", &["cooking", "groceries"]);
        config += "\n[parameters]\n";
        for (parameter, dictionary) in [
            ("slug", "slug"),
            ("account_id", "account"),
            ("offer_id", "offer"),
            ("kind", "kind"),
            ("unit", "unit"),
            ("code", "code"),
        ] {
            config += &format!("\"path.{parameter}\" = {{ dictionary = \"{dictionary}\", probability = 0.5 }}\n");
        }
        for (prefix, dictionary) in [
            ("/api/v1/organisations/", "organisation"),
            ("/api/v1/opportunities/", "opportunity"),
            ("/api/v1/shifts/", "shift"),
            ("/api/v1/signups/", "signup"),
            ("/api/v1/requests/", "request"),
        ] {
            config += &format!(
                "\n[[operations]]\ninclude-path-regex = \"^{prefix}\"\nparameters = {{ \"path.id\" = {{ dictionary = \"{dictionary}\", probability = 0.5 }} }}\n"
            );
        }
        config
    }
}

async fn id_of(response: reqwest::Response, field: &str) -> String {
    assert!(response.status().is_success(), "setting up: {}", response.status());
    let body: Value = response.json().await.unwrap();
    body[field].as_str().unwrap_or_else(|| panic!("no {field} in {body}")).to_owned()
}

/// One schemathesis run.
struct Run {
    name: &'static str,
    token: Option<String>,
    /// Only these operations (by id); all when empty.
    only: &'static [&'static str],
    /// Not these operations (by id).
    skip: &'static [&'static str],
    /// Test cases per operation and phase.
    examples: u32,
}

impl Run {
    /// Runs schemathesis; on failure, what it reported.
    async fn execute(&self, schemathesis: &Path, t: &TestApp, scene: &Scene, database: &str) -> Result<(), String> {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("schemathesis").join(format!("{database}-{}", self.name));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("schemathesis.toml"), scene.config()).unwrap();
        let seed = std::env::var("ENTRAIDE_SCHEMATHESIS_SEED").unwrap_or_else(|_| DEFAULT_SEED.to_owned());
        let mut command = Command::new(schemathesis);
        command
            .current_dir(&dir)
            .env("NO_COLOR", "1")
            .args(["--config-file", "schemathesis.toml", "run", &t.url("/openapi.json")])
            // Bounded by examples, not `--max-time`: with a time budget schemathesis repeats
            // its phases until the budget is spent.
            .args(["--checks", CHECKS, "--max-examples", &self.examples.to_string()])
            .args(["--phases", "coverage,fuzzing,stateful", "--workers", "2", "--seed", &seed])
            // Keep testing an operation after a failure, so that one failure cannot hide
            // another behind it.
            .args(["--continue-on-failure", "--request-timeout", "20", "--no-color"])
            .args([
                "--report",
                "junit,ndjson",
                "--report-junit-path",
                "reports/junit.xml",
                "--report-ndjson-path",
                "reports/events.ndjson",
            ]);
        if let Some(token) = &self.token {
            command.args(["--header", &format!("Authorization: Bearer {token}")]);
        }
        for operation in self.only {
            command.args(["--include-operation-id", operation]);
        }
        for operation in self.skip {
            command.args(["--exclude-operation-id", operation]);
        }
        let output = std::fs::File::create(dir.join("output.txt")).unwrap();
        command.stdout(output.try_clone().unwrap()).stderr(output);
        let started = Instant::now();
        let mut child = command.spawn().expect("schemathesis starts");
        // The server runs on this test's runtime: wait without blocking it.
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break Some(status);
            }
            if started.elapsed() > RUN_TIME_LIMIT {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        };
        let output = std::fs::read_to_string(dir.join("output.txt")).unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "schemathesis {} run on {database}: {:.0} s, {}; output and reports in {}",
            self.name,
            started.elapsed().as_secs_f64(),
            status.map_or_else(|| "stopped: too long".to_owned(), |s| s.to_string()),
            dir.display()
        );
        match status {
            Some(status) if status.success() => Ok(()),
            Some(_) => Err(format!("--- the {} run on {database} failed ({}):\n{output}", self.name, dir.display())),
            None => Err(format!(
                "--- the {} run on {database} took more than {} s and was stopped ({}):\n{output}",
                self.name,
                RUN_TIME_LIMIT.as_secs(),
                dir.display()
            )),
        }
    }
}
