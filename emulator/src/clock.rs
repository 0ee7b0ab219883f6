//! The emulator's clock: the system clock plus an adjustable offset, so tests can make the
//! server's time disagree with the client's (signature expiry, the `Date` header).

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The server clock. The offset is read on every request and may be changed at any time.
#[derive(Debug, Default)]
pub(crate) struct Clock {
    offset_seconds: AtomicI64,
}

impl Clock {
    pub(crate) fn new(offset_seconds: i64) -> Clock {
        Clock {
            offset_seconds: AtomicI64::new(offset_seconds),
        }
    }

    pub(crate) fn offset_seconds(&self) -> i64 {
        self.offset_seconds.load(Ordering::Relaxed)
    }

    pub(crate) fn set_offset_seconds(&self, seconds: i64) {
        self.offset_seconds.store(seconds, Ordering::Relaxed);
    }

    /// The server's time: the system time moved by the offset.
    pub(crate) fn now(&self) -> SystemTime {
        shift(SystemTime::now(), self.offset_seconds())
    }

    /// The server's time as a UNIX timestamp in seconds.
    pub(crate) fn now_unix(&self) -> i64 {
        unix_seconds(self.now())
    }
}

/// The last second of year 9999, the latest time an HTTP date can show.
const LATEST: Duration = Duration::from_secs(253_402_300_799);

/// `time` moved by `seconds` (either direction), kept between the epoch and the end of year
/// 9999 so that it can always be written as an HTTP date.
pub(crate) fn shift(time: SystemTime, seconds: i64) -> SystemTime {
    let delta = Duration::from_secs(seconds.unsigned_abs());
    let shifted = if seconds >= 0 {
        time.checked_add(delta)
    } else {
        time.checked_sub(delta)
    };
    match shifted.map(|t| t.duration_since(UNIX_EPOCH)) {
        Some(Ok(since_epoch)) => UNIX_EPOCH + since_epoch.min(LATEST),
        Some(Err(_)) => UNIX_EPOCH,
        None if seconds >= 0 => UNIX_EPOCH + LATEST,
        None => UNIX_EPOCH,
    }
}

/// Seconds since the UNIX epoch (negative before it).
pub(crate) fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_moves_the_server_time_both_ways() {
        let clock = Clock::new(600);
        let system = unix_seconds(SystemTime::now());
        let server = clock.now_unix();
        assert!((server - system - 600).abs() <= 1, "{server} vs {system}");
        clock.set_offset_seconds(-3600);
        let server = clock.now_unix();
        assert!((server - system + 3600).abs() <= 1, "{server} vs {system}");
    }

    #[test]
    fn shift_stays_within_what_an_http_date_can_show() {
        assert_eq!(shift(UNIX_EPOCH, -5), UNIX_EPOCH);
        assert_eq!(unix_seconds(shift(UNIX_EPOCH, 5)), 5);
        assert_eq!(shift(SystemTime::now(), i64::MIN), UNIX_EPOCH);
        let latest = shift(SystemTime::now(), i64::MAX);
        assert_eq!(unix_seconds(latest), 253_402_300_799);
        assert_eq!(
            httpdate::fmt_http_date(latest),
            "Fri, 31 Dec 9999 23:59:59 GMT"
        );
    }
}
