//! Injectable wall clock and randomness, so signing and retry tests are deterministic.
//!
//! Sleeps (back-off, rate limiting) use `tokio::time`, which tests control with tokio's
//! paused time.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// The wall clock used for request timestamps and credential expiry.
pub trait TimeSource: Send + Sync + fmt::Debug {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemTimeSource;

impl TimeSource for SystemTimeSource {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A source of random numbers for back-off jitter and v1 nonces.
pub trait RandomSource: Send + Sync + fmt::Debug {
    /// A uniformly distributed `u64`.
    fn next_u64(&self) -> u64;
}

/// The default random source (a fast, non-cryptographic generator).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastRandom;

impl RandomSource for FastRandom {
    fn next_u64(&self) -> u64 {
        fastrand::u64(..)
    }
}

impl<T: TimeSource + ?Sized> TimeSource for Arc<T> {
    fn now(&self) -> SystemTime {
        (**self).now()
    }
}

impl<T: RandomSource + ?Sized> RandomSource for Arc<T> {
    fn next_u64(&self) -> u64 {
        (**self).next_u64()
    }
}

/// A uniformly distributed value in `0..=upper` (for full-jitter back-off).
pub(crate) fn uniform_up_to(random: &dyn RandomSource, upper: u64) -> u64 {
    if upper == u64::MAX {
        return random.next_u64();
    }
    // Multiply-shift maps 64 random bits onto the range without modulo bias worth noting.
    ((u128::from(random.next_u64()) * (u128::from(upper) + 1)) >> 64) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Fixed(u64);
    impl RandomSource for Fixed {
        fn next_u64(&self) -> u64 {
            self.0
        }
    }

    #[test]
    fn uniform_covers_the_closed_range() {
        assert_eq!(uniform_up_to(&Fixed(0), 1000), 0);
        assert_eq!(uniform_up_to(&Fixed(u64::MAX), 1000), 1000);
        assert_eq!(uniform_up_to(&Fixed(u64::MAX / 2), 1000), 500);
        assert_eq!(uniform_up_to(&Fixed(7), u64::MAX), 7);
        assert_eq!(uniform_up_to(&Fixed(u64::MAX), 0), 0);
    }
}
