//! Retry policy: which failures are retried, and how long to wait between attempts; and
//! the client-wide retry quota that bounds retries during an outage.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use crate::clock::{RandomSource, uniform_up_to};
use crate::error::{Error, TimeoutKind};
use crate::transport::TransportErrorKind;

/// How many times, and how patiently, a call is retried.
///
/// Defaults ([`RetryPolicy::standard`]): at most **3 attempts** in all, exponential back-off
/// with full jitter — before retry *n* (from 1) the client sleeps a uniformly random time
/// in `[0, min(max_backoff, initial × 2^(n-1))]` with `initial` **200 ms** (**1 s** after
/// throttling, `initial_throttling_backoff`: the service asked to slow down) and
/// `max_backoff` **5 s** — and never beyond the call's total timeout. Retries also take
/// tokens from the client-wide retry quota ([`ClientBuilder::retry_quota`](crate::ClientBuilder::retry_quota)):
/// when it is empty, failures are returned without retrying.
///
/// What is retried (by wire code, never by message):
/// - `RequestLimitExceeded` and its sub-codes (throttling), for every action;
/// - connection failures before the request was sent (DNS, refused, connect timeout),
///   for every action — a timeout or reset after the request may have been written is not
///   one of them;
/// - for idempotent calls only — the read-only actions (`Describe*`, `Get*`, `Inquire*`,
///   see [`ActionMeta::read_only`](crate::action::ActionMeta::read_only)): `InternalError`,
///   `ServiceUnavailable` and their sub-codes, undecodable HTTP 5xx answers (e.g. a
///   proxy's 502 page), connection failures after sending, and attempt timeouts.
///
/// Never retried: validation errors, `AuthFailure.*` (except one re-signed attempt after
/// `AuthFailure.SignatureExpire` when the server's `Date` shows a plausible clock skew,
/// which does not count against `max_attempts`), redirects, an exhausted total timeout,
/// and every other service error; for mutating actions, anything that may have reached the
/// server (I/O errors after sending, attempt timeouts, HTTP 5xx, `InternalError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    initial_throttling_backoff: Duration,
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
            initial_throttling_backoff: Duration::from_secs(1),
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

    /// Sets the back-off ceiling of the first retry after throttling (default 1 s; doubled
    /// for each further retry, capped by the maximum back-off).
    pub const fn with_initial_throttling_backoff(mut self, backoff: Duration) -> Self {
        self.initial_throttling_backoff = backoff;
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

    /// The back-off ceiling of the first retry after throttling.
    pub const fn initial_throttling_backoff(&self) -> Duration {
        self.initial_throttling_backoff
    }

    /// The cap of any single back-off.
    pub const fn max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// Whether this policy retries `error` of a call that is `idempotent` (sending it twice
    /// is harmless: the SDK treats read-only actions as idempotent), attempts and time
    /// left aside. The one classification the client's own retries use; see the list
    /// above.
    pub fn should_retry(&self, error: &Error, idempotent: bool) -> bool {
        should_retry(error, idempotent)
    }

    pub(crate) fn validate(&self) -> Result<(), &'static str> {
        if self.max_attempts == 0 {
            return Err("the retry policy's max_attempts must be at least 1");
        }
        // The throttling back-off is capped by the maximum like any other, so lowering only
        // the maximum (e.g. in tests) stays valid.
        if self.initial_backoff > self.max_backoff {
            return Err("the retry policy's initial back-off exceeds its maximum back-off");
        }
        Ok(())
    }

    /// The sleep before retry number `retry` (1 for the first retry): full jitter, from a
    /// higher start after throttling.
    pub(crate) fn backoff(
        &self,
        retry: u32,
        throttled: bool,
        random: &dyn RandomSource,
    ) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        let initial = if throttled {
            self.initial_throttling_backoff
        } else {
            self.initial_backoff
        };
        let ceiling = initial
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(uniform_up_to(random, nanos))
    }
}

/// Tokens in a full retry quota (as in aws-sdk-rust's standard retry mode).
pub(crate) const RETRY_QUOTA_CAPACITY: u32 = 500;
/// Tokens one retry takes.
pub(crate) const RETRY_COST: u32 = 5;
/// Tokens one retry after a timeout takes (timeouts hint at an overloaded service).
pub(crate) const RETRY_TIMEOUT_COST: u32 = 10;
/// Tokens a call that succeeded at its first attempt returns.
pub(crate) const SUCCESS_REFUND: u32 = 1;

/// The client-wide retry budget: a token bucket shared by every clone of a client.
///
/// Every retry takes [`RETRY_COST`] tokens ([`RETRY_TIMEOUT_COST`] after a timeout); a
/// successful call gives back what its retries took, or [`SUCCESS_REFUND`] if it took none.
/// When a service browns out, the bucket empties after about 100 retries and further
/// failures are returned at once, so the client adds little load on top of its callers'
/// own; as calls succeed again, the bucket refills.
#[derive(Debug)]
pub(crate) struct RetryQuota {
    available: AtomicU32,
}

impl RetryQuota {
    pub(crate) fn standard() -> Self {
        RetryQuota {
            available: AtomicU32::new(RETRY_QUOTA_CAPACITY),
        }
    }

    /// Takes `cost` tokens, or none and `false` if fewer are left.
    pub(crate) fn try_acquire(&self, cost: u32) -> bool {
        self.available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |available| {
                available.checked_sub(cost)
            })
            .is_ok()
    }

    /// Gives back `amount` tokens, up to the capacity.
    pub(crate) fn release(&self, amount: u32) {
        let _ = self
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |available| {
                Some(available.saturating_add(amount).min(RETRY_QUOTA_CAPACITY))
            });
    }

    #[cfg(test)]
    pub(crate) fn available(&self) -> u32 {
        self.available.load(Ordering::Acquire)
    }
}

/// Whether `error` of a call that is `idempotent` is retried: throttling and failures that
/// certainly did not reach the server always; other transient failures only when sending
/// the call twice is harmless.
pub(crate) fn should_retry(error: &Error, idempotent: bool) -> bool {
    if error.is_throttling() || is_not_sent(error) {
        return true;
    }
    idempotent && is_transient(error)
}

/// The request certainly never reached the server.
fn is_not_sent(error: &Error) -> bool {
    match error {
        Error::Transport(transport) => transport.is_not_sent(),
        Error::Timeout(timeout) => timeout.kind() == TimeoutKind::Connect,
        _ => false,
    }
}

/// Whether the same request, sent again, may succeed (see [`Error::is_transient`]).
pub(crate) fn is_transient(error: &Error) -> bool {
    match error {
        Error::Service(service) => service.is_transient(),
        Error::Transport(transport) => {
            transport.is_not_sent() || transport.kind() == TransportErrorKind::Io
        }
        Error::Timeout(timeout) => timeout.kind() != TimeoutKind::Total,
        Error::Decode(decode) => decode.http_status() >= 500,
        Error::Validation(_) | Error::Config(_) | Error::Credentials(_) => false,
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
        let ceilings: Vec<Duration> = (1..=7).map(|n| policy.backoff(n, false, &Max)).collect();
        assert_eq!(
            ceilings,
            [200, 400, 800, 1600, 3200, 5000, 5000].map(Duration::from_millis)
        );
        assert_eq!(policy.backoff(1000, false, &Max), Duration::from_secs(5));
    }

    #[test]
    fn throttling_backoff_starts_higher() {
        let policy = RetryPolicy::standard();
        let ceilings: Vec<Duration> = (1..=4).map(|n| policy.backoff(n, true, &Max)).collect();
        assert_eq!(
            ceilings,
            [1000, 2000, 4000, 5000].map(Duration::from_millis)
        );
    }

    #[test]
    fn retry_quota_empties_and_refills() {
        let quota = RetryQuota::standard();
        let mut retries = 0;
        while quota.try_acquire(RETRY_COST) {
            retries += 1;
        }
        assert_eq!(retries, RETRY_QUOTA_CAPACITY / RETRY_COST);
        assert!(!quota.try_acquire(1));
        quota.release(RETRY_COST);
        assert!(quota.try_acquire(RETRY_COST));
        quota.release(10 * RETRY_QUOTA_CAPACITY);
        assert_eq!(quota.available(), RETRY_QUOTA_CAPACITY);
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
    fn retries_depend_on_the_error_and_the_idempotency_of_the_call() {
        let service = |code: &str| {
            Error::Service(crate::error::ServiceError {
                code: code.into(),
                message: "m".into(),
                request_id: None,
                action: "RunInstances",
                http_status: 200,
            })
        };
        let timeout = |kind| {
            Error::Timeout(crate::error::TimeoutError {
                kind,
                limit: Duration::from_secs(1),
                action: "RunInstances",
                attempts: 1,
            })
        };
        let transport = |kind| Error::Transport(crate::transport::TransportError::new(kind, "x"));
        let policy = RetryPolicy::standard();
        for idempotent in [false, true] {
            assert!(policy.should_retry(&service("RequestLimitExceeded"), idempotent));
            assert!(policy.should_retry(&transport(TransportErrorKind::Connect), idempotent));
            assert!(policy.should_retry(&timeout(TimeoutKind::Connect), idempotent));
            assert!(!policy.should_retry(&timeout(TimeoutKind::Total), idempotent));
            assert!(!policy.should_retry(&service("AuthFailure"), idempotent));
            assert!(!policy.should_retry(&transport(TransportErrorKind::Redirect), idempotent));
        }
        // Transient, but it may have reached the server: only an idempotent call retries.
        for error in [
            service("InternalError"),
            service("ServiceUnavailable.Busy"),
            transport(TransportErrorKind::Io),
            timeout(TimeoutKind::Attempt),
        ] {
            assert!(error.is_transient(), "{error}");
            assert!(policy.should_retry(&error, true), "{error}");
            assert!(!policy.should_retry(&error, false), "{error}");
        }
        assert!(!timeout(TimeoutKind::Total).is_transient());
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
