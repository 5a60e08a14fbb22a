//! Dates of the Julian calendar, the convention of the reference material for 1125–1127.
//!
//! A [`Date`] is a Julian Day Number, so arithmetic is plain integer arithmetic and the
//! ordering of dates is the ordering of numbers. In data files dates are written as ISO-style
//! strings (`"1126-01-19"`), read as Julian calendar dates.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day of the Julian calendar, stored as its Julian Day Number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

impl Date {
    /// The date with the given Julian calendar year, month (1–12) and day, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let a = (14 - month as i32) / 12;
        let y = year + 4800 - a;
        let m = month as i32 + 12 * a - 3;
        Some(Date(day as i32 + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083))
    }

    /// Year, month and day in the Julian calendar.
    pub fn ymd(self) -> (i32, u32, u32) {
        let c = self.0 + 32082;
        let d = (4 * c + 3) / 1461;
        let e = c - 1461 * d / 4;
        let m = (5 * e + 2) / 153;
        let day = e - (153 * m + 2) / 5 + 1;
        let month = m + 3 - 12 * (m / 10);
        let year = d - 4800 + m / 10;
        (year, month as u32, day as u32)
    }

    pub fn julian_day_number(self) -> i32 {
        self.0
    }

    pub fn add_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    /// Whole days from `earlier` to `self` (negative if `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.0 - earlier.0
    }

    /// Parses `YYYY-MM-DD` (Julian calendar).
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date: write it as \"YYYY-MM-DD\" (Julian calendar)");
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(bad());
        };
        Date::from_ymd(y, m, d).ok_or_else(|| format!("`{text}` is not a day of the Julian calendar"))
    }

    /// The same day in the proleptic Gregorian calendar (7 days later in the 12th century).
    pub fn gregorian_ymd(self) -> (i32, u32, u32) {
        // Standard JDN -> Gregorian conversion (Fliegel & Van Flandern).
        let l = self.0 + 68569;
        let n = 4 * l / 146097;
        let l = l - (146097 * n + 3) / 4;
        let i = 4000 * (l + 1) / 1461001;
        let l = l - 1461 * i / 4 + 31;
        let j = 80 * l / 2447;
        let day = l - 2447 * j / 80;
        let l = j / 11;
        let month = j + 2 - 12 * l;
        let year = 100 * (n - 49) + i + l;
        (year, month as u32, day as u32)
    }

    /// A readable English form, e.g. `19 Jan 1126`.
    pub fn long(self) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_matches_known_julian_day_numbers() {
        // JDN 2299160 is 4 Oct 1582 (Julian), the last Julian day before the Gregorian reform.
        let last_julian = Date::from_ymd(1582, 10, 4).unwrap();
        assert_eq!(last_julian.julian_day_number(), 2299160);
        assert_eq!(last_julian.gregorian_ymd(), (1582, 10, 14));
        for jdn in 2_131_000..2_134_000 {
            let (y, m, d) = Date(jdn).ymd();
            assert_eq!(Date::from_ymd(y, m, d), Some(Date(jdn)));
        }
    }

    #[test]
    fn gregorian_is_seven_days_ahead_in_the_twelfth_century() {
        let fall = Date::parse("1127-01-09").unwrap();
        assert_eq!(fall.gregorian_ymd(), (1127, 1, 16));
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert!(Date::parse("1126-02-29").is_err());
        assert!(Date::parse("1124-02-29").is_ok(), "1124 is a Julian leap year");
        assert!(Date::parse("1126-13-01").is_err());
        assert!(Date::parse("19 Jan 1126").is_err());
    }
}
