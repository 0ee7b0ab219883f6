//! Opt-in client-side rate limiting: requests of each action are spaced so that no
//! one-second window holds more than the action's documented limit.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Per-action pacing (a token bucket holding one token, refilled at the action's rate),
/// shared by every clone of a client.
///
/// A bucket of one spaces requests `1/rate` apart, so every one-second window holds at
/// most `rate` requests of the action — exactly the documented limit. A bigger bucket would
/// allow bursts that cross a server-side window edge and get throttled.
///
/// A caller reserves its slot when it starts waiting. A caller that gives up while waiting
/// (its call timed out or was dropped) hands its slot back: the last slot rolls the
/// schedule back, an earlier one becomes a gap the next caller fills. So a burst of
/// abandoned calls leaves no phantom reservations behind.
#[derive(Debug, Default)]
pub(crate) struct RateLimiter {
    schedules: Mutex<HashMap<Box<str>, Schedule>>,
}

#[derive(Debug)]
struct Schedule {
    /// The first slot after every reservation.
    next_free: Instant,
    /// Slots handed back by abandoned callers, before `next_free`.
    gaps: BTreeSet<Instant>,
}

impl Schedule {
    fn reserve(&mut self, now: Instant, interval: Duration) -> Instant {
        // Gaps in the past are gone: their time passed unused.
        while self.gaps.first().is_some_and(|gap| *gap < now) {
            self.gaps.pop_first();
        }
        if let Some(gap) = self.gaps.pop_first() {
            return gap;
        }
        let start = self.next_free.max(now);
        self.next_free = start + interval;
        start
    }

    fn release(&mut self, slot: Instant, interval: Duration) {
        if slot + interval == self.next_free {
            self.next_free = slot;
            // Gaps now at the end of the schedule roll it back further.
            while let Some(last) = self.gaps.last().copied() {
                if last + interval != self.next_free {
                    break;
                }
                self.gaps.pop_last();
                self.next_free = last;
            }
        } else if slot < self.next_free {
            self.gaps.insert(slot);
        }
    }
}

impl RateLimiter {
    /// Waits for the next slot of `action`, whose limit is `per_second`. Dropping the
    /// future before it completes releases the slot.
    pub(crate) async fn acquire(&self, action: &str, per_second: u32) {
        if per_second == 0 {
            return;
        }
        let interval = Duration::from_secs(1) / per_second;
        let now = Instant::now();
        let slot = self.with_schedule(action, now, |schedule| schedule.reserve(now, interval));
        if slot <= now {
            return;
        }
        let mut reservation = Reservation {
            limiter: self,
            action,
            slot,
            interval,
            waiting: true,
        };
        tokio::time::sleep_until(slot).await;
        reservation.waiting = false;
    }

    fn with_schedule<T>(
        &self,
        action: &str,
        now: Instant,
        f: impl FnOnce(&mut Schedule) -> T,
    ) -> T {
        // A poisoned lock only means another task panicked mid-update of a schedule.
        let mut schedules = self
            .schedules
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let schedule = match schedules.get_mut(action) {
            Some(schedule) => schedule,
            None => schedules.entry(action.into()).or_insert(Schedule {
                next_free: now,
                gaps: BTreeSet::new(),
            }),
        };
        f(schedule)
    }
}

/// A slot being waited for; handed back if the wait is abandoned.
struct Reservation<'a> {
    limiter: &'a RateLimiter,
    action: &'a str,
    slot: Instant,
    interval: Duration,
    waiting: bool,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if self.waiting {
            let (slot, interval) = (self.slot, self.interval);
            self.limiter
                .with_schedule(self.action, Instant::now(), |schedule| {
                    schedule.release(slot, interval)
                });
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

    #[tokio::test(start_paused = true)]
    async fn abandoned_waits_release_their_slots() {
        let limiter = RateLimiter::default();
        let start = Instant::now();
        // 100 callers, one after the other, each giving up after 10 ms: every caller that
        // finds a slot within its 10 ms is served, one per 50 ms.
        let mut served = 0;
        for _ in 0..100 {
            let acquire = limiter.acquire("DescribeNode", 20);
            if tokio::time::timeout(Duration::from_millis(10), acquire)
                .await
                .is_ok()
            {
                served += 1;
            }
        }
        assert_eq!(served, 20);
        assert_eq!(start.elapsed(), Duration::from_millis(990));
        // A lone call now waits for the slot after the last one served (950 ms → 1 s), not
        // behind 80 phantom reservations (4 s more).
        let before = Instant::now();
        limiter.acquire("DescribeNode", 20).await;
        assert_eq!(before.elapsed(), Duration::from_millis(10));
    }

    #[tokio::test(start_paused = true)]
    async fn a_gap_left_in_the_middle_is_reused_and_spacing_kept() {
        let limiter = std::sync::Arc::new(RateLimiter::default());
        let start = Instant::now();
        limiter.acquire("A", 20).await; // slot 0
        let second = tokio::spawn({
            let limiter = limiter.clone();
            async move { limiter.acquire("A", 20).await } // slot 50 ms
        });
        let third = tokio::spawn({
            let limiter = limiter.clone();
            async move {
                limiter.acquire("A", 20).await; // slot 100 ms
                Instant::now()
            }
        });
        tokio::task::yield_now().await;
        second.abort();
        let _ = second.await;
        // The abandoned 50 ms slot goes to the next caller; the 100 ms one stays taken.
        limiter.acquire("A", 20).await;
        assert_eq!(start.elapsed(), Duration::from_millis(50));
        assert_eq!(third.await.unwrap() - start, Duration::from_millis(100));
        limiter.acquire("A", 20).await;
        assert_eq!(start.elapsed(), Duration::from_millis(150));
    }
}
