//! Model time: the server clock plus an offset tests advance, and the delay after which
//! transitional states (PENDING, STOPPING…) settle.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The model's view of time.
#[derive(Debug)]
pub(crate) struct ModelClock {
    advanced_ms: AtomicI64,
    delay_ms: AtomicU64,
}

impl ModelClock {
    pub(crate) fn new(delay: Duration) -> ModelClock {
        ModelClock {
            advanced_ms: AtomicI64::new(0),
            delay_ms: AtomicU64::new(u64::try_from(delay.as_millis()).unwrap_or(u64::MAX)),
        }
    }

    /// Milliseconds since the epoch of the model's time, given the server clock's time.
    pub(crate) fn now_ms(&self, server_now: SystemTime) -> i64 {
        let base = match server_now.duration_since(UNIX_EPOCH) {
            Ok(since) => i64::try_from(since.as_millis()).unwrap_or(i64::MAX),
            Err(_) => 0,
        };
        base.saturating_add(self.advanced_ms.load(Ordering::Relaxed))
    }

    pub(crate) fn advance(&self, by: Duration) {
        let by = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.advanced_ms.fetch_add(by, Ordering::Relaxed);
    }

    pub(crate) fn delay_ms(&self) -> i64 {
        i64::try_from(self.delay_ms.load(Ordering::Relaxed)).unwrap_or(i64::MAX)
    }

    pub(crate) fn set_delay(&self, delay: Duration) {
        self.delay_ms.store(
            u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }
}

/// `YYYY-MM-DD hh:mm:ss` (UTC) for milliseconds since the epoch, the docs' time format.
pub(crate) fn format_time(ms: i64) -> String {
    let seconds = ms.div_euclid(1000);
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// well-known algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_print_like_the_docs() {
        // 2020-09-27 16:13:51 UTC is 1601223231 (date -u -d @1601223231).
        assert_eq!(format_time(1_601_223_231_000), "2020-09-27 16:13:51");
        assert_eq!(format_time(0), "1970-01-01 00:00:00");
        // 2000-02-29 23:59:59 UTC is 951868799.
        assert_eq!(format_time(951_868_799_999), "2000-02-29 23:59:59");
    }

    #[test]
    fn advancing_moves_model_time_only_forward_by_the_amount() {
        let clock = ModelClock::new(Duration::from_secs(1));
        let now = SystemTime::now();
        let before = clock.now_ms(now);
        clock.advance(Duration::from_millis(1500));
        assert_eq!(clock.now_ms(now) - before, 1500);
        assert_eq!(clock.delay_ms(), 1000);
    }
}
