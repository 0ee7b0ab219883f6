//! Retry policy: which failures are retried, and how long to wait between attempts.

use std::time::Duration;

use crate::clock::{RandomSource, uniform_up_to};

/// How many times, and how patiently, a call is retried.
///
/// Defaults ([`RetryPolicy::standard`]): at most **3 attempts** in all, exponential back-off
/// with full jitter — before retry *n* (from 1) the client sleeps a uniformly random time
/// in `[0, min(max_backoff, initial_backoff × 2^(n-1))]` with `initial_backoff` **200 ms**
/// and `max_backoff` **5 s** — and never beyond the call's total timeout.
///
/// What is retried (by wire code, never by message):
/// - `RequestLimitExceeded` and its sub-codes (throttling), for every action;
/// - connection failures before the request was sent (DNS, refused, connect timeout),
///   for every action;
/// - for read-only actions only (`Describe*`, `Get*`, `Inquire*`, see
///   [`ActionMeta::read_only`](crate::action::ActionMeta::read_only)): `InternalError`,
///   `ServiceUnavailable` and their sub-codes, undecodable HTTP 5xx answers (e.g. a
///   proxy's 502 page), connection failures after sending, and attempt timeouts.
///
/// Never retried: validation errors, `AuthFailure.*` (except one re-signed attempt after
/// `AuthFailure.SignatureExpire` when the server's `Date` shows clock skew, which does not
/// count against `max_attempts`), and every other service error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryPolicy {
    /// The default policy: 3 attempts, 200 ms initial back-off, 5 s cap.
    pub const fn standard() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
        }
    }

    /// One attempt, no retries.
    pub const fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Sets the maximum number of attempts, the first included (1 disables retries; 0 is
    /// rejected when the client is built).
    pub const fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }

    /// Sets the back-off ceiling of the first retry (doubled for each further retry).
    pub const fn with_initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Sets the cap of any single back-off.
    pub const fn with_max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The maximum number of attempts.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The back-off ceiling of the first retry.
    pub const fn initial_backoff(&self) -> Duration {
        self.initial_backoff
    }

    /// The cap of any single back-off.
    pub const fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    pub(crate) fn validate(&self) -> Result<(), &'static str> {
        if self.max_attempts == 0 {
            return Err("the retry policy's max_attempts must be at least 1");
        }
        if self.initial_backoff > self.max_backoff {
            return Err("the retry policy's initial back-off exceeds its maximum back-off");
        }
        Ok(())
    }

    /// The sleep before retry number `retry` (1 for the first retry): full jitter.
    pub(crate) fn backoff(&self, retry: u32, random: &dyn RandomSource) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(uniform_up_to(random, nanos))
    }
}

/// `RequestLimitExceeded` or one of its sub-codes.
pub(crate) fn is_throttling_code(code: &str) -> bool {
    has_class(code, "RequestLimitExceeded")
}

/// Codes of transient server trouble, retried for read-only actions.
pub(crate) fn is_transient_code(code: &str) -> bool {
    has_class(code, "InternalError") || has_class(code, "ServiceUnavailable")
}

/// `code` is `class` or `class.<sub-code>`.
pub(crate) fn has_class(code: &str, class: &str) -> bool {
    code.strip_prefix(class)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Max;
    impl RandomSource for Max {
        fn next_u64(&self) -> u64 {
            u64::MAX
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy::standard();
        let ceilings: Vec<Duration> = (1..=7).map(|n| policy.backoff(n, &Max)).collect();
        assert_eq!(
            ceilings,
            [200, 400, 800, 1600, 3200, 5000, 5000].map(Duration::from_millis)
        );
        assert_eq!(policy.backoff(1000, &Max), Duration::from_secs(5));
    }

    #[test]
    fn classifies_codes_by_class() {
        assert!(is_throttling_code("RequestLimitExceeded"));
        assert!(is_throttling_code("RequestLimitExceeded.IPLimitExceeded"));
        assert!(!is_throttling_code("RequestLimitExceededish"));
        assert!(is_transient_code("InternalError"));
        assert!(is_transient_code("InternalError.DbError"));
        assert!(is_transient_code("ServiceUnavailable"));
        assert!(!is_transient_code("ResourceUnavailable"));
        assert!(!is_transient_code("AuthFailure.SignatureExpire"));
    }

    #[test]
    fn rejects_nonsense() {
        assert!(
            RetryPolicy::standard()
                .with_max_attempts(0)
                .validate()
                .is_err()
        );
        assert!(
            RetryPolicy::standard()
                .with_initial_backoff(Duration::from_secs(10))
                .validate()
                .is_err()
        );
        assert_eq!(RetryPolicy::disabled().max_attempts(), 1);
    }
}
