//! Defect 2: standing offers with a tiny range, matched against a request's exact point,
//! let a few dozen accounts triangulate a requester to ~20 m. Offers now reach at least
//! 1 km and are matched against the approximate place everyone sees (the centre of the
//! request's H3 cell), never the exact point.

use super::{gent, member, names, request_body};
use crate::http::harness::{TestApp, on_both, problem};
use entraide_domain::geo::Coordinates;
use entraide_domain::help::{cell_centre, cell_of};
use reqwest::StatusCode;
use serde_json::{Value, json};

const LAT: f64 = 51.0543;
const LON: f64 = 3.7174;
/// Kilometres per degree of latitude (and of longitude at the equator).
const KM_PER_DEGREE: f64 = 111.32;

fn point(lat: f64, lon: f64) -> Coordinates {
    Coordinates::parse(lat, lon, ("lat", "lon")).unwrap()
}

/// The centre of the approximate cell that holds a point.
fn centre_of(p: Coordinates) -> Coordinates {
    cell_centre(cell_of(p)).unwrap()
}

/// A point near Gent far from the centre of its cell (near a corner), so that "within
/// 1 km of the exact point" and "within 1 km of the approximate one" differ.
fn exact_point() -> Coordinates {
    let candidates =
        (0..40).flat_map(|i| (0..40).map(move |j| point(LAT + f64::from(i) * 0.0005, LON + f64::from(j) * 0.0008)));
    candidates.max_by(|a, b| a.distance_km(&centre_of(*a)).total_cmp(&b.distance_km(&centre_of(*b)))).unwrap()
}

/// The point `km` kilometres from `from` in the direction of the unit vector `(north,
/// east)`, on a local flat map (fine at these distances).
fn moved(from: Coordinates, (north, east): (f64, f64), km: f64) -> Coordinates {
    let lat = from.lat() + north * km / KM_PER_DEGREE;
    let lon = from.lon() + east * km / (KM_PER_DEGREE * from.lat().to_radians().cos());
    point(lat, lon)
}

/// A standing offer for groceries, every day, around a point.
async fn stand_by(t: &TestApp, token: &str, at: Coordinates, within_km: f64) -> reqwest::Response {
    let body = json!({
        "category": "groceries",
        "location": { "lat": at.lat(), "lon": at.lon() },
        "within_km": within_km,
    });
    t.post("/api/v1/platforms/gent/standing-offers", Some(token), body).await
}

/// The events of a person's notifications.
async fn events(t: &TestApp, token: &str) -> Vec<String> {
    let list: Value = t.get("/api/v1/me/notifications", Some(token)).await.json().await.unwrap();
    list["items"].as_array().unwrap().iter().map(|n| n["event"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn a_standing_offer_cannot_be_narrower_than_the_approximate_place() {
    on_both(|t| async move {
        gent(&t).await;
        let (spy, _) = member(&t, "spy@example.org", "gent").await;
        // A spy asks to be told of requests within a metre, then within half a kilometre.
        for within_km in [0.001, 0.5] {
            let refused =
                problem(stand_by(&t, &spy, point(LAT, LON), within_km).await, StatusCode::UNPROCESSABLE_ENTITY).await;
            names(&refused, "within_km", "standing-km-out-of-range");
        }
        let mine: Value = t.get("/api/v1/me/standing-offers", Some(&spy)).await.json().await.unwrap();
        assert_eq!(mine["items"], json!([]), "nothing was stored");
        // A kilometre is the least.
        assert_eq!(stand_by(&t, &spy, point(LAT, LON), 1.0).await.status(), StatusCode::CREATED);
    })
    .await;
}

#[tokio::test]
async fn standing_offers_match_the_approximate_place_of_a_request_never_its_exact_point() {
    on_both(|t| async move {
        gent(&t).await;
        let (requester, _) = member(&t, "requester@example.org", "gent").await;
        let (near_exact, _) = member(&t, "near-exact@example.org", "gent").await;
        let (near_centre, _) = member(&t, "near-centre@example.org", "gent").await;

        // Where the requester lives, and the approximate place everyone else sees.
        let exact = exact_point();
        let centre = centre_of(exact);
        let gap = exact.distance_km(&centre);
        assert!(gap > 0.3, "the exact point is {gap} km from its cell's centre: too close to tell the two apart");
        // The direction from the centre to the exact point.
        let north = (exact.lat() - centre.lat()) * KM_PER_DEGREE / gap;
        let east = (exact.lon() - centre.lon()) * KM_PER_DEGREE * centre.lat().to_radians().cos() / gap;

        // One helper stands 0.9 km beyond the exact point (over 1 km from the centre);
        // the other 0.9 km on the other side of the centre (over 1 km from the point).
        let beyond_exact = moved(exact, (north, east), 0.9);
        let beyond_centre = moved(centre, (north, east), -0.9);
        assert!(beyond_exact.distance_km(&exact) < 1.0 && beyond_exact.distance_km(&centre) > 1.0);
        assert!(beyond_centre.distance_km(&centre) < 1.0 && beyond_centre.distance_km(&exact) > 1.0);
        assert_eq!(stand_by(&t, &near_exact, beyond_exact, 1.0).await.status(), StatusCode::CREATED);
        assert_eq!(stand_by(&t, &near_centre, beyond_centre, 1.0).await.status(), StatusCode::CREATED);

        // The requester asks for groceries at their exact point; the notices go out.
        let asked = t
            .post(
                "/api/v1/platforms/gent/requests",
                Some(&requester),
                request_body("Groceries", exact.lat(), exact.lon()),
            )
            .await;
        assert_eq!(asked.status(), StatusCode::CREATED);
        t.app.run_due_jobs(entraide_domain::time::now()).await.unwrap();

        // Only the helper in range of the approximate place is told.
        assert_eq!(events(&t, &near_centre).await, ["request-nearby"], "in range of the approximate place");
        assert!(events(&t, &near_exact).await.is_empty(), "a notice would reveal the exact point");
    })
    .await;
}
