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
