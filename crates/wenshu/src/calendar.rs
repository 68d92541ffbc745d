//! The Gregorian calendar rules every part of the crate shares: leap years, the
//! days of a month, and ISO dates as the command and the tables write them
//! (`2025-09-17`, `2025-09`, `2025`). A leaf: it uses nothing else of the crate.

/// Whether `year` is a leap year of the (proleptic) Gregorian calendar.
pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The days of `month` (1–12) in `year`; with no year, February has 29 (a date
/// without its year may be the 29th). 0 for a month that does not exist.
pub fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_none_or(is_leap) => 29,
        2 => 28,
        _ => 0,
    }
}

/// An ISO date, month or year that exists, as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
/// (four-digit year from 1, two-digit month and day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDate {
    /// The year (1–9999).
    pub year: u16,
    /// The month, when written.
    pub month: Option<u8>,
    /// The day, when written (then the month is too).
    pub day: Option<u8>,
}

impl IsoDate {
    /// Read `s` whole; `None` when it has another shape or names no real day
    /// (`2023-02-29`, `2025-13`, `0000`).
    pub fn parse(s: &str) -> Option<IsoDate> {
        let b = s.as_bytes();
        let shape_ok = match b.len() {
            4 => true,
            7 => b[4] == b'-',
            10 => b[4] == b'-' && b[7] == b'-',
            _ => false,
        };
        if !shape_ok {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = digits(0..4)?;
        let month = if b.len() >= 7 {
            Some(digits(5..7)?)
        } else {
            None
        };
        let day = if b.len() == 10 {
            Some(digits(8..10)?)
        } else {
            None
        };
        if year == 0 {
            return None;
        }
        if let Some(m) = month {
            let days = days_in_month(Some(year as i32), m);
            if days == 0 || day.is_some_and(|d| d == 0 || d > days) {
                return None;
            }
        }
        Some(IsoDate {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap(2024) && is_leap(2000) && is_leap(1600));
        assert!(!is_leap(2023) && !is_leap(1900) && !is_leap(2100));
    }

    #[test]
    fn days_of_a_month() {
        assert_eq!(days_in_month(Some(2023), 2), 28);
        assert_eq!(days_in_month(Some(2024), 2), 29);
        assert_eq!(days_in_month(None, 2), 29);
        assert_eq!(days_in_month(Some(2025), 9), 30);
        assert_eq!(days_in_month(Some(2025), 12), 31);
        assert_eq!(days_in_month(Some(2025), 13), 0);
        assert_eq!(days_in_month(None, 0), 0);
    }

    #[test]
    fn iso_dates_that_exist() {
        let d = |s| IsoDate::parse(s);
        assert_eq!(
            d("2025-09-17"),
            Some(IsoDate {
                year: 2025,
                month: Some(9),
                day: Some(17)
            })
        );
        assert_eq!(
            d("2025-09"),
            Some(IsoDate {
                year: 2025,
                month: Some(9),
                day: None
            })
        );
        assert_eq!(
            d("2025"),
            Some(IsoDate {
                year: 2025,
                month: None,
                day: None
            })
        );
        assert_eq!(d("2024-02-29").map(|x| x.day), Some(Some(29)));
        for bad in [
            "2023-02-29",
            "2025-13",
            "2025-00",
            "2025-09-00",
            "2025-09-31",
            "0000",
            "25-09-17",
            "2025/09/17",
            "2025-9-17",
            "XXXX-09-17",
            "２０２５",
            "",
            "2025-09-1７",
        ] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }
}

/// The lunisolar calendar's years, 1900–2100 (see the file's header).
const LUNAR_YEARS: &str = include_str!("../../../dicts/lunar_years.tsv");

/// One lunar year: the Gregorian day of its first day, its leap month (0: none)
/// and the length of each month in order, leap month included (30 or 29 days).
struct LunarYear {
    first: (i32, u32, u32),
    leap: u32,
    months: Vec<u32>,
}

fn lunar_years() -> &'static [(i32, LunarYear)] {
    static T: std::sync::OnceLock<Vec<(i32, LunarYear)>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        LUNAR_YEARS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut f = l.split('\t');
                let year = f.next()?.parse().ok()?;
                let first = IsoDate::parse(f.next()?)?;
                let leap = f.next()?.parse().ok()?;
                let months = f
                    .next()?
                    .bytes()
                    .map(|b| if b == b'1' { 30 } else { 29 })
                    .collect();
                Some((
                    year,
                    LunarYear {
                        first: (
                            i32::from(first.year),
                            u32::from(first.month?),
                            u32::from(first.day?),
                        ),
                        leap,
                        months,
                    },
                ))
            })
            .collect()
    })
}

/// The Gregorian day (year, month, day) of day `day` of month `month` (1–12, a
/// leap month with `leap`) of the lunar year `year` (the one that starts in that
/// Gregorian year): `农历2015年正月初一` → 2015-02-19. `None` outside 1900–2100,
/// for a leap month the year does not have, or a day past the month's end.
pub fn lunar_to_gregorian(year: i32, month: u32, leap: bool, day: u32) -> Option<(i32, u32, u32)> {
    let (_, y) = lunar_years().iter().find(|(y, _)| *y == year)?;
    if !(1..=12).contains(&month) || (leap && y.leap != month) || day == 0 {
        return None;
    }
    // The month's place in the year: a leap month follows the month it repeats.
    let index = (month - 1) as usize + usize::from(y.leap != 0 && (month > y.leap || leap));
    if day > *y.months.get(index)? {
        return None;
    }
    let before: u32 = y.months[..index].iter().sum();
    // Count forward from the year's first day (at most 13 Gregorian months).
    let (mut year, mut m, first_day) = y.first;
    let mut d = first_day + before + day - 1;
    loop {
        let n = days_in_month(Some(year), m);
        if d <= n {
            return Some((year, m, d));
        }
        d -= n;
        (year, m) = if m == 12 {
            (year + 1, 1)
        } else {
            (year, m + 1)
        };
    }
}

#[cfg(test)]
mod lunar_tests {
    use super::lunar_to_gregorian;

    #[test]
    fn lunar_days_to_gregorian() {
        // Spring Festivals as published (Hong Kong Observatory, Gregorian-Lunar
        // Calendar Conversion Tables): 2015-02-19, 2024-02-10, 2000-02-05, 1900-01-31.
        assert_eq!(lunar_to_gregorian(2015, 1, false, 1), Some((2015, 2, 19)));
        assert_eq!(lunar_to_gregorian(2024, 1, false, 1), Some((2024, 2, 10)));
        assert_eq!(lunar_to_gregorian(2000, 1, false, 1), Some((2000, 2, 5)));
        assert_eq!(lunar_to_gregorian(1900, 1, false, 1), Some((1900, 1, 31)));
        // 中秋 2023 (八月十五): 2023-09-29; 端午 2021 (五月初五): 2021-06-14.
        assert_eq!(lunar_to_gregorian(2023, 8, false, 15), Some((2023, 9, 29)));
        assert_eq!(lunar_to_gregorian(2021, 5, false, 5), Some((2021, 6, 14)));
        // 2020 has a leap fourth month (闰四月初一 = 2020-05-23); 2023 a leap second
        // (闰二月初一 = 2023-03-22); 2024 has none.
        assert_eq!(lunar_to_gregorian(2020, 4, true, 1), Some((2020, 5, 23)));
        assert_eq!(lunar_to_gregorian(2020, 5, false, 1), Some((2020, 6, 21)));
        assert_eq!(lunar_to_gregorian(2023, 2, true, 1), Some((2023, 3, 22)));
        assert_eq!(lunar_to_gregorian(2024, 4, true, 1), None);
        // 腊月 of lunar 2015 falls in 2016 (除夕 2016-02-07: 腊月廿九, a 29-day month).
        assert_eq!(lunar_to_gregorian(2015, 12, false, 29), Some((2016, 2, 7)));
        assert_eq!(lunar_to_gregorian(2015, 12, false, 30), None);
        // Outside the table.
        assert_eq!(lunar_to_gregorian(1726, 1, false, 1), None);
        assert_eq!(lunar_to_gregorian(2101, 1, false, 1), None);
    }
}
