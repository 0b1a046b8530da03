//! Reading an OpenStreetMap extract (`.osm.pbf`, as published for every region) into the
//! places of a platform's gazetteer: addresses, streets, postcodes and neighbourhoods
//! within a distance of the platform's centre.
//!
//! Two passes over the file keep memory small: the first keeps what names places and the
//! node each way needs for its point; the second reads only those nodes' positions.

use entraide_domain::geo::Coordinates;
use entraide_domain::place::{Place, PlaceKind, search_form};
use osmpbf::{Element, ElementReader};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The `place=*` values that name a neighbourhood people would say they live in.
const NEIGHBOURHOODS: [&str; 6] = ["suburb", "neighbourhood", "quarter", "village", "hamlet", "town"];

/// What an element tells, before its point is known.
#[derive(Default)]
struct Tags {
    street: Option<String>,
    housenumber: Option<String>,
    postcode: Option<String>,
    city: Option<String>,
    name: Option<String>,
    highway: bool,
    neighbourhood: bool,
}

impl Tags {
    fn read<'a>(tags: impl Iterator<Item = (&'a str, &'a str)>) -> Tags {
        let mut read = Tags::default();
        for (key, value) in tags {
            let value = value.trim();
            if value.is_empty() || value.chars().any(char::is_control) {
                continue;
            }
            match key {
                "addr:street" => read.street = Some(value.to_owned()),
                "addr:housenumber" => read.housenumber = Some(value.to_owned()),
                "addr:postcode" => read.postcode = Some(value.to_owned()),
                "addr:city" => read.city = Some(value.to_owned()),
                "name" => read.name = Some(value.to_owned()),
                "highway" => read.highway = true,
                "place" => read.neighbourhood = NEIGHBOURHOODS.contains(&value),
                _ => {}
            }
        }
        read
    }

    /// "Sleepstraat 40, 9000 Gent", when the element is an address.
    fn address(&self) -> Option<String> {
        let (street, number) = (self.street.as_ref()?, self.housenumber.as_ref()?);
        let town = match (&self.postcode, &self.city) {
            (Some(code), Some(city)) => format!(", {code} {city}"),
            (Some(code), None) => format!(", {code}"),
            (None, Some(city)) => format!(", {city}"),
            (None, None) => String::new(),
        };
        Some(format!("{street} {number}{town}"))
    }
}

/// An address, a neighbourhood or a street, and the node whose position is its point
/// when the element is a way.
struct Found {
    kind: PlaceKind,
    name: String,
    postcode: Option<String>,
    city: Option<String>,
    at: Result<Coordinates, i64>,
}

/// What the import found and kept.
pub struct Extract {
    /// The places within reach, one per name and kind.
    pub places: Vec<Place>,
    /// Places the file names outside the distance asked for.
    pub left_out: usize,
}

fn unreadable(path: &Path, error: impl std::fmt::Display) -> String {
    format!("{}: not a readable OpenStreetMap extract (.osm.pbf): {error}", path.display())
}

/// Reads the places of `path` within `within_km` of `centre`.
pub fn read_extract(path: &Path, centre: Coordinates, within_km: f64) -> Result<Extract, String> {
    let mut found: Vec<Found> = Vec::new();
    let mut wanted: HashSet<i64> = HashSet::new();
    let first = ElementReader::from_path(path).map_err(|e| unreadable(path, e))?;
    first
        .for_each(|element| {
            let (tags, at) = match &element {
                Element::Node(n) => {
                    (Tags::read(n.tags()), Coordinates::parse(n.lat(), n.lon(), ("lat", "lon")).ok().ok_or(0))
                }
                Element::DenseNode(n) => {
                    (Tags::read(n.tags()), Coordinates::parse(n.lat(), n.lon(), ("lat", "lon")).ok().ok_or(0))
                }
                Element::Way(w) => {
                    let refs: Vec<i64> = w.refs().collect();
                    // The middle node: on a street, a point of it; on a building, a corner.
                    let Some(&node) = refs.get(refs.len() / 2) else { return };
                    (Tags::read(w.tags()), Err(node))
                }
                Element::Relation(_) => return,
            };
            let is_way = at.is_err();
            let place = if let Some(address) = tags.address() {
                Some((PlaceKind::Address, address))
            } else if tags.neighbourhood && !is_way {
                tags.name.clone().map(|n| (PlaceKind::Neighbourhood, n))
            } else if tags.highway && is_way {
                tags.name.clone().map(|n| (PlaceKind::Street, n))
            } else {
                None
            };
            if let Some((kind, name)) = place {
                if let Err(node) = at {
                    wanted.insert(node);
                }
                found.push(Found { kind, name, postcode: tags.postcode, city: tags.city, at });
            }
        })
        .map_err(|e| unreadable(path, e))?;

    let mut positions: HashMap<i64, Coordinates> = HashMap::with_capacity(wanted.len());
    if !wanted.is_empty() {
        let second = ElementReader::from_path(path).map_err(|e| unreadable(path, e))?;
        second
            .for_each(|element| {
                let (id, lat, lon) = match &element {
                    Element::Node(n) => (n.id(), n.lat(), n.lon()),
                    Element::DenseNode(n) => (n.id(), n.lat(), n.lon()),
                    _ => return,
                };
                if wanted.contains(&id)
                    && let Ok(point) = Coordinates::parse(lat, lon, ("lat", "lon"))
                {
                    positions.insert(id, point);
                }
            })
            .map_err(|e| unreadable(path, e))?;
    }
    Ok(gather(found, &positions, centre, within_km))
}

/// One place per name and kind, within reach; postcodes at the middle of their addresses.
fn gather(found: Vec<Found>, positions: &HashMap<i64, Coordinates>, centre: Coordinates, within_km: f64) -> Extract {
    let mut places: BTreeMap<(PlaceKind, String), Place> = BTreeMap::new();
    // Each postcode: the sum of its addresses' points, how many, and the most named town.
    let mut postcodes: BTreeMap<String, (f64, f64, u32, BTreeMap<String, u32>)> = BTreeMap::new();
    let mut left_out = 0;
    for place in found {
        let point = match place.at {
            Ok(point) => point,
            Err(node) => match positions.get(&node) {
                Some(point) => *point,
                None => continue,
            },
        };
        if point.distance_km(&centre) > within_km {
            left_out += 1;
            continue;
        }
        if place.kind == PlaceKind::Address
            && let Some(code) = &place.postcode
        {
            let entry = postcodes.entry(code.clone()).or_default();
            entry.0 += point.lat();
            entry.1 += point.lon();
            entry.2 += 1;
            if let Some(city) = &place.city {
                *entry.3.entry(city.clone()).or_default() += 1;
            }
        }
        let key = (place.kind, search_form(&place.name));
        places.entry(key).or_insert(Place { kind: place.kind, name: place.name, point });
    }
    for (code, (lat, lon, count, towns)) in postcodes {
        let town = towns.into_iter().max_by_key(|(_, n)| *n).map(|(t, _)| t);
        let name = town.map_or_else(|| code.clone(), |t| format!("{code} {t}"));
        let n = f64::from(count);
        if let Ok(point) = Coordinates::parse(lat / n, lon / n, ("lat", "lon")) {
            places.insert((PlaceKind::Postcode, search_form(&name)), Place { kind: PlaceKind::Postcode, name, point });
        }
    }
    Extract { places: places.into_values().collect(), left_out }
}
