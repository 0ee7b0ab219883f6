//! Opt-in client-side rate limiting: requests of each action are spaced so that no
//! one-second window holds more than the action's documented limit.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Per-action pacing (a token bucket holding one token, refilled at the action's rate),
/// shared by every clone of a client.
///
/// A bucket of one spaces requests `1/rate` apart, so every one-second window holds at
/// most `rate` requests of the action — exactly the documented limit. A bigger bucket would
/// allow bursts that cross a server-side window edge and get throttled.
#[derive(Debug, Default)]
pub(crate) struct RateLimiter {
    next_free: Mutex<HashMap<Box<str>, Instant>>,
}

impl RateLimiter {
    /// Waits for the next slot of `action`, whose limit is `per_second`.
    pub(crate) async fn acquire(&self, action: &str, per_second: u32) {
        if per_second == 0 {
            return;
        }
        let interval = Duration::from_secs(1) / per_second;
        let wait_until = {
            // A poisoned lock only means another task panicked mid-update of an Instant.
            let mut slots = self
                .next_free
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            let now = Instant::now();
            let slot = match slots.get_mut(action) {
                Some(slot) => slot,
                None => slots.entry(action.into()).or_insert(now),
            };
            let start = (*slot).max(now);
            *slot = start + interval;
            start
        };
        if wait_until > Instant::now() {
            tokio::time::sleep_until(wait_until).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn spaces_requests_of_one_action_only() {
        let limiter = RateLimiter::default();
        let start = Instant::now();
        for _ in 0..21 {
            limiter.acquire("DescribeNode", 20).await;
        }
        // 21 requests at 50 ms spacing: the 21st starts exactly one second after the first.
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        let before = Instant::now();
        limiter.acquire("RunInstances", 20).await;
        assert_eq!(before.elapsed(), Duration::ZERO);
    }
}
