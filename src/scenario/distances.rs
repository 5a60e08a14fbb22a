//! Great-circle distances between a scenario's places. The rules ask for them every turn (who
//! stands before a city, which granary is nearest, who forages round a place), so they are
//! worked out once per loaded scenario and looked up.

use super::schema::PlaceDef;

/// The distance in km between every two places, in the order of the scenario's places.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Distances {
    places: usize,
    km: Box<[f32]>,
}

impl Distances {
    pub fn of(places: &[PlaceDef]) -> Distances {
        let coords: Vec<(f64, f64)> = places.iter().map(|p| (p.lon, p.lat)).collect();
        let km = coords.iter().flat_map(|a| coords.iter().map(move |b| great_circle_km(*a, *b))).collect();
        Distances { places: coords.len(), km }
    }

    /// How many places the table covers.
    pub fn places(&self) -> usize {
        self.places
    }

    /// Km between the places of index `a` and `b`.
    pub fn km(&self, a: usize, b: usize) -> f32 {
        self.km[a * self.places + b]
    }
}

/// Distance between two (lon, lat) points in km.
pub fn great_circle_km((lon1, lat1): (f64, f64), (lon2, lat2): (f64, f64)) -> f32 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    (2.0 * 6371.0 * h.sqrt().asin()) as f32
}
