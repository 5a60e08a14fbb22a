//! The statistics of many playouts: a share with its 95% interval, the difference of two
//! shares with its interval, and quartiles of dates.
//!
//! Shares use the Wilson score interval, which stays inside 0–1 and behaves at 0 or n
//! successes, where the textbook p ± 1.96·√(p(1−p)/n) collapses to a point. Differences use
//! Newcombe's hybrid score interval built from the two Wilson intervals. Seeds are shared
//! between the two policies of a comparison, which would allow a tighter paired interval; the
//! unpaired one is used because it is the one a class can check by hand.

use crate::calendar::Date;
use serde::Serialize;

/// The normal quantile of a two-sided 95% interval.
const Z: f64 = 1.959_963_984_540_054;

/// A share of runs with its 95% interval, all as fractions of 1.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Share {
    pub count: usize,
    pub runs: usize,
    pub share: f64,
    pub low: f64,
    pub high: f64,
}

/// `count` of `runs`, with its Wilson score interval.
pub fn wilson(count: usize, runs: usize) -> Share {
    if runs == 0 {
        return Share { count, runs, share: 0.0, low: 0.0, high: 1.0 };
    }
    let n = runs as f64;
    let p = count as f64 / n;
    let z2 = Z * Z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Share { count, runs, share: p, low: (centre - half).max(0.0), high: (centre + half).min(1.0) }
}

/// A difference of two shares (`a − b`) with its 95% interval.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Difference {
    pub difference: f64,
    pub low: f64,
    pub high: f64,
}

impl Difference {
    /// Whether the interval leaves out no difference at all.
    pub fn is_clear(&self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// Newcombe's hybrid score interval for the difference of two shares.
pub fn difference(a: &Share, b: &Share) -> Difference {
    let d = a.share - b.share;
    let low = d - ((a.share - a.low).powi(2) + (b.high - b.share).powi(2)).sqrt();
    let high = d + ((a.high - a.share).powi(2) + (b.share - b.low).powi(2)).sqrt();
    Difference { difference: d, low: low.max(-1.0), high: high.min(1.0) }
}

/// The first quartile, median and third quartile of some dates or counts (nearest rank).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Quartiles<T = Date> {
    pub q1: T,
    pub median: T,
    pub q3: T,
}

pub fn quartiles<T: Ord + Copy>(mut dates: Vec<T>) -> Option<Quartiles<T>> {
    if dates.is_empty() {
        return None;
    }
    dates.sort();
    let rank = |p: f64| dates[((p * dates.len() as f64).ceil() as usize).clamp(1, dates.len()) - 1];
    Some(Quartiles { q1: rank(0.25), median: rank(0.5), q3: rank(0.75) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.0005
    }

    /// An interval as a reader checks it against the paper.
    fn shown(low: f64, high: f64) -> String {
        format!("{low:.4}–{high:.4}")
    }

    #[test]
    fn wilson_matches_the_published_intervals() {
        // Newcombe (1998), table I: 81/263 gives 0.2553–0.3662; 0/10 gives 0–0.2775.
        let s = wilson(81, 263);
        assert!(close(s.low, 0.2553) && close(s.high, 0.3662), "{}", shown(s.low, s.high));
        let s = wilson(0, 10);
        assert!(close(s.low, 0.0) && close(s.high, 0.2775), "{}", shown(s.low, s.high));
        let s = wilson(10, 10);
        assert!(close(s.low, 0.7225) && close(s.high, 1.0), "{}", shown(s.low, s.high));
    }

    #[test]
    fn newcombe_matches_the_published_difference() {
        // Newcombe (1998b), example (a): 56/70 against 48/80 gives 0.0524–0.3339.
        let d = difference(&wilson(56, 70), &wilson(48, 80));
        assert!(
            close(d.difference, 0.2) && close(d.low, 0.0524) && close(d.high, 0.3339),
            "{} {}",
            d.difference,
            shown(d.low, d.high)
        );
        assert!(d.is_clear());
        assert!(!difference(&wilson(5, 10), &wilson(4, 10)).is_clear());
    }

    #[test]
    fn quartiles_by_nearest_rank() {
        let day = |d: u32| Date::from_ymd(1127, 1, d).unwrap();
        let q = quartiles((1..=8).map(day).collect()).unwrap();
        assert_eq!((q.q1, q.median, q.q3), (day(2), day(4), day(6)));
        assert_eq!(quartiles(vec![day(9)]).map(|q| q.median), Some(day(9)));
        assert!(quartiles(Vec::<Date>::new()).is_none());
    }
}
