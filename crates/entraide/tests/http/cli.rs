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

    let bad = entraide(&["admin", "create-platform", "--slug", "gent", "--name", "Gent", "--center", "91,3", "--database", &database], "");
    assert!(stderr(&bad).starts_with("error: --center:"), "{}", stderr(&bad));
    let weak = entraide(&["admin", "create-account", "--email", "root@example.org", "--password-stdin", "--database", &database], "short\n");
    assert!(stderr(&weak).starts_with("error: the password:"), "{}", stderr(&weak));

    let ok = entraide(&["admin", "create-account", "--email", "root@example.org", "--password-stdin", "--instance-admin", "--database", &database], "a long enough password\n");
    assert!(ok.status.success(), "{}", stderr(&ok));
    let again = entraide(&["admin", "create-account", "--email", "ROOT@example.org", "--password-stdin", "--database", &database], "a long enough password\n");
    assert!(stderr(&again).starts_with("error: --email:"), "{}", stderr(&again));

    let ok = entraide(&["admin", "create-platform", "--slug", "gent", "--name", "Gent helpt", "--locale", "nl", "--center", "51.05,3.72", "--database", &database], "");
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert_eq!(String::from_utf8_lossy(&ok.stdout).trim(), "gent");
    let orphan = entraide(&["admin", "create-platform", "--slug", "child", "--name", "Child", "--parent", "nowhere", "--database", &database], "");
    assert!(stderr(&orphan).starts_with("error: --parent:"), "{}", stderr(&orphan));
    let child = entraide(&["admin", "create-platform", "--slug", "child", "--name", "Child", "--parent", "gent", "--database", &database], "");
    assert!(child.status.success(), "{}", stderr(&child));

    let grant = entraide(&["admin", "grant-platform-admin", "--platform", "gent", "--email", "root@example.org", "--database", &database], "");
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
