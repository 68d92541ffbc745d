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
