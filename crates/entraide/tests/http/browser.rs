//! The pages in a real browser: Debian's Chromium, driven by `browser/check.mjs`
//! (axe-core on every page in English and Arabic, keyboard-only flows, reflow at 320 px,
//! no request off the site, screenshots). Needs `chromium` and `npm ci --prefix browser`;
//! CI installs both. Elsewhere, without them, the test says loudly that it was skipped.

use super::harness::TestApp;
use super::smtp::SmtpSink;
use entraide::server::Settings;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

#[tokio::test]
async fn every_page_passes_axe_and_works_with_the_keyboard_in_chromium() {
    let root = workspace();
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let ready = Path::new(&chromium).exists() && root.join("browser/node_modules/playwright-core").exists();
    if !ready {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the browser tests: install chromium and run `npm ci --prefix browser`"
        );
        eprintln!("\n*** Browser tests SKIPPED: install chromium and run `npm ci --prefix browser` ***\n");
        return;
    }
    let dir = tempfile::TempDir::new().unwrap();
    // Mail goes to a real SMTP listener, with links to the server itself: the browser
    // follows the link of a mail as a person would (a forgotten password).
    let sink = SmtpSink::start().await;
    let addr = free_loopback_address();
    let settings = Settings {
        mailer: Some(entraide_app::Mailer::new(&sink.url(), "Entraide <no-reply@entraide.test>").unwrap()),
        public_url: Some(format!("http://{addr}")),
        limits: entraide_app::Limits { accounts_per_client_per_hour: 10_000 },
        ..Settings::default()
    };
    let t = TestApp::spawn_at(&format!("sqlite://{}/browser.db", dir.path().display()), addr, settings).await;
    entraide::demo::seed(&t.app).await.unwrap();
    // The demo's sign-ups tell people: their notifications and the outbox have content.
    t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();
    let artefacts = root.join("target/browser-artefacts");
    let mail_dir = artefacts.join("mail");
    let _ = std::fs::remove_dir_all(&mail_dir);
    std::fs::create_dir_all(&mail_dir).unwrap();
    let postman = tokio::spawn(deliver_mail(t.app.clone(), sink, mail_dir.clone()));
    let base = t.base.clone();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(root.join("browser/check.mjs"))
            .env("BASE_URL", base)
            .env("ARTEFACTS", &artefacts)
            .env("MAIL_DIR", &mail_dir)
            .env("DEMO_PASSWORD", entraide::demo::DEMO_PASSWORD)
            .env("CHROMIUM", chromium)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    postman.abort();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    println!("{report}");
    assert!(output.status.success(), "the browser checks failed:\n{report}");
}

/// A loopback address nobody listens on yet, so that the server can be told its own
/// address (for links in mails) before it starts.
fn free_loopback_address() -> std::net::SocketAddr {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap()
}

/// Runs the jobs as the worker would, and writes the plain text of every mail that
/// arrives into `dir` (`1.txt`, `2.txt`, …, each starting with `To: address`), where the
/// browser script reads it like a mailbox.
async fn deliver_mail(app: entraide_app::App, sink: SmtpSink, dir: PathBuf) {
    let mut written = 0;
    loop {
        app.run_due_jobs(app.now()).await.unwrap();
        for message in sink.messages().into_iter().skip(written) {
            written += 1;
            let to = message.to.join(", ");
            let parsed = mail_parser::MessageParser::default().parse(&message.data).unwrap();
            let text = parsed.body_text(0).unwrap_or_default().into_owned();
            std::fs::write(dir.join(format!("{written}.txt")), format!("To: {to}\n\n{text}")).unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}
