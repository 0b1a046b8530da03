//! The demo's own small gazetteer: the neighbourhoods, streets and addresses its
//! opportunities and requests use, so that nobody trying the demo types coordinates.

use entraide_app::{App, AppError};
use entraide_domain::geo::Coordinates;
use entraide_domain::place::{Place, PlaceKind};
use entraide_domain::platform::Platform;

/// Kind, name, latitude, longitude.
const PLACES: [(PlaceKind, &str, f64, f64); 22] = [
    (PlaceKind::Neighbourhood, "Binnenstad", 51.0543, 3.7174),
    (PlaceKind::Neighbourhood, "Brugse Poort", 51.0590, 3.7025),
    (PlaceKind::Neighbourhood, "Sint-Pieters", 51.0370, 3.7100),
    (PlaceKind::Neighbourhood, "Muide", 51.0710, 3.7310),
    (PlaceKind::Neighbourhood, "Ledeberg", 51.0380, 3.7420),
    (PlaceKind::Neighbourhood, "Zwijnaarde", 51.0040, 3.7110),
    (PlaceKind::Neighbourhood, "Sluizeken", 51.0610, 3.7250),
    (PlaceKind::Postcode, "9000 Gent", 51.0543, 3.7174),
    (PlaceKind::Street, "Kortrijksesteenweg", 51.0425, 3.7048),
    (PlaceKind::Street, "Phoenixstraat", 51.0590, 3.7025),
    (PlaceKind::Street, "Corneel Heymanslaan", 51.0225, 3.7225),
    (PlaceKind::Street, "Sleepstraat", 51.0610, 3.7120),
    (PlaceKind::Street, "Lange Violettestraat", 51.0460, 3.7290),
    (PlaceKind::Street, "Bevrijdingslaan", 51.0600, 3.7000),
    (PlaceKind::Street, "Kouter", 51.0510, 3.7240),
    (PlaceKind::Address, "Kortrijksesteenweg 100, 9000 Gent", 51.0425, 3.7048),
    (PlaceKind::Address, "Phoenixstraat 1, 9000 Gent", 51.0590, 3.7025),
    (PlaceKind::Address, "Phoenixstraat 14, 9000 Gent", 51.0580, 3.7030),
    (PlaceKind::Address, "Corneel Heymanslaan 10, 9000 Gent", 51.0225, 3.7225),
    (PlaceKind::Address, "Sleepstraat 20, 9000 Gent", 51.0610, 3.7120),
    (PlaceKind::Address, "Sleepstraat 101, 9000 Gent", 51.0615, 3.7140),
    (PlaceKind::Address, "Kouter 9, 9000 Gent", 51.0510, 3.7240),
];

/// Gives the demo city its gazetteer.
pub(super) async fn seed_places(app: &App, city: &Platform) -> Result<(), AppError> {
    let places: Vec<Place> = PLACES
        .iter()
        .filter_map(|(kind, name, lat, lon)| {
            let point = Coordinates::parse(*lat, *lon, ("lat", "lon")).ok()?;
            Some(Place { kind: *kind, name: (*name).to_owned(), point })
        })
        .collect();
    app.replace_gazetteer_by_operator(city, &places).await?;
    Ok(())
}
