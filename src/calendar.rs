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

/// The years a date may have. Beyond them the day numbers would overflow, and no scenario
/// needs them.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl Date {
    /// The date with the given Julian calendar year (in [`YEARS`]), month (1–12) and day, if
    /// it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
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
        Date(self.0.saturating_add(days))
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
        if !YEARS.contains(&y) {
            let (first, last) = (YEARS.start(), YEARS.end());
            return Err(format!("`{text}` is not a date the game can keep: give a year from {first} to {last}"));
        }
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

/// Chinese era dates (年號), from the lunar calendar table in `assets/calendar`.
pub mod era {
    use super::Date;
    use serde::Deserialize;
    use std::sync::OnceLock;

    const TABLE: &str = include_str!("../assets/calendar/lunar_months_1125_1127.ron");

    #[derive(Deserialize)]
    #[serde(rename = "LunarCalendar")]
    struct Table {
        eras: Vec<Era>,
        months: Vec<Month>,
    }

    #[derive(Deserialize)]
    #[serde(rename = "Era")]
    struct Era {
        id: String,
        pinyin: String,
        chinese: String,
    }

    #[derive(Deserialize)]
    #[serde(rename = "LunarMonth")]
    struct Month {
        first_day: Date,
        era: String,
        era_year: u32,
        month: u32,
        leap: bool,
        days: u32,
    }

    fn table() -> &'static Table {
        static TABLE_CELL: OnceLock<Table> = OnceLock::new();
        TABLE_CELL.get_or_init(|| ron::from_str(TABLE).expect("the bundled lunar calendar parses"))
    }

    /// An era date: `Jingkang 1, month 1, day 3` and `靖康元年正月初三`, if the table covers it.
    pub fn era_date(date: Date) -> Option<(String, String)> {
        let t = table();
        let m = t.months.iter().find(|m| date >= m.first_day && date.days_since(m.first_day) < m.days as i32)?;
        let era = t.eras.iter().find(|e| e.id == m.era)?;
        let day = date.days_since(m.first_day) as u32 + 1;
        let leap = if m.leap { "leap " } else { "" };
        let pinyin = format!("{} {}, {leap}month {}, day {day}", era.pinyin, m.era_year, m.month);
        let chinese = format!(
            "{}{}年{}{}月{}",
            era.chinese,
            if m.era_year == 1 { "元".to_string() } else { numeral(m.era_year) },
            if m.leap { "閏" } else { "" },
            match m.month {
                1 => "正".to_string(),
                n => numeral(n),
            },
            day_name(day)
        );
        Some((pinyin, chinese))
    }

    fn numeral(n: u32) -> String {
        const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        match n {
            0..=9 => DIGITS[n as usize].to_string(),
            10 => "十".to_string(),
            11..=19 => format!("十{}", DIGITS[(n - 10) as usize]),
            20 => "二十".to_string(),
            21..=29 => format!("廿{}", DIGITS[(n - 20) as usize]),
            30 => "三十".to_string(),
            _ => n.to_string(),
        }
    }

    fn day_name(day: u32) -> String {
        if day <= 10 { format!("初{}", numeral(day)) } else { numeral(day) }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn matches_the_anchor_dates_of_the_fact_base() {
            let at = |s: &str| era_date(Date::parse(s).unwrap()).unwrap();
            assert_eq!(at("1126-01-19").1, "宣和七年十二月廿四");
            assert_eq!(at("1126-01-25").1, "靖康元年正月初一");
            assert_eq!(at("1127-01-09").1, "靖康元年閏十一月廿五");
            assert_eq!(at("1127-01-09").0, "Jingkang 1, leap month 11, day 25");
            assert_eq!(at("1127-03-20").1, "靖康二年二月初六");
        }
    }
}
