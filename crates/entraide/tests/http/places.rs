//! A platform's gazetteer from a real OpenStreetMap extract: written here as OSM XML,
//! turned into `.osm.pbf` by Debian's `osmium-tool`, imported with `entraide places
//! import`, and found through the API, on both databases. Bad files change nothing.

use super::harness::{TestApp, on_each_database, problem};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A small part of Gent: a neighbourhood, a street with two addresses (one a node, one a
/// building), another neighbourhood, and a village far outside the platform's reach.
const GENT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="entraide-test">
  <node id="1" lat="51.0580" lon="3.7080" version="1"><tag k="place" v="suburb"/><tag k="name" v="Brugse Poort"/></node>
  <node id="2" lat="51.0590" lon="3.7110" version="1"/>
  <node id="3" lat="51.0600" lon="3.7120" version="1"/>
  <node id="4" lat="51.0610" lon="3.7130" version="1"/>
  <node id="5" lat="51.0595" lon="3.7115" version="1"><tag k="addr:street" v="Sleepstraat"/><tag k="addr:housenumber" v="40"/><tag k="addr:postcode" v="9000"/><tag k="addr:city" v="Gent"/></node>
  <node id="6" lat="51.0360" lon="3.7100" version="1"><tag k="place" v="neighbourhood"/><tag k="name" v="Sint-Pieters"/></node>
  <node id="7" lat="51.0000" lon="4.9000" version="1"><tag k="place" v="village"/><tag k="name" v="Far Away"/></node>
  <node id="8" lat="51.0592" lon="3.7112" version="1"/>
  <node id="9" lat="51.0593" lon="3.7113" version="1"/>
  <node id="10" lat="51.0594" lon="3.7112" version="1"/>
  <way id="100" version="1"><nd ref="2"/><nd ref="3"/><nd ref="4"/><tag k="highway" v="residential"/><tag k="name" v="Sleepstraat"/></way>
  <way id="101" version="1"><nd ref="8"/><nd ref="9"/><nd ref="10"/><nd ref="8"/><tag k="building" v="house"/><tag k="addr:street" v="Sleepstraat"/><tag k="addr:housenumber" v="42"/><tag k="addr:postcode" v="9000"/><tag k="addr:city" v="Gent"/></way>
</osm>
"#;

/// Only a village in the Ardennes: nothing near Gent.
const ARDENNES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="entraide-test">
  <node id="1" lat="50.2000" lon="5.6000" version="1"><tag k="place" v="village"/><tag k="name" v="Ardennes"/></node>
</osm>
"#;

/// `xml` as an `.osm.pbf` file in `dir`, made by osmium.
fn extract(dir: &Path, name: &str, xml: &str) -> PathBuf {
    let source = dir.join(format!("{name}.osm"));
    std::fs::write(&source, xml).unwrap();
    let target = dir.join(format!("{name}.osm.pbf"));
    let made = Command::new("osmium").arg("cat").arg(&source).arg("-o").arg(&target).arg("-O").output();
    let made = made.expect("osmium-tool (Debian's package, which .ci/run installs)");
    assert!(made.status.success(), "osmium: {}", String::from_utf8_lossy(&made.stderr));
    target
}

fn import(url: &str, platform: &str, file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entraide"))
        .args(["places", "import", "--platform", platform, "--database", url])
        .arg(file)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).trim().to_owned()
}

async fn find(t: &TestApp, q: &str) -> Vec<(String, String)> {
    let path = format!("/api/v1/platforms/gent/places?q={}", q.replace(' ', "%20"));
    let response = t.get(&path, None).await;
    assert_eq!(response.status(), StatusCode::OK, "{q}");
    let body: Value = response.json().await.unwrap();
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["kind"].as_str().unwrap().to_owned(), p["name"].as_str().unwrap().to_owned()))
        .collect()
}

#[tokio::test]
async fn an_extract_is_imported_around_the_platform_and_its_places_are_found_by_words() {
    on_each_database(|url| async move {
        let dir = tempfile::TempDir::new().unwrap();
        let gent_file = extract(dir.path(), "gent", GENT);
        let t = TestApp::spawn(&url).await;
        let root = t.instance_admin().await;
        let body = json!({"slug": "gent", "name": "Gent helpt", "center": {"lat": 51.05, "lon": 3.72}});
        assert_eq!(t.post("/api/v1/platforms", Some(&root), body).await.status(), StatusCode::CREATED);
        t.platform(&root, "nowhere").await;
        assert!(find(&t, "poort").await.is_empty(), "no gazetteer yet");
        let visitor = super::harness::browser();
        let before = super::harness::page(&visitor, &t, "/p/gent/opportunities?lang=en", StatusCode::OK).await;
        assert!(before.contains("imports its streets, a street or a neighbourhood works too."), "{before}");

        let done = import(&url, "gent", &gent_file);
        assert!(done.status.success(), "{}", text(&done.stderr));
        let summary = text(&done.stdout);
        assert!(
            summary
                .starts_with("gent: 2 address, 2 neighbourhood, 1 postcode, 1 street (1 further than 25 km left out)"),
            "{summary}"
        );

        assert_eq!(find(&t, "poort").await, [("neighbourhood".to_owned(), "Brugse Poort".to_owned())]);
        let after = super::harness::page(&visitor, &t, "/p/gent/opportunities?lang=en", StatusCode::OK).await;
        assert!(after.contains("A street, an address, a postcode or a neighbourhood."), "{after}");
        assert_eq!(find(&t, "sint pieters").await, [("neighbourhood".to_owned(), "Sint-Pieters".to_owned())]);
        let sleep: Vec<String> = find(&t, "Sleepstr").await.into_iter().map(|(_, name)| name).collect();
        assert_eq!(sleep, ["Sleepstraat", "Sleepstraat 40, 9000 Gent", "Sleepstraat 42, 9000 Gent"]);
        assert_eq!(find(&t, "9000").await[0], ("postcode".to_owned(), "9000 Gent".to_owned()));
        assert!(find(&t, "far away").await.is_empty(), "outside the platform's reach");
        assert!(find(&t, "kouter").await.is_empty());
        // The building's point is its own, not another node's.
        let found: Value = t.get("/api/v1/platforms/gent/places?q=sleepstraat%2042", None).await.json().await.unwrap();
        assert_eq!(
            (found["items"][0]["lat"].as_f64(), found["items"][0]["lon"].as_f64()),
            (Some(51.0594), Some(3.7112))
        );

        // Finding something to do near a neighbourhood, by its name.
        let coordinator = t.person("coco@example.org", "Coco").await;
        let created = t
            .post("/api/v1/platforms/gent/organisations", Some(&coordinator), json!({"name": "Buurthuis", "kind": "group"}))
            .await;
        let organisation = created.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let starts = chrono::Utc::now() + chrono::Duration::days(2);
        for (title, lat, lon) in [("Soup in the Brugse Poort", 51.0585, 3.7095), ("Dunes clean-up", 51.2, 2.9)] {
            let body = json!({
                "title": title, "description": "Come and help.",
                "location": {"lat": lat, "lon": lon, "address": "Somewhere 1"},
                "shifts": [{"starts_at": starts.to_rfc3339(), "ends_at": (starts + chrono::Duration::hours(2)).to_rfc3339(), "slots": 3}],
            });
            let path = format!("/api/v1/organisations/{organisation}/opportunities");
            assert_eq!(t.post(&path, Some(&coordinator), body).await.status(), StatusCode::CREATED);
        }
        let near: Value = t.get("/api/v1/platforms/gent/opportunities?near=brugse%20poort", None).await.json().await.unwrap();
        let titles: Vec<&str> = near["items"].as_array().unwrap().iter().map(|o| o["title"].as_str().unwrap()).collect();
        assert_eq!(titles, ["Soup in the Brugse Poort"], "{near}");
        let page = super::harness::page(&super::harness::browser(), &t, "/p/gent/opportunities?near=sint&lang=en", StatusCode::OK).await;
        assert!(page.contains("Near Sint-Pieters."), "{page}");
        let page = super::harness::page(&super::harness::browser(), &t, "/p/gent/opportunities?near=9000&lang=en", StatusCode::OK).await;
        assert!(page.contains("Near 9000 Gent.") && page.contains("Or near:"), "the other places those words name: {page}");
        assert!(page.contains("near=Sleepstraat+40%2C+9000+Gent"), "{page}");
        let unknown = t.get("/api/v1/platforms/gent/opportunities?near=atlantis", None).await;
        assert_eq!(problem(unknown, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["near"][0], "No place of this platform has that name. Try a street, a postcode or a neighbourhood, or two numbers such as 51.05,3.72 from a map app.");
        let wrong = t.get("/api/v1/platforms/gent/opportunities?near=91,3", None).await;
        assert!(problem(wrong, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["near"].is_array(), "coordinates stay coordinates");

        // Bad words are named.
        let long = t.get(&format!("/api/v1/platforms/gent/places?q={}", "a".repeat(10_000)), None).await;
        assert!(problem(long, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["q"].is_array());
        let empty = t.get("/api/v1/platforms/gent/places?q=%20-%20", None).await;
        assert!(problem(empty, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["q"].is_array());
        let nul = t.get("/api/v1/platforms/gent/places?q=gent%00", None).await;
        assert!(problem(nul, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["q"].is_array());
        let limit = t.get("/api/v1/platforms/gent/places?q=gent&limit=0", None).await;
        assert!(problem(limit, StatusCode::UNPROCESSABLE_ENTITY).await["errors"]["limit"].is_array());
        problem(t.get("/api/v1/platforms/nope/places?q=gent", None).await, StatusCode::NOT_FOUND).await;

        // Bad files: a clear line, and the gazetteer as it was.
        let not_pbf = dir.path().join("gent.osm");
        let refused = import(&url, "gent", &not_pbf);
        assert!(!refused.status.success());
        assert!(
            text(&refused.stderr).contains("not a readable OpenStreetMap extract (.osm.pbf)"),
            "{}",
            text(&refused.stderr)
        );
        let truncated = dir.path().join("truncated.osm.pbf");
        let whole = std::fs::read(&gent_file).unwrap();
        std::fs::write(&truncated, &whole[..whole.len() / 2]).unwrap();
        let refused = import(&url, "gent", &truncated);
        assert!(!refused.status.success(), "{}", text(&refused.stdout));
        assert!(text(&refused.stderr).contains("not a readable OpenStreetMap extract"), "{}", text(&refused.stderr));
        let elsewhere = extract(dir.path(), "ardennes", ARDENNES);
        let refused = import(&url, "gent", &elsewhere);
        assert!(!refused.status.success());
        assert!(text(&refused.stderr).contains("is it the extract of the right region?"), "{}", text(&refused.stderr));
        let refused = import(&url, "nowhere", &gent_file);
        assert!(text(&refused.stderr).contains("has no centre"), "{}", text(&refused.stderr));
        assert_eq!(find(&t, "poort").await.len(), 1, "the earlier import still serves");
    })
    .await;
}
