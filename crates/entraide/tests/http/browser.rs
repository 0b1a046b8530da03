//! The pages in a real browser: Debian's Chromium, driven by `browser/check.mjs`
//! (axe-core on every page in English and Arabic, keyboard-only flows, reflow at 320 px,
//! no request off the site, screenshots). Needs `chromium` and `npm ci --prefix browser`;
//! CI installs both. Elsewhere, without them, the test says loudly that it was skipped.

use super::harness::TestApp;
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
    let t = TestApp::spawn(&format!("sqlite://{}/browser.db", dir.path().display())).await;
    entraide::demo::seed(&t.app).await.unwrap();
    // The demo's sign-ups tell people: their notifications and the outbox have content.
    t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();
    let artefacts = root.join("target/browser-artefacts");
    let base = t.base.clone();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg(root.join("browser/check.mjs"))
            .env("BASE_URL", base)
            .env("ARTEFACTS", &artefacts)
            .env("DEMO_PASSWORD", entraide::demo::DEMO_PASSWORD)
            .env("CHROMIUM", chromium)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    println!("{report}");
    assert!(output.status.success(), "the browser checks failed:\n{report}");
}
