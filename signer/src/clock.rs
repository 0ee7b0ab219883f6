//! The source of "now", injectable so that signing and verification tests are
//! deterministic.

use std::fmt;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// A source of the current Unix time in seconds.
///
/// The signing and verification functions take explicit timestamps; a client
/// or server holds a `Clock` (usually [`SystemClock`], a [`FixedClock`] in
/// tests) and reads it once per request.
pub trait Clock: Send + Sync + fmt::Debug {
    /// Seconds since 1970-01-01T00:00:00Z.
    fn now(&self) -> u64;
}

/// The system clock ([`SystemTime::now`]); a clock set before 1970 reads 0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs())
    }
}

/// A clock that always reads the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedClock(u64);

impl FixedClock {
    /// A clock stopped at `unix_seconds`.
    pub fn new(unix_seconds: u64) -> Self {
        Self(unix_seconds)
    }
}

impl Clock for FixedClock {
    fn now(&self) -> u64 {
        self.0
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

impl<C: Clock + ?Sized> Clock for &C {
    fn now(&self) -> u64 {
        (**self).now()
    }
}
