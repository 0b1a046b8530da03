//! Gazetteers: replaced whole, per platform, and found from any word of a name, without
//! case or accents, neighbourhoods and streets before addresses.

use crate::harness::{on_both, platform};
use entraide_domain::geo::Coordinates;
use entraide_domain::place::{Place, PlaceKind};

fn place(kind: PlaceKind, name: &str, lat: f64, lon: f64) -> Place {
    Place { kind, name: name.to_owned(), point: Coordinates::parse(lat, lon, ("lat", "lon")).unwrap() }
}

fn words(text: &str) -> Vec<String> {
    entraide_domain::place::place_query(text, "q").unwrap()
}

fn names(found: &[Place]) -> Vec<&str> {
    found.iter().map(|p| p.name.as_str()).collect()
}

#[tokio::test]
async fn places_are_found_from_any_word_of_their_name_on_their_own_platform() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent helpt").await;
        let brugge = platform(&store, "brugge", "Brugge helpt").await;
        let places = [
            place(PlaceKind::Address, "Sleepstraat 40, 9000 Gent", 51.0595, 3.7115),
            place(PlaceKind::Address, "Sleepstraat 42, 9000 Gent", 51.0594, 3.7112),
            place(PlaceKind::Street, "Sleepstraat", 51.06, 3.712),
            place(PlaceKind::Postcode, "9000 Gent", 51.059, 3.711),
            place(PlaceKind::Neighbourhood, "Brugse Poort", 51.058, 3.708),
            place(PlaceKind::Neighbourhood, "Sint-Pieters", 51.036, 3.71),
        ];
        store.replace_places(gent.id, &places).await.unwrap();
        store.replace_places(brugge.id, &[place(PlaceKind::Neighbourhood, "Sint-Anna", 51.2, 3.23)]).await.unwrap();

        assert_eq!(names(&store.find_places(gent.id, &words("poort"), 8).await.unwrap()), ["Brugse Poort"]);
        assert_eq!(names(&store.find_places(gent.id, &words("SINT PIETERS"), 8).await.unwrap()), ["Sint-Pieters"]);
        assert_eq!(
            names(&store.find_places(gent.id, &words("sint"), 8).await.unwrap()),
            ["Sint-Pieters"],
            "not Brugge's"
        );
        assert_eq!(
            names(&store.find_places(gent.id, &words("sleep"), 8).await.unwrap()),
            ["Sleepstraat", "Sleepstraat 40, 9000 Gent", "Sleepstraat 42, 9000 Gent"],
            "the street before its addresses"
        );
        assert_eq!(
            names(&store.find_places(gent.id, &words("40 sleepstraat"), 8).await.unwrap()),
            ["Sleepstraat 40, 9000 Gent"]
        );
        assert_eq!(
            names(&store.find_places(gent.id, &words("9000"), 2).await.unwrap()),
            ["9000 Gent", "Sleepstraat 40, 9000 Gent"]
        );
        assert!(store.find_places(gent.id, &words("kouter"), 8).await.unwrap().is_empty());
        let counts = store.place_counts(gent.id).await.unwrap();
        assert_eq!(
            counts,
            [(PlaceKind::Address, 2), (PlaceKind::Neighbourhood, 2), (PlaceKind::Postcode, 1), (PlaceKind::Street, 1)]
        );

        // A new import replaces the old one whole.
        store.replace_places(gent.id, &[place(PlaceKind::Street, "Kouter", 51.05, 3.72)]).await.unwrap();
        assert!(store.find_places(gent.id, &words("poort"), 8).await.unwrap().is_empty());
        assert_eq!(names(&store.find_places(gent.id, &words("kout"), 8).await.unwrap()), ["Kouter"]);
        assert_eq!(names(&store.find_places(brugge.id, &words("anna"), 8).await.unwrap()), ["Sint-Anna"]);
    })
    .await;
}
