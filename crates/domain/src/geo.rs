//! Places on the map.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// A point on Earth in WGS 84 degrees, checked to be in range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    lat: f64,
    lon: f64,
}

impl Coordinates {
    /// Checks latitude (−90..=90) and longitude (−180..=180); `field` prefixes the
    /// field names in errors (`center` gives `center.lat`).
    pub fn parse(lat: f64, lon: f64, field: (&'static str, &'static str)) -> Result<Self, FieldError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(FieldError::new(field.0, "latitude-out-of-range"));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(FieldError::new(field.1, "longitude-out-of-range"));
        }
        Ok(Self { lat, lon })
    }

    /// Parses `LAT,LON` as typed on the command line or in a form.
    pub fn parse_pair(text: &str, field: &'static str) -> Result<Self, FieldError> {
        let (lat, lon) = text.split_once(',').ok_or(FieldError::new(field, "coordinates-malformed"))?;
        let lat: f64 = lat.trim().parse().map_err(|_| FieldError::new(field, "coordinates-malformed"))?;
        let lon: f64 = lon.trim().parse().map_err(|_| FieldError::new(field, "coordinates-malformed"))?;
        Self::parse(lat, lon, (field, field))
    }

    /// Latitude in degrees.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(&self) -> f64 {
        self.lon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_points_are_refused_by_field() {
        assert!(Coordinates::parse(50.85, 4.35, ("lat", "lon")).is_ok());
        assert_eq!(Coordinates::parse(91.0, 0.0, ("lat", "lon")).unwrap_err().field, "lat");
        assert_eq!(Coordinates::parse(0.0, -181.0, ("lat", "lon")).unwrap_err().field, "lon");
        assert!(Coordinates::parse(f64::NAN, 0.0, ("lat", "lon")).is_err());
        assert!(Coordinates::parse_pair("50.8,4.3", "center").is_ok());
        assert_eq!(Coordinates::parse_pair("north", "center").unwrap_err().code, "coordinates-malformed");
    }
}

/// Mean radius of the Earth, in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

impl Coordinates {
    /// The great-circle distance to `other`, in kilometres (haversine).
    pub fn distance_km(&self, other: &Coordinates) -> f64 {
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }

    /// A box that holds every point within `km` of this one: south, west, north, east.
    /// Cheap to test with indexes; the exact distance then decides.
    pub fn bounding_box(&self, km: f64) -> (f64, f64, f64, f64) {
        let dlat = km / 111.32;
        let cos = self.lat.to_radians().cos().abs().max(0.01);
        let dlon = (km / (111.32 * cos)).min(180.0);
        (
            (self.lat - dlat).max(-90.0),
            (self.lon - dlon).max(-180.0),
            (self.lat + dlat).min(90.0),
            (self.lon + dlon).min(180.0),
        )
    }
}

#[cfg(test)]
mod distance_tests {
    use super::*;

    #[test]
    fn distances_between_real_places() {
        let gent = Coordinates::parse(51.0543, 3.7174, ("lat", "lon")).unwrap();
        let brussels = Coordinates::parse(50.8467, 4.3525, ("lat", "lon")).unwrap();
        let km = gent.distance_km(&brussels);
        assert!((km - 49.5).abs() < 1.0, "{km}");
        let (south, west, north, east) = gent.bounding_box(50.0);
        assert!(south < brussels.lat() && brussels.lat() < north && west < brussels.lon() && brussels.lon() < east);
    }
}
