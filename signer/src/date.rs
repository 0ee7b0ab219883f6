//! The UTC calendar date of a Unix timestamp (the TC3 credential-scope date).
//!
//! The scope date is the UTC date of `X-TC-Timestamp`, never a local date: in
//! UTC+8 the local date changes at 16:00 UTC, and a signer that used it would
//! fail every request between 00:00 and 08:00 Beijing time.

use crate::encoding::ascii_str;

const SECONDS_PER_DAY: u64 = 86_400;

/// The last second of 9999-12-31 UTC: the scope date has a four-digit year.
pub(crate) const MAX_TIMESTAMP: u64 = 253_402_300_799;

/// A UTC date formatted as `YYYY-MM-DD`, with its day number since 1970-01-01.
#[derive(Clone, Copy)]
pub(crate) struct UtcDate {
    day: u64,
    text: [u8; 10],
}

impl UtcDate {
    /// The UTC date of `timestamp`, or `None` after year 9999.
    pub(crate) fn of_timestamp(timestamp: u64) -> Option<Self> {
        if timestamp > MAX_TIMESTAMP {
            return None;
        }
        let day = timestamp / SECONDS_PER_DAY;
        let (year, month, mday) = civil_from_days(day);
        let mut text = *b"0000-00-00";
        write_digits(&mut text[0..4], year);
        write_digits(&mut text[5..7], month);
        write_digits(&mut text[8..10], mday);
        Some(Self { day, text })
    }

    /// Days since 1970-01-01.
    pub(crate) fn day(&self) -> u64 {
        self.day
    }

    /// `YYYY-MM-DD`.
    pub(crate) fn as_str(&self) -> &str {
        ascii_str(&self.text)
    }
}

fn write_digits(out: &mut [u8], mut value: u64) {
    for digit in out.iter_mut().rev() {
        // Below 10, cannot truncate.
        *digit = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

/// Gregorian (year, month, day) of a day count since 1970-01-01
/// (H. Hinnant's `civil_from_days`, restricted to non-negative days).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(ts: u64) -> String {
        UtcDate::of_timestamp(ts)
            .map(|d| d.as_str().to_owned())
            .unwrap_or_default()
    }

    // Expected dates from Python:
    // datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).date().isoformat()
    #[test]
    fn known_dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_551_113_065), "2019-02-25");
        assert_eq!(date(1_465_185_768), "2016-06-06");
        assert_eq!(date(1_700_000_000), "2023-11-14");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(951_868_800), "2000-03-01");
        assert_eq!(date(4_107_456_000), "2100-02-28");
        assert_eq!(date(4_107_542_400), "2100-03-01");
        assert_eq!(date(1_709_251_199), "2024-02-29");
        assert_eq!(date(MAX_TIMESTAMP), "9999-12-31");
        assert!(UtcDate::of_timestamp(MAX_TIMESTAMP + 1).is_none());
    }

    #[test]
    fn utc_plus_8_midnight_uses_utc_date() {
        // 2019-02-25T16:00:00Z is 2019-02-26 00:00 in UTC+8.
        assert_eq!(date(1_551_110_399), "2019-02-25");
        assert_eq!(date(1_551_110_400), "2019-02-25");
        assert_eq!(date(1_551_139_199), "2019-02-25");
        assert_eq!(date(1_551_139_200), "2019-02-26");
    }

    #[test]
    fn day_numbers_are_consecutive() {
        let a = UtcDate::of_timestamp(86_399).map(|d| d.day());
        let b = UtcDate::of_timestamp(86_400).map(|d| d.day());
        assert_eq!((a, b), (Some(0), Some(1)));
    }
}
